"""Reader for plain-text articles in the layout agencies and their clients use.

::

    Headline on the first line

    Optional caption paragraph. (Photograph: NAME / AGENCY)
    KYIV (AFP) - First body paragraph ...

    More body paragraphs, possibly hard-wrapped
    at a fixed width like old wire copy.

    AFP

The headline, the caption paragraph and the sign-off line are not part of the
body; the dateline stays in it.
"""

from __future__ import annotations

import re

from provenance.enums import Format
from provenance.errors import ReadError

from .decode import collapse
from .document import Document, Picture
from .registry import Source
from .wire import find_dateline, is_editor_signoff, match_signoff, split_caption

__all__ = ["read_plain_text"]

_BLANK = re.compile(r"\n[ \t]*\n+")
_INDENT = re.compile(r"^(?: {2,}|\t)\S")
_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][^\n.!?]{1,80})$")
# a line longer than this was not wrapped at a fixed width: it is a paragraph of its own
_WRAP_WIDTH = 100


def _block_paragraphs(block: str) -> list[str]:
    """Split one blank-line-separated block into paragraphs.

    A line ending in a photo credit closes a caption paragraph; hard-wrapped
    lines are joined; unwrapped long lines and indented lines start paragraphs.
    A block of one line (most of them) is one paragraph, or none when blank: the
    same answer as :func:`_lines_paragraphs`, without splitting it into lines.
    """
    if "\n" not in block:
        return [collapse(block)] if block.strip() else []
    return _lines_paragraphs(block)


def _lines_paragraphs(block: str) -> list[str]:
    """:func:`_block_paragraphs` for any block, line by line."""
    lines = [line for line in block.split("\n") if line.strip()]
    out: list[str] = []
    current: list[str] = []
    wrapped = max(map(len, lines), default=0) <= _WRAP_WIDTH

    def flush() -> None:
        if current:
            out.append(collapse(" ".join(current)))
            current.clear()

    for line in lines:
        if current and (not wrapped or _INDENT.match(line)):
            flush()
        current.append(line)
        if line.rstrip().endswith(")") and split_caption(" ".join(current)) is not None:
            flush()
    flush()
    return out


def read_plain_text(source: Source) -> list[Document]:
    """Read a plain-text article: headline, caption, body, dateline and sign-off.

    Example:
        >>> from provenance.ingest.registry import Source
        >>> doc = read_plain_text(Source("a.txt", "0", "Title\\n\\nKYIV (AFP) - Text.\\n\\nAFP"))[0]
        >>> doc.headline, doc.body, doc.agency
        ('Title', 'KYIV (AFP) - Text.', 'AFP')

    Raises:
        ReadError: the text has no headline line.
    """
    text = source.text
    if "\r" in text:  # one scan where most texts have none, not a scan per replacement
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    stripped = text.strip()
    if not stripped:
        raise ReadError(source.path, "the text is blank", "nothing to read")
    first, _, rest = stripped.partition("\n")
    headline = collapse(first)
    paragraphs: list[str] = []
    for block in _BLANK.split(rest):
        paragraphs.extend(_block_paragraphs(block))

    pictures: list[Picture] = []
    body: list[str] = []
    for paragraph in paragraphs:
        caption = split_caption(paragraph)
        if caption is not None:
            pictures.append(Picture(caption=caption[0] or None, credit_line=caption[1]))
        else:
            body.append(paragraph)

    agency: str | None = None
    # sign-offs are the last lines ("AFP", then perhaps "dk/jj"); they can share a
    # block with the last paragraph
    tail = rest.rstrip().split("\n")
    for _ in range(3):
        while tail and not tail[-1].strip():
            tail.pop()
        if not body or not tail:
            break
        last = collapse(tail[-1])
        signoff = match_signoff(last)
        if signoff is None and not is_editor_signoff(last):
            break
        if not last or not body[-1].endswith(last):
            break
        tail.pop()
        if signoff is not None and agency is None:
            agency = signoff
        remainder = body.pop()[: -len(last)].strip()
        if remainder:
            body.append(remainder)

    byline: str | None = None
    if body:
        by = _BYLINE.match(body[0])
        if by is not None and len(body) > 1:
            byline = collapse(by.group("name"))
            body.pop(0)

    dateline = find_dateline(body[0]) if body else None
    if agency is None and dateline is not None:
        agency = dateline.agency
    return [
        Document(
            path=source.path,
            format=Format.TEXT,
            headline=headline,
            body="\n\n".join(body),
            sha256=source.sha256,
            agency=agency,
            byline=byline,
            dateline=dateline.text if dateline else None,
            located=dateline.place if dateline else None,
            pictures=tuple(pictures),
        )
    ]
