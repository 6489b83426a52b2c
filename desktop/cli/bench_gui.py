"""`make bench-gui`: the real window at N users and E events/s, against the bare floor, in one run.

Three processes besides this driver, so that each one's CPU and memory are its own:
- the simulated OXE (`--role server`): N generated users and generated traffic at about E events/s;
  a share of it goes to the users the window shows first (sorted by name), so that the
  event-to-screen figure has enough samples for a p99;
- a bare PySide6 + qasync window (`--role bare`): the floor for memory and start-up;
- the real MainWindow, offscreen, connected over WebSocket (`--role window`): after a warm-up
  it measures for S seconds the event loop's lag (a 10 ms timer's lateness), event-to-screen for
  users on screen (the event's own server time to the end of the lamp view's paint that shows
  it), its CPU share and its peak RSS.
The driver itself is the bare floor for the full state: a plain `websockets` client timed from
connect to the first snapshot event of every user, in the same run, against the window timed
from connect to the end of the first paint after the same point; with --o2g also a plain
client of the simulated gateway (`bare_o2g_full_state_s`), the floor of the O2G way in.

It is a benchmark, not a test: it prints figures, its last line one JSON object (README's
Performance section lists its keys). Extra figures (start-up) go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD_ENV = "CTI_BENCH_O2G_PASSWORD"  # the simulated gateway's password, for the children only

ARRIVAL_S = 4.0  # seconds a bare client times live events' arrival (the server's part of the latency)
ON_SCREEN_POOL = 60  # generated users first by name: the window's first screenful
ON_SCREEN_SHARE = 0.12  # of the calls: ~300+ samples in 30 s without saturating the pool
EVENTS_PER_CALL = 16.5  # the generated mix at steady state (measured offline): events of all users per scenario
# The traffic is run this far ahead, at once, before the server listens. A snapshot holds the
# calls under way, and from a cold start they grow for about a minute (10,000 users: 1,100
# calls created at 10 s, 2,400 at 30 s, 2,700 at 75 s): a bare client timed first would read a
# smaller snapshot than the window timed after it.
TRAFFIC_AHEAD_S = 60.0


# --- the simulated OXE --------------------------------------------------------------------


def bench_simulator(users: int, rate: float):
    """The benchmark's simulated OXE, not yet listening: `users` generated users and traffic at
    about `rate` events/s, a share of it on the users a window shows first. Start it with
    `start_simulator`; tools/full_state_cost.py records its snapshot the same way."""
    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.demo import DemoTraffic
    from desktop.simulator.traffic import TrafficGenerator
    from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
    from desktop.simulator.ws.server import SimulatorServer

    engine = Engine(seed_directory(users), clock=wall_clock_ms)
    generated = sorted(engine.directory.generated_logins(), key=lambda login: int(login[3:]))
    first, rest = generated[:ON_SCREEN_POOL], generated[ON_SCREEN_POOL:]
    calls_per_s = rate / EVENTS_PER_CALL
    # Shorter calls on the small pool, so that its users are free often enough to take their share.
    shown = TrafficGenerator(engine, calls_per_s * ON_SCREEN_SHARE, speed=8.0, seed=1, logins=first)
    bulk = TrafficGenerator(engine, calls_per_s * (1 - ON_SCREEN_SHARE), speed=4.0, seed=2, logins=rest)
    traffic = DemoTraffic(shown, bulk)
    return SimulatorServer(EngineFeed(engine, traffic)), traffic


async def start_simulator(server, traffic) -> int:
    """Run the traffic TRAFFIC_AHEAD_S ahead, then listen on a free loopback port: returns it."""
    now = asyncio.get_running_loop().time()  # the feed's clock
    traffic.advance(now - TRAFFIC_AHEAD_S)
    traffic.advance(now)
    return await server.start("127.0.0.1", 0)


def run_server(args) -> int:
    server, traffic = bench_simulator(args.users, args.rate)

    async def main() -> None:
        port = await start_simulator(server, traffic)
        o2g_port = 0
        if args.o2g:
            o2g_port = await _start_gateway(server.feed.engine, server)
        print(port, o2g_port, flush=True)
        await server.serve_forever()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    return 0


async def _start_gateway(engine, server) -> int:
    """The simulated O2G beside the WebSocket server, on the same engine."""
    from desktop.simulator.o2g.gateway import O2GGateway, serve

    gateway = O2GGateway(engine, password=os.environ[PASSWORD_ENV], dispatch=server.publish)
    running = await serve(gateway, "127.0.0.1", 0, None)
    server.listeners.append(gateway.publish)
    return running.port


# --- the bare floor -----------------------------------------------------------------------


async def bare_full_state(url: str, keep: list | None = None) -> tuple[float, int]:
    """Seconds from connect until a plain client has the first snapshot event of every user,
    and the events it read until then (the snapshot's size, to compare with the window's).
    `keep`: a list that gets every frame read, the hello first (a recording of the snapshot)."""
    import orjson
    from websockets.asyncio.client import connect

    start = time.perf_counter()
    async with connect(url, max_size=64 * 1024 * 1024, compression=None) as ws:
        frame = await ws.recv()
        if keep is not None:
            keep.append(frame)
        hello = orjson.loads(frame)
        wanted = len(hello["users"])
        await ws.send(json.dumps({"type": "subscribe", "requestId": 1, "logins": ["*"]}))
        seen: set[str] = set()
        events = 0
        while len(seen) < wanted:
            frame = await ws.recv()
            if keep is not None:
                keep.append(frame)
            message = orjson.loads(frame)
            events += 1
            if "name" in message and "id" in message:  # a user's event (link events have no user)
                seen.add(message["id"])
        return time.perf_counter() - start, events


async def bare_o2g_full_state(url: str, password: str) -> float:
    """Seconds from the first request until a client of the simulated gateway, as an
    administrator, has every user's OnTelephonyState: login, logins, one subscription naming
    them all, the event channel, one snapshot for everyone, the lines split and parsed. The
    floor under the window's --o2g full state (no model, no window)."""
    import orjson

    from desktop.protocol.o2g import rest, routes
    from desktop.sources.o2g.client import MAX_LOGINS_BYTES, O2GClient

    start = time.perf_counter()
    client = O2GClient(url)
    try:
        await client.open_session("admin", password, "bench-gui bare client")
        logins = (await client.send(routes.LOGINS, max_bytes=MAX_LOGINS_BYTES))["loginNames"]
        subscription = await client.subscribe([rest.Selector(ids=logins, names=[rest.TELEPHONY])])
        channel = await client.open_channel(client.polling_url(subscription))
        try:
            await channel.content.readline()  # OnChannelInformation
            await client.send(routes.STATE_SNAPSHOT)
            seen: set[str] = set()
            while len(seen) < len(logins):
                line = await channel.content.readline()
                if b'"OnTelephonyState"' in line[:160]:
                    seen.add(orjson.loads(line)["loginName"])
            elapsed = time.perf_counter() - start
        finally:
            channel.close()
        await client.unsubscribe(subscription.subscriptionId)
        await client.close_session()
        return elapsed
    finally:
        await client.close()


