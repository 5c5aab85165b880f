"""Stop 46's blind matrix (markets, energy, climate, technology, sports, weather, lotteries,
farming, regional money; English and French): each form's figures, and its neighbours."""

from __future__ import annotations

import pytest

import provenance
from tests.extractors.blind_matrix46 import FORMS, Form, misses

# Forms the extractor still gets wrong; each is a strict xfail so a fix must flip it.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ag-milk-en",
        "cl-sq-km-en",
        "da-jour-fr",
        "en-barrel-rose-en",
        "en-kwh-en",
        "en-rigs-en",
        "fin-dividend-en",
        "fin-pence-en",
        "me-pluie-fr",
    }
)


def _param(form: Form) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="blind miss")] if form.id in KNOWN_MISSES else []
    return pytest.param(form, id=form.id, marks=marks)


@pytest.mark.parametrize("form", [_param(f) for f in FORMS])
def test_form(form: Form) -> None:
    """The sentence yields exactly the figures the guideline finds in it, with their values."""
    frame = provenance.extract_figures(form.text, language=form.language)
    assert misses(form, frame) == []


def test_ids_are_unique() -> None:
    """Every form has its own id, so an xfail names one form."""
    ids = [f.id for f in FORMS]
    assert len(ids) == len(set(ids))


def test_known_misses_are_forms() -> None:
    """A stale entry in KNOWN_MISSES would silently mark nothing."""
    assert KNOWN_MISSES.issubset({f.id for f in FORMS})
