"""Two sources' counts of one thing (issue 6, wire35): their time windows, counts given as a
noun ("gave a toll of 30") and how far apart rival counts may be.

- Counts whose claims name different time windows ("killed on Monday", "killed since the
  start of the month") count two things: no rivals. A common window, or a count naming
  none, keeps them rivals (the matching lexicon's ``window_*`` keys).
- "The ministry gave a toll of 30" is the ministry's count, not the narrator's
  (``giving_verbs``, ``giving_links``); "gave a speech of 30 minutes" is no count.
- Counts of one unit whose claims name one event are rivals up to
  :data:`~provenance.rules.figures.CONFLICT_COUNT_MAX_RATIO` apart; counts naming only the
  event, or two units, keep the tighter bounds.
"""

from __future__ import annotations

import pandas as pd
import pytest

from provenance.extractors.claims.restated_counts import count_verbs, restated_count_claims
from provenance.rules.figures import CONFLICT_COUNT_MAX_RATIO, conflicting_claim, window_of
from tests.rules.helpers import FigureRow, figure_frames, figure_sources, flags_of


def _frames(rows: list[FigureRow]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures a hundred characters apart (one per row) and their claims."""
    return figure_frames(rows, gap=100)


def _rivals(first: str, second: str, value: float = 120.0) -> list[str | None]:
    """The rival claims of the army's 30 and the rebels' ``value`` people."""
    figures, claims = _frames(
        [("f1", "army", 30.0, "people", first), ("f2", "rebels", value, "people", second)]
    )
    return conflicting_claim(figures, claims).tolist()


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("30 people were killed on Monday", {"monday"}),
        ("120 had been killed since the start of the month", {"start", "month"}),
        ("120 had been killed since March", {"march"}),
        ("50 were killed in the past week", {"week"}),
        ("50 were killed last week", {"week"}),
        ("40 were killed so far this year", {"far", "year"}),
        ("12 died within 24 hours", {"24"}),
    ],
)
def test_the_time_window_a_claim_names(text: str, window: set[str]) -> None:
    assert window_of(text) == window


@pytest.mark.parametrize(
    "text",
    [
        "30 people were killed in the attack",
        "officials in Sincelejo said 30 died",  # "since" only as a whole word
        "30 were killed in the first attack",  # an ordinal, read as a mark of its own
    ],
)
def test_a_claim_naming_no_window(text: str) -> None:
    assert window_of(text) == frozenset()


def test_counts_of_two_windows_are_no_rivals() -> None:
    """30 killed on Monday, 120 since the start of the month: two counts, no conflict."""
    assert _rivals(
        "30 people were killed on Monday", "120 people had been killed since the start of the month"
    ) == [None, None]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("30 people were killed on Monday", "50 people were killed on Monday"),
        ("30 people were killed last week", "50 people were killed in the past week"),
        ("30 people were killed this year", "50 people were killed so far this year"),
        # one count naming no window still rivals the other
        ("30 people were killed", "50 people had been killed since Sunday"),
    ],
)
def test_counts_of_one_window_stay_rivals(first: str, second: str) -> None:
    assert _rivals(first, second, 50.0) == ["c_f2", "c_f1"]


def test_counts_of_one_unit_and_one_event_are_rivals_far_apart() -> None:
    """The army's 30 dead against the rebels' 300 dead in one attack: ten times apart."""
    assert _rivals(
        "30 people were killed in the attack", "300 people were killed in the attack", 300.0
    ) == [
        "c_f2",
        "c_f1",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # beyond the bound: two things, however the claims read
        [
            ("f1", "army", 30.0, "people", "30 people were killed in the attack"),
            ("f2", "rebels", 30.0 * CONFLICT_COUNT_MAX_RATIO + 30, "people", "were killed"),
        ],
        # two units of one event (soldiers, civilians): never compared
        [
            ("f1", "army", 30.0, "soldiers", "30 soldiers were killed"),
            ("f2", "rebels", 300.0, "civilians", "300 civilians were killed"),
        ],
        # one unit, two events (killed, wounded)
        [
            ("f1", "army", 30.0, "people", "30 people were killed"),
            ("f2", "rebels", 300.0, "people", "300 people were wounded"),
        ],
        # one unit, no event named: the tighter bound of two counts of a thing
        [
            ("f1", "army", 30.0, "tanks", "30 tanks crossed the river"),
            ("f2", "rebels", 300.0, "tanks", "the enemy has 300 tanks"),
        ],
    ],
)
def test_counts_far_apart_of_two_things_are_no_rivals(rows: list[FigureRow]) -> None:
    figures, claims = _frames(rows)
    assert conflicting_claim(figures, claims).tolist() == [None, None]


_GIVEN = {
    "toll": "The health ministry gave a toll of 30 after the strike.",
    "death_toll": "Hospital officials gave a death toll of about 40 on Sunday.",
    "as": "Police gave the number of dead as 12.",
    "figure": "Organisers cited a figure of 10,000 for the march.",
    # neighbours: no count noun after the verb, or no value after the link
    "speech": "The coach gave a speech of 30 minutes to the players.",
    "said": "The ministry gave 30 tents to the families.",
    "gift": "Donors gave a total of $4,000 to the mayor's campaign.",
    "audience": "The senator gave a packed crowd of about 900 a short speech.",
}


@pytest.mark.parametrize(
    ("key", "figure", "source"),
    [
        ("toll", "30", "health ministry"),
        ("death_toll", "about 40", "Hospital officials"),
        ("as", "12", "Police"),
        ("figure", "10,000", "Organisers"),
    ],
)
def test_a_count_given_as_a_noun_is_the_givers(key: str, figure: str, source: str) -> None:
    assert figure_sources({key: _GIVEN[key]})[key][figure] == source


@pytest.mark.parametrize("key", ["speech", "gift", "said", "audience"])
def test_a_thing_given_is_no_count(key: str) -> None:
    text = _GIVEN[key]
    at = text.index(" gave ") + 1
    assert "gave" in count_verbs("en")
    assert restated_count_claims(text, [(0, len(text))], [], [(at, "gave")]) == []


def test_a_given_toll_rivals_the_count_of_another_source() -> None:
    """Police's 12 dead and the ministry's toll of 30: rivals, whichever names which."""
    text = "Police said 12 people were killed. The health ministry gave a toll of 30."
    flagged = {c for kind, rule, c in flags_of({"t": text})["t"] if kind == "contradiction"}
    assert flagged == {"12 people were killed", "a toll of 30"}
