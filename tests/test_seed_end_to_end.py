"""The issue's acceptance checks on the seed article, as a new user would run them."""

from __future__ import annotations

import re

import pandas as pd
import pytest


def _figure(tables, text: str) -> pd.Series:  # type: ignore[no-untyped-def]
    rows = tables.figures[tables.figures["text"] == text]
    assert len(rows) == 1, f"expected one figure {text!r}, got {rows['text'].tolist()}"
    return rows.iloc[0]


def _source_name(tables, source_id: str) -> str:  # type: ignore[no-untyped-def]
    return str(tables.sources.set_index("source_id").loc[source_id, "name"])


def test_about_53000_is_approximate_and_from_zelensky(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """'about 53,000' is approximate, counts Russian soldiers and comes from Zelensky."""
    row = _figure(seed_tables, "about 53,000")
    assert row["value"] == 53000
    assert bool(row["approximate"]) is True
    assert row["unit"] == "Russian soldiers"
    assert _source_name(seed_tables, row["source_id"]) == "Volodymyr Zelensky"
    assert row["agency"] == "AFP"


@pytest.mark.parametrize(("text", "value"), [("1,000", 1000), ("1,200", 1200)])
def test_narrator_figures_belong_to_afp(seed_tables, text: str, value: int) -> None:  # type: ignore[no-untyped-def]
    """Figures no one in the text is said to give belong to AFP as narrator."""
    row = _figure(seed_tables, text)
    assert row["value"] == value
    assert _source_name(seed_tables, row["source_id"]) == "AFP"
    claim = seed_tables.claims.set_index("claim_id").loc[row["claim_id"]]
    assert claim["attribution"] == "narrator"


@pytest.mark.parametrize(("text", "value"), [("fifth", 5), ("fourth", 4)])
def test_ordinals(seed_tables, text: str, value: int) -> None:  # type: ignore[no-untyped-def]
    """Ordinal words are ordinal figures with their rank as value."""
    row = _figure(seed_tables, text)
    assert row["kind"] == "ordinal"
    assert row["value"] == value


def test_june_22_is_a_date_from_putin(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """'June 22' is a date inside Putin's reported claim."""
    row = _figure(seed_tables, "June 22")
    assert row["kind"] == "date"
    assert _source_name(seed_tables, row["source_id"]) == "Vladimir Putin"


def test_years_and_month_year(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """'2022' is a year and 'February 2022' a month-precision date."""
    year = _figure(seed_tables, "2022")
    assert (year["kind"], year["value"]) == ("year", 2022)
    month = _figure(seed_tables, "February 2022")
    assert month["kind"] == "date"
    assert month["normalized"] == "2022-02"


def test_every_figure_is_a_number_in_the_article(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """No figure without a digit or a number word: nothing invented."""
    number_word = re.compile(
        r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
        r"millions|first|second|third|fourth|fifth|dozen|a week|half)\b",
        re.IGNORECASE,
    )
    for text in seed_tables.figures["text"]:
        assert number_word.search(text), f"{text!r} is not a number"


def test_photo_credits(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """Two photographers, AFP as agency, and the unnamed 'various sources' kept unnamed."""
    credits = seed_tables.photo_credits
    photographers = set(credits.loc[credits["role"] == "photographer", "name"])
    assert photographers == {"Drew Angerer", "Gavriil Grigorov"}
    assert set(credits.loc[credits["role"] == "agency", "name"]) == {"AFP"}
    unnamed = credits[credits["name"].isna()]
    assert unnamed["as_written"].str.contains("various sources").all()
    assert len(unnamed) == 1


def _finding(result, rule: str, fragment: str) -> pd.Series:  # type: ignore[no-untyped-def]
    claims = result.tables.claims.set_index("claim_id")
    found = result.findings[result.findings["rule"] == rule]
    texts = found["claim_id"].map(claims["text"])
    hits = found[texts.str.contains(fragment, regex=False).fillna(False)]
    assert len(hits) == 1, f"{rule} on {fragment!r}: {found['message'].tolist()}"
    return hits.iloc[0]


def test_hedged_moscow_claim_is_unverified(seed_result) -> None:  # type: ignore[no-untyped-def]
    """'which Moscow claimed were Ukrainian citizens' is an unverified warning."""
    row = _finding(seed_result, "claim.hedged", "Ukrainian citizens")
    assert (row["kind"], row["severity"]) == ("unverified", "warning")


def test_seed_findings_are_exactly_the_expected_ones(seed_result) -> None:  # type: ignore[no-untyped-def]
    """No noise: one finding per issue a fact-checker should look at, and nothing else.

    The Russian claim nested in Zelensky's denial is reported once, as the
    contradiction, not again as a hedge; "the two leaders" is not an estimate.
    """
    rules = sorted(seed_result.findings["rule"])
    assert rules == [
        "claim.denial_contradicts",
        "claim.hedged",
        "claim.unconfirmed",
        "credit.unnamed_supplier",
        "figure.party_only_source",
    ]


def test_not_confirmed_claim_is_unverified(seed_result) -> None:  # type: ignore[no-untyped-def]
    """'Ukraine has not confirmed if it has returned any bodies' is unverified."""
    row = _finding(seed_result, "claim.unconfirmed", "returned any bodies")
    assert (row["kind"], row["severity"]) == ("unverified", "warning")


def test_denial_contradicts_russian_claim(seed_result) -> None:  # type: ignore[no-untyped-def]
    """Zelensky's denial and the Russian claim about Dnipropetrovsk form a contradiction."""
    t = seed_result.tables
    claims = t.claims.set_index("claim_id")
    names = t.sources.set_index("source_id")["name"]
    found = seed_result.findings[seed_result.findings["rule"] == "claim.denial_contradicts"]
    assert len(found) == 1
    row = found.iloc[0]
    assert row["kind"] == "contradiction"
    denial, denied = claims.loc[row["claim_id"]], claims.loc[row["related_claim_id"]]
    assert names[denial["source_id"]] == "Volodymyr Zelensky"
    assert denial["status"] == "denied"
    assert names[denied["source_id"]] == "Russian government"
    assert "Dnipropetrovsk" in denied["text"]


def test_engines_agree_on_the_seed(seed_result) -> None:  # type: ignore[no-untyped-def]
    """The pandas engine gives exactly the GX engine's findings."""
    import provenance

    fast = provenance.check(seed_result.tables, engine="pandas")
    pd.testing.assert_frame_equal(fast.findings, seed_result.findings)
    assert [o.unexpected_count for o in fast.outcomes] == [
        o.unexpected_count for o in seed_result.outcomes
    ]
