"""Credit labels and agencies of newsrooms outside the US and UK, and their neighbours.

Written from the house styles of wires and papers in other countries (Polish "Fot.",
Dutch "Beeld", Korean "사진=", Japanese "写真＝", Arabic and Hebrew labels, state
agencies issuing handouts), not from any page of the dev set.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.ingest.credit_text import label_start, starts_with_label
from provenance.lexicon.agencies import agency_table

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Zdjęcie: Jan Kowalski/PAP", [("Jan Kowalski", P), ("PAP", A)]),
        ("Fot. Jan Kowalski/PAP", [("Jan Kowalski", P), ("PAP", A)]),
        ("fot. PAP/Leszek Szymański", [("PAP", A), ("Leszek Szymański", P)]),
        ("Beeld: ANP", [("ANP", A)]),
        ("Beeld Jane Roe", [("Jane Roe", P)]),
        ("Fotoğraf: Anadolu Ajansı", [("Anadolu Ajansı", A)]),
        ("Φωτ.: ΑΠΕ-ΜΠΕ", [("ΑΠΕ-ΜΠΕ", A)]),
        ("Φωτογραφία: Reuters", [("Reuters", A)]),
        ("צילום: Jane Roe", [("Jane Roe", P)]),
        ("צילום: רויטרס", [("רויטרס", A)]),
        ("تصوير: رويترز", [("رويترز", A)]),
        ("Ảnh: Reuters", [("Reuters", A)]),
        ("Снимка: БТА", [("БТА", A)]),
        ("Źródło: PAP", [("PAP", A)]),
        ("图片来源：视觉中国", [("视觉中国", A)]),
        ("출처: 연합뉴스", [("연합뉴스", A)]),
        ("Sumber: Antara", [("Antara", A)]),
        ("फोटो: PTI", [("PTI", A)]),
        ("عکس: IRNA", [("IRNA", A)]),
        ("Nguồn: Reuters", [("Reuters", A)]),
        ("Imagen: EFE", [("EFE", A)]),
        ("Ilustración: Jane Roe", [("Jane Roe", P)]),
        ("Bildquelle: dpa", [("dpa", A)]),
    ],
)
def test_labels_of_more_languages(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Photo and source labels of more languages leave only the parties, a dotted one too."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("사진=연합뉴스", [("연합뉴스", A)]),
        ("사진 = 연합뉴스", [("연합뉴스", A)]),
        ("写真=ロイター", [("ロイター", A)]),
        ("写真＝共同", [("共同", A)]),
    ],
)
def test_an_equals_sign_ends_a_label(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Korean and Japanese papers write "사진=연합뉴스": the "=" ends the label like a colon."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    "text",
    [
        "Fotografen Jan",
        "Beeldbank",
        "Fotografie des Jahres",
        "Zdjęcia z wakacji",
        "Sumbernya jelas",
        "Imagen de la semana",
    ],
)
def test_label_words_inside_other_words_are_no_label(text: str) -> None:
    """A label word that runs on into a longer word, or has no colon or "=", starts no credit."""
    assert not (label_start(text) and starts_with_label(text))


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: WAFA", [("WAFA", A)]),
        ("Photo: Saudi Press Agency", [("Saudi Press Agency", A)]),
        ("Photo: SPA", [("SPA", A)]),
        ("Photo: MENA", [("MENA", A)]),
        ("Photo: IRNA", [("IRNA", A)]),
        ("Photo: Bernama", [("Bernama", A)]),
        ("Foto: Antara", [("Antara", A)]),
        ("Foto: Europa Press", [("Europa Press", A)]),
        ("Fotó: MTI/Koszticsák Szilárd", [("MTI", A), ("Koszticsák Szilárd", P)]),
        ("Foto: Jane Roe/Agência Brasil", [("Jane Roe", P), ("Agência Brasil", A)]),
        ("Photo: UNIAN", [("UNIAN", A)]),
        ("写真:共同", [("共同", A)]),
        ("写真：時事", [("時事", A)]),
        ("Foto: Télam", [("Télam", A)]),
    ],
)
def test_wires_of_more_countries(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """The national wires of more countries are agencies, in their own scripts too."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("WAFA", "WAFA"),
        ("Saudi Press Agency", "SPA"),
        ("Middle East News Agency", "MENA"),
        ("IRNA", "IRNA"),
        ("Anadolu Ajansı", "Anadolu"),
        ("共同", "Kyodo"),
        ("新華社", "Xinhua"),
        ("رويترز", "Reuters"),
        ("Petra News Agency", "Petra News Agency"),
    ],
)
def test_the_one_agency_list_holds_the_aliases(alias: str, canonical: str) -> None:
    """Each wire's aliases resolve to one canonical name in the one agency list."""
    assert agency_table().agency(alias) == canonical


