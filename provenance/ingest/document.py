"""What every reader returns: one news item, format-independent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from provenance.enums import Format

__all__ = ["Document", "Picture"]


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture attached to an item, as the input describes it.

    ``credit_line`` is kept verbatim (``"Drew ANGERER and Gavriil GRIGOROV /
    various sources / AFP"``); splitting it into parties is the job of
    :mod:`provenance.extractors.credits`. Structured formats may also give the
    parties directly (``creators``, ``provider``, ``copyright_holder``).
    """

    caption: str | None = None
    credit_line: str | None = None
    creators: tuple[str, ...] = ()
    provider: str | None = None
    copyright_holder: str | None = None
    uri: str | None = None
    #: Files the input names for the picture (ninjs rendition hrefs), local or not.
    files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One news item read from a file or a string.

    Attributes:
        path: where it came from (a file path, or ``"<string>"``).
        format: the reader that produced it.
        headline: the headline, one line.
        body: plain text; paragraphs separated by ``"\\n\\n"``. All offsets in
            the tables are character offsets into this string.
        sha256: hex SHA-256 of the raw input bytes the item was read from.
        agency: the delivering agency, normalized (``"AFP"``, ``"Reuters"``),
            from provider, copyright holder, dateline or sign-off; ``None`` if unknown.
        published: first-created or published time, timezone-aware, if given.
        language: BCP 47 tag (``"en"``), if given.
        byline, dateline, located, uri: as given by the input.
        item_index: position of the item inside a multi-item input (a NewsML
            news message); 0 otherwise.
        pictures: photos attached to the item, with captions and credits.
    """

    path: str
    format: Format
    headline: str
    body: str
    sha256: str
    agency: str | None = None
    published: datetime | None = None
    language: str | None = None
    byline: str | None = None
    dateline: str | None = None
    located: str | None = None
    uri: str | None = None
    item_index: int = 0
    pictures: tuple[Picture, ...] = ()
