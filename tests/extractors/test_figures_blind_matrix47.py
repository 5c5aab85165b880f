"""Blind matrix 47 (medicine, polls, justice, science, trade, money of Latin America, the
Middle East, Eastern Europe and the French-speaking press): each form's figures and the
numbers next to them that must not be figures. The forms live in `blind_matrix47.py`."""

from __future__ import annotations

import pytest

import provenance
from tests.extractors.blind_matrix47 import FORMS, Form, misses

# Forms the extractor does not read yet (strict: a fix must flip them).
UNREAD: frozenset[str] = frozenset(
    {
        "co2_ppm",
        "code_postal",
        "counts",
        "le",
        "lei",
        "tension_12_8",
        "zip",
    }
)


def _param(form: Form) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="unread")] if form.name in UNREAD else []
    return pytest.param(form, id=f"{form.lang}-{form.name}", marks=marks)


def test_names_are_unique_and_known() -> None:
    names = [form.name for form in FORMS]
    assert len(names) == len(set(names))
    assert set(names) >= UNREAD


@pytest.mark.parametrize("form", [_param(form) for form in FORMS])
def test_form(form: Form) -> None:
    rows = provenance.extract_figures(form.text, language=form.lang).to_dict("records")
    assert misses(form, rows) == []
