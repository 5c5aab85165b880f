"""Helper shared by the tests of the fast span constructors: a span built fast is the span
its dataclass builds, field by field."""

from __future__ import annotations

import dataclasses
from typing import Any


def assert_same_fields(fast: Any, plain: Any) -> None:
    """Equal, with the same repr and hash, and field by field the very same objects.

    A number may be a copy of the same type and repr: compiled (mypyc), an ``int`` or
    ``float`` parameter is unboxed and boxed again, a new object of the same value (which
    object holds an ``int`` or a ``float`` is no contract of Python's either). Any other
    field (a text, an enum member, ``None``, a source) is the very object given.
    """
    assert fast == plain
    assert repr(fast) == repr(plain)
    assert hash(fast) == hash(plain)
    for field in dataclasses.fields(plain):
        got, want = getattr(fast, field.name), getattr(plain, field.name)
        if isinstance(want, int | float):
            assert type(got) is type(want), field.name
            assert repr(got) == repr(want), field.name
        else:
            assert got is want, field.name
