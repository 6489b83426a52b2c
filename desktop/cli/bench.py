"""`make bench`: parse + apply throughput against bare json.loads of the same lines.

The seed's eight flows are repeated with fresh logins, numbers and callRefs until there are at
least 100,000 events. Both timings run in this process, alternately, best of a few rounds, and
count CPU time (not wall time), so other work on a shared machine does not tilt the ratio.
The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
import time

from desktop import resources
from desktop.model import Ingest

SCENARIOS = resources.root() / "scenarios"
_NUMBER = re.compile(r"(?<![0-9])7002([0-2])(?![0-9])")
_REF = re.compile(r'"([0-9a-f]{16})"')


def make_lines(min_events: int) -> list[str]:
    seed = [line for path in sorted(SCENARIOS.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]
    lines: list[str] = []
    rep = 0
    while len(lines) < min_events:
        base = 100000 + rep * 10  # users of repetition `rep`: 1000X0..1000X2, fresh every time
        for line in seed:
            line = _NUMBER.sub(lambda m: str(base + int(m.group(1))), line)
            lines.append(_REF.sub(lambda m: f'"{m.group(1)}-{rep}"', line))
        rep += 1
    return lines


def time_ingest(lines: list[str]) -> float:
    ingest = Ingest()
    feed = ingest.feed_line
    start = time.process_time()
    for line in lines:
        feed(line)
    elapsed = time.process_time() - start
    if ingest.rejected or ingest.model.gaps or ingest.model.duplicates:
        raise SystemExit(f"bench trace is not clean: {ingest.stats()}")
    return elapsed


def time_json(lines: list[str]) -> float:
    loads = json.loads
    start = time.process_time()
    for line in lines:
        loads(line)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.cli.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="at least this many events (default 100000)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timing rounds, best kept (default 3)")
    args = parser.parse_args(argv)
    lines = make_lines(args.events)
    best_ingest = best_json = float("inf")
    gc.collect()
    for _ in range(args.rounds):
        best_json = min(best_json, time_json(lines))
        best_ingest = min(best_ingest, time_ingest(lines))
    n = len(lines)
    result = {
        "events": n,
        "ingest_per_s": round(n / best_ingest),
        "json_loads_per_s": round(n / best_json),
        "ratio": round(best_json / best_ingest, 3),
    }
    print(f"{n} events, {sum(map(len, lines)) / n:.0f} bytes each on average; best of {args.rounds} rounds", file=sys.stderr)
    print(f"parse + apply: {result['ingest_per_s']:,}/s   bare json.loads: {result['json_loads_per_s']:,}/s", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
