"""The plain-text reader: the seed end to end, wire layouts and invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ids import sha256_hex
from provenance.ingest import read_file, read_text

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "text" / "afp_putin_trump_talks.txt"


@pytest.fixture(scope="module")
def seed_file() -> Path:
    """The seed article, as copied into the text fixtures."""
    return SEED


def test_seed_end_to_end(seed_file: Path) -> None:
    """The seed gives one AFP document with its headline, body bounds and one credited photo."""
    (doc,) = read_file(seed_file)
    assert doc.format is Format.TEXT
    assert doc.headline == "Putin tells Trump Russia is ready for next round of Ukraine talks"
    assert doc.body.startswith("Russian President Vladimir Putin told")
    assert doc.body.endswith("involved in the Sumy operation.")
    assert doc.agency == "AFP"
    assert doc.sha256 == sha256_hex(seed_file.read_bytes())
    (picture,) = doc.pictures
    assert picture.credit_line == "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP"
    assert picture.caption is not None
    assert picture.caption.startswith("This combination of pictures")
    assert picture.caption.endswith("on December 27, 2023.")
    assert "Photograph" not in doc.body
    assert doc.headline not in doc.body
    assert "More prisoner exchanges" in doc.body.split("\n\n")


def test_seed_paragraphs_are_the_source_paragraphs(seed_file: Path) -> None:
    """Body paragraphs are exactly the seed's blank-line separated body paragraphs."""
    (doc,) = read_file(seed_file)
    raw = seed_file.read_text(encoding="utf-8").strip().split("\n\n")
    # raw[1] is "caption\nfirst paragraph"; the last block is the sign-off
    expected = [raw[1].split("\n", 1)[1], *raw[2:-1]]
    assert doc.body.split("\n\n") == expected


@pytest.mark.parametrize(
    ("first", "dateline", "located", "agency"),
    [
        ("KYIV (AFP) - Russia said.", "KYIV (AFP)", "KYIV", "AFP"),
        (
            "LONDON, June 5 (Reuters) - Shares fell.",
            "LONDON, June 5 (Reuters)",
            "LONDON",
            "Reuters",
        ),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP)", "WASHINGTON", "AP"),
        ("GROSSETO, Italy (AP) -- A trial began.", "GROSSETO, Italy (AP)", "GROSSETO", "AP"),
        ("Rio de Janeiro (AFP) - Rain fell.", "Rio de Janeiro (AFP)", "Rio de Janeiro", "AFP"),
    ],
)
def test_dateline_gives_agency_and_stays_in_body(
    first: str, dateline: str, located: str, agency: str
) -> None:
    """A dateline names the agency and place; its text stays at the start of the body."""
    (doc,) = read_text(f"Headline\n\n{first}\n\nSecond paragraph.")
    assert doc.dateline == dateline
    assert doc.located == located
    assert doc.agency == agency
    assert doc.body.startswith(first)


@pytest.mark.parametrize(
    ("signoff", "agency"),
    [
        ("AFP", "AFP"),
        ("Reuters", "Reuters"),
        ("AP", "AP"),
        ("AFP/Reuters", "AFP/Reuters"),
        ("-- Reuters", "Reuters"),
        ("— AP", "AP"),
    ],
)
def test_signoff_sets_agency_and_leaves_body(signoff: str, agency: str) -> None:
    """A final sign-off line is the agency and is not part of the body."""
    (doc,) = read_text(f"Headline\n\nThe story.\n\nMore story.\n\n{signoff}\n")
    assert doc.agency == agency
    assert doc.body == "The story.\n\nMore story."


def test_signoff_on_the_line_after_the_last_paragraph() -> None:
    """A sign-off right under the last paragraph (no blank line) is still taken out."""
    (doc,) = read_text("Headline\n\nThe story goes on\nand ends here.\n-- Reuters")
    assert doc.body == "The story goes on and ends here."
    assert doc.agency == "Reuters"


def test_editor_initials_after_the_signoff_are_dropped() -> None:
    """AFP's trailing editor initials ("bur-sst/jj") are neither body nor agency."""
    for ending in ("AFP\nbur-sst/jj\n", "AFP\n\nbur-sst/jj\n\n"):
        (doc,) = read_text(f"Headline\n\nKyiv (AFP) - The story.\n\n{ending}")
        assert doc.body == "Kyiv (AFP) - The story."
        assert doc.agency == "AFP"


def test_bracketed_first_line_is_text_not_json() -> None:
    """A headline starting with "[" is read as text, not as broken JSON."""
    (doc,) = read_text("[UPDATE 2] Shares fall\n\nLONDON (Reuters) - Shares fell.")
    assert doc.format is Format.TEXT
    assert doc.headline == "[UPDATE 2] Shares fall"


