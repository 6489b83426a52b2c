"""Regenerate resources/scenarios/*.jsonl from the seed recording (`make scenarios`)."""

import sys
from pathlib import Path

from desktop.protocol.seed import FLOW_NAMES, flow_to_jsonl, parse_seed


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: seed_to_scenarios.py SEED_FILE OUT_DIR", file=sys.stderr)
        return 2
    seed, out = Path(argv[0]), Path(argv[1])
    flows = parse_seed(seed.read_text(encoding="utf-8"))
    if len(flows) != len(FLOW_NAMES):
        print(f"expected {len(FLOW_NAMES)} flows, found {len(flows)}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for name, flow in zip(FLOW_NAMES, flows):
        (out / f"{name}.jsonl").write_text(flow_to_jsonl(flow), encoding="utf-8")
        print(f"{name}.jsonl: {len(flow.rows)} events, users {', '.join(u.login for u in flow.users)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
