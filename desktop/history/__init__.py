"""The call history kept on disk: the SQLite store, its writer thread, retention.

Ranked with desktop/app (I/O infrastructure above the front ends): the rows themselves are
derived, without I/O, by desktop/model/history.py.
"""
