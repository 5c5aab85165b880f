"""Real feeds' odd corners: G2 messages and packages, providers named by IPTC code or by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ReadError
from provenance.ingest import read_file, read_text
from provenance.ingest.agency import provider_in_credit, resolve_provider
from provenance.lexicon import agency_table

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
G2 = FIXTURES / "g2feeds"
NS = "http://iptc.org/std/nar/2006-10-01/"


def _item(meta: str, content: str = "", rights: str = "", body: str = "<p>Text.</p>") -> str:
    """A minimal G2 text item with the given itemMeta, contentMeta and rightsInfo children."""
    return (
        f'<newsItem xmlns="{NS}" guid="g1">'
        f"<rightsInfo>{rights}</rightsInfo>"
        f'<itemMeta><itemClass qcode="ninat:text"/>{meta}</itemMeta>'
        f"<contentMeta><headline>H</headline>{content}</contentMeta>"
        f'<contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}'
        "</body></html></inlineXML></contentSet></newsItem>"
    )


def test_getty_photo_item_names_getty_not_unknown() -> None:
    """The spec's Getty photo (provider nprov:GYI, creditline Getty Images) gives Getty Images."""
    (doc,) = read_file(FIXTURES / "newsml" / "g2_listing3_photo.xml")
    assert doc.agency == "Getty Images"
    (picture,) = doc.pictures
    assert picture.provider == "Getty Images"


def test_xmlteam_provider_web_code_is_resolved() -> None:
    """An XMLTeam item (provider qcode web:www.xmlteam.com) gives the XMLTeam agency."""
    (doc,) = read_file(G2 / "xmlteam_item.xml")
    assert doc.agency == "XMLTeam"
    assert doc.body.startswith("Harbor City scored")


@pytest.mark.parametrize(
    ("meta", "rights", "content", "expected"),
    [
        ('<provider qcode="nprov:GYI"/>', "", "", "Getty Images"),
        ('<provider uri="http://cv.iptc.org/newscodes/newsprovider/AFP"/>', "", "", "AFP"),
        ('<provider qcode="nprov:dpa"/>', "", "", "dpa"),
        ('<provider qcode="nprov:AcmeNews"><name>Acme News</name></provider>', "", "", "Acme News"),
        ('<provider qcode="nprov:AcmeNews"/>', "", "", "AcmeNews"),
        ("", "", "<creditline>Harbour Photo Co</creditline>", "Harbour Photo Co"),
        ("", "<copyrightHolder><name>Acme Wire Ltd</name></copyrightHolder>", "", "Acme Wire Ltd"),
        ("", "", "<infoSource><name>Nordic Wire</name></infoSource>", "Nordic Wire"),
        ("", '<copyrightHolder uri="http://www.acmenews.com/about"/>', "", "acmenews.com"),
        ("", "", "<creditline>Jane Roe/Shutterstock</creditline>", "Shutterstock"),
        ('<provider qcode="nprov:GYI"/>', "", '<infoSource qcode="is:AP"/>', "AP"),
    ],
    ids=[
        "nprov-code",
        "newsprovider-uri",
        "nprov-alias",
        "provider-name",
        "provider-code-as-written",
        "creditline",
        "copyright-holder",
        "info-source",
        "copyright-uri",
        "distributor-in-credit",
        "agency-beats-distributor",
    ],
)
def test_item_naming_its_provider_is_never_unknown(
    meta: str, rights: str, content: str, expected: str
) -> None:
    """Provider code, then the lists, then the name as written: an agency is always found."""
    (doc,) = read_text(_item(meta, content, rights))
    assert doc.agency == expected


def test_item_naming_nobody_stays_unknown() -> None:
    """Without any provider, credit, copyright holder or info source, the agency is None."""
    (doc,) = read_text(_item(""))
    assert doc.agency is None


def test_message_with_package_reads_every_inline_item() -> None:
    """A message carrying a package and its items: each text item is an article, the photo
    attaches to them, and the providers (qcode and URI forms) resolve."""
    docs = read_file(G2 / "package_message.xml")
    assert [(d.headline, d.item_index, d.agency) for d in docs] == [
        ("Port reopens after storm", 0, "Reuters"),
        ("Ships queue outside the harbour", 1, "Reuters"),
    ]
    for doc in docs:
        (picture,) = doc.pictures
        assert picture.creators == ("Jane Roe",)
        assert picture.provider == "Getty Images"


def test_package_whose_items_are_not_inline_is_one_clear_line() -> None:
    """The spec's package (LISTING_6) refers to items it does not carry: one line naming them."""
    path = G2 / "listing6_package.xml"
    with pytest.raises(ReadError) as info:
        read_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert "2 item(s) that are not inline" in message
    assert "urn:newsml:iptc.org:20081007:tutorial-item-A" in message
    assert info.value.hint


