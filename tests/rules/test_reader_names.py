"""Source names in finding messages read as a sentence writes them ("what the ministry claims")."""

from __future__ import annotations

import pandas as pd
import pytest

from provenance.rules.views import reader_names
from provenance.suites.findings import render_message


@pytest.mark.parametrize(
    ("name", "written", "shown"),
    [
        ("ministry", "The ministry", "the ministry"),
        ("Russian government", "the Russian government", "the Russian government"),
        ("senior official", "A senior official", "the senior official"),
        ("Kremlin", "The Kremlin", "the Kremlin"),
        ("Volodymyr Zelensky", "he", "Volodymyr Zelensky"),
        # a name the text gives no article: bare, as written
        ("Reuters", "the company", "Reuters"),
        ("AFP", None, "AFP"),
        # a name ending in a lower-case word is a common noun after its adjective, however
        # the text wrote it; a particle or a hyphenated surname ends no such name
        ("Russian government", "Moscow", "the Russian government"),
        ("Israeli military", None, "the Israeli military"),
        ("Vincent van Gogh", None, "Vincent van Gogh"),
        ("Abdel Fattah al-Sisi", "he", "Abdel Fattah al-Sisi"),
    ],
)
def test_a_common_noun_source_takes_its_article(name: str, written: str | None, shown: str) -> None:
    """Lower case, ending lower case, or written after "the": the article; names stay bare."""
    assert reader_names(pd.Series([name]), pd.Series([written])).tolist() == [shown]


def test_a_denial_message_names_the_ministry_with_its_article() -> None:
    """The contradiction message reads "what the ministry claims", opening with a capital."""
    names = reader_names(pd.Series(["union", "ministry"]), pd.Series(["The union", "the ministry"]))
    row = {"source_name": names[0], "cue_words": "denied", "related_source": names[1]}
    message = render_message("{source_name} {cue_words} what {related_source} claims", row)
    assert message == "The union denied what the ministry claims"


def test_a_message_keeps_a_name_as_written() -> None:
    """A message opening with a name or a quotation mark is left as it is."""
    assert render_message("{x} says", {"x": "Moscow"}) == "Moscow says"
    assert render_message("“{x}” comes", {"x": "40"}) == "“40” comes"
