"""Guards against a Qt binding bug that crashed the window: PySide6 6.12.0 drops a reference
to None each time QModelIndex.data() returns None, until CPython deallocates None and aborts
(seen here within seconds of lamp painting). pyproject keeps PySide6 below 6.12; this test
fails if a version with that bug is installed again."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 1
    def columnCount(self, parent=QModelIndex()): return 1
    def data(self, index, role=Qt.DisplayRole): return None
model = Empty()  # kept: an index outlives nothing it points into
index = model.index(0, 0)
before = sys.getrefcount(None)
for _ in range(1000):
    index.data(Qt.UserRole)
print(sys.getrefcount(None) - before)
"""


def test_model_index_data_keeps_none_alive():
    # In a child process: with the bug, the damage to None would outlive this test.
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert abs(int(proc.stdout.strip().splitlines()[-1])) < 50
