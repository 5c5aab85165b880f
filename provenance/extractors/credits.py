"""Splitting photo credit lines into parties with IPTC roles.

A credit line names, in some house style, who took a picture (photographer),
which agency delivered it, who distributes it, who supplied it (source) and who
holds the copyright::

    Drew ANGERER and Gavriil GRIGOROV / various sources / AFP
    (FABRICE COFFRINI/AFP/Getty Images)
    AP Photo/Evan Vucci
    Handout via Reuters

An unnamed supplier ("various sources", "handout", "pool") becomes a SOURCE
party with ``name=None``: it is flagged downstream, never given an invented name.
"""

from __future__ import annotations

import re

from provenance.enums import CreditRole
from provenance.extractors.records import CreditParty
from provenance.ingest.agency import normalize_agency, normalize_distributor
from provenance.ingest.document import Picture

__all__ = ["credits_for", "split_credit", "title_case_name"]

_SPACE = re.compile(r"\s+")
_PREFIX = re.compile(
    r"^\s*(?:(?:photo(?:graph)?s?|pictures?|images?|credits?|photo\s+credit|source)"
    r"(?:\s+by)?\s*:\s*|(?:photo(?:graph)?|picture|image)\s+by\s+)",
    re.IGNORECASE,
)
_WRAP = re.compile(r"^[\s(\[]+|[\s)\].;,]+$")
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_SEGMENT = re.compile(r"\s*(?:/|,|;|\|)\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?", re.IGNORECASE)
_COURTESY = re.compile(r"^courtesy(?:\s+of)?\s+", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "AP Photo", "AFP PHOTO", "Reuters Pictures", "EPA-EFE"
_AGENCY_SUFFIX = re.compile(r"\s+(?:photos?|pictures?|images?|tv|video)$", re.IGNORECASE)
_UNNAMED = frozenset(
    {
        "various sources",
        "handout",
        "ho",
        "pool",
        "stringer",
        "str",
        "social media",
        "sources",
        "source",
        "unknown",
        "anonymous",
        "private",
        "family handout",
        "courtesy",
        "-",
        "--",
    }
)
_NOTES = frozenset({"file", "files", "archive", "archives", "file photo", "illustration"})
_ORG_WORD = re.compile(
    r"\b(?:service|ministry|office|press|agency|police|army|forces|government|council|"
    r"department|news|tv|media|images|photos|pictures|ltd|inc|foundation|university|"
    r"handout|committee|house|kremlin|presidency|military|navy|embassy|company|group)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "bin",
        "ben",
        "al",
        "el",
        "dos",
        "das",
        "y",
    }
)
_CAPS_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _cap(word: str) -> str:
    lower = word.lower()
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def _title_token(token: str, first: bool) -> str:
    if not (token.isupper() and _CAPS_WORD.fullmatch(token)):
        return token
    if not first and token.lower() in _PARTICLES:
        return token.lower()
    # hyphens and apostrophes: JEAN-CHRISTOPHE -> Jean-Christophe, O'BRIEN -> O'Brien
    parts = re.split(r"(['’-])", token)
    return "".join(p if p in "'’-" else _cap(p) for p in parts)


def title_case_name(name: str) -> str:
    """Title-case the ALL-CAPS parts of a name, as AFP writes surnames.

    Mixed-case tokens are kept as written; particles after the first token
    stay lowercase; ``Mc``, hyphens and apostrophes are handled.

    Example:
        >>> title_case_name("Gavriil GRIGOROV")
        'Gavriil Grigorov'
        >>> title_case_name("JEAN-CHRISTOPHE VERHAEGEN")
        'Jean-Christophe Verhaegen'
        >>> title_case_name("Juan DE LA CRUZ MCDONALD")
        'Juan de la Cruz McDonald'
    """
    tokens = _collapse(name).split(" ")
    return " ".join(_title_token(t, i == 0) for i, t in enumerate(tokens))


def _looks_like_person(text: str) -> bool:
    words = text.split(" ")
    return 2 <= len(words) <= 5 and not _ORG_WORD.search(text)


def _agency(segment: str) -> str | None:
    return normalize_agency(segment) or normalize_agency(_AGENCY_SUFFIX.sub("", segment))


