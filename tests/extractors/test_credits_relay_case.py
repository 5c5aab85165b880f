"""A relay word ("via") relays only when written as one: a capitalized "Via" mid-line is a name."""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits.split import split_credit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Carlos Via / AFP", [("Carlos Via", "photographer"), ("AFP", "agency")]),
        (
            "Ana Via and Jo Roe / AFP",
            [("Ana Via", "photographer"), ("Jo Roe", "photographer"), ("AFP", "agency")],
        ),
        (
            "JOHN DOE/AFP VIA GETTY IMAGES",
            [("John Doe", "photographer"), ("AFP", "agency"), ("Getty Images", "distributor")],
        ),
        ("Via Facebook", [("Facebook", "source")]),
    ],
)
def test_relay_word_case(line: str, expected: list[tuple[str, str]]) -> None:
    """Found by the photographer round-trip property ("Aaa Via / AFP" lost the photographer):
    lower-case or all-caps "via", or "Via" opening the line, relays; "Via" in a name does not."""
    parties = split_credit(line)
    assert [(p.name, CreditRole(p.role).value) for p in parties] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Bbb Ccc and Aaa For / AFP",
            [("Bbb Ccc", "photographer"), ("Aaa For", "photographer"), ("AFP", "agency")],
        ),
        ("Jane Roe for The Guardian", [("Jane Roe", "photographer"), ("The Guardian", "agency")]),
        ("JANE ROE FOR THE TIMES", [("Jane Roe", "photographer"), ("The Times", "agency")]),
    ],
)
def test_client_word_case(line: str, expected: list[tuple[str, str]]) -> None:
    """Found by the same property ("... and Aaa For / AFP" lost "For"): lower-case or all-caps
    "for" names a client; a capitalized "For" inside a name does not."""
    parties = split_credit(line)
    assert [(p.name, CreditRole(p.role).value) for p in parties] == expected