async def bare_arrivals(url: str, logins: list[str], seconds: float) -> list[float]:
    """Milliseconds from each live event's server time to its arrival at a plain client watching
    `logins`: the floor under the window's event-to-screen (the simulator's and the socket's part)."""
    import orjson
    from websockets.asyncio.client import connect

    delays: list[float] = []
    async with connect(url, max_size=64 * 1024 * 1024, compression=None) as ws:
        await ws.recv()  # the hello
        await ws.send(json.dumps({"type": "subscribe", "requestId": 1, "logins": logins}))
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            try:
                message = orjson.loads(await asyncio.wait_for(ws.recv(), left))
            except asyncio.TimeoutError:
                break
            if "began" not in message and isinstance(message.get("time"), int):  # live, not the snapshot
                delays.append(time.time() * 1000 - message["time"])
    return delays


# --- the driver ---------------------------------------------------------------------------


def _child(role: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli.bench_gui", "--role", role, *extra]


_SCRATCH = tempfile.TemporaryDirectory(prefix="cti-bench-")  # the run's own data and settings


def window_env() -> dict:
    """The environment of a measured window (the children here, tools/full_state_cost.py's
    own): never the user's own call history, settings or logs, all in the run's scratch folder
    (a history file as real as the user's: WAL, the writer thread)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CTI_HISTORY_DB"] = str(Path(_SCRATCH.name) / "history.sqlite3")
    # (Not XDG_CACHE_HOME: the translations compiled there once are what a user's window starts with.)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(Path(_SCRATCH.name) / name.lower())
    env["CTI_GROUPS_FILE"] = str(Path(_SCRATCH.name) / "groups.json")
    return env


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _run_child(cmd: list[str], timeout: float) -> tuple[dict, float]:
    """Run a measuring child; its last stdout line is JSON. Returns it and the wall time it started."""
    started = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=window_env())
    if done.returncode != 0:
        raise SystemExit(f"{cmd[4]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), started


PACKAGE = Path(__file__).resolve().parent.parent  # desktop/


def compile_package(package: Path = PACKAGE) -> bool:
    """Compile our modules' bytecode beside them, as installing a wheel does (pip compiles at
    install): where PYTHONDONTWRITEBYTECODE is set, as on the machine this was measured on,
    every child would otherwise compile the package from source at each start, a cost no
    installed copy pays (the bare window's PySide6 and qasync were compiled by pip). False
    if the checkout cannot be written: the children then compile as before."""
    import compileall

    return bool(compileall.compile_dir(package, quiet=2))  # (it reports unwritable files as False itself)


def drive(args) -> int:
    os.environ[PASSWORD_ENV] = secrets.token_urlsafe(16)  # the children's environment, never a command line
    compiled = compile_package()
    o2g = ["--o2g"] if args.o2g else []
    server = subprocess.Popen(_child("server", "--users", str(args.users), "--rate", str(args.rate), *o2g),
                              stdout=subprocess.PIPE, text=True, env=window_env())
    try:
        port, o2g_port = map(int, server.stdout.readline().split())
        url = f"ws://127.0.0.1:{port}"
        window_source = ["--o2g-url", f"http://127.0.0.1:{o2g_port}"] if args.o2g else []
        total = args.users + 3  # the seed's three users besides the generated ones
        time.sleep(min(2.0, args.warmup))  # traffic under way before anyone connects
        bare_reads = [asyncio.run(bare_full_state(url)) for _ in range(args.rounds)]
        bare_states = [seconds for seconds, _ in bare_reads]
        bare_state = statistics.median(bare_states)
        bare_o2g_states = [asyncio.run(bare_o2g_full_state(f"http://127.0.0.1:{o2g_port}", os.environ[PASSWORD_ENV]))
                           for _ in range(args.rounds)] if args.o2g else []
        from desktop.simulator.engine.directory import FIRST_GENERATED_NUMBER

        pool = [f"oxe{n}" for n in range(FIRST_GENERATED_NUMBER, FIRST_GENERATED_NUMBER + ON_SCREEN_POOL)]
        arrivals = asyncio.run(bare_arrivals(url, pool, ARRIVAL_S))
        bare, bare_started = _run_child(_child("bare"), 120)
        timeout = 120 + args.warmup + args.seconds + 60
        win, win_started = _run_child(
            _child("window", "--url", url, *window_source, "--users-total", str(total), "--warmup", str(args.warmup),
                   "--seconds", str(args.seconds), "--rounds", str(args.rounds), *(["--profile", args.profile] if args.profile else [])), timeout)
    finally:
        server.terminate()
        server.wait(10)
    result = {
        "users": args.users,
        "events_per_s": _round(win["events_per_s"], 0),
        "full_state_s": _round(win["full_state_s"], 3),
        "bare_full_state_s": _round(bare_state, 3),
        "full_state_ratio": _round(win["full_state_s"] / bare_state, 2),
        "rss_mib": _round(win["rss_mib"], 1),
        "bare_rss_mib": _round(bare["rss_mib"], 1),
        "loop_lag_ms_p99": _round(win["loop_lag_ms_p99"]),
        "loop_lag_ms_max": _round(win["loop_lag_ms_max"]),
        "screen_ms_p50": _round(win["screen_ms_p50"]),
        "screen_ms_p99": _round(win["screen_ms_p99"]),
        "cpu_share": _round(win["cpu_share"], 3),
    }
    if args.o2g:  # the window watched everyone through the simulated gateway as an administrator
        result["o2g"] = True
        result["rest_requests"] = win["rest_requests"]
        result["bare_o2g_full_state_s"] = _round(statistics.median(bare_o2g_states), 3)
    shown, bare_shown = win["shown_at"] - win_started, bare["shown_at"] - bare_started
    print(f"{args.users} users, {result['events_per_s']} events/s received, {args.warmup} s warm-up, "
          f"{args.seconds} s measured; {win['screen_samples']} event-to-screen samples over "
          f"{win['on_screen_users']} users on screen; {win['gc_full_collections']} full garbage collections, "
          f"the longest {win['gc_max_ms']:.0f} ms", file=sys.stderr)
    print("full state, each connection: window " + ", ".join(f"{t:.2f}" for t in win["full_states_s"])
          + " s (CPU " + ", ".join(f"{t:.2f}" for t in win["full_states_cpu_s"]) + " s); bare client " + ", ".join(f"{t:.2f}" for t in bare_states)
          + (" s; bare O2G client " + ", ".join(f"{t:.2f}" for t in bare_o2g_states) if bare_o2g_states else "") + " s (medians kept)", file=sys.stderr)
    print("events until every user's state: window " + ", ".join(str(n) for n in win["full_states_events"])
          + "; bare client " + ", ".join(str(n) for _, n in bare_reads), file=sys.stderr)
    if win.get("arrival_ms_p99") is not None:
        print(f"event-to-screen: of which from the event's server time to its arrival in the window "
              f"p50 {win['arrival_ms_p50']:.1f} ms, p99 {win['arrival_ms_p99']:.1f} ms; at a bare client "
              f"({len(arrivals)} events) p50 {_percentile(arrivals, 50):.1f} ms, p99 {_percentile(arrivals, 99):.1f} ms",
              file=sys.stderr)
    print(f"the window asked for the whole state again {win['resyncs']} time(s); its counts: "
          + ", ".join(f"{k} {v}" for k, v in win["stats"].items() if k in ("rejected", "gaps", "duplicates", "ignored")), file=sys.stderr)
    print("memory (MiB): " + ", ".join(f"{k} {v:.0f}" for k, v in win["rss_at"].items()), file=sys.stderr)
    print(f"start-up: window shown {shown:.2f} s after launch (bare PySide6 + qasync window: "
          f"{bare_shown:.2f} s, {shown / bare_shown:.2f}x); first state drawn "
          f"{win['drawn_at'] - win_started:.2f} s after launch"
          + ("" if compiled else "; our bytecode could not be written: the children compiled our modules at start"), file=sys.stderr)
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.cli.bench_gui", description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000, help="generated users (default 10000)")
    parser.add_argument("--rate", type=float, default=1000.0, help="target events per second (default 1000)")
    parser.add_argument("--warmup", type=float, default=8.0, help="seconds after the full state before measuring (default 8)")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds measured (default 30)")
    parser.add_argument("--rounds", type=int, default=3, help="connections timed for the full state, median kept (default 3)")
    parser.add_argument("--profile", metavar="FILE", help="write the window's cProfile stats of the measured seconds to FILE")
    parser.add_argument("--o2g", action="store_true",
                        help="the window watches everyone through the simulated O2G as an administrator (adds rest_requests)")
    parser.add_argument("--o2g-url", help=argparse.SUPPRESS)
    parser.add_argument("--role", choices=("driver", "server", "bare", "window"), default="driver", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--users-total", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.users < 1 or not (args.rate > 0 and math.isfinite(args.rate)) or args.seconds <= 0 or args.warmup < 0:
        parser.error("--rounds >= 1, --users >= 1, --rate > 0, --seconds > 0, --warmup >= 0")
    if args.role in ("bare", "window"):
        from desktop.ui import bench_window

        return getattr(bench_window, f"run_{args.role}")(args)
    return {"driver": drive, "server": run_server}[args.role](args)


if __name__ == "__main__":
    sys.exit(main())
