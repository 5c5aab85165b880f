"""Contradictions of wire copy said without a denial verb (issue 6, the wire guideline).

Each family is stated by the language data (``data/en/matching.yaml``, ``data/en/cues.yaml``)
and checked on sentences written for it, beside neighbours that must flag nothing:

- a fronted "Contrary to the government's claims, ..." (``fronted_contests``), said by a
  source or by the narrator; it answers the possessor's earlier claim when the text gives one;
- verbs that argue against a claim they take: "cast doubt on", "took exception to";
- a restated count: "Police said 2,000 people marched. Organisers put the number at 10,000"
  (``restating_verbs``, ``restated_heads``, ``restating_links``): rival counts however far apart;
- two counts of one thing to which one thing befell ("homes were damaged", "homes had been
  damaged"), and "people" counting what "civilians" counts (``general_units``);
- a narrator's "That account does not square with what witnesses told Reuters" and "This
  was contradicted by truck drivers" (``contrast_links``, ``contrast_agent_links``): the
  source named contradicts the claim pointed back to;
- bare plural sides after a joiner ("..., but rebels said ...") read as sources, so the
  second report is a claim of its own;
- a source's claim noun set against anything ("said that claim is at odds with the data"),
  a source judged wrong ("said the mayor was wrong", ``source_evaluations``), a reply in the
  narrator's lead ("pushed back, saying", ``reply_cues``) and "challenged the figure";
- "the court acted appropriately" (``vindications``) answering a charge, and only a charge.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.claims import _opens
from provenance.rules.figures import conflicting_claim, restated_key
from tests.rules.helpers import flags_of

_DAM = "the dam had been hit by rebel shells"
_BULLETS = "officers fired only rubber bullets"
_CROSSING = "the border crossing had reopened"
_CRIME = "crime had fallen by a third"
_MAYOR = f"The mayor said {_CRIME}."
_RAID = "its troops killed 25 militants in the raid"
_ARMY = f"The army said {_RAID}."

_TEXTS = {
    # fronted contests
    "front_source": "Contrary to the government's claims, the dam was not damaged in the "
    "fighting, residents said.",
    "front_narrator": "But contrary to the Interior Ministry's claims, the shelters were "
    "never full.",
    "front_earlier": f"The government said {_DAM}. Contrary to the government's claims, the "
    "dam was not damaged in the fighting.",
    "front_expectation": "Contrary to expectations, the central bank left its main rate "
    "unchanged on Thursday.",
    "front_inside": "The new policy runs contrary to the company's stated values, the union said.",
    # verbs arguing against a claim they take
    "doubt": "Researchers cast doubt on claims that the new drug cuts heart attacks.",
    "doubt_plan": "Researchers cast doubt on the plan to build a second runway.",
    "exception": "The embassy took exception to reports that the talks had collapsed.",
    "exception_thing": "The embassy took exception to the noise from the building site.",
    # restated counts
    "number_at": "Police said 2,000 people marched through the city centre on Saturday. "
    "Organisers put the number at 10,000.",
    "crowd_at": "Police estimated the crowd at about 3,000, while organisers said 20,000 "
    "people had taken part.",
    "numbered": "Police said about 2,000 people joined the march. Organizers said the "
    "crowd numbered 10,000.",
    "number_same": "Police said 2,000 people marched on Saturday. Organisers put the "
    "number at 2,000 as well.",
    "cost_at": "Police said 2,000 people marched on Saturday. The city put the cost of "
    "the cleanup at $50,000.",
    "orders_at": "The company said it sold 5,000 cars in May. Analysts put the number of "
    "new orders at 20,000.",
    # one thing befell both counts
    "damaged": "The ministry said 1,200 homes were damaged in the storm. A local charity "
    "said 5,000 homes had been damaged.",
    "built": "The ministry said 1,200 homes were built in 2016. A developer said it plans "
    "5,000 homes next year.",
    "people": "Officials said 12 people died in the clashes. Rebels said more than 60 "
    "civilians had been killed.",
    "soldiers": "Officials said 12 soldiers died in the clashes. Rebels said more than 60 "
    "civilians had been killed.",
    # narrator contrasts
    "square": f"A police spokesman said {_BULLETS}. That account does not square with what "
    "witnesses told Reuters.",
    "agent": f"The minister said {_CROSSING}. This was contradicted by truck drivers, who "
    "said it stayed shut.",
    "square_rules": f"A police spokesman said {_BULLETS}. That does not square with the "
    "rules of the force.",
    # a bare plural side after a joiner
    "rebels": "Officials said the talks had failed on Monday, but rebels said they would continue.",
    # a source's claim noun set against something, a source judged wrong, a reply lead
    "claim_odds": f"{_MAYOR} The police union said that claim is at odds with the data.",
    "claim_belied": f"{_MAYOR} The union said the mayor's claim was belied by its own figures.",
    "plan_odds": f"{_MAYOR} The union said the plan is at odds with the law.",
    "judged": f"{_MAYOR} The police union's leader said the mayor was wrong.",
    "judged_plan": f"{_MAYOR} The union said the plan was wrong.",
    "pushed_back": f"{_MAYOR} The police union pushed back, saying burglaries had risen.",
    "pushed_vote": f"{_MAYOR} The council pushed back the vote, saying it needed more time.",
    "challenged": f"{_MAYOR} The police union challenged the figure.",
    "challenged_person": f"{_MAYOR} The police union challenged the mayor to a debate.",
    # more answers: an evaluation, a version of events, another account, a plea of innocence
    "not_case": f"{_ARMY} Villagers said that was not the case.",
    "version": f"{_ARMY} Villagers dispute the army's version of events.",
    "different": f"{_ARMY} Villagers gave a different account, saying the dead were farmers.",
    "innocence": "Prosecutors say Smith took bribes from a developer. Smith maintains his "
    "innocence.",
    "innocence_alone": "Smith, who has protested his innocence, will appear in court on Monday.",
    "case_closed": "The army said the case was closed. Villagers said they would appeal.",
    # the side charged acted rightly: answers a charge, never the nearest claim
    "vindicated": "The opposition accused the court of wrongly counting a disputed ballot. "
    "“We believe the court acted appropriately,” the justice ministry said.",
    "vindicated_nothing": "The mayor said the city would open three new parks. The police "
    "chief said officers acted appropriately during the march.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


def _by_rule(key: str, rule: str) -> list[str]:
    return [text for kind, r, text in _flags()[key] if kind == "contradiction" and r == rule]


@pytest.mark.parametrize("key", ["front_source", "front_narrator"])
def test_a_fronted_contrary_to_contradicts_the_claim_it_names(key: str) -> None:
    """The sentence set against "the government's claims" is flagged, holding that claim."""
    assert any("claims" in text for text in _contradicted(key))


def test_a_fronted_contrary_to_answers_the_possessors_earlier_claim() -> None:
    """The government's own claim, given before, is the one contradicted."""
    assert _contradicted("front_earlier") == [_DAM]


