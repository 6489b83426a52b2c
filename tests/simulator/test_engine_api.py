"""The engine package is sans-I/O and is used through its public API only.

Traffic makers, the trace player and both front ends (WebSocket, O2G gateway) import from
`desktop.simulator.engine` itself (never its modules) and touch an engine only through Engine's
public methods and its directory. That the engine imports no I/O is tests/test_layers.py's.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop.simulator.engine as engine_package
from desktop.simulator.engine import Engine

SIMULATOR = Path(engine_package.__file__).parent.parent
# Everything in the simulator outside the engine: traffic makers, the trace player, both front ends.
USERS = ["traffic.py", "demo.py", "playback.py", *(f"{d}/{p.name}" for d in ("ws", "o2g") for p in sorted((Path(__file__).resolve().parents[2] / "desktop" / "simulator" / d).glob("*.py")))]
# What an engine offers outside its package: its public methods and the PBX's directory.
PUBLIC = {name for name in vars(Engine) if not name.startswith("_")} | {"directory"}


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(module: ast.Module, package: str) -> list[tuple[str, list[str]]]:
    """(absolute module, names) of every import in a module of `package`."""
    found = []
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            found.append((name, [alias.name for alias in node.names]))
    return found


def is_engine(node: ast.expr) -> bool:
    """`engine` or `<anything>.engine`: how traffic makers hold theirs."""
    return (isinstance(node, ast.Name) and node.id == "engine") or (isinstance(node, ast.Attribute) and node.attr == "engine")


@pytest.mark.parametrize("name", USERS)
def test_traffic_makers_use_only_the_public_api(name: str) -> None:
    module = tree(SIMULATOR / name)
    package = ".".join(("desktop.simulator", *Path(name).parent.parts))
    for source, names in imported(module, package):
        if source.startswith("desktop.simulator.engine"):
            assert source == "desktop.simulator.engine", f"{name} imports the engine's module {source}"
            assert set(names) <= set(engine_package.__all__), f"{name} imports {names} from the engine"
    touched = {node.attr for node in ast.walk(module) if isinstance(node, ast.Attribute) and is_engine(node.value)}
    assert touched <= PUBLIC, f"{name} reaches into the engine: {sorted(touched - PUBLIC)}"
