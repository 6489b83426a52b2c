"""`python -m desktop.cli`: the same `cti-monitor` command (install-desktop's launcher may use it)."""

import sys

from desktop.cli import main

sys.exit(main())
