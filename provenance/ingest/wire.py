"""Conventions of agency wire copy shared by the readers: datelines, sign-offs, photo captions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .agency import normalize_agency
from .decode import collapse

__all__ = [
    "Dateline",
    "TidyBody",
    "find_dateline",
    "is_editor_signoff",
    "match_signoff",
    "split_caption",
    "tidy_body",
]

# "KYIV (AFP) - ", "LONDON, June 5 (Reuters) - ", "GROSSETO, Italy (AP) -- ",
# "Rio de Janeiro (AFP) -"
_PLACE_WORD = r"[A-ZÀ-Þ][^\s(),]*"
_PARTICLE = r"(?:de|da|del|do|dos|la|le|el|al|di|sur|upon|on|am|an|der)"
_DATELINE = re.compile(
    rf"""^(?P<place>{_PLACE_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_PLACE_WORD}){{0,4}}
        (?:,[^()\n]{{1,60}}?)?)\s*
        \((?P<agency>[A-Za-z][A-Za-z .&/-]{{0,40}})\)\s*
        (?P<dash>--?|—|–|:)\s*""",
    re.VERBOSE,
)
# an editor's sign-off such as "dk/jj" or "bur-sst/jj": initials, no agency name
_EDITOR_SIGNOFF = re.compile(r"^(?:bur-)?[a-z]{2,5}(?:[-/][a-z]{2,5})*/[a-z]{2,5}$")
# "AFP", "-- Reuters", "AFP/Reuters", "(AP)"
_SIGNOFF = re.compile(
    r"^(?:--?|—|–)?\s*+\(?\s*+(?P<names>[A-Za-z][A-Za-z .&/-]{0,60}?)\s*+\)?\s*+$"
)


@cache
def _caption_re() -> re.Pattern[str]:
    """ "... caption. (Photograph: Drew ANGERER / AFP)", with every label of the lexicon."""
    from provenance.lexicon.credits import credit_lexicon

    labels = sorted(
        (p.words for p in credit_lexicon().prefixes.values() if p.wire_caption), key=len
    )
    alts = "|".join(re.escape(w) for w in reversed(labels))
    return re.compile(
        rf"^(?P<caption>.*?)(?<!\s)\s*\(\s*(?:{alts})(?:\s*+:|\s++by\b)\s*(?P<credit>[^()]+?)\s*\)\s*$",
        re.IGNORECASE | re.DOTALL,
    )


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a paragraph.

    ``text`` is "KYIV (AFP)"; ``place`` is "KYIV"; ``agency`` is normalized.
    """

    text: str
    place: str
    agency: str | None


def _agencies(names: str) -> str | None:
    parts = [p for p in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*", names.strip()) if p]
    if not parts:
        return None
    normalized = [normalize_agency(p) for p in parts]
    if any(n is None for n in normalized):
        return None
    return "/".join(dict.fromkeys(n for n in normalized if n))


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of ``paragraph``, if it has one naming an agency.

    Example:
        >>> find_dateline("LONDON, June 5 (Reuters) - Shares fell.")
        Dateline(text='LONDON, June 5 (Reuters)', place='LONDON', agency='Reuters')
    """
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    agency = _agencies(match.group("agency"))
    if agency is None:
        return None
    place = collapse(match.group("place"))
    text = f"{place} ({collapse(match.group('agency'))})"
    return Dateline(text=text, place=place.split(",", 1)[0].strip(), agency=agency)


def match_signoff(line: str) -> str | None:
    """The normalized agency (or agencies, joined by "/") of a sign-off line, else ``None``.

    Example:
        >>> match_signoff("-- Reuters")
        'Reuters'
        >>> match_signoff("AFP/Reuters")
        'AFP/Reuters'
        >>> match_signoff("Reuters reported the fall.") is None
        True
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 70:
        return None
    match = _SIGNOFF.match(stripped)
    if not match:
        return None
    return _agencies(match.group("names"))


def is_editor_signoff(line: str) -> bool:
    """Whether a line is an editor's initials sign-off ("dk/jj", "bur-sst/jj").

    Example:
        >>> is_editor_signoff("bur-sst/jj"), is_editor_signoff("Reuters")
        (True, False)
    """
    return bool(_EDITOR_SIGNOFF.match(line.strip()))


def _labelled_tail(text: str) -> bool:
    """Whether the text after the last "(" holds ":" or "by", as a credit's label needs.

    The credit regex (:func:`_caption_re`) ends in "(", a label, ":" or " by", then a
    credit with no parenthesis; the labels hold none either (a test of the lexicon says
    so), so the "(" it matches is the text's last one. A paragraph that fails this test
    (most paragraphs ending in ")") is no caption, and the regex and the credit lexicon
    it is built from are not needed for it.

    Example:
        >>> _labelled_tail("Shares rose (see chart)."), _labelled_tail("A view (Photo: X / AFP)")
        (False, True)
    """
    tail = text[text.rfind("(") + 1 :]
    return ":" in tail or "by" in tail.lower()


def split_caption(paragraph: str) -> tuple[str, str] | None:
    """Split a caption paragraph ending in "(Photograph: ...)" into caption and credit line.

    Example:
        >>> split_caption("Putin on the phone. (Photo: Gavriil GRIGOROV / AFP)")
        ('Putin on the phone.', 'Gavriil GRIGOROV / AFP')
    """
    text = paragraph.strip()
    if not text.endswith(")") or not _labelled_tail(text):
        return None
    match = _caption_re().match(text)
    if not match:
        return None
    credit = collapse(match.group("credit"))
    if not credit:
        return None
    return collapse(match.group("caption")), credit


@dataclass(frozen=True, slots=True)
class TidyBody:
    """Body paragraphs with caption paragraphs and the sign-off taken out."""

    paragraphs: tuple[str, ...]
    captions: tuple[tuple[str, str], ...]
    signoff: str | None
    dateline: Dateline | None


def tidy_body(paragraphs: list[str] | tuple[str, ...]) -> TidyBody:
    """Take caption paragraphs and a final sign-off line out of body paragraphs.

    Example:
        >>> tidy = tidy_body(["KYIV (AFP) - Hi.", "Cap. (Photo: X / AFP)", "AFP"])
        >>> tidy.paragraphs, tidy.captions, tidy.signoff
        (('KYIV (AFP) - Hi.',), (('Cap.', 'X / AFP'),), 'AFP')
    """
    body: list[str] = []
    captions: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        text = collapse(paragraph)
        if not text:
            continue
        split = split_caption(text)
        if split is not None:
            captions.append(split)
        else:
            body.append(text)
    if body and _EDITOR_SIGNOFF.match(body[-1]):
        body.pop()
    signoff = match_signoff(body[-1]) if body else None
    if signoff is not None:
        body.pop()
    if body and _EDITOR_SIGNOFF.match(body[-1]):
        body.pop()
    dateline = find_dateline(body[0]) if body else None
    return TidyBody(tuple(body), tuple(captions), signoff, dateline)
