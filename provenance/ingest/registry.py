"""The reader registry: which function reads which :class:`~provenance.enums.Format`.

A registry is an object built by :func:`default_readers`; nothing is registered
at import time, and a caller can build its own registry to add or replace a reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from provenance.enums import Format
from provenance.errors import UsageError
from provenance.settings import DEFAULT_LIMITS, Limits

from .document import Document

__all__ = ["Reader", "ReaderRegistry", "Source", "default_readers"]


@dataclass(frozen=True, slots=True)
class Source:
    """One decoded input handed to a reader.

    Attributes:
        path: where it came from, for messages and ``Document.path``.
        sha256: hex SHA-256 of the raw bytes.
        text: the decoded text.
        limits: what the input may cost (readers check ``max_depth``).
    """

    path: str
    sha256: str
    text: str
    limits: Limits = DEFAULT_LIMITS


Reader = Callable[[Source], list[Document]]
"""A reader turns one decoded input into one or more documents, or raises ReadError."""


class ReaderRegistry:
    """A mapping from formats to readers, owned by whoever builds it.

    Example:
        >>> registry = default_readers()
        >>> Format.TEXT in registry
        True
    """

    def __init__(self) -> None:
        self._readers: dict[Format, Reader] = {}

    def register(self, format: Format, reader: Reader) -> None:
        """Register (or replace) the reader for ``format``.

        Raises:
            UsageError: ``format`` is not a :class:`Format`.
        """
        if not isinstance(format, Format):
            raise UsageError(f"not a Format: {format!r}")
        self._readers[format] = reader

    def get(self, format: Format) -> Reader:
        """The reader for ``format``.

        Raises:
            UsageError: no reader is registered for it.
        """
        try:
            return self._readers[format]
        except KeyError as exc:
            raise UsageError(f"no reader registered for format {format!s}") from exc

    def __contains__(self, format: object) -> bool:
        return format in self._readers

    def __iter__(self) -> Iterator[Format]:
        return iter(self._readers)

    def formats(self) -> tuple[Format, ...]:
        """The registered formats, in registration order."""
        return tuple(self._readers)


def default_readers() -> ReaderRegistry:
    """A new registry with the built-in readers for every :class:`Format`.

    Example:
        >>> [str(f) for f in default_readers().formats()]
        ['text', 'html', 'ninjs', 'newsml-g2', 'newsml-1']
    """
    from .html import read_html
    from .newsml1 import read_newsml1
    from .newsml_g2 import read_newsml_g2
    from .ninjs import read_ninjs
    from .text import read_plain_text

    registry = ReaderRegistry()
    registry.register(Format.TEXT, read_plain_text)
    registry.register(Format.HTML, read_html)
    registry.register(Format.NINJS, read_ninjs)
    registry.register(Format.NEWSML_G2, read_newsml_g2)
    registry.register(Format.NEWSML_1, read_newsml1)
    return registry
