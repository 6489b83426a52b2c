"""`make release-check`: build the one-folder bundle from a clean checkout and try it as a user would.

1. git clone of HEAD (committed work only) into a temporary folder; a fresh venv there with
   `pip install .[package]` (a real install, not editable); PyInstaller with packaging/cti-monitor.spec.
2. With an empty environment (no PATH to a Python, a temporary HOME, offscreen Qt):
   - `cti-monitor --version` says pyproject's version;
   - the window starts on the built-in simulator and is still running after 10 s, with no
     traceback in its output or its log, and its client connected to the simulator: offscreen,
     and on an X11 server too when xvfb-run is installed (Debian: xvfb xauth);
   - `cti-monitor snapshot` on a seed trace prints the state it prints when pip-installed;
   - the bundle's simulator serves O2G over https and the bundle's `snapshot --o2g` reads it;
   - `cti-monitor about --check-icons`: the resources are the bundle's, every icon renders;
   - `cti-monitor install-desktop` writes a launcher that desktop-file-validate accepts (when installed);
   - every Qt, ICU, PySide and Python library a bundled binary links to is in the bundle.
3. Prints the bundle's size and how long each step took. Exit status 1 on any failure.

Run from the repository: `make release-check` (or `python packaging/release_check.py [--keep]`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED_TRACE = "resources/scenarios/04-conference-party-leaves.jsonl"
WINDOW_SECONDS = 10
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|CRITICAL|Fatal Python error|Segmentation fault|core dumped")
LINKED = re.compile(r"^\s*(lib(?:Qt6|icu|pyside6|shiboken6|python)\S*) => not found", re.M)


class Check:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.times: dict[str, float] = {}

    def step(self, name: str):
        check = self

        class _Timer:
            def __enter__(self):
                print(f"== {name}", flush=True)
                self.t0 = time.monotonic()

            def __exit__(self, *exc):
                check.times[name] = time.monotonic() - self.t0
                return False

        return _Timer()

    def expect(self, ok: bool, what: str) -> None:
        print(f"   {'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            self.failures.append(what)


def run(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def must(cmd, **kw) -> subprocess.CompletedProcess:
    proc = run(cmd, **kw)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"release-check: failed ({proc.returncode}): {' '.join(map(str, cmd))}")
    return proc


def user_env(home: Path) -> dict[str, str]:
    """What a desktop session without Python looks like: nothing but a home, a locale, a display."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("PATH", ""),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "share"),
    }


