"""`cti-monitor simulator` and `cti-monitor serve`: the simulated OXE and the trace server.

desktop/cli calls `register(subparsers)`; each subcommand's handler returns an exit status.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from typing import TYPE_CHECKING

from desktop.cli.options import add_command, add_token, token_of

if TYPE_CHECKING:
    from desktop.simulator.engine import Engine
    from desktop.simulator.ws.server import SimulatorServer

# The simulator (its engine, server and the server's pydantic request models) is imported by the
# handlers only: every `cti-monitor` command, the window first, registers these subcommands, and
# the window connected elsewhere never loads the server (tests/test_layers.py).

log = logging.getLogger(__name__)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on, 0 for any free one (default 8765)")
    add_token(parser, "clients must present this token")
    parser.add_argument("--certfile", default=None, help="TLS certificate (PEM): serve wss")
    parser.add_argument("--keyfile", default=None, help="TLS private key (PEM), with --certfile")


def register(subparsers) -> None:
    sim = add_command(subparsers, "simulator", help="serve the simulated OXE over WebSocket")
    _common(sim)
    sim.add_argument("--users", type=int, default=100, help="generated users besides the seed's (default 100)")
    sim.add_argument("--directory", default=None, help="JSON directory file instead of the seed's users")
    sim.add_argument("--rate", type=float, default=0.0, help="generated calls per second, 0 for none (default 0)")
    sim.add_argument("--speed", type=float, default=1.0, help="divide ringing and talk durations by this (default 1)")
    sim.add_argument("--seed", type=int, default=0, help="random seed of the generated traffic (default 0)")
    sim.add_argument("--o2g-port", type=int, default=None, metavar="P",
                     help="also serve the engine as an OmniPCX Open Gateway (REST + chunked events) on port P; "
                     "https with --certfile/--keyfile")
    sim.add_argument("--o2g-password-file", default=None, metavar="F",
                     help="password of the simulated O2G accounts (first line); default $CTI_O2G_PASSWORD, "
                     "else one made once in ~/.config/cti-monitor/o2g-demo-password")
    sim.add_argument("--pbx-outage", default=None, metavar="EVERY:LASTING",
                     help="simulate a PBX link loss of LASTING seconds every EVERY seconds, e.g. 60:10 (demos; "
                     "clients can also send the protocol's simulateLink message)")
    sim.set_defaults(handler=run_simulator)

    serve = add_command(subparsers, "serve", help="serve a recorded JSONL trace over the simulator's protocol")
    serve.add_argument("trace", help="JSON Lines file of RTSM events")
    _common(serve)
    serve.add_argument("--speed", type=float, default=1.0, help="replay this many times faster (default 1)")
    serve.add_argument("--loop", action="store_true", help="start again at the end")
    serve.set_defaults(handler=run_serve)


def _tls(args) -> object | None:
    from desktop.simulator.ws.server import ssl_context

    if bool(args.certfile) != bool(args.keyfile):
        raise ValueError("--certfile and --keyfile go together")
    return ssl_context(args.certfile, args.keyfile) if args.certfile else None


def _serve(server: SimulatorServer, args, engine: Engine | None = None) -> int:
    async def main() -> None:
        gateway = None
        if engine is not None and args.o2g_port is not None:  # (an engine: `simulator`, not `serve`)
            from desktop.simulator.o2g.gateway import start_gateway
            from desktop.simulator.o2g.password import demo_password

            password, where = demo_password(args.o2g_password_file)
            # One engine, two front ends: what either one's commands cause, both publish.
            gateway = await start_gateway(engine, password=password, host=args.host, port=args.o2g_port,
                                          ssl_context=_tls(args), dispatch=server.publish)
            server.listeners.append(gateway.gateway.publish)
            log.info(
                "simulated O2G on %s (accounts: every directory login and 'admin'; %s)", gateway.url, where)
        await server.start(args.host, args.port)
        try:
            await server.serve_forever()
        finally:
            await server.close()
            if gateway is not None:
                await gateway.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"cti-monitor: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def parse_outage(text: str | None) -> tuple[float, float] | None:
    """--pbx-outage EVERY:LASTING in seconds; ValueError unless 0 < LASTING < EVERY."""
    if text is None:
        return None
    try:
        every, lasting = (float(part) for part in text.split(":"))
    except ValueError:
        raise ValueError(f"--pbx-outage takes EVERY:LASTING in seconds (e.g. 60:10), not {text!r}") from None
    if not 0 < lasting < every:
        raise ValueError("--pbx-outage: the outage lasts more than 0 s and less than its period")
    return every, lasting


def run_simulator(args) -> int:
    from desktop.simulator.engine import Engine, load_directory, seed_directory
    from desktop.simulator.traffic import TrafficGenerator
    from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
    from desktop.simulator.ws.server import SimulatorServer

    try:
        if args.users < 0 or args.rate < 0 or args.speed <= 0:
            raise ValueError("--users and --rate must be >= 0, --speed > 0")
        outage = parse_outage(args.pbx_outage)
        directory = load_directory(args.directory) if args.directory else seed_directory(args.users)
        tls = _tls(args)
    except (OSError, ValueError) as exc:
        print(f"cti-monitor simulator: {exc}", file=sys.stderr)
        return 2
    engine = Engine(directory, clock=wall_clock_ms)
    generator = TrafficGenerator(engine, args.rate, args.speed, args.seed) if args.rate > 0 else None
    server = SimulatorServer(EngineFeed(engine, generator, outage=outage), token=token_of(args), ssl_context=tls)
    return _serve(server, args, engine)


def run_serve(args) -> int:
    from desktop.simulator.playback import read_trace
    from desktop.simulator.ws.feeds import TraceFeed
    from desktop.simulator.ws.server import SimulatorServer

    try:
        if args.speed <= 0:
            raise ValueError("--speed must be > 0")
        trace = read_trace(args.trace)
        tls = _tls(args)
    except (OSError, ValueError) as exc:
        print(f"cti-monitor serve: {exc}", file=sys.stderr)
        return 2
    server = SimulatorServer(TraceFeed(trace, args.speed, args.loop), token=token_of(args), ssl_context=tls)
    return _serve(server, args)