def _classify(segment: str, *, after_via: bool) -> list[CreditParty]:
    """The parties named by one slash- or comma-separated segment."""
    text = _collapse(_WRAP.sub("", segment))
    if not text or text.lower() in _NOTES:
        return []
    copyright_match = _COPYRIGHT.match(text)
    if copyright_match:
        holder = text[copyright_match.end() :].strip()
        if not holder:
            return []
        name = _agency(holder) or normalize_distributor(holder) or title_case_name(holder)
        return [CreditParty(name, CreditRole.COPYRIGHT, segment.strip())]
    distributor = normalize_distributor(text)
    if distributor is not None:
        return [CreditParty(distributor, CreditRole.DISTRIBUTOR, text)]
    agency = _agency(text)
    if agency is not None:
        return [CreditParty(agency, CreditRole.AGENCY, text)]
    if text.lower() in _UNNAMED:
        return [CreditParty(None, CreditRole.SOURCE, text)]
    courtesy = _COURTESY.match(text)
    if courtesy:
        supplier = _THE.sub("", text[courtesy.end() :]).strip()
        return [CreditParty(supplier or None, CreditRole.SOURCE, text)]
    if after_via:
        return [CreditParty(text, CreditRole.DISTRIBUTOR, text)]
    names = [n for n in _AND.split(text) if n]
    if len(names) > 1:
        # "A and B", "Jane SMITH and Reuters": each part on its own; a lone word
        # listed with other names is a photographer's name too
        parties: list[CreditParty] = []
        for name in names:
            if len(name.split(" ")) == 1 and not _agency(name) and not _ORG_WORD.search(name):
                parties.append(CreditParty(title_case_name(name), CreditRole.PHOTOGRAPHER, name))
            else:
                parties.extend(_classify(name, after_via=False))
        return parties
    if _looks_like_person(text):
        return [CreditParty(title_case_name(text), CreditRole.PHOTOGRAPHER, text)]
    return [CreditParty(_THE.sub("", text), CreditRole.SOURCE, text)]


def _dedupe(parties: list[CreditParty]) -> tuple[CreditParty, ...]:
    seen: set[tuple[str | None, CreditRole]] = set()
    out: list[CreditParty] = []
    for party in parties:
        key = (party.name.casefold() if party.name else party.as_written.casefold(), party.role)
        if key not in seen:
            seen.add(key)
            out.append(party)
    return tuple(out)


def split_credit(credit_line: str) -> tuple[CreditParty, ...]:
    """Split a photo credit line into parties with their IPTC roles, in written order.

    Example:
        >>> [(p.name, str(p.role)) for p in split_credit("(FABRICE COFFRINI/AFP/Getty Images)")]
        [('Fabrice Coffrini', 'photographer'), ('AFP', 'agency'), ('Getty Images', 'distributor')]
        >>> split_credit("Drew ANGERER / various sources / AFP")[1]
        CreditParty(name=None, role=<CreditRole.SOURCE: 'source'>, as_written='various sources')

    Raises:
        Nothing: an unparseable credit gives what it can (possibly an empty tuple).
    """
    text = _collapse(credit_line)
    previous = None
    while text != previous:  # "(Photo: X)" and "Photo: (X)" alike
        previous = text
        text = _PREFIX.sub("", _WRAP.sub("", text))
    if not text:
        return ()
    parties: list[CreditParty] = []
    sides = _VIA.split(text, maxsplit=1)
    for index, side in enumerate(sides):
        for segment in _SEGMENT.split(side):
            parties.extend(_classify(segment, after_via=index > 0))
    return _dedupe(parties)


def _structured(name: str, role: CreditRole) -> list[CreditParty]:
    text = _collapse(name)
    if not text:
        return []
    if role is CreditRole.PHOTOGRAPHER:
        if "/" in text or _VIA.search(text):  # a creator field holding a credit line
            return list(split_credit(text))
        return [CreditParty(title_case_name(text), role, text)]
    if role is CreditRole.COPYRIGHT:
        holder = _COPYRIGHT.sub("", text).strip() or text
        return [CreditParty(_agency(holder) or holder, role, text)]
    parties = _classify(text, after_via=False)
    # a provider that is not an agency or distributor is a (named) source
    return [
        p if p.role is not CreditRole.PHOTOGRAPHER else CreditParty(text, CreditRole.SOURCE, text)
        for p in parties
    ]


def credits_for(picture: Picture) -> tuple[CreditParty, ...]:
    """All parties credited for a picture: its credit line plus structured fields.

    Parties from ``creators``, ``provider`` and ``copyright_holder`` are added
    only when the credit line does not already name them.

    Example:
        >>> pic = Picture(credit_line="Spencer Platt/Getty Images", creators=("Spencer Platt",))
        >>> [p.name for p in credits_for(pic)]
        ['Spencer Platt', 'Getty Images']

    Raises:
        Nothing.
    """
    parties = list(split_credit(picture.credit_line)) if picture.credit_line else []
    named = {p.name.casefold() for p in parties if p.name}
    extra: list[CreditParty] = []
    for creator in picture.creators:
        extra.extend(_structured(creator, CreditRole.PHOTOGRAPHER))
    if picture.provider:
        extra.extend(_structured(picture.provider, CreditRole.SOURCE))
    if picture.copyright_holder:
        extra.extend(_structured(picture.copyright_holder, CreditRole.COPYRIGHT))
    for party in extra:
        if party.name and party.name.casefold() in named:
            continue
        parties.append(party)
        if party.name:
            named.add(party.name.casefold())
    return _dedupe(parties)
