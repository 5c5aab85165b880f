"""Names of news agencies, normalized to one short form.

An *agency* here is the party that wrote and delivered an article (AFP,
Reuters, AP, dpa, ...). Photo distributors such as Getty Images are not
article agencies. Both lists live in the lexicon
(``provenance/lexicon/data/agencies.yaml``); this module is the readers' view.
"""

from __future__ import annotations

from provenance.lexicon.agencies import agency_table

__all__ = ["DISTRIBUTORS", "KNOWN_AGENCIES", "normalize_agency", "normalize_distributor"]


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