def build(work: Path, check: Check) -> tuple[Path, Path]:
    src, venv = work / "src", work / "venv"
    with check.step("clean checkout of HEAD"):
        must(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(src)])
        head = must(["git", "-C", str(src), "log", "-1", "--format=%h %s"]).stdout.strip()
        print(f"   {head}")
    with check.step("fresh venv + pip install .[package]"):
        must([sys.executable, "-m", "venv", str(venv)])
        py = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
        must([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", f"{src}[package]"])
    with check.step("pyinstaller packaging/cti-monitor.spec"):
        must([str(py), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
              "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
              str(src / "packaging" / "cti-monitor.spec")], cwd=src)
    bundle = work / "dist" / "cti-monitor"
    return bundle, venv


def exercise(bundle: Path, venv: Path, src: Path, work: Path, check: Check) -> None:
    exe = bundle / ("cti-monitor.exe" if os.name == "nt" else "cti-monitor")
    home = work / "home"
    home.mkdir()
    env = user_env(home)
    version = tomllib.loads((src / "pyproject.toml").read_text())["project"]["version"]

    with check.step("--version"):
        out = run([str(exe), "--version"], env=env, timeout=60).stdout.strip()
        check.expect(out == f"cti-monitor {version}", f"--version says {out!r}, pyproject says {version}")

    with check.step(f"window on the built-in simulator for {WINDOW_SECONDS} s (offscreen)"):
        check_window(check, [str(exe)], env, home)
    with check.step("the window in French with LANG=fr_FR.UTF-8 (the bundled .qm and Qt's qtbase_fr)"):
        fr_home = work / "home-fr"
        fr_home.mkdir()
        fr_env = {**user_env(fr_home), "LANG": "fr_FR.UTF-8"}
        check_window(check, [str(exe)], fr_env, fr_home, language="fr")
        for lang in ("fr", "de", "es"):
            check.expect(any(bundle.rglob(f"cti_monitor_{lang}.qm")) and any(bundle.rglob(f"qtbase_{lang}.qm")),
                         f"{lang}: our translation and Qt's are bundled")
    if shutil.which("xvfb-run"):
        with check.step(f"window for {WINDOW_SECONDS} s on an X11 server (Xvfb: the xcb plugin)"):
            x_home = work / "home-x11"
            x_home.mkdir()
            x_env = {k: v for k, v in user_env(x_home).items() if k != "QT_QPA_PLATFORM"}
            check_window(check, ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(exe)], x_env, x_home)
    else:
        print("== window on X11: skipped, xvfb-run is not installed (Debian: apt-get install xvfb xauth)")

    with check.step("snapshot from the bundle"):
        trace = str(src / SEED_TRACE)
        frozen = run([str(exe), "snapshot", trace, "--at", "20"], env=env, timeout=60)
        script = venv / ("Scripts" if os.name == "nt" else "bin") / "cti-monitor"
        installed = run([str(script), "snapshot", trace, "--at", "20"], timeout=60)
        check.expect(frozen.returncode == 0 and not frozen.stderr, f"exit 0, nothing on stderr ({frozen.stderr.strip()[:200]})")
        try:
            state = json.loads(frozen.stdout)
        except ValueError:
            state = {}
        users = {u["login"]: u for u in state.get("users", [])}
        calls = users.get("oxe70022", {}).get("calls", [])
        check.expect(state.get("at") == 20 and len(calls) == 1 and calls[0]["conference"] is True,
                     "the JSON shows oxe70022 in a conference at line 20")
        check.expect(frozen.stdout == installed.stdout, "same bytes as the pip-installed cti-monitor")

    if shutil.which("openssl"):
        with check.step("O2G through the bundle: its simulator as a gateway, its snapshot as the client"):
            check_o2g(check, exe, env, work)
    else:
        print("== O2G: skipped, openssl is not installed (it makes the test certificate)")

    with check.step("about --check-icons"):
        proc = run([str(exe), "about", "--check-icons"], env=env, timeout=60)
        facts = json.loads(proc.stdout) if proc.stdout.startswith("{") else {}
        check.expect(proc.returncode == 0, "every icon renders with the bundled Qt")
        check.expect(facts.get("frozen") is True and Path(facts.get("resources", "/")).is_relative_to(bundle),
                     f"resources found inside the bundle ({facts.get('resources')})")
        check.expect(len(facts.get("scenarios", [])) == 8, "the eight seed traces are bundled")

    with check.step("install-desktop"):
        proc = run([str(exe), "install-desktop", "--prefix", str(home / "share")], env=env, timeout=60)
        launcher = home / "share" / "applications" / "org.ctimonitor.CtiMonitor.desktop"
        check.expect(proc.returncode == 0 and launcher.is_file(), "launcher installed")
        if launcher.is_file():
            check.expect(f"Exec={exe}" in launcher.read_text(), "its Exec is the bundle's executable")
            if shutil.which("desktop-file-validate"):
                v = run(["desktop-file-validate", str(launcher)])
                check.expect(v.returncode == 0 and not v.stdout.strip(), f"desktop-file-validate accepts it {v.stdout.strip()}")

    if sys.platform.startswith("linux"):
        with check.step("bundled libraries link to nothing missing"):
            missing = set()
            for lib in bundle.rglob("*.so*"):
                if lib.is_file():
                    missing.update(LINKED.findall(run(["ldd", str(lib)]).stdout))
            check.expect(not missing, f"Qt/ICU/PySide/Python libraries all present {sorted(missing) or ''}")
            dangling = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
            check.expect(not dangling, f"no dangling symbolic links {dangling or ''}")


def check_window(check: Check, cmd: list[str], env: dict[str, str], home: Path, language: str = "en") -> None:
    """Start the window, expect it alive after WINDOW_SECONDS with no traceback and a connected
    client, speaking `language` (its log says which, and whether the translations loaded)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)  # one process group: xvfb-run's children go too
    try:
        output, _ = proc.communicate(timeout=WINDOW_SECONDS)
        alive = False
    except subprocess.TimeoutExpired:
        alive = True
        os.killpg(proc.pid, signal.SIGTERM)
        output, _ = proc.communicate(timeout=30)
    check.expect(alive, f"still running after {WINDOW_SECONDS} s" + ("" if alive else f" (it exited with status {proc.returncode})"))
    check.expect(not TRACEBACK.search(output), "no traceback or crash in its output")
    logs = sorted((home / "state").rglob("cti-monitor.log"))
    log_text = logs[0].read_text() if logs else ""
    check.expect(bool(logs), f"log file written under $XDG_STATE_HOME ({logs[0] if logs else 'none'})")
    check.expect(not TRACEBACK.search(log_text), "no traceback in the log")
    check.expect("connected (1 now)" in log_text, "its client connected to the embedded simulator")
    check.expect(f"language {language}: translations loaded" in log_text or language == "en" and "language en" in log_text,
                 f"it speaks {language} (LANG={env.get('LANG')})")
    if not alive or TRACEBACK.search(output + log_text):
        print(output[-3000:], log_text[-3000:], sep="\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check_o2g(check: Check, exe: Path, env: dict[str, str], work: Path) -> None:
    """aiohttp, TLS and the O2G client and gateway as bundled: https with a certificate of our own."""
    tls = work / "tls"
    tls.mkdir()
    cert, key = tls / "cert.pem", tls / "key.pem"
    must(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
          "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
    password = secrets.token_urlsafe(12)
    port = free_port()
    sim_env = {**env, "CTI_O2G_PASSWORD": password}
    sim = subprocess.Popen([str(exe), "simulator", "--port", "0", "--o2g-port", str(port), "--certfile", str(cert),
                            "--keyfile", str(key), "--rate", "5", "--speed", "4"],
                           env=sim_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and sim.poll() is None:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        snap = run([str(exe), "snapshot", "--o2g", f"https://127.0.0.1:{port}", "--user", "admin", "--monitor", "*",
                    "--cafile", str(cert), "--duration", "3"], env=env, input=password + "\n", timeout=60)
    finally:
        os.killpg(sim.pid, signal.SIGTERM)
        sim_out, _ = sim.communicate(timeout=30)
    try:
        state = json.loads(snap.stdout)
    except ValueError:
        state = {}
    check.expect(snap.returncode == 0 and len(state.get("users", [])) > 40,
                 f"snapshot --o2g got every user over verified https ({len(state.get('users', []))} users)")
    check.expect(not TRACEBACK.search(snap.stderr + sim_out), "no traceback on either side")
    check.expect(password not in snap.stdout + snap.stderr + sim_out, "the password is printed nowhere")
    if snap.returncode != 0 or TRACEBACK.search(snap.stderr + sim_out):
        print(snap.stderr[-3000:], sim_out[-3000:], sep="\n")


def size_mb(path: Path) -> float:
    """Megabytes (10^6 bytes) of the files themselves: links to them are not counted twice."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (printed) for a look")
    args = parser.parse_args()
    check = Check()
    t0 = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="cti-release-"))
    try:
        bundle, venv = build(work, check)
        exercise(bundle, venv, work / "src", work, check)
        files = sum(1 for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"\nbundle: {size_mb(bundle):.0f} MB in {files} files ({bundle})")
        for name, seconds in check.times.items():
            print(f"  {seconds:6.1f} s  {name}")
        print(f"  {time.monotonic() - t0:6.1f} s  in all")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if check.failures:
        print(f"\nrelease-check: FAILED ({len(check.failures)}):", *check.failures, sep="\n  ")
        return 1
    print("\nrelease-check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
