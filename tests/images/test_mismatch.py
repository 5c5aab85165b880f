"""``credit.metadata_mismatch``: embedded creator against caption credit, via check and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.api import check
from provenance.rules.image_credits import metadata_mismatch, name_tokens
from tests.images.conftest import MakeImage, figure_page

RULE = "credit.metadata_mismatch"


def _article(folder: Path, image: MakeImage, creator: str, credit: str = "Jane Roe / AFP") -> Path:
    """An HTML article beside the JPEG its figure shows, the JPEG's creator set to ``creator``."""
    (folder / "img").mkdir(parents=True)
    image(folder / "img" / "quake.jpg", creator=creator, credit="AFP")
    page = folder / "story.html"
    page.write_text(figure_page("img/quake.jpg", credit), encoding="utf-8")
    return page


def _rules(paths: list[Path]) -> list[str]:
    return check(paths, engine="pandas", images=True).findings["rule"].tolist()


def test_a_creator_that_differs_from_the_caption_credit_is_a_mismatch(
    tmp_path: Path, image: MakeImage
) -> None:
    """The JPEG says John Doe made it, the caption credits Jane Roe: one mismatch finding."""
    page = _article(tmp_path, image, creator="John Doe")
    result = check([page], engine="pandas", images=True)
    found = result.findings[result.findings["rule"] == RULE]
    assert len(found) == 1
    assert "John Doe" in found["message"].iloc[0]
    assert found["photo_id"].iloc[0] in set(result.tables.photo_credits["photo_id"])
    assert list(result.tables.photo_credits.columns) == list(
        check([page], engine="pandas").tables.photo_credits.columns
    )  # the table's contract is unchanged


def test_a_creator_that_agrees_gives_no_mismatch(tmp_path: Path, image: MakeImage) -> None:
    """The JPEG's creator is the credited photographer (in capitals, as agencies write it): none."""
    page = _article(tmp_path, image, creator="Jane ROE")
    assert RULE not in _rules([page])


def test_without_images_the_rule_never_fires(tmp_path: Path, image: MakeImage) -> None:
    """Image files are read only when asked: a plain check gives no mismatch."""
    page = _article(tmp_path, image, creator="John Doe")
    assert RULE not in check([page], engine="pandas").findings["rule"].tolist()


def test_an_image_given_with_the_article_matches_a_web_reference(
    tmp_path: Path, image: MakeImage
) -> None:
    """The page names a web address; the JPEG given beside it by file name is the one compared."""
    photo = image(tmp_path / "quake.jpg", creator="John Doe", credit="AFP")
    page = tmp_path / "story.html"
    page.write_text(figure_page("https://cdn.example/p/quake.jpg", "Jane Roe / AFP"), "utf-8")
    assert _rules([page]).count(RULE) == 0
    assert _rules([page, photo]).count(RULE) == 1


def test_a_ninjs_rendition_with_a_file_href_is_read(tmp_path: Path, image: MakeImage) -> None:
    """A ninjs picture association whose rendition points at a local file is compared."""
    image(tmp_path / "pic.webp", creator="John Doe", credit="AFP")
    item = {
        "uri": "urn:test:1",
        "type": "text",
        "headlines": [{"role": "main", "value": "Quake kills 12 in mountain villages"}],
        "bodies": [
            {
                "role": "text",
                "contentType": "text/plain",
                "value": "ANKARA (AFP) - At least 12 people were killed, the governor said.",
            }
        ],
        "copyrightHolder": {"name": "AFP"},
        "associations": [
            {
                "type": "picture",
                "descriptions": [
                    {"role": "caption", "value": "Rescuers search the rubble."},
                    {"role": "creditline", "value": "Jane Roe / AFP"},
                ],
                "renditions": [{"href": "pic.webp", "contentType": "image/webp"}],
            }
        ],
    }
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    assert _rules([path]).count(RULE) == 1


def test_an_unreadable_image_is_named_and_the_article_is_still_checked(tmp_path: Path) -> None:
    """A broken JPEG the page names: an error naming it; the article's findings are still made."""
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "quake.jpg").write_bytes(b"\xff\xd8 broken")
    page = tmp_path / "story.html"
    page.write_text(figure_page("img/quake.jpg", "Jane Roe / AFP"), encoding="utf-8")
    result = check([page], engine="pandas", images=True)
    assert [Path(e.path).name for e in result.errors] == ["quake.jpg"]
    assert len(result.tables.articles) == 1


def test_the_cli_flags_the_mismatch_and_lists_the_rule(tmp_path: Path, image: MakeImage) -> None:
    """The real command: --images gives the finding, exit 1; `provenance rules` lists the rule."""
    page = _article(tmp_path, image, creator="John Doe")
    run = subprocess.run(
        [sys.executable, "-m", "provenance", "check", str(page), "--images", "--engine", "pandas"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    assert RULE in run.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "provenance", "rules"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert RULE in listed.stdout


def test_name_tokens_fold_case_and_accents() -> None:
    """Agency capitals and accents do not make two spellings of one name differ."""
    assert name_tokens("José GARCÍA") == name_tokens("jose garcia")
    assert name_tokens("Jane Roe") != name_tokens("John Doe")


names = st.lists(
    st.text(st.characters(categories=("Lu", "Ll")), min_size=2, max_size=8), min_size=2, max_size=3
).map(" ".join)


@settings(max_examples=200)
@given(name=names, shout=st.booleans())
def test_a_creator_named_in_the_credit_is_never_a_mismatch(name: str, shout: bool) -> None:
    """Whatever the name, an embedded creator that is a credited party (any case) is not flagged."""
    credits = pd.DataFrame(
        {
            "photo_id": ["pho_1", "pho_1"],
            "name": [name, "AFP"],
            "image_creator": [name.upper() if shout else name, name],
            "image_credit_line": ["AFP", "AFP"],
        }
    )
    assert not metadata_mismatch(credits).any()


@given(rows=st.permutations(range(4)))
def test_row_order_does_not_change_which_photos_are_flagged(rows: list[int]) -> None:
    """Shuffling the credit rows flags the same photos."""
    credits = pd.DataFrame(
        {
            "photo_id": ["p1", "p1", "p2", "p3"],
            "name": ["Jane Roe", "AFP", "Ivan Petrov", "AP"],
            "image_creator": ["John Doe", "John Doe", "Ivan Petrov", None],
            "image_credit_line": ["AFP", "AFP", "Reuters", None],
        }
    )
    shuffled = credits.iloc[rows]
    flagged = set(shuffled.loc[metadata_mismatch(shuffled), "photo_id"])
    assert flagged == set(credits.loc[metadata_mismatch(credits), "photo_id"]) == {"p1", "p2"}