@pytest.mark.parametrize("key", ["front_expectation", "front_inside"])
def test_contrary_to_with_no_claim_or_not_fronted_in_the_narrators_text_flags_nothing(
    key: str,
) -> None:
    """No claim in "Contrary to expectations"; the narrator's "runs contrary to" only
    becomes a contest when a source says it, and the union's object is no claim."""
    assert _contradicted(key) == []


@pytest.mark.parametrize("key", ["doubt", "exception"])
def test_verbs_arguing_against_a_claim_flag_it(key: str) -> None:
    """'cast doubt on claims that', 'took exception to reports that': a contradiction."""
    assert _contradicted(key) != []


@pytest.mark.parametrize("key", ["doubt_plan", "exception_thing"])
def test_the_same_verbs_on_a_thing_flag_nothing(key: str) -> None:
    """'cast doubt on the plan', 'took exception to the noise': no claim argued against."""
    assert _contradicted(key) == []


@pytest.mark.parametrize(
    ("key", "count"),
    [
        ("number_at", "2,000 people marched"),
        ("crowd_at", "20,000 people had taken part"),
        ("numbered", "about 2,000 people joined"),
    ],
)
def test_a_restated_count_rivals_the_count_it_restates(key: str, count: str) -> None:
    """Both counts are flagged as conflicting values, 5 and more times apart."""
    flagged = _by_rule(key, "figure.conflicting_values")
    assert len(flagged) == 2
    assert any(count in text for text in flagged)


