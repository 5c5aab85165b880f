"""Role labels of other languages are stripped like "Photo:"; in a sentence they are words."""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label
from provenance.ingest.credit_text import label_start, starts_with_label

P, A, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Crédit photo : Jane Roe / AFP", [("Jane Roe", P), ("AFP", A)]),
        ("Crédits : AFP", [("AFP", A)]),
        ("Crédito: Ana Ruiz/EFE", [("Ana Ruiz", P), ("EFE", A)]),
        ("Fuente: EFE", [("EFE", A)]),
        ("Quelle: Lena Vogt/dpa", [("Lena Vogt", P), ("dpa", A)]),
        ("Fonte: ANSA", [("ANSA", A)]),
    ],
)
def test_labels_of_other_languages_are_stripped(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """French, Spanish, Italian and German credit and source labels leave only the parties."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == parties


@pytest.mark.parametrize(
    "text", ["Quelle surprise au sommet", "Fuente de la plaza", "Crédit agricole"]
)
def test_label_words_in_a_sentence_are_no_label(text: str) -> None:
    """Without its colon the word is a sentence's word ("Quelle surprise"), not a label."""
    assert not (label_start(text) and starts_with_label(text))
