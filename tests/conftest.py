import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "resources" / "scenarios"
SEED = Path(os.environ.get("CTI_SEED", ROOT.parent / "shared" / "seed" / "000_98b12dc37aec99e1.txt"))


def scenario_files() -> list[Path]:
    return sorted(SCENARIOS.glob("*.jsonl"))


def scenario_lines(number: int) -> list[bytes]:
    """The lines of seed flow `number` (1-based), as stored in resources/scenarios."""
    (path,) = SCENARIOS.glob(f"{number:02d}-*.jsonl")
    return path.read_bytes().splitlines()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"the seed recording is needed for this test: {SEED} (set CTI_SEED to its path)")
    return SEED.read_text(encoding="utf-8")
