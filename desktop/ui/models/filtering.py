"""Re-filtering a proxy across Qt versions (invalidateFilter is deprecated from Qt 6.10)."""

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply `change` (which alters what the proxy's filterAcceptsRow decides) and re-filter."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()
