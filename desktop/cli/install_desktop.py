"""`cti-monitor install-desktop`: put the launcher, its icon and the AppStream metainfo where a
Linux desktop looks for them, for the current user (or under --prefix).

Why a command and not wheel data files: pip installs data files under the venv's prefix, which no
desktop reads, and a launcher must name the executable by its absolute path because a venv's or a
bundle's bin/ is not on the menu's PATH. So the launcher in packaging/linux/ (shipped in the
package as desktop/share/linux/) is copied with its Exec line pointing at this very program.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from desktop import resources
from desktop.cli.options import add_command
from desktop.version import APP_ID

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


def register(sub) -> None:
    p = add_command(
        sub, "install-desktop",
        help="add CTI Monitor to the desktop's application menu (Linux: launcher, icon, metainfo)",
    )
    p.add_argument(
        "--prefix", type=Path, default=None,
        help="data folder to install into (default: $XDG_DATA_HOME, else ~/.local/share)",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what install-desktop put there")
    p.set_defaults(handler=run)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(prefix: Path) -> dict[str, Path]:
    return {
        "desktop": prefix / "applications" / DESKTOP_FILE,
        "icon": prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "metainfo": prefix / "metainfo" / METAINFO_FILE,
    }


def launch_command() -> list[str]:
    """How to start this same installation: the bundle's executable, the console script, or python -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name in ("cti-monitor", "cti-monitor.exe") and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "desktop.cli"]


def exec_quote(arg: str) -> str:
    """Quote one argument for a .desktop Exec key (Desktop Entry spec, 'The Exec key')."""
    arg = arg.replace("%", "%%")  # a lone % starts a field code (%f, %u...)
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def launcher_text(template: str, command: list[str]) -> str:
    line = "Exec=" + " ".join(exec_quote(a) for a in command)
    lines = [line if raw.startswith("Exec=") else raw for raw in template.splitlines()]
    # the Exec value is itself escaped once more as a string value: a backslash doubles
    lines = [raw.replace("\\", "\\\\") if raw.startswith("Exec=") else raw for raw in lines]
    return "\n".join(lines) + "\n"


def install(prefix: Path, command: list[str]) -> dict[str, Path]:
    paths = targets(prefix)
    template = resources.linux_file(DESKTOP_FILE).read_text(encoding="utf-8")
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    paths["desktop"].write_text(launcher_text(template, command), encoding="utf-8")
    shutil.copyfile(resources.icon_path("app"), paths["icon"])
    shutil.copyfile(resources.linux_file(METAINFO_FILE), paths["metainfo"])
    return paths


def uninstall(prefix: Path) -> list[Path]:
    removed = []
    for path in targets(prefix).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def run(args) -> int:
    prefix = args.prefix or data_home()
    try:
        if args.uninstall:
            for path in uninstall(prefix):
                print(f"removed {path}")
            return 0
        paths = install(prefix, launch_command())
    except OSError as exc:
        print(f"cti-monitor install-desktop: {exc.strerror or exc}: {exc.filename or prefix}", file=sys.stderr)
        return 1
    for path in paths.values():
        print(f"installed {path}")
    if sys.platform != "linux":
        print("note: these files are for Linux desktops; see packaging/README.md for Windows and macOS", file=sys.stderr)
    return 0
