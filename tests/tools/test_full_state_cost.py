"""tools/full_state_cost.py works: a brief run records the benchmark's snapshot and replays all
of it into the window each round. Its figures are read by people, not asserted here."""

import re
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "full_state_cost.py"


def test_a_brief_run_replays_the_whole_snapshot_each_round():
    done = subprocess.run([sys.executable, str(TOOL), "--users", "200", "--rate", "300", "--rounds", "2"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    users, frames = (int(n.replace(",", "")) for n in re.search(r"([\d,]+) users, ([\d,]+) snapshot frames", out).groups())
    assert users == 203  # the generated users and the seed's three
    applied = [int(n) for n in re.search(r"events applied per full state: ([\d ]+)", out).group(1).split()]
    assert applied == [frames, frames]  # every snapshot event reached the session, in each round
    cpu = [float(t) for t in re.search(r"CPU per full state: ([\d. ]+) s", out).group(1).split()]
    assert len(cpu) == 2 and all(t > 0 for t in cpu)
