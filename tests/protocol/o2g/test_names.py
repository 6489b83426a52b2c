"""O2G's plain names are written once, in names.py: the REST and comlog modules hand out the
same ones, and every event package a route or an event belongs to is one of them."""

from __future__ import annotations

from desktop.protocol.o2g import comlog, convert, names, rest, routes


def test_rest_and_comlog_re_export_the_names():
    for name in ("API_VERSION", "TELEPHONY", "EVENT_SUMMARY", "ROUTING", "SYSTEM", "USER", "USER_MANAGEMENT", "COMLOG"):
        assert getattr(rest, name) is getattr(names, name)
    assert comlog.PACKAGE is names.COMLOG
    assert comlog.EVENTS == names.COMLOG_EVENTS == (comlog.CREATED, comlog.MODIFIED, comlog.DELETED, comlog.ACKED, comlog.UNACKED)


def test_every_package_named_is_one_of_the_names():
    packages = {names.TELEPHONY, names.EVENT_SUMMARY, names.ROUTING, names.SYSTEM, names.USER, names.USER_MANAGEMENT, names.COMLOG}
    assert {package.name for package in routes.PACKAGES} == packages
    assert set(convert.PACKAGE_OF.values()) <= packages
