"""What stop 46's fixes changed in telling a caption's own credit from its text.

- An organization's photo label and its photographer close a caption, in brackets or
  after its last sentence ("(Express Photo by Jane Roe)").
- An issuer's name and the handout's word in the closing bracket ("(Police handout)").
Neighbours: a possessive's photo ("Her photo by Jane Roe won a prize"), a lower-case
"the family handout" in brackets, a caption with no credit.
"""

from __future__ import annotations

import pytest

from provenance.ingest.credit_text import credit_in_caption


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers gather at the border on Sunday. (Express Photo by Jane Roe)",
            ("Farmers gather at the border on Sunday.", "Express Photo by Jane Roe"),
        ),
        (
            "The summit venue in New Delhi. Express Photo by Jane Roe",
            ("The summit venue in New Delhi.", "Express Photo by Jane Roe"),
        ),
        (
            "The suspect is seen in an image released by police. (Police handout)",
            ("The suspect is seen in an image released by police.", "Police handout"),
        ),
        (
            "The new jet on its first flight. (Airbus Handout)",
            ("The new jet on its first flight.", "Airbus Handout"),
        ),
        ("The minister spoke on Monday. Her photo by Jane Roe won a prize", None),
        ("He said it was a handout. (Her photo by Jane Roe)", None),
        ("Officials spoke to the press (the family handout)", None),
        ("The minister spoke to reporters on Monday.", None),
    ],
)
def test_closing_credit(text: str, expected: tuple[str, str] | None) -> None:
    assert credit_in_caption(text) == expected
