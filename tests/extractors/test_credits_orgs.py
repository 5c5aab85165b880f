"""Organizations in credits: platforms, domains, acronyms, names ending in a marker."""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE

CASES = [
    # a platform a picture was posted on is its source, never its agency
    ("Photo by Mike Licht/Flickr Creative Commons", [("Mike Licht", P), ("Flickr", S)]),
    ("Jane Roe/Instagram", [("Jane Roe", P), ("Instagram", S)]),
    # the publication after a person is still the agency that commissioned the picture
    ("Jane Roe/The Globe", [("Jane Roe", P), ("The Globe", A)]),
    # a serial comma before "and" starts a party, not a name ("and Venmo")
    (
        "Photos by Shardayyy/Flickr Creative Commons, Google, and Venmo",
        [("Shardayyy", P), ("Flickr", S), ("Google", S), ("Venmo", S)],
    ),
    # a web domain marks an organization ("Space.com Store" is no person)
    ("Credit: Space.com Store", [("Space.com Store", S)]),
    # "courtesy of" stays off a name that carries its acronym
    (
        "Credit: Images courtesy of Helmholtz Centre for Infection Research (HZI)",
        [("Helmholtz Centre for Infection Research (HZI)", S)],
    ),
    ("Jane Roe/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    # an agency whose name ends in a word that is an archive marker elsewhere
    ("Photo by Hulton Archive/Getty Images", [("Hulton Archive", A), ("Getty Images", D)]),
    # a capitalized compound after "by" is a company, not a one-word handle
    ("Photo by Keystone-France via Getty Images", [("Keystone-France", S), ("Getty Images", D)]),
    # a stop written after a space still separates two credits
    (
        "Animation by Lisa Larson-Walker . Photo by Noor Khamis/Reuters.",
        [("Lisa Larson-Walker", P), ("Noor Khamis", P), ("Reuters", A)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_organizations(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    """Each credit splits into these parties with these roles."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # neighbours that must not change
        ("Photo by gargantiopa", [("gargantiopa", P)]),  # a one-word handle
        ("Jane Roe/Oregonian file photo", [("Jane Roe", P), ("Oregonian", A)]),  # a marker
        ("J.R. Smith/AP", [("J.R. Smith", P), ("AP", A)]),  # initials are no domain
        ("Rex/Shutterstock", [("Rex", D), ("Shutterstock", D)]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_neighbours(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    """Lines next to the families above keep their split."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected
