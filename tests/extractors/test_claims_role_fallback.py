"""Who a role noun ("the minister", "the spokesman") refers back to, titled names that
stop at a full stop, honorifics before outlet words, and the issuer of a document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.extractors.claims.speakers import SpeakerResolver, _role_patterns
from provenance.extractors.sources import default_sources


def _resolve(text: str, mentions: list[str]) -> list[str]:
    """Resolve each mention at its first offset after the previous one, in order."""
    r = SpeakerResolver(text, default_sources())
    out, pos = [], 0
    for mention in mentions:
        pos = text.index(mention, pos)
        out.append(r.resolve(mention, pos).name)
        pos += len(mention)
    return out


def test_unnamed_role_goes_to_earlier_spokesman_not_last_person() -> None:
    text = (
        "Arthur Penhallow said the plan was sound. A spokesman for the council said "
        "it was costly. Later the spokesman said more talks were due."
    )
    names = _resolve(text, ["Arthur Penhallow", "A spokesman for the council", "the spokesman"])
    assert names[0] == "Arthur Penhallow"
    assert names[2] != "Arthur Penhallow"
    assert "spokesman" in names[2]


def test_unnamed_role_with_no_antecedent_stays_unnamed() -> None:
    text = "Arthur Penhallow said the plan was sound. The spokesman said talks were due."
    names = _resolve(text, ["Arthur Penhallow", "The spokesman"])
    assert names[1] != "Arthur Penhallow"


def test_role_fallback_skips_person_of_another_office() -> None:
    text = (
        "Home Secretary Quentin Marlowe said the figures were wrong. "
        "The chancellor said the budget would balance."
    )
    names = _resolve(text, ["Home Secretary Quentin Marlowe", "The chancellor"])
    assert names[0] == "Quentin Marlowe"
    assert names[1] != "Quentin Marlowe"


def test_role_fallback_respects_gender() -> None:
    text = (
        "Mr Quentin Marlowe said the figures were wrong. He added more. "
        "The spokeswoman said the budget would balance."
    )
    names = _resolve(text, ["Mr Quentin Marlowe", "The spokeswoman"])
    assert names[1] != "Quentin Marlowe"


def test_role_fallback_keeps_person_of_the_same_office() -> None:
    text = "The minister Quentin Marlowe arrived. Later the minister said the budget would balance."
    names = _resolve(text, ["The minister Quentin Marlowe", "the minister"])
    assert names[1] == "Quentin Marlowe"


def test_titled_name_stops_at_full_stop() -> None:
    _, titled = _role_patterns("en")
    m = titled.search("said courts minister Quentin Marlowe. The rest followed.")
    assert m is not None
    assert m.group("name") == "Quentin Marlowe"
    m = titled.search("Minister M. K. Stalin said")
    assert m is not None
    assert m.group("name").endswith("Stalin")
    m = titled.search("the minister Dr. Ada Quill said")
    assert m is not None
    assert m.group("name") == "Dr. Ada Quill"


@settings(deadline=None)
@given(st.sampled_from(["Marlowe", "Penhallow", "Quill"]), st.sampled_from(["The", "In", "A"]))
def test_titled_name_never_holds_a_full_stop_after_a_word(name: str, nxt: str) -> None:
    _, titled = _role_patterns("en")
    m = titled.search(f"judge Ada {name}. {nxt} court rose.")
    assert m is not None
    assert "." not in m.group("name")


def test_honorific_before_outlet_word_is_a_person() -> None:
    reg = default_sources()
    assert reg.resolve("Mr Fox").kind is SourceKind.PERSON
    assert reg.resolve("Liam Fox").kind is SourceKind.PERSON
    assert reg.resolve("Fox News").kind is SourceKind.MEDIA
    assert reg.resolve("Lord Chancellor").name == "Chancellor"  # unchanged: an office


def test_surname_after_honorific_goes_to_full_name() -> None:
    text = "Liam Fox said the plan was sound. Later Mr Fox said it again."
    assert _resolve(text, ["Liam Fox", "Mr Fox"]) == ["Liam Fox", "Liam Fox"]


def test_member_role_acronym_is_no_organisation() -> None:
    reg = default_sources()
    for mention in ("The MEP", "the MP", "an MP"):
        assert reg.resolve(mention).kind is not SourceKind.ORGANIZATION
    assert reg.resolve("the FBI").kind is SourceKind.ORGANIZATION


def test_issuer_of_document_named_in_first_sentence() -> None:
    text = (
        "Quentin Marlowe wrote a letter to the board last week. "
        "According to the letter, the budget will balance."
    )
    r = SpeakerResolver(text, default_sources())
    r.resolve("Quentin Marlowe", 0)
    info = r.resolve("the letter", text.index("the letter,"))
    assert info.name == "Quentin Marlowe"


def test_titled_name_before_possessive_drops_the_s() -> None:
    text = "Backbench MP Quentin Marlowe's allies met. The MP said he would stay."
    names = _resolve(text, ["The MP"])
    assert names == ["Quentin Marlowe"]


def test_newspaper_title_is_no_person() -> None:
    reg = default_sources()
    assert reg.resolve("the Evening Standard").kind is SourceKind.MEDIA
    assert reg.resolve("Evening Standard").kind is SourceKind.MEDIA
    assert reg.resolve("Daily Mirror").kind is SourceKind.MEDIA
    assert reg.resolve("Standard Chartered").kind is not SourceKind.MEDIA


def test_role_fallback_skips_person_with_hyphenated_other_office() -> None:
    text = (
        "Party co-chairman Quentin Marlowe said the plan was costly. "
        "The prime minister said the plan would work."
    )
    names = _resolve(text, ["Party co-chairman Quentin Marlowe", "The prime minister"])
    assert names[0] == "Quentin Marlowe"
    assert names[1] != "Quentin Marlowe"