def test_package_refs_list_is_capped() -> None:
    """A package referring to many missing items names a few and counts the rest."""
    refs = "".join(f'<itemRef residref="r{n}"/>' for n in range(50))
    xml = f'<packageItem xmlns="{NS}"><groupSet><group>{refs}</group></groupSet></packageItem>'
    with pytest.raises(ReadError, match="r0, r1, r2 and 47 more"):
        read_text(xml)


def test_message_package_pointing_at_carried_items_is_not_an_error() -> None:
    """Refs to items the message carries are inline: the items are read, nothing refused."""
    item = _item('<provider qcode="nprov:AFP"/>').replace('guid="g1"', 'guid="n1"')
    xml = (
        f'<newsMessage xmlns="{NS}"><itemSet><packageItem guid="p"><groupSet><group>'
        f'<itemRef residref="n1"/></group></groupSet></packageItem>{item}</itemSet></newsMessage>'
    )
    (doc,) = read_text(xml)
    assert (doc.agency, doc.uri) == ("AFP", "n1")


def test_provider_codes_are_data() -> None:
    """Every provider code in agencies.yaml resolves to its party in qcode and URI form only."""
    table = agency_table()
    assert table.codes, "the lexicon lists provider codes"
    for code, name in table.codes.items():
        assert resolve_provider(f"nprov:{code.upper()}") == name
        assert resolve_provider(f"https://cv.iptc.org/newscodes/newsprovider/{code}/") == name
        assert table.agency(code) != name or code in table.agencies


def test_credit_line_parts_prefer_the_agency() -> None:
    """In a credit line the agency part wins over the distributor part; unknown gives None."""
    assert provider_in_credit("Mehdi TAZROUT/AFP via Getty Images") == "AFP"
    assert provider_in_credit("Jane Roe | Shutterstock") == "Shutterstock"
    assert provider_in_credit("Jane Roe") is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"headline": "H", "body_text": "Text.", "copyrightholder": "Acme Wire"}, "Acme Wire"),
        (
            {"headlines": [{"value": "H"}], "copyrightHolder": {"name": "Getty Images"}},
            "Getty Images",
        ),
        ({"headlines": [{"value": "H"}], "infoSources": [{"name": "Nordic Wire"}]}, "Nordic Wire"),
        ({"headlines": [{"value": "H"}]}, None),
    ],
    ids=["copyright-holder-as-written", "distributor", "info-source", "nobody"],
)
def test_ninjs_item_naming_its_provider_is_never_unknown(
    item: dict[str, object], expected: str | None
) -> None:
    """ninjs too: a copyright holder or info source outside the agency list is the agency."""
    import json

    item.setdefault("bodies", [{"value": "Text."}])
    (doc,) = read_text(json.dumps(item))
    assert doc.agency == expected


def _data_item(data: str, encoding: str = "") -> str:
    """A G2 text item whose body is ``inlineData``, optionally with an ``@encoding``."""
    enc = f' encoding="{encoding}"' if encoding else ""
    return (
        f'<newsItem xmlns="{NS}" guid="d1"><itemMeta><provider qcode="nprov:AFP"/></itemMeta>'
        "<contentMeta><headline>H</headline></contentMeta>"
        f'<contentSet><inlineData contenttype="text/plain"{enc}>{data}</inlineData></contentSet>'
        "</newsItem>"
    )


def test_base64_inline_data_is_decoded() -> None:
    """``inlineData encoding="base64"`` holds the body encoded; it is read as text."""
    import base64

    body = "Première ligne.\n\nSecond paragraph."
    encoded = base64.b64encode(body.encode()).decode()
    wrapped = "\n".join(encoded[i : i + 16] for i in range(0, len(encoded), 16))
    (doc,) = read_text(_data_item(wrapped, "base64"))
    assert doc.body == body


def test_bad_base64_inline_data_is_one_clear_line() -> None:
    """Data that claims base64 but is not gives one ReadError naming the file."""
    with pytest.raises(ReadError, match=r"^feed\.xml: .*base64") as info:
        read_text(_data_item("not base64 at all!", "base64"), path="feed.xml")
    assert "\n" not in str(info.value)


def test_main_headline_wins_over_sub_headline() -> None:
    """Of several headlines, the main one (no role or ``hld:main``) is the headline."""
    xml = _item("").replace(
        "<headline>H</headline>",
        '<headline role="hld:sub">Sub</headline><headline role="hld:main">Main</headline>',
    )
    (doc,) = read_text(xml)
    assert doc.headline == "Main"


def test_message_sender_names_items_that_name_nobody() -> None:
    """An item naming no provider inside a message takes the message's sender."""
    item = _item("").replace(f' xmlns="{NS}"', "")
    for sender, expected in (("thomsonreuters.com", "Reuters"), ("wire.example.org",) * 2):
        xml = (
            f'<newsMessage xmlns="{NS}"><header><sender>{sender}</sender></header>'
            f"<itemSet>{item}</itemSet></newsMessage>"
        )
        (doc,) = read_text(xml)
        assert doc.agency == expected
