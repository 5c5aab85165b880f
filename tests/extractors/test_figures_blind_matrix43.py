"""Blind matrix 43 (markets, energy, weather, farming, medicine, sport, technology,
South Asian and African money; French from France, Quebec, Belgium, Switzerland and
French-speaking Africa): each form's wanted figures are found and its neighbours are not.

The forms were written before the extractor was read; the misses at the base are
``xfail(strict=True)`` so that fixing one flips it.
"""

from __future__ import annotations

import pytest

import provenance

from .blind_matrix43 import FORMS, Form, problems

# The forms the extractor missed when the matrix was written (df30766).
MISSES_AT_BASE = frozenset(
    [
        "c05",
        "c10",
        "c11",
        "s04",
        "k04",
        "g02",
        "g03",
        "g04",
        "g05",
        "g09",
        "g15",
        "x18",
        "x23",
        "x24",
        "x36",
        "r15",
        "r20",
        "r25",
        "r28",
        "r30",
        "w06",
        "fn09",
        "fn12",
    ]
)


def _case(form: Form) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="missed at base")]
        if form.id in MISSES_AT_BASE
        else []
    )
    return pytest.param(form, id=form.id, marks=marks)


@pytest.mark.parametrize("form", [_case(form) for form in FORMS])
def test_blind_form(form: Form) -> None:
    """The form's figures carry the wanted values and no figure covers a neighbour."""
    frame = provenance.extract_figures(form.text, language=form.language)
    assert problems(form, frame) == []


def test_matrix_anchors_are_in_their_texts() -> None:
    """Every anchor of the matrix is a substring of its own form's text."""
    for form in FORMS:
        for anchor in [want.anchor for want in form.want] + list(form.avoid):
            assert anchor in form.text, (form.id, anchor)


def test_matrix_ids_are_unique() -> None:
    """No two forms share an id (an xfail mark names one form)."""
    ids = [form.id for form in FORMS]
    assert len(ids) == len(set(ids))
