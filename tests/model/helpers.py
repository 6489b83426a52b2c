from desktop.model import Ingest, Model
from tests.conftest import scenario_lines


def model_after(flow: int, lines: int | None = None, fmt: str = "auto") -> Model:
    """The model after the first `lines` events of seed flow `flow` (all when None)."""
    ingest = Ingest(fmt=fmt)
    for line in scenario_lines(flow)[:lines]:
        assert ingest.feed_line(line) is not None, line
    assert ingest.stats() == {"rejected": 0, "ignored": 0, "duplicates": 0, "gaps": 0}
    return ingest.model


def participants(model: Model, login: str, ref: str) -> set[str]:
    return set(model.users[login].calls[ref].participants)
