#!/usr/bin/python3
"""The window's accessible tree as a screen reader sees it: Qt's AT-SPI bridge over D-Bus.

Run it with Debian's python3, which has pyatspi (the project's .venv does not):

    apt-get install -y xvfb at-spi2-core python3-pyatspi dbus-x11
    /usr/bin/python3 tools/atspi_tree.py            # indented text: role "name" (description)
    /usr/bin/python3 tools/atspi_tree.py --json     # one JSON list of nodes

It starts, and stops again, everything it needs, each in a throwaway folder (HOME, XDG
folders, call history): an Xvfb display, a D-Bus session bus, the AT-SPI bus, then
`cti-monitor` with no arguments (the built-in simulator) under QT_QPA_PLATFORM=xcb and
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, with the project's Python (--python, default .venv/bin/python).
It waits until the window's lamps are in the tree, walks it (bounded: --max-nodes), prints it.
Exit status: 0, or 2 with one line on stderr saying what is missing (tests/ui/test_atspi.py
skips with that line).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "cti-monitor"  # QApplication.applicationName(): the AT-SPI application's name
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


class Missing(Exception):
    """A program or module this needs is not installed (the message says which)."""


def _free_display() -> int:
    for n in range(90, 190):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise Missing("no free X display number")


def _wait(predicate, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


class Stack:
    """Xvfb, a D-Bus session, the AT-SPI bus and the window: started in order, stopped in reverse,
    only these processes (by the ids we got when starting them)."""

    def __init__(self, python: str, timeout: float):
        self.python, self.timeout = python, timeout
        self.procs: list[subprocess.Popen] = []
        self.dbus_pid: int | None = None
        self.home = Path(tempfile.mkdtemp(prefix="cti-atspi-"))
        self.env = dict(os.environ)

    def start(self) -> None:
        for program in ("Xvfb", "dbus-launch"):
            if shutil.which(program) is None:
                raise Missing(f"{program} is not installed (apt-get install xvfb dbus-x11)")
        launcher = next((p for p in BUS_LAUNCHERS if Path(p).exists()), None)
        if launcher is None:
            raise Missing("at-spi-bus-launcher is not installed (apt-get install at-spi2-core)")
        display = _free_display()
        self.procs.append(subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait(lambda: Path(f"/tmp/.X11-unix/X{display}").exists(), 10, "Xvfb")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            folder = self.home / name.lower()
            folder.mkdir(mode=0o700)
            self.env[name] = str(folder)
        self.env.update(DISPLAY=f":{display}", HOME=str(self.home), CTI_HISTORY_DB=str(self.home / "history.sqlite3"))
        out = subprocess.run(["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, timeout=10, check=True).stdout
        for line in out.splitlines():
            if "=" in line:
                key, _, value = line.rstrip(";").partition("=")
                value = value.strip("'\"")
                if key == "DBUS_SESSION_BUS_ADDRESS":
                    self.env[key] = value
                elif key == "DBUS_SESSION_BUS_PID":
                    self.dbus_pid = int(value)
        self.procs.append(subprocess.Popen([launcher, "--launch-immediately"], env=self.env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        window_env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8")
        self.window = subprocess.Popen([self.python, "-m", "desktop.cli"], cwd=ROOT, env=window_env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.procs.append(self.window)

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if self.dbus_pid:
            try:
                os.kill(self.dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)


def _node(acc, depth: int) -> dict:
    try:
        role = acc.getRoleName()
    except Exception:
        role = "?"
    return {"depth": depth, "role": role, "name": acc.name or "", "description": acc.description or ""}


def walk(root, max_nodes: int) -> list[dict]:
    """Depth first, children in order, at most `max_nodes` nodes."""
    out, stack = [], [(root, 0)]
    while stack and len(out) < max_nodes:
        acc, depth = stack.pop()
        out.append(_node(acc, depth))
        try:
            children = [acc.getChildAtIndex(i) for i in range(min(acc.childCount, 400))]
        except Exception:
            children = []
        stack.extend((c, depth + 1) for c in reversed(children) if c is not None)
    return out


def read_tree(stack: Stack, max_nodes: int) -> list[dict]:
    os.environ.update({k: stack.env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")})
    try:
        import pyatspi  # after the bus address is set: it connects on import
    except ImportError:
        raise Missing("pyatspi is not importable: run this with /usr/bin/python3 (apt-get install python3-pyatspi)") from None

    def application():
        if stack.window.poll() is not None:
            raise RuntimeError(f"the window exited: {stack.window.stderr.read().decode(errors='replace')[-800:]}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == APP_NAME:
                return app
        return None

    app = _wait(application, stack.timeout, f"{APP_NAME} on the AT-SPI bus")

    def lamps_shown():  # the demo's users are in: the tree is worth reading
        nodes = walk(app, max_nodes)
        return nodes if any(n["role"] in ("list item", "table cell") and n["name"] for n in nodes) else None

    return _wait(lamps_shown, stack.timeout, "the lamps in the accessible tree")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="print one JSON list of {depth, role, name, description}")
    p.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="the Python that runs the window")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the window and its lamps")
    p.add_argument("--max-nodes", type=int, default=3000)
    args = p.parse_args(argv)
    stack = Stack(args.python, args.timeout)
    try:
        stack.start()
        nodes = read_tree(stack, args.max_nodes)
    except Missing as exc:
        print(f"atspi_tree: {exc}", file=sys.stderr)
        return 2
    finally:
        stack.stop()
    if args.json:
        print(json.dumps(nodes, ensure_ascii=False))
    else:
        for n in nodes:
            description = f" ({n['description']})" if n["description"] else ""
            print(f"{'  ' * n['depth']}{n['role']} \"{n['name']}\"{description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
