"""Only what pyproject.toml cannot say: ship the top-level resources/ inside the package.

resources/ stays where the issue, README and `make scenarios` put it; the wheel carries the same
tree as desktop/share/ (desktop/resources.py looks there first), plus the Linux launcher and
metainfo from packaging/linux/ as desktop/share/linux/, which `cti-monitor install-desktop` copies.
Every folder under resources/ is a data package of its own, so a new one (styles...) ships
without touching this file.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
SHARE = {"desktop.share": "resources", "desktop.share.linux": "packaging/linux"}

data_packages = ["desktop.share", "desktop.share.linux"] + sorted(
    "desktop.share." + ".".join(d.relative_to(HERE / "resources").parts)
    for d in (HERE / "resources").rglob("*")
    if d.is_dir() and d.name != "__pycache__"
)

setup(
    packages=find_packages(include=["desktop", "desktop.*"]) + data_packages,
    package_dir=SHARE,
    package_data={name: ["*"] for name in data_packages},
)
