"""The engine package is sans-I/O and is used through its public API only.

Traffic makers and the trace player import from `desktop.simulator.engine` itself (never its
modules) and touch an engine only through Engine's public methods and its directory; the engine
imports nothing of I/O, Qt, or the layers above it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop.simulator.engine as engine_package
from desktop.simulator.engine import Engine

SIMULATOR = Path(engine_package.__file__).parent.parent
USERS = ["traffic.py", "demo.py", "playback.py"]
# What an engine offers outside its package: its public methods and the PBX's directory.
PUBLIC = {name for name in vars(Engine) if not name.startswith("_")} | {"directory"}
FORBIDDEN = ("asyncio", "aiohttp", "websockets", "qasync", "PySide6", "desktop.sources", "desktop.app", "desktop.cli", "desktop.ui")


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
    for source, names in imported(module, "desktop.simulator"):
        if source.startswith("desktop.simulator.engine"):
            assert source == "desktop.simulator.engine", f"{name} imports the engine's module {source}"
            assert set(names) <= set(engine_package.__all__), f"{name} imports {names} from the engine"
    touched = {node.attr for node in ast.walk(module) if isinstance(node, ast.Attribute) and is_engine(node.value)}
    assert touched <= PUBLIC, f"{name} reaches into the engine: {sorted(touched - PUBLIC)}"


def test_the_engine_imports_no_io_and_no_layer_above_it() -> None:
    root = Path(engine_package.__file__).parent
    for path in sorted(root.rglob("*.py")):
        package = ".".join(("desktop", "simulator", *path.relative_to(root.parent).parent.parts))
        for source, _ in imported(tree(path), package):
            assert not source.startswith(FORBIDDEN), f"{path.relative_to(root)} imports {source}"
            if source.startswith("desktop.simulator."):
                assert source.startswith("desktop.simulator.engine"), f"{path.relative_to(root)} imports {source}"