@pytest.mark.parametrize("key", ["number_same", "cost_at", "orders_at"])
def test_no_rival_for_the_same_value_money_or_a_count_of_something_else(key: str) -> None:
    """The same value, a cost, or "the number of new orders": no conflicting values."""
    assert _by_rule(key, "figure.conflicting_values") == []


@pytest.mark.parametrize("key", ["damaged", "people"])
def test_counts_of_one_thing_befallen_rival_beyond_twice(key: str) -> None:
    """'1,200 homes were damaged' against '5,000 homes had been damaged'; '12 people
    died' against 'more than 60 civilians had been killed'."""
    assert len(_by_rule(key, "figure.conflicting_values")) == 2


@pytest.mark.parametrize("key", ["built", "soldiers"])
def test_counts_of_different_things_do_not_rival(key: str) -> None:
    """Homes built and homes planned; soldiers and civilians."""
    assert _by_rule(key, "figure.conflicting_values") == []


@pytest.mark.parametrize(("key", "claim"), [("square", _BULLETS), ("agent", _CROSSING)])
def test_the_source_named_after_a_contrast_contradicts_the_claim_pointed_to(
    key: str, claim: str
) -> None:
    """The claim pointed back to is the one flagged: "does not square with what witnesses
    told Reuters", "was contradicted by truck drivers"."""
    assert claim in _contradicted(key)


def test_a_contrast_naming_no_source_flags_nothing() -> None:
    """'does not square with the rules of the force' names no source of the text."""
    assert _contradicted("square_rules") == []


def test_a_bare_plural_side_after_a_joiner_reports_its_own_claim() -> None:
    """'..., but rebels said they would continue' answers the officials' claim."""
    assert _contradicted("rebels") == ["the talks had failed on Monday"]


@pytest.mark.parametrize(
    "key", ["claim_odds", "claim_belied", "judged", "pushed_back", "challenged"]
)
def test_an_answer_without_a_denial_verb_contradicts_the_mayors_claim(key: str) -> None:
    """'that claim is at odds with the data', 'the mayor's claim was belied by', 'the mayor
    was wrong', 'pushed back, saying', 'challenged the figure': the mayor's claim."""
    assert _CRIME in _contradicted(key)


@pytest.mark.parametrize("key", ["plan_odds", "judged_plan", "pushed_vote", "challenged_person"])
def test_the_same_words_on_a_thing_or_a_date_answer_nothing(key: str) -> None:
    """'the plan is at odds with the law', 'the plan was wrong', 'pushed back the vote',
    'challenged the mayor to a debate': no claim is contradicted."""
    assert _contradicted(key) == []


@pytest.mark.parametrize("key", ["not_case", "version", "different"])
def test_answers_to_the_armys_account_contradict_it(key: str) -> None:
    """'said that was not the case', 'dispute the army's version of events', 'gave a
    different account, saying': the army's claim is contradicted."""
    assert _RAID in _contradicted(key)


def test_a_plea_of_innocence_answers_the_charge_before_it() -> None:
    """'Smith maintains his innocence' contradicts the prosecutors' charge."""
    assert "Smith took bribes from a developer" in _contradicted("innocence")


def test_a_plea_of_innocence_with_no_charge_is_a_denial_of_its_own() -> None:
    """With no charge in the text, the plea stands as its own contradiction."""
    assert _contradicted("innocence_alone") == ["his innocence"]


def test_a_case_said_closed_is_no_denial() -> None:
    """'the case was closed' is not 'not the case': no flag."""
    assert _contradicted("case_closed") == []


def test_saying_the_side_charged_acted_rightly_answers_the_charge() -> None:
    """'the court acted appropriately' contradicts the charge that it counted wrongly."""
    assert "the court of wrongly counting a disputed ballot" in _contradicted("vindicated")


