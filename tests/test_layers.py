"""The layering of docs/architecture.md, checked on every import statement in desktop/.

Lazy imports inside functions count too: a layer that imports one above it at run time
depends on it as surely as at the top of the file.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"

# Lowest first. A module may import its own layer and those below it, never one above.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("infrastructure", ("desktop.version", "desktop.logs", "desktop.resources")),
    ("protocol", ("desktop.protocol",)),
    ("model", ("desktop.model",)),
    ("engine", ("desktop.simulator.engine", "desktop.simulator.traffic", "desktop.simulator.demo", "desktop.simulator.playback")),
    ("front ends", ("desktop.sources", "desktop.simulator.ws", "desktop.simulator.o2g")),
    ("app", ("desktop.app", "desktop.history")),
    ("cli", ("desktop.cli",)),
    ("ui", ("desktop.ui",)),
]
# The window is started by the command line (`cti-monitor` with no subcommand); the reverse
# would make the command line need Qt.
ALLOWED_UPWARD = {("cli", "ui")}
ALLOWED_SIDEWAYS_ONLY = {("ui", "cli")}  # ui and cli are side by side: ui never imports cli

PURE = {"infrastructure", "protocol", "model", "engine"}
IO_LIBRARIES = ("asyncio", "aiohttp", "websockets", "qasync", "PySide6")
QT_LIBRARIES = ("qasync", "PySide6")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str | None:
    for name, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    return None


RANK = {name: index for index, (name, _) in enumerate(LAYERS)}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # `from desktop.simulator import engine` imports the submodule, not the package.
            found.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names if alias.name != "*")
    return found


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def violations() -> list[str]:
    out = []
    for path in python_files():
        module = module_name(path)
        layer = layer_of(module)
        for line, target in imports_of(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}"
            top = target.split(".")[0]
            if layer in PURE and top in IO_LIBRARIES:
                out.append(f"{where}: the {layer} layer does no I/O and has no event loop")
            if top in QT_LIBRARIES and layer != "ui":
                out.append(f"{where}: only desktop/ui touches Qt")
            if top != "desktop" or layer is None:
                continue
            other = layer_of(target)
            if other is None or (target.count(".") == 1 and target != "desktop.ui"):
                # `from desktop import logs` names a module as its own target above.
                continue
            if (layer, other) in ALLOWED_UPWARD:
                continue
            if RANK[other] > RANK[layer] or (layer, other) in ALLOWED_SIDEWAYS_ONLY:
                out.append(f"{where}: {layer} may not import {other}")
    return out


def test_every_module_belongs_to_a_layer():
    orphans = [module_name(p) for p in python_files() if layer_of(module_name(p)) is None and module_name(p) not in ("desktop", "desktop.simulator")]
    assert orphans == [], "add these to LAYERS (and docs/architecture.md): " + ", ".join(orphans)


def test_no_layer_imports_one_above_it_nor_io_in_pure_layers():
    assert violations() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import asyncio\n", "does no I/O"),
        ("from PySide6.QtCore import QObject\n", "only desktop/ui touches Qt"),
        ("from desktop.sources.base import Source\n", "model may not import front ends"),
        ("from ..ui import run\n", "model may not import ui"),
    ],
)
def test_the_checker_sees_a_bad_import(tmp_path, monkeypatch, source, expected):
    # A checker that cannot fail proves nothing: plant a bad import in a copy of the model.
    fake = tmp_path / "desktop"
    (fake / "model").mkdir(parents=True)
    (fake / "model" / "bad.py").write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    problems = violations()
    assert any(expected in p for p in problems), problems


# The window connected over WebSocket, in a fresh interpreter, as `cti-monitor --connect URL`
# starts it: its command line (which registers every subcommand, the simulator's too), the window,
# the source the options name, then a hello, a reply and an event read. Then O2G's client, to
# show that the check sees pydantic when it is there.
_WEBSOCKET_WINDOW = """
import json, sys
import desktop.cli
import desktop.ui.main_window, desktop.ui.run
from desktop.app.sources import SourceOptions, make_source
from desktop.cli import window
from desktop.cli.options import source_options
from desktop.protocol import parse, wire
args = window.build_parser().parse_args(["--connect", "ws://127.0.0.1:1"])
make_source(source_options(args, replay=args.replay, my_line=args.login))
make_source(SourceOptions(connect="ws://127.0.0.1:1"))
users, dropped = wire.read_directory(wire.hello([{"login": "a", "devices": ["1"]}, {"login": "b", "number": 2}]))
reply = wire.parse_reply(wire.reply(1, {"callRef": "X"}))
event = parse.parse_line(sys.argv[1])
loaded = [m for m in ("pydantic", "pydantic_core", "desktop.protocol.o2g.rest", "aiohttp") if m in sys.modules]
read = [len(users), dropped, wire.read_reply(reply), type(event).__name__]
import desktop.sources.o2g.client
print(json.dumps({"loaded": loaded, "read": read, "o2g_loads_it": "pydantic" in sys.modules}))
"""


def test_the_websocket_window_loads_no_pydantic():
    """pydantic (5 MiB), O2G's REST bodies (6 MiB more) and aiohttp are for O2G and the
    simulator's server: the window connected over WebSocket never loads them (issue 15: 150 MiB)."""
    line = (PACKAGE.parent / "resources" / "scenarios" / "01-basic-call.jsonl").read_text(encoding="utf-8").splitlines()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CTI_TOKEN", None)
    done = subprocess.run([sys.executable, "-c", _WEBSOCKET_WINDOW, line], capture_output=True, text=True,
                          timeout=120, env=env, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["read"] == [2, 1, {"callRef": "X"}, "CallCreated"]
    assert found["loaded"] == [], "imported by the window over WebSocket: " + ", ".join(found["loaded"])
    assert found["o2g_loads_it"]


_WINDOW_BEFORE_ITS_SOURCE = """
import json, sys
import desktop.ui.main_window, desktop.ui.run, desktop.ui.session, desktop.app.sources
import desktop.ui.dialogs.connect_dialog
before = "websockets" in sys.modules
from desktop.app.sources import SourceOptions, make_source
make_source(SourceOptions(connect="ws://127.0.0.1:1"))
print(json.dumps({"before": before, "after": "websockets" in sys.modules}))
"""


def test_the_window_is_shown_before_websockets_is_loaded():
    """The window (desktop/ui/run.py shows it before it makes the first source) does not wait
    for websockets (~40 ms of a ~0.35 s start-up, issue 15): only making a source loads it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _WINDOW_BEFORE_ITS_SOURCE], capture_output=True, text=True,
                          timeout=120, env=env, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"before": False, "after": True}
