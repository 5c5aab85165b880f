"""ninjs 3.1 export: valid against the IPTC schema offline, and read back to the same tables."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.enums import Format
from provenance.errors import SchemaError
from provenance.ingest.document import Document, Picture
from provenance.interchange.ninjs_out import ninjs_documents, validate_ninjs, write_ninjs

from .conftest import FIXTURES, invoke

# Columns that describe the file an article was read from, not its content.
FILE_COLUMNS = ("path", "sha256", "format")


def assert_same_tables(before: Any, after: Any, *, uri_given: bool) -> None:
    """Every table equal, row for row, but for the columns that describe the file read."""
    for name, frame in before.items():
        drop = [c for c in (*FILE_COLUMNS, *(() if uri_given else ("uri",))) if c in frame]
        left = frame.drop(columns=drop).reset_index(drop=True)
        right = getattr(after, name).drop(columns=drop).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, obj=name)


def test_the_seed_exports_valid_ninjs_with_its_photo_credit(seed_tables: Any) -> None:
    """The seed: one valid document, the credit line verbatim, photographers in `by`, AFP holds."""
    (doc,) = ninjs_documents(seed_tables)
    validate_ninjs(doc)
    (picture,) = doc["associations"]
    credit = seed_tables.photo_credits
    roles = {d["role"]: d["value"] for d in picture["descriptions"]}
    assert roles["creditline"] == credit["credit_line"].iloc[0]
    assert roles["caption"] == credit["caption"].iloc[0]
    for name in credit.loc[credit["role"] == "photographer", "name"]:
        assert name in picture["by"]
    assert picture["copyrightHolder"] == "AFP"
    assert doc["copyrightHolder"] == "AFP"
    assert doc["bodies"][0]["value"] == seed_tables.articles["body"].iloc[0]


def test_validation_needs_no_network(seed_tables: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema's GeoJSON reference resolves locally: validation works with sockets refused."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network used during validation")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    doc = ninjs_documents(seed_tables)[0]
    doc["places"] = [{"name": "Kyiv", "geoJSON": {"type": "Point", "coordinates": [30.5, 50.4]}}]
    validate_ninjs(doc)
    doc["places"][0]["geoJSON"] = {"type": "Point", "coordinates": "north"}
    with pytest.raises(SchemaError):
        validate_ninjs(doc)


def test_the_validator_follows_the_iptc_test_suite() -> None:
    """IPTC's 3.1 should-pass document passes and its should-fail document fails."""
    validate_ninjs(json.loads((FIXTURES / "ninjs31_should_pass.json").read_text()))
    with pytest.raises(SchemaError, match="digitalSourceType"):
        validate_ninjs(json.loads((FIXTURES / "ninjs31_should_fail.json").read_text()))


def test_the_seed_round_trips_through_the_command(
    seed_tables: Any, seed_path: Path, tmp_path: Path
) -> None:
    """`export ninjs` then `extract` of its output gives the seed's tables again."""
    out = tmp_path / "seed.json"
    done = invoke(["export", "ninjs", str(seed_path), "--out", str(out)])
    assert done.exit_code == 0, done.stderr
    again = provenance.extract(out)
    assert not again.errors
    assert set(again.articles["format"]) == {Format.NINJS.value}
    assert_same_tables(seed_tables, again, uri_given=False)


def test_several_articles_are_a_list_and_round_trip(
    write_story: Callable[..., Path], tmp_path: Path
) -> None:
    """Several articles: a JSON list of valid documents, read back to the same tables."""
    paths = [write_story("Gdansk"), write_story("Torun", credit="Piotr LIS/AFP via Getty Images")]
    before = provenance.extract(paths)
    assert len(before.articles) == 2
    assert before.articles["dateline"].notna().all()
    text = write_ninjs(before)
    docs = json.loads(text)
    assert isinstance(docs, list)
    assert len(docs) == 2
    out = tmp_path / "both.json"
    out.write_text(text, encoding="utf-8")
    assert_same_tables(before, provenance.extract(out), uri_given=False)


_NAMES = ["Anna Kowalski", "the ministry", "Police", "John Smith", "the army"]
_PLACES = ["GDANSK", "LYON", "KYIV", "NAIROBI"]
_CREDITS = [
    "Jan NOWAK / AFP",
    "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP",
    "Mehdi TAZROUT/AFP via Getty Images",
    "Spencer Platt/Getty Images",
    "AP Photo/Evan Vucci",
    "STR / AFP",
    "REUTERS/Alina Smutko",
    "Photo: Reuters",
]


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A wire article with sentences, figures, attributions and photos with credits."""
    sentences = draw(
        st.lists(
            st.builds(
                "{} said {} people were {} in {}.".format,
                st.sampled_from(_NAMES),
                st.integers(0, 10**6).map("{:,}".format),
                st.sampled_from(["evacuated", "hurt", "counted"]),
                st.sampled_from(_PLACES).map(str.title),
            ),
            min_size=1,
            max_size=4,
        )
    )
    pictures = draw(
        st.lists(
            st.builds(
                Picture,
                caption=st.one_of(st.none(), st.sampled_from(["Rescuers at work.", "A street."])),
                credit_line=st.sampled_from(_CREDITS),
            ),
            max_size=2,
        )
    )
    agency = draw(st.sampled_from(["AFP", "Reuters", "AP", None]))
    published = draw(st.one_of(st.none(), st.just(pd.Timestamp("2025-08-16T12:30:00Z"))))
    return Document(
        path="<generated>",
        format=Format.TEXT,
        headline=draw(st.sampled_from(["Floods hit the north", "Talks resume"])),
        body="\n\n".join(sentences),
        sha256="0" * 64,
        agency=agency,
        published=published.to_pydatetime() if published is not None else None,
        language=draw(st.sampled_from([None, "en"])),
        byline=draw(st.sampled_from([None, "Anna NOWAK"])),
        uri=draw(st.sampled_from([None, "urn:newsml:afp.com:20250816:abc"])),
        pictures=tuple(pictures),
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents())
def test_any_article_round_trips(doc: Document, tmp_path: Path) -> None:
    """For generated articles, export then read back gives the same five tables."""
    before = provenance.extract([doc])
    out = tmp_path / "doc.json"
    out.write_text(write_ninjs(before), encoding="utf-8")
    after = provenance.extract(out)
    assert not after.errors
    assert_same_tables(before, after, uri_given=doc.uri is not None)
