"""The bundle's entry script: the same `cti-monitor` command pip installs (desktop/cli/__init__.py)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
