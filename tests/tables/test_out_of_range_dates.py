"""A publication date the ``published`` column cannot hold is dropped for that article alone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from provenance.tables.build import published_for

BODY = "PARIS (AFP) - The army said 40 soldiers died on Tuesday.\n\nAFP"
GOOD = "Good headline\n\n" + BODY


def _ninjs(stamp: str) -> str:
    return (
        '{"uri": "urn:x", "type": "text", "versioncreated": "' + stamp + '", '
        '"headline": "Ninjs story", "body_text": "PARIS (AFP) - Police said 3 were hurt."}'
    )


def _newsml1(stamp: str) -> str:
    return (
        "<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId>"
        "</NewsIdentifier></Identification><NewsManagement><FirstCreated>"
        + stamp
        + "</FirstCreated></NewsManagement><NewsComponent><NewsLines><HeadLine>NewsML one"
        "</HeadLine></NewsLines><ContentItem><DataContent><p>PARIS (AFP) - Officials said "
        "12 were hurt.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
    )


def _g2(stamp: str) -> str:
    return (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g2" version="1">'
        "<itemMeta><itemClass qcode='ninat:text'/><provider qcode='nprov:AFP'/>"
        f"<versionCreated>{stamp}</versionCreated><firstCreated>{stamp}</firstCreated>"
        "</itemMeta><contentMeta><headline>G2 story</headline></contentMeta>"
        "<contentSet><inlineXML contenttype='application/xhtml+xml'>"
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><p>PARIS (AFP) - Doctors said "
        "7 were treated.</p></body></html></inlineXML></contentSet></newsItem>"
    )


def _html(stamp: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>HTML story</title>"
        f'<meta property="article:published_time" content="{stamp}"></head><body><article>'
        "<h1>HTML story</h1><p>PARIS (AFP) - Witnesses said 5 cars burned.</p>"
        "</article></body></html>"
    )


BUILDERS = {"ninjs.json": _ninjs, "newsml1.xml": _newsml1, "g2.xml": _g2, "page.html": _html}
STAMPS = ["0001-01-01T00:00:00Z", "1500-06-01T00:00:00Z", "2300-01-01T00:00:00Z", "9999-12-31"]


@pytest.mark.parametrize("stamp", STAMPS)
def test_out_of_range_date_keeps_every_article(tmp_path: Path, stamp: str) -> None:
    """Each format's out-of-range date becomes null for that article; its neighbours keep theirs."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, build in BUILDERS.items():
        (tmp_path / name).write_text(build(stamp), encoding="utf-8")
    tables = provenance.extract(tmp_path)
    assert tables.errors == ()
    articles = tables.articles.set_index("path")
    assert len(articles) == 1 + len(BUILDERS)
    for name in BUILDERS:
        assert pd.isna(articles.loc[str(tmp_path / name), "published"]), name
    assert articles.loc[str(tmp_path / "good.txt"), "headline"] == "Good headline"
    warned = sorted(Path(w.path).name for w in tables.warnings)
    assert warned == sorted(BUILDERS)
    assert all("outside 1677-2262" in str(w) and "\n" not in str(w) for w in tables.warnings)


def test_in_range_dates_are_kept(tmp_path: Path) -> None:
    """A normal date passes through untouched and raises no warning."""
    (tmp_path / "a.json").write_text(_ninjs("2025-08-01T10:00:00Z"), encoding="utf-8")
    tables = provenance.extract(tmp_path)
    assert tables.warnings == ()
    assert tables.articles["published"].iloc[0].year == 2025


@given(st.datetimes(timezones=st.sampled_from([UTC, None]), allow_imaginary=False))
def test_published_for_accepts_exactly_what_pandas_holds(value: datetime) -> None:
    """published_for keeps a date exactly when a nanosecond pandas Timestamp can hold it."""
    try:
        pd.Timestamp(value).as_unit("ns")
        holds = True
    except (OverflowError, ValueError, pd.errors.OutOfBoundsDatetime):
        holds = False
    assert (published_for(value) is not None) == holds
