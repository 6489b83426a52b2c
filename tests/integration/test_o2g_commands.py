"""Every row of the O2G command table reaches its REST endpoint and, through the simulated
gateway, the engine command it stands for; refusals come back with the gateway's message."""

from __future__ import annotations

import asyncio

import pytest

from desktop.protocol.wire import Refused
from desktop.sources.o2g.commands import COMMANDS
from tests.integration.harness import A, B, C, Harness

API = "/api/rest/1.0/telephony"


# --- situations: each returns (login, callRef, args) for the command under test ----------

def talking(h):  # A called B, B answered
    r = h.do(A, "makeCall", callee="70021")
    h.do(B, "answer", r)
    return r


def ringing_at_b(h):
    return h.do(A, "makeCall", callee="70021")


def consulting(h):  # B talks to A (r1, held for consultation) and to C (r2)
    r1 = talking(h)
    r2 = h.do(B, "makeCall", callee="70022")
    h.do(C, "answer", r2)
    return r1, r2


def conference(h):  # B hosts A and C
    r1, r2 = consulting(h)
    h.do(B, "merge", r2, heldCallRef=r1)
    return r1


def alternate_pair(h):  # B holds A (r1) on purpose, then calls C (r2): r1 can be retrieved
    r1 = talking(h)
    h.do(B, "hold", r1)
    r2 = h.do(B, "makeCall", callee="70022")
    h.do(C, "answer", r2)
    return r1, r2


CASES = {
    # capability: (situation -> (login, callRef, args), method, path, engine action)
    "makeCall": (lambda h: (A, None, {"callee": "70021"}), "POST", "/calls", "makeCall"),
    "answer": (lambda h: (B, ringing_at_b(h), {}), "POST", "/calls/{callRef}/answer", "answer"),
    "hold": (lambda h: (B, talking(h), {}), "POST", "/calls/{callRef}/hold", "hold"),
    "retrieve": (lambda h: (B, (r := talking(h), h.do(B, "hold", r))[0], {}), "POST", "/calls/{callRef}/retrieve", "retrieve"),
    "alternate": (lambda h: (B, alternate_pair(h)[1], {}), "POST", "/calls/{callRef}/alternate", "retrieve"),
    "transfer": (lambda h: (B, (p := consulting(h))[1], {"heldCallRef": p[0]}), "POST", "/calls/{callRef}/transfer", "transfer"),
    "merge": (lambda h: (B, consulting(h)[1], {}), "POST", "/calls/{callRef}/merge", "merge"),  # held call looked up
    "blindTransfer": (lambda h: (B, talking(h), {"transferTo": "70022"}), "POST", "/calls/{callRef}/blindtransfer", "blindTransfer"),
    "redirect": (lambda h: (B, ringing_at_b(h), {"redirectTo": "70022"}), "POST", "/calls/{callRef}/redirect", "redirect"),
    "redirectToVoiceMail": (lambda h: (B, ringing_at_b(h), {}), "POST", "/calls/{callRef}/redirect", "redirectToVoiceMail"),
    "reconnect": (lambda h: (B, consulting(h)[0], {}), "POST", "/calls/{callRef}/reconnect", "reconnect"),  # enquiry looked up
    "dropMe": (lambda h: (A, conference(h), {}), "POST", "/calls/{callRef}/dropme", "dropMe"),
    "drop": (lambda h: (A, talking(h), {}), "POST", "/calls/{callRef}/dropme", "drop"),
    "terminate": (lambda h: (B, conference(h), {}), "DELETE", "/calls/{callRef}", "terminate"),
    "park": (lambda h: (A, talking(h), {"parkTo": "70022"}), "POST", "/calls/{callRef}/park", "park"),
    "overflowToVoiceMail": (lambda h: (A, h.do(A, "makeCall", callee="70022"), {}), "POST", "/calls/{callRef}/overflowToVoiceMail", "overflowToVoiceMail"),
    "sendDtmf": (lambda h: (A, h.do(A, "makeCall", callee="887"), {"digits": "12#"}), "POST", "/calls/{callRef}/sendDtmf", "sendDtmf"),
    "dropParticipant": (lambda h: (B, conference(h), {"participantId": "70022"}), "DELETE", "/calls/{callRef}/participants/{participantId}", "dropParticipant"),
    "callBack": (lambda h: (A, h.do(A, "makeCall", callee="70022"), {}), "POST", "/calls/{callRef}/callback", "callBack"),
    "startRecord": (lambda h: (A, talking(h), {}), "POST", "/calls/{callRef}/recording", "startRecord"),
    "stopRecord": (lambda h: (A, (r := talking(h), h.do(A, "startRecord", r))[0], {}), "POST", "/calls/{callRef}/recording", "stopRecord"),
    "pickedUp": (lambda h: (C, ringing_at_b(h), {}), "POST", "/devices/{deviceId}/pickup", "pickedUp"),
    "intrusion": (lambda h: (C, (talking(h), h.do(C, "makeCall", callee="70021"))[1], {}), "POST", "/devices/{deviceId}/intrusion", "intrusion"),
}
REFUSED_BY_THE_GATEWAY = {"park"}  # the simulated OXE offers no parking: refused before the engine


def test_every_row_of_the_table_is_tested():
    from tests.integration.test_o2g_routing import ROUTING_CASES

    assert set(CASES) | set(ROUTING_CASES) == set(COMMANDS)


@pytest.mark.parametrize("capability", sorted(CASES))
def test_capability_reaches_its_endpoint_and_the_engine(capability):
    situation, method, path, action = CASES[capability]

    async def scenario():
        async with Harness() as h:
            await h.connected()
            login, call_ref, args = situation(h)
            await h.same_state()
            before = dict(h.gateway.hits)
            sent = len(h.gateway.commands)
            if capability in REFUSED_BY_THE_GATEWAY:
                with pytest.raises(Refused) as refused:
                    await h.source.command(login, capability, call_ref, args=args)
                assert capability in refused.value.message and refused.value.code == "NOT_CAPABLE"
            else:
                await h.source.command(login, capability, call_ref, args=args)
            hits = {k: v - before.get(k, 0) for k, v in h.gateway.hits.items() if v != before.get(k, 0)}
            assert hits.get((method, API + path)) == 1, hits
            reached = h.gateway.commands[sent:]
            if capability in REFUSED_BY_THE_GATEWAY:
                assert not reached
            else:
                assert reached and reached[-1][:2] == (login, action), reached
            await h.same_state()

    asyncio.run(scenario())


def test_refusal_carries_the_gateways_message_and_a_protocol_code():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            r = talking(h)
            with pytest.raises(Refused) as refused:
                await h.source.command(A, "answer", r, device_id="70020")
            assert refused.value.code == "NOT_CAPABLE"
            assert refused.value.message == f"answer is not offered to {A} on call {r} now"
            with pytest.raises(Refused) as unknown:
                await h.source.command(A, "hold", "feedfeedfeed0100", device_id="70020")
            assert unknown.value.code == "UNKNOWN_CALL"
            with pytest.raises(Refused) as unsupported:
                await h.source.command(A, "waitOnBusy", r)
            assert unsupported.value.code == "NOT_SUPPORTED"
            with pytest.raises(Refused) as missing:
                await h.source.command(A, "blindTransfer", r)
            assert missing.value.code == "BAD_REQUEST" and "transferTo" in missing.value.message
            await h.same_state()  # nothing changed

    asyncio.run(scenario())