def test_an_agency_word_inside_the_last_sentence_is_not_a_signoff() -> None:
    """Only a line that is nothing but an agency name is a sign-off."""
    (doc,) = read_text("Headline\n\nThe story.\n\nIt was first reported by AFP.")
    assert doc.body.endswith("It was first reported by AFP.")
    assert doc.agency is None


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """Lines separated by single newlines form one paragraph, joined with spaces."""
    text = "Headline\n\nLONDON (Reuters) - One\ntwo  three\nfour.\n\nNext\nparagraph."
    (doc,) = read_text(text)
    assert doc.body == "LONDON (Reuters) - One two three four.\n\nNext paragraph."


def test_long_unwrapped_lines_are_paragraphs_of_their_own() -> None:
    """Lines too long to be hard-wrapped are separate paragraphs even without blank lines."""
    first = "A" + " word" * 30 + "."
    second = "B" + " word" * 30 + "."
    (doc,) = read_text(f"Headline\n{first}\n{second}")
    assert doc.body.split("\n\n") == [first, second]


@pytest.mark.parametrize("label", ["Photograph", "Photo", "Photo credit"])
def test_caption_paragraph_becomes_a_picture(label: str) -> None:
    """A paragraph ending in a (Photo...: credit) is a picture, not body text."""
    text = f"Headline\n\nA man waves. ({label}: Jane DOE / AFP)\n\nThe story."
    (doc,) = read_text(text)
    (picture,) = doc.pictures
    assert picture.caption == "A man waves."
    assert picture.credit_line == "Jane DOE / AFP"
    assert doc.body == "The story."


def test_parenthesis_that_is_not_an_agency_is_no_dateline() -> None:
    """ "(Updated)" at the start of a paragraph is not a dateline and sets no agency."""
    (doc,) = read_text("Headline\n\nKYIV (Updated) - The story.")
    assert doc.dateline is None
    assert doc.agency is None


def test_byline_line_is_taken_out() -> None:
    """A "By Name" line before the story is the byline."""
    (doc,) = read_text("Headline\n\nBy Jane Doe\n\nThe story.")
    assert doc.byline == "Jane Doe"
    assert doc.body == "The story."


def test_crlf_and_bom_are_handled() -> None:
    """Windows line ends and a UTF-8 BOM read the same as plain newlines."""
    (doc,) = read_text("\ufeffHeadline\r\n\r\nThe story.\r\n\r\nAFP\r\n")
    assert doc.headline == "Headline"
    assert doc.body == "The story."
    assert doc.agency == "AFP"


_WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_read_text_raises_only_read_error(text: str) -> None:
    """On arbitrary text, read_text returns documents or raises a ReadError, nothing else."""
    message = ""
    try:
        docs = read_text(text, format=Format.TEXT)
    except ReadError as exc:
        message = str(exc)
        docs = []
    assert "\n" not in message
    assert all(isinstance(d.body, str) for d in docs)


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_detection_raises_only_read_error(text: str) -> None:
    """With format detection too, arbitrary text never escapes as another exception type."""
    message = ""
    try:
        read_text(text, path="x.bin")
    except ReadError as exc:
        message = str(exc)
    assert "\n" not in message


_SENTENCE = st.lists(
    st.sampled_from(["Moscow", "said", "the", "talks", "would", "resume", "on", "Monday", "42"]),
    min_size=3,
    max_size=25,
).map(lambda words: " ".join(words) + ".")


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=6),
    caption=_SENTENCE,
    photographer=st.sampled_from(["Drew ANGERER", "Jane Doe", "Kevin Lamarque"]),
    agency=st.sampled_from(["AFP", "Reuters", "AP", "AFP/Reuters", "-- Reuters"]),
    caption_at=st.integers(min_value=0, max_value=6),
)
def test_body_never_holds_signoff_or_credit(
    paragraphs: list[str], caption: str, photographer: str, agency: str, caption_at: int
) -> None:
    """Whatever the article, the caption credit and the sign-off never reach the body."""
    credit = f"(Photo: {photographer} / AFP)"
    blocks = list(paragraphs)
    blocks.insert(min(caption_at, len(blocks)), f"{caption} {credit}")
    (doc,) = read_text("Headline\n\n" + "\n\n".join(blocks) + f"\n\n{agency}\n")
    assert credit not in doc.body
    assert photographer not in doc.body
    assert doc.body.split("\n\n") == paragraphs
    assert doc.agency is not None
    assert len(doc.pictures) == 1
