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
        ("Sources: Reuters", [("Reuters", A)]),
        # the photo labels of Japanese, Chinese and Korean, after a full-width colon,
        # and the wires' names in those scripts
        ("写真：ロイター", [("ロイター", A)]),
        ("图片：新华社", [("新华社", A)]),
        ("사진: 연합뉴스", [("연합뉴스", A)]),
    ],
)
def test_labels_of_other_languages_are_stripped(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Credit and source labels of other languages leave only the parties."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == parties


@pytest.mark.parametrize(
    "text", ["Quelle surprise au sommet", "Fuente de la plaza", "Crédit agricole"]
)
def test_label_words_in_a_sentence_are_no_label(text: str) -> None:
    """Without its colon the word is a sentence's word ("Quelle surprise"), not a label."""
    assert not (label_start(text) and starts_with_label(text))


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # "agency" in another language and a "... Today" title name organizations,
        # so the part after the photographer is no second photographer
        ("Foto: Jan Kowalski / Agencja Gazeta", [("Jan Kowalski", P), ("Agencja Gazeta", A)]),
        ("(Photo: Jane Roe/USA TODAY)", [("Jane Roe", P), ("USA Today", A)]),
        ("Jane Roe/Agence Vu", [("Jane Roe", P), ("Agence Vu", A)]),
    ],
)
def test_organization_words_of_other_languages(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """An organization's word in any language keeps a name from reading as a person's."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Jane Roe and Agnes Smith/AP", [("Jane Roe", P), ("Agnes Smith", P), ("AP", A)]),
        ("Jan Kowalski/Reuters", [("Jan Kowalski", P), ("Reuters", A)]),
        ("Jane Roe/Agence France-Presse", [("Jane Roe", P), ("Agence France-Presse", A)]),
    ],
)
def test_neighbours_of_organization_words(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Credits without such a word, and a wire's full name, keep their roles."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == parties
