"""bench/quote_coverage.py: which quotations count, and how a claim covers them.

The bench module is loaded from its path (bench/ is no package); the texts are written
here, no corpus is read.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.bench.loader import load_bench


@pytest.fixture(scope="module")
def qc() -> ModuleType:
    """The bench module, with bench/ on the path for its sibling imports."""
    return load_bench("quote_coverage", "quote_coverage")


def _kinds(qc: ModuleType, text: str) -> list[str]:
    return [k for _, _, k in qc.cover_quotations(text)]


def test_named_anonymous_and_pronoun(qc: ModuleType) -> None:
    """A named speaker, an anonymous one and a pronoun with no antecedent are told apart."""
    assert _kinds(qc, 'Mr Smith said: "We will win this fight."') == ["named"]
    assert _kinds(qc, '"We will win this fight," a spokesman said.') == ["anonymous"]
    assert _kinds(qc, '"We will win this fight," he said.') == ["pronoun"]


def test_short_and_single_quoted_stretches_do_not_count(qc: ModuleType) -> None:
    """Scare quotes under four words and single-quoted titles are no quotations here."""
    assert qc.cover_quotations('The "so-called" plan was dropped.') == []
    assert qc.cover_quotations("He starred in 'The Long Goodbye Of Summer Days' last year.") == []


def test_uncovered_quotation(qc: ModuleType) -> None:
    """A quotation no attributed claim holds is uncovered."""
    assert _kinds(qc, 'The poster read "the longest period of economic growth for 200 years".') == [
        "uncovered"
    ]


def test_summarize_shares(qc: ModuleType) -> None:
    """Shares are over all quotations; an empty list gives zeros, no division error."""
    summary = qc.summarize([(0, 9, "named"), (10, 19, "pronoun"), (20, 30, "uncovered")])
    assert summary["quotations"] == 3
    assert summary["quote_coverage"] == pytest.approx(2 / 3, abs=1e-4)
    assert summary["quote_pronoun"] == pytest.approx(1 / 3, abs=1e-4)
    assert qc.summarize([])["quote_coverage"] == 0.0


def test_run_without_corpus(qc: ModuleType, tmp_path: Path) -> None:
    """No corpus under the shared folder: an empty result, not an error."""
    assert qc.run(tmp_path) == {}
