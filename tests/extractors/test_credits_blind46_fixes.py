"""What stop 46's fixes changed in the credit splitter, with the neighbours they keep.

- A wire after an institution that follows the photographer passes the institution's
  picture on ("Name/Bundeswehr/dpa": dpa the distributor); a company's or a studio's
  picture keeps the wire as its agency, and a newspaper's staff picture is unchanged.
- A named pool stands beside the wire as the generic "Pool" does ("Korea Pool/Getty
  Images": both agencies).
- Short wire names matched only as written ("CNS", "AGN").
- A hyphenated name glued to its agency ("Jayne Kamin-Oncea-USA TODAY Sports") and "(c)"
  inside a line as "©" is ("Satellite image (c) 2025 Maxar Technologies").
- Police and security video labels ("Bodycam footage", "CCTV footage") as screenshot
  labels: what follows them is the source.
- A museum's, gallery's or library's city after a comma is no party ("Rijksmuseum,
  Amsterdam").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance

P, A, D, S = "photographer", "agency", "distributor", "source"


def _parties(line: str) -> list[tuple[str | None, str]]:
    return [(p.name, p.role.value) for p in provenance.extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # forms
        ("Jane Roe/Bundeswehr/dpa", [("Jane Roe", P), ("Bundeswehr", S), ("dpa", D)]),
        ("Jane Roe/Polizei/dpa", [("Jane Roe", P), ("Polizei", S), ("dpa", D)]),
        ("Jane Roe/US Army/AFP", [("Jane Roe", P), ("US Army", S), ("AFP", D)]),
        ("Korea Pool/Getty Images", [("Korea Pool", A), ("Getty Images", A)]),
        ("Jane Roe/Korea Pool/AFP", [("Jane Roe", P), ("Korea Pool", A), ("AFP", A)]),
        ("CNS photo", [("CNS", A)]),
        ("Foto: Jane Roe/AGN", [("Jane Roe", P), ("AGN", A)]),
        # neighbours that keep their roles
        ("Jane Roe/Acme Corp/AFP", [("Jane Roe", P), ("Acme Corp", S), ("AFP", A)]),
        ("Jane Roe/Chicago Tribune/TNS", [("Jane Roe", P), ("Chicago Tribune", A), ("TNS", D)]),
        ("Jane Roe/dpa", [("Jane Roe", P), ("dpa", A)]),
        ("Bundeswehr/dpa", [("Bundeswehr", S), ("dpa", D)]),  # as before the change
        ("Jane Roe/Pool/AFP", [("Jane Roe", P), (None, A), ("AFP", A)]),
        ("Jane Roe/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
        ("Jane Roe/Kremlin Pool Photo via AP", [("Jane Roe", P), ("Kremlin Pool", A), ("AP", D)]),
        ("Cns", [("Cns", S)]),
        # hyphens and "(c)"
        ("Jane Kamin-Oncea-USA TODAY Sports", [("Jane Kamin-Oncea", P), ("USA TODAY Sports", A)]),
        ("Anne-Marie Roe-Smith-Reuters", [("Anne-Marie Roe-Smith", P), ("Reuters", A)]),
        ("Jane Roe-Smith-Jones", [("Jane Roe-Smith-Jones", P)]),
        ("Jane Roe-Smith", [("Jane Roe-Smith", P)]),
        ("Satellite image (c) 2025 Acme Technologies", [("Acme Technologies", S)]),
        (
            "Satellite image (c) 2025 Acme Technologies via AP",
            [("Acme Technologies", S), ("AP", D)],
        ),
        # police and security video
        ("CCTV footage released by Acme Valley Police", [("Acme Valley Police", S)]),
        ("Bodycam footage: Acme Police Department", [("Acme Police Department", S)]),
        ("Dashcam footage", []),
        ("CCTV via AP", [("CCTV", S), ("AP", D)]),  # the Chinese broadcaster
        # a museum's city
        ("Rijksmuseum, Amsterdam", [("Rijksmuseum", S)]),
        ("The Metropolitan Museum of Art, New York", [("The Metropolitan Museum of Art", S)]),
        (
            "National Gallery, London/Bridgeman Images",
            [("National Gallery", S), ("Bridgeman Images", D)],
        ),
        # neighbours: a supplier, a handout, an organization or a slash after the museum
        ("Acme Museum, Handout", [("Acme Museum", S), (None, S)]),
        ("Acme Museum, Acme Foundation", [("Acme Museum", S), ("Acme Foundation", S)]),
        ("Acme Gallery, Getty Images", [("Acme Gallery", S), ("Getty Images", D)]),
        ("Acme Museum/Jane Roe", [("Acme Museum", S), ("Jane Roe", P)]),
        ("Acme Studio, Berlin", [("Acme Studio", S), ("Berlin", S)]),
    ],
)
def test_roles(line: str, expected: list[tuple[str | None, str]]) -> None:
    assert sorted(_parties(line), key=str) == sorted(expected, key=str)


_NAMES = st.sampled_from(["Jane Roe", "Ali Hassan", "Marta Nowak", "Chen Wei", "Tom Baker"])
_INSTITUTIONS = st.sampled_from(["Bundeswehr", "Polizei", "US Navy", "Defence Ministry"])
_WIRES = st.sampled_from(["dpa", "AFP", "Reuters", "AP", "EPA"])


@given(_NAMES, _INSTITUTIONS, _WIRES)
def test_a_wire_after_an_institution_passes_its_picture_on(
    name: str, institution: str, wire: str
) -> None:
    parties = _parties(f"{name}/{institution}/{wire}")
    assert (name, P) in parties
    assert (institution, S) in parties
    assert [role for party, role in parties if party == wire] == [D]
