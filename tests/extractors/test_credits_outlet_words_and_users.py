"""A paper whose name ends in a publication's noun that is no newspaper word yet ("Kyiv
Independent", "Liverpool Echo", "Business Insider", "Austin American-Statesman") is an
outlet, never a second photographer: after its photographer's name it is the agency, as
"Jane Roe/Daily Mirror" is; and a person's name after "Flickr user" is the maker, as a
handle there is ("Flickr user Jane Roe", as "Flickr user fo.ol").

Written from the general shape of outlet names and photo-sharing credits, not from any page
of the dev set.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Jane Roe/Kyiv Independent", [("Jane Roe", P), ("Kyiv Independent", A)]),
        ("John Doe/Irish Independent", [("John Doe", P), ("Irish Independent", A)]),
        ("Jane Roe/Liverpool Echo", [("Jane Roe", P), ("Liverpool Echo", A)]),
        ("Jane Roe/Business Insider", [("Jane Roe", P), ("Business Insider", A)]),
        ("Jane Roe/Austin American-Statesman", [("Jane Roe", P), ("Austin American-Statesman", A)]),
        ("Photo: Jane Roe/Jamaica Gleaner", [("Jane Roe", P), ("Jamaica Gleaner", A)]),
        ("Jane Roe/Harvard Business Review", [("Jane Roe", P), ("Harvard Business Review", A)]),
        ("Jane Roe/Kyiv Independent/AFP", [("Jane Roe", P), ("Kyiv Independent", A), ("AFP", D)]),
        ("Jane Roe/Manchester Guardian", [("Jane Roe", P), ("Manchester Guardian", A)]),
        # the shapes that already read right keep their reading
        ("Jane Roe/Daily Mirror", [("Jane Roe", P), ("Daily Mirror", A)]),
        ("John Doe/The Straits Times", [("John Doe", P), ("The Straits Times", A)]),
    ],
)
def test_an_outlet_after_its_photographer_is_the_agency(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """A name ending in a publication's noun after "Name/" is the paper that employs her."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # two people's names: both photographers
        ("Jane Roe/John Smith", [("Jane Roe", P), ("John Smith", P)]),
        ("Jane Roe/Anna Guardia", [("Jane Roe", P), ("Anna Guardia", P)]),
        ("Jane Roe/Reuters", [("Jane Roe", P), ("Reuters", A)]),
        ("Jane Roe/NBC", [("Jane Roe", P), ("NBC", S)]),
        # "Guardian" names the paper's teams too: alone, its design desk stays a source
        ("Composite: Guardian Design", [("Guardian Design", S)]),
    ],
)
def test_neighbours_keep_their_roles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """A person's name after the slash stays a person; wires and networks keep their roles."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: Flickr user Jane Roe", [("Jane Roe", P), ("Flickr", S)]),
        ("Flickr user JANE ROE", [("Jane Roe", P), ("Flickr", S)]),
        ("Image by Flickr user fo.ol", [("fo.ol", P), ("Flickr", S)]),
        ("Photo: Flickr user @jdoe", [("@jdoe", P), ("Flickr", S)]),
        ("Pinterest user Hanna", [("Hanna", P), ("Pinterest", S)]),
        ("Photo: Flickr user jdoe via Reuters", [("jdoe", P), ("Flickr", S), ("Reuters", D)]),
    ],
)
def test_a_name_after_a_site_user_is_the_maker(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "SITE user NAME": the name, a handle or a person's, made the picture; the site is the
    source."""
    assert split_parties(line) == parties
