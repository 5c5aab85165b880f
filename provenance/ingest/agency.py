"""Names of news agencies, normalized to one short form.

An *agency* here is the party that wrote and delivered an article (AFP,
Reuters, AP, dpa, ...). Photo distributors such as Getty Images are not
article agencies. Both lists live in the lexicon
(``provenance/lexicon/data/agencies.yaml``); this module is the readers' view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

__all__ = [
    "DISTRIBUTORS",
    "KNOWN_AGENCIES",
    "credit_parts",
    "normalize_agency",
    "normalize_distributor",
    "provider_in_credit",
    "provider_named",
    "resolve_provider",
]


KNOWN_AGENCIES: frozenset[str] = agency_table().agency_names
"""Canonical names :func:`normalize_agency` can return."""

DISTRIBUTORS: frozenset[str] = agency_table().distributor_names
"""Canonical names of photo distributors (not article agencies)."""


def normalize_agency(name: str) -> str | None:
    """The canonical short name of a news agency, or ``None`` if it is not one.

    Provider codes (``nprov:AFP``), domains (``afp.com``), full names and
    all-caps sign-offs are all understood. Photo distributors such as Getty
    Images are *not* agencies and give ``None``.

    Example:
        >>> normalize_agency("Agence France-Presse")
        'AFP'
        >>> normalize_agency("THOMSON REUTERS")
        'Reuters'
        >>> normalize_agency("Getty Images") is None
        True

    Raises:
        Nothing: unknown names give ``None``.
    """
    return agency_table().agency(name)


def normalize_distributor(name: str) -> str | None:
    """The canonical name of a photo distributor (Getty Images, ...), or ``None``.

    Example:
        >>> normalize_distributor("GETTY IMAGES")
        'Getty Images'

    Raises:
        Nothing: unknown names give ``None``.
    """
    return agency_table().distributor(name)


def resolve_provider(name: str, *, written: bool = True) -> str | None:
    """The agency or photo distributor a provider field names, or ``None``.

    Reads IPTC news provider codes (``nprov:GYI``, or the code's
    ``cv.iptc.org/newscodes/newsprovider/`` URI), then aliases and domains;
    an agency wins over a distributor of the same name.

    Example:
        >>> resolve_provider("nprov:GYI"), resolve_provider("web:www.xmlteam.com")
        ('Getty Images', 'XMLTeam')
        >>> resolve_provider("http://cv.iptc.org/newscodes/newsprovider/REUTERS")
        'Reuters'
        >>> resolve_provider("Acme Photos") is None
        True

    ``written=False`` leaves out the short names matched only as written in credit lines
    and sign-offs (an info source "DHA" is where the picture came from).

    Raises:
        Nothing: unknown names give ``None``.
    """
    return agency_table().provider(name, written=written)


@cache
def credit_parts() -> re.Pattern[str]:
    """Where a credit line splits into parts: ``/ | ; ,`` and the lexicon's relay words
    ("via"), longest first."""
    relays = "|".join(re.escape(w) for w in sorted(credit_lexicon().relays, key=len, reverse=True))
    return re.compile(rf"\s*[/|;,]\s*|\s+(?:{relays})\s+" if relays else r"\s*[/|;,]\s*", re.I)


def provider_in_credit(line: str) -> str | None:
    """The agency (else the distributor) a credit line names in one of its parts, or ``None``.

    The parts are split at ``/ | ; ,`` and at the lexicon's relay words ("via").

    Example:
        >>> provider_in_credit("Spencer Platt/Getty Images")
        'Getty Images'
        >>> provider_in_credit("Mehdi TAZROUT/AFP via Getty Images")
        'AFP'
        >>> provider_in_credit("John Smith") is None
        True

    Raises:
        Nothing: a line naming no known party gives ``None``.
    """
    parts = [p for p in credit_parts().split(line[:500]) if p and p.strip()]
    table = agency_table()
    found = [table.provider(p) for p in parts]
    agencies = [f for f in found if f is not None and f in table.agency_names]
    return agencies[0] if agencies else next((f for f in found if f is not None), None)


def provider_named(
    names: Sequence[str | None], credit_lines: Sequence[str | None] = ()
) -> str | None:
    """Who delivered an item that no agency list names: a distributor, else the name as written.

    ``names`` are the item's own provider fields (copyright holder, info
    sources, ...), best first; ``credit_lines`` are searched for a known party.

    Example:
        >>> provider_named(["Getty Images Inc."]), provider_named([None, "Acme Wire"])
        ('Getty Images', 'Acme Wire')
        >>> provider_named([], ["Jane Roe/Shutterstock"]), provider_named([None])
        ('Shutterstock', None)

    Raises:
        Nothing: an item naming nobody gives ``None``.
    """
    given = [n for n in names if n]
    for name in given:  # provider fields, not credit lines: no names matched as written
        found = resolve_provider(name, written=False)
        if found:
            return found
    for line in credit_lines:
        found = provider_in_credit(line) if line else None
        if found:
            return found
    return given[0] if given else None