def test_saying_officers_acted_rightly_answers_no_plain_claim() -> None:
    """With no charge before it, 'acted appropriately' answers the mayor's parks: no."""
    assert _contradicted("vindicated_nothing") == []


def test_the_families_are_language_data() -> None:
    """The words come from the English matching lexicon, not from the code."""
    lex = match_lexicon("en")
    assert "contrary to" in lex.fronted_contests
    assert {"put", "estimated"} <= set(lex.restating_verbs)
    assert {"number", "crowd"} <= set(lex.restated_heads)
    assert "numbered" in lex.restating_links
    assert "person" in lex.general_units
    assert "does not square with" in lex.contrast_links
    assert "was contradicted by" in lex.contrast_agent_links
    assert "took exception to" in lex.claim_contesting_cues
    assert {"wrong", "mistaken"} <= set(lex.source_evaluations)
    assert "pushed back" in lex.reply_cues
    assert "acted appropriately" in lex.vindications


@given(st.sampled_from(["", "But ", "but ", "And ", "“"]), st.sampled_from(["The", "It"]))
def test_a_contest_opens_its_sentence_only_after_a_joiner(lead: str, subject: str) -> None:
    """Only a joining conjunction or a quotation mark may stand before a fronted contest."""
    assert _opens(lead + "contrary to the claims", len(lead))
    assert not _opens(f"{subject} ran contrary to the claims", len(subject) + 5)


def _restated_frames(first: float, second: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A police count of people and an organisers' restatement of it."""
    lead = "2,000 people marched on Saturday"
    claims = pd.DataFrame(
        {
            "claim_id": ["c1", "c2"],
            "start": [12, 60],
            "text": [lead, "Organisers put the number at 10,000."],
        }
    )
    figures = pd.DataFrame(
        {
            "figure_id": ["f1", "f2"],
            "article_id": "a",
            "claim_id": ["c1", "c2"],
            "source_id": ["police", "organisers"],
            "start": [12, 60 + len("Organisers put the number at ")],
            "end": [17, 60 + len("Organisers put the number at 10,000")],
            "value": [first, second],
            "unit": pd.Series(["people", None], dtype=object),
            "kind": "cardinal",
            "approximate": False,
            "text": ["2,000", "10,000"],
            "language": "en",
        }
    )
    return figures, claims


@settings(max_examples=40, deadline=None)
@given(
    st.floats(min_value=10, max_value=1e6, allow_nan=False),
    st.floats(min_value=1.01, max_value=19.9),
)
def test_a_restatement_rivals_any_other_value_within_the_cap(value: float, ratio: float) -> None:
    """Values up to twenty times apart rival each other, both ways; equal values do not."""
    figures, claims = _restated_frames(value, value * ratio)
    assert conflicting_claim(figures, claims).tolist() == ["c2", "c1"]
    figures, claims = _restated_frames(value, value)
    assert conflicting_claim(figures, claims).tolist() == [None, None]


def test_a_restated_figure_takes_the_nearest_count_of_another_source() -> None:
    """The nearest keyed count of another source within reach; none of its own source."""
    f = pd.DataFrame(
        {
            "article_id": ["a"] * 4,
            "source_id": ["police", "org", "org", "police"],
            "start": [0, 100, 150, 900],
            "_key": ["person", None, "bus", "car"],
        }
    )
    assert restated_key(f, pd.Series([False, True, False, False])).tolist() == [
        None,
        "person",
        None,
        None,
    ]


def test_a_figure_reads_its_predicate_in_its_own_language() -> None:
    import pandas as pd

    from provenance.rules.figures import _predicates

    claims = pd.DataFrame(
        {"claim_id": ["c", "d"], "start": [0, 0], "text": ["1,200 homes were damaged"] * 2}
    )
    figures = pd.DataFrame(
        {
            "claim_id": ["c", "d"],
            "start": [0, 0],
            "end": [5, 5],
            "unit": ["homes"] * 2,
            "language": ["en", "fr"],
        }
    )
    # English words say what befell the homes; a French figure is never read with them
    assert _predicates(figures, claims).tolist() == ["damag", None]
