"""Small typed readers shared by the wire-format parsers.

Each raises ParseError with the field's name, so a rejected line says what was wrong.
"""

from __future__ import annotations

from typing import Any


class ParseError(ValueError):
    """A line or object that cannot be read as an event of its kind."""


def req_str(obj: dict, key: str) -> str:
    value = obj.get(key)
    if type(value) is not str or not value:
        raise ParseError(f"missing or invalid {key!r}")
    return value


def opt_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None or type(value) is str:
        return value
    raise ParseError(f"{key!r} is not a string")


def opt_int(obj: dict, key: str) -> int | None:
    value = obj.get(key)
    if value is None or type(value) is int:
        return value
    raise ParseError(f"{key!r} is not an integer")


def opt_bool(obj: dict, key: str) -> bool:
    value = obj.get(key, False)
    if type(value) is bool:
        return value
    raise ParseError(f"{key!r} is not a boolean")


def opt_list(obj: dict, key: str) -> list | None:
    value = obj.get(key)
    if value is None or type(value) is list:
        return value
    raise ParseError(f"{key!r} is not a list")


def opt_dict(obj: Any, key: str) -> dict | None:
    value = obj.get(key)
    if value is None or type(value) is dict:
        return value
    raise ParseError(f"{key!r} is not an object")


def as_dict(value: Any, what: str) -> dict:
    if type(value) is not dict:
        raise ParseError(f"{what} is not an object")
    return value


def str_list(obj: dict, key: str) -> tuple[str, ...] | None:
    values = opt_list(obj, key)
    if values is None:
        return None
    for v in values:
        if type(v) is not str:
            raise ParseError(f"{key!r} holds a non-string")
    return tuple(values)