@pytest.mark.parametrize("word", ["Petra", "Fars", "Mehr", "Map", "Tap", "Hina", "Forum", "Uni"])
def test_ambiguous_short_names_are_no_agency(word: str) -> None:
    """A wire's short name that is also a word or a given name is listed only in full."""
    assert agency_table().agency(word) is None


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # the state agency issued the handout, the wire passed it on
        ("IRNA/Handout via Reuters", [("IRNA", S), ("handout", S), ("Reuters", D)]),
        ("SPA/Handout via REUTERS", [("SPA", S), ("handout", S), ("Reuters", D)]),
        ("WAFA/Handout/Reuters", [("WAFA", S), ("handout", S), ("Reuters", D)]),
        ("AFP PHOTO / HO / SANA", [("AFP", D), ("handout", S), ("SANA", S)]),
        # neighbours: a wire after the handout passes it on, whatever follows
        ("Handout/AFP via Getty Images", [("handout", S), ("AFP", D), ("Getty Images", D)]),
        ("HANDOUT/AFP", [("handout", S), ("AFP", D)]),
        ("Photo: Jane Roe/WAFA", [("Jane Roe", P), ("WAFA", A)]),
    ],
)
def test_state_agencies_issuing_handouts(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """An agency that issued a handout is its source; the wire relaying it, its distributor."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a national wire relaying another wire's picture: the one farther from the name
        ("Foto: Jane Roe/Reuters/Scanpix", [("Jane Roe", P), ("Reuters", A), ("Scanpix", D)]),
        ("Foto: APA/AFP/Jane Roe", [("APA", D), ("AFP", A), ("Jane Roe", P)]),
        ("THE CANADIAN PRESS/AP/Jane Roe", [("The Canadian Press", D), ("AP", A), ("Jane Roe", P)]),
        ("Foto: Jane Roe/Keystone/dpa", [("Jane Roe", P), ("Keystone", A), ("dpa", D)]),
        # neighbours: one wire, a pool, a listed distributor
        ("Foto: Jane Roe/TT", [("Jane Roe", P), ("TT", A)]),
        ("POOL/AFP/Jane Roe", [("pool", A), ("AFP", A), ("Jane Roe", P)]),
        ("Jane Roe/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
        ("Foto: APA/dpa", [("APA", A), ("dpa", A)]),
    ],
)
def test_a_wire_relaying_another(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Of two wires beside a photographer, the farther passes the nearer one's picture on."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # the Hindustan Times' own label, as "ST PHOTO" is The Straits Times': its agency, named as
        # the label writes it (the credits guideline keeps surface names)
        ("HT Photo/Jane Roe", [("HT", A), ("Jane Roe", P)]),
        ("(HT Photo)", [("HT", A)]),
        ("Photo by Jane Roe", [("Jane Roe", P)]),
        ("Photo: INPHO/Jane Roe", [("INPHO", A), ("Jane Roe", P)]),
        ("Фото: Global Look Press", [("Global Look Press", A)]),
    ],
)
def test_an_outlets_photo_label_is_no_person(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "HT Photo" is an outlet's label, never a photographer's name; photo agencies of more
    countries are agencies."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # ABC (Australia): the outlet or supplier, a colon, then the maker or issuer
        ("(ABC News: Jane Roe)", [("ABC News", S), ("Jane Roe", P)]),
        ("(Reuters: Jane Roe)", [("Reuters", A), ("Jane Roe", P)]),
        ("(Supplied: Queensland Police)", [("handout", S), ("Queensland Police", S)]),
        ("Twitter: @janeroe", [("Twitter", S), ("@janeroe", S)]),
        # Chinese, Japanese: the name, then "photographed by" (after the agency's "reporter")
        ("新华社记者 李伟 摄", [("新华社", A), ("李伟", P)]),
        ("（新华社记者 李伟 摄）", [("新华社", A), ("李伟", P)]),
        ("李伟 摄", [("李伟", P)]),
        ("山田太郎撮影", [("山田太郎", P)]),
        ("사진=홍길동 기자", [("홍길동", P)]),
        ("图/视觉中国", [("视觉中国", A)]),
    ],
)
def test_outlet_colon_and_shot_by(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """ "Outlet: Name" and the CJK "NAME 摄" / "NAME撮影" give the maker and the supplier."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    "line",
    # "Jane Roe: Reuters" (a name before a wire's) splits since stop 40: tests/extractors/
    # test_credits_blind40.py
    ["Note: this is", "Jane Roe: Acme Labs", "Kyiv: Reuters", "Note: @x"],
)
def test_a_colon_after_no_outlet_splits_nothing(line: str) -> None:
    """Before the colon must stand an outlet or a supplier; otherwise nothing is split there."""
    assert len(extract_credits(line)) == 1


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # Libération: "Photo NAME. AGENCY"
        ("Photo Jane Roe. AFP", [("Jane Roe", P), ("AFP", A)]),
        ("Photo Jane Roe. Hans Lucas", [("Jane Roe", P), ("Hans Lucas", A)]),
        # Brazilian papers: a reproduction (screen grab) and a press-release picture
        ("Foto: Reprodução/Instagram", [("Instagram", S)]),
        ("Foto: Divulgação/Petrobras", [("handout", S), ("Petrobras", S)]),
        ("Foto: Divulgação", [("handout", S)]),
        ("Foto: Cedida", [("submitted", S)]),
        ("Foto: Ufficio stampa", [("handout", S)]),
        ("Фото: соцсети", [("various sources", S)]),
        ("Foto: dpa-Bildfunk", [("dpa-Bildfunk", A)]),
        # the agency's name as written, "Images" and all (as "Getty Images")
        ("Foto: imago images/photothek", [("imago images", D), ("photothek", A)]),
        # neighbours: an initial's stop is no separator
        ("J. Scott Applewhite/AP", [("J. Scott Applewhite", P), ("AP", A)]),
    ],
)
def test_words_of_press_photo_practice(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Reproductions, press-release and social-media pictures, and "Name. AGENCY"."""
    assert split_parties(line) == parties


_WIRES = (
    "ANSA", "EFE", "dpa", "Kyodo", "Yonhap", "Xinhua", "TASS", "RIA Novosti", "PAP", "ANP",
    "Belga", "Keystone", "APA", "Lusa", "NTB", "TT", "Ritzau", "AAP", "PTI", "ANI", "IANS",
    "Anadolu", "WAFA", "SPA", "MENA", "IRNA", "WAM", "QNA", "KUNA", "Bernama", "Antara",
    "MTI", "BTA", "Europa Press", "Agência Brasil",
)  # fmt: skip


@pytest.mark.parametrize("name", _WIRES)
def test_national_wires_are_in_the_one_agency_list(name: str) -> None:
    """Every national wire a credit names is an agency of the one list, kept as written."""
    assert agency_table().agency(name) is not None
    assert split_parties(f"Photo: {name}") == [(name, A)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a newspaper's own photographer: the paper supplied its own content
        ("Star Tribune photo by Jane Roe", [("Star Tribune", A), ("Jane Roe", P)]),
        ("Photo: NZ Herald/Jane Roe", [("NZ Herald", A), ("Jane Roe", P)]),
        # an outlet word inside a hyphenated name ("Post-Dispatch") still names the paper,
        # and hyphenated given names and surnames stay people
        ("Jane Roe/St. Louis Post-Dispatch", [("Jane Roe", P), ("St. Louis Post-Dispatch", A)]),
        ("Mary-Kate Olsen-Smith/Reuters", [("Mary-Kate Olsen-Smith", P), ("Reuters", A)]),
        # neighbours: an institution's photographer, a broadcaster's still, a courtesy
        ("U.S. Navy photo by Jane Roe", [("U.S. Navy", S), ("Jane Roe", P)]),
        ("NASA/Jane Roe", [("NASA", S), ("Jane Roe", P)]),
        ("Screenshot/CBS News", [("CBS News", S)]),
        ("Courtesy of The Coast Times", [("The Coast Times", S)]),
    ],
)
def test_a_papers_own_photographer(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """A newspaper or magazine named with its photographer is the agency; others stay sources."""
    assert split_parties(line) == parties
