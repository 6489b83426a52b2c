"""Where the log goes and what it may contain: one setup for the window and every subcommand.

A receptionist's desk has no terminal, so what matters goes to a file in the platform's log
folder (platformdirs: ~/.local/state/cti-monitor/log on Linux, %LOCALAPPDATA%\\cti-monitor\\Logs
on Windows, ~/Library/Logs/cti-monitor on macOS), rotated so it never fills the disk. Each program
has its own file (the window, `simulator`, `snapshot`...), because two processes rotating one
file would race. Secrets never reach a handler: every formatted line, tracebacks included, goes
through `redact` first.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

import platformdirs

from desktop.version import DIST, version

log = logging.getLogger("cti")

MAX_BYTES = 1_000_000
BACKUPS = 4  # five files of 1 MB at most per program
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Third-party loggers that are too chatty at DEBUG: websockets logs every frame and every
# handshake header (the Authorization one included), qasync every callback.
QUIET = ("websockets", "qasync", "asyncio")

_SECRET = r"(?:token|password|passwd|pwd|secret|api[_-]?key|subscription[_-]?id)"
_PATTERNS = (
    # "token": "abc, d;e}" -- a quoted value, whole, whatever it holds
    (re.compile(rf"""(?i)(["']{_SECRET}["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""), r'\1"***"'),
    # ?token=abc,d;e}f&x=1 -- a query value, whole: up to the next parameter or the fragment
    (re.compile(rf"(?i)([?&;]{_SECRET}=)[^&#\s]*"), r"\1***"),
    # token=abc, password: abc, token abc; a value not already masked above
    (re.compile(rf"""(?i)(?<![?&;"'])(\b{_SECRET}["']?\s*[:=]\s*["']?)(?!\*\*\*)[^\s"']+"""), r"\1***"),
    (re.compile(rf"(?i)(--{_SECRET}(?:=|\s+))\S+"), r"\1***"),
    (re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 ***"),
    (re.compile(r"(?i)(Authorization\s*[:=]\s*)[^\r\n]+"), r"\1***"),
    # ws://user:secret@host
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@"), r"\1***@"),
)
SECRET_QUERY = re.compile(rf"(?i)^{_SECRET}$")  # query parameters never stored


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def without_credentials(url: str) -> str:
    """`url` fit to be stored (settings, a recent-sources list): no user:password@, and no
    query parameter named like a secret (token, password, subscriptionId...)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not SECRET_QUERY.match(k)])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record, so a token in an exception's text is caught too."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    return platformdirs.user_log_path(DIST, appauthor=False)


def log_file(program: str) -> Path:
    return log_dir() / f"{program}.log"


_installed: list[logging.Handler] = []
_current: list[Path] = []  # the file setup() opened, for the About and crash dialogs


def current_file() -> Path | None:
    return _current[0] if _current else None


def shutdown() -> None:
    """Remove and close what setup() installed (tests; a program simply exits)."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    _current.clear()


def setup(program: str = DIST, *, verbose: bool = False, console_level: int = logging.WARNING) -> Path | None:
    """Log to the rotating file of `program`, and to stderr from `console_level` up (everything
    with --verbose). Returns the file's path, or None when it cannot be written (then stderr only,
    with a warning saying why: the program still runs). Calling it again replaces the handlers."""
    shutdown()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)
    formatter = RedactingFormatter(FORMAT)

    # A windowed bundle on Windows has no stderr at all (sys.stderr is None).
    if sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.DEBUG if verbose else console_level)
        console.setFormatter(formatter)
        console.addFilter(lambda record: not getattr(record, "file_only", False))
        _add(root, console)

    path: Path | None = log_file(program)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s (%s): logging to stderr only", path, exc.strerror or exc)
        path = None
    else:
        handler.setFormatter(formatter)
        _add(root, handler)
        _current.append(path)
    # The banner is for the file: on stderr it would be noise in every `snapshot | jq`.
    log.info("%s %s (%s), Python %s on %s", DIST, version(), program, sys.version.split()[0], sys.platform,
             extra={"file_only": True})
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    root.addHandler(handler)
    _installed.append(handler)


def log_uncaught(program: str) -> None:
    """For the headless commands: an unhandled exception goes to the log file as well as to stderr
    (the window installs its own hook, which also shows a dialog: desktop/ui/dialogs/crash_reporter.py)."""

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        # The console handler prints it on stderr (redacted), so the default hook is not needed.
        log.critical("%s crashed", program, exc_info=(kind, value, tb))

    sys.excepthook = hook
