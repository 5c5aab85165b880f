"""Limits, special files, folder walks and the text policy: each breach is one file's ReadError."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance
from provenance.errors import LimitError, ReadError, UsageError
from provenance.extractors.pipeline import Extractors
from provenance.extractors.records import FigureSpan
from provenance.ingest import iter_paths, read_bytes, read_file, read_text
from provenance.settings import Limits

GOOD = "Good headline\n\nPARIS (AFP) - The army said 40 soldiers died.\n\nAFP"


def _nested_newsml1(depth: int) -> bytes:
    inner = b"<NewsComponent>" * depth + b"</NewsComponent>" * depth
    return (
        b"<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines>"
        + inner
        + b"</NewsComponent></NewsItem></NewsML>"
    )


def test_deep_newsml1_is_refused_fast() -> None:
    """10,000 nested NewsML 1.2 components (9.7 s before) are refused in well under a second."""
    started = time.process_time()
    with pytest.raises(LimitError) as info:
        read_bytes(_nested_newsml1(10_000), path="deep.xml")
    assert time.process_time() - started < 2.0
    assert info.value.limit == "max_depth"
    assert "deep.xml" in str(info.value)
    assert "--limit max_depth" in str(info.value)


def test_depth_limit_is_a_setting() -> None:
    """Nesting within max_depth reads; a lower max_depth refuses the same file."""
    data = _nested_newsml1(20)
    assert read_bytes(data, path="a.xml")[0].headline == "T"
    with pytest.raises(LimitError):
        read_bytes(data, path="a.xml", limits=Limits(max_depth=10))


def test_deep_json_is_a_limit_error() -> None:
    """ninjs nested past max_depth is refused with the limit's name, not a RecursionError."""
    data = b'{"headline": "x", "extra": ' + b"[" * 500 + b"]" * 500 + b"}"
    with pytest.raises(LimitError, match="nested more than 200"):
        read_bytes(data, path="deep.json")


def test_file_size_is_checked_before_reading(tmp_path: Path) -> None:
    """A file over max_file_bytes is refused from its size (a sparse 1 GB file costs nothing)."""
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(1 << 30)
    started = time.process_time()
    with pytest.raises(LimitError) as info:
        read_file(big)
    assert time.process_time() - started < 1.0
    assert info.value.limit == "max_file_bytes"
    with pytest.raises(LimitError):
        read_bytes(GOOD.encode(), path="a.txt", limits=Limits(max_file_bytes=10))


def test_field_limit_refuses_one_document_only(tmp_path: Path) -> None:
    """A body over max_field_chars is that file's LimitError; the file beside it is extracted."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "long.txt").write_text("Long one\n\n" + "word " * 2_000, encoding="utf-8")
    tables = provenance.extract(tmp_path, limits=Limits(max_field_chars=5_000))
    assert tables.articles["headline"].tolist() == ["Good headline"]
    [error] = tables.errors
    assert isinstance(error, LimitError)
    assert error.limit == "max_field_chars"
    assert error.path.endswith("long.txt")


def _slow_figures(text: str, **kwargs: object) -> tuple[FigureSpan, ...]:
    """A figure step that burns CPU on documents that ask for it."""
    if "SLOW" in text:
        end = time.thread_time() + 0.3
        while time.thread_time() < end:
            pass
    return ()


def test_time_budget_refuses_the_slow_document_alone(tmp_path: Path) -> None:
    """A document over time_budget_s is a LimitError; the quick one beside it is extracted."""
    (tmp_path / "quick.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "slow.txt").write_text("Slow one\n\nSLOW text here.", encoding="utf-8")
    tables = provenance.extract(
        tmp_path, extractors=Extractors(figures=_slow_figures), limits=Limits(time_budget_s=0.1)
    )
    assert tables.articles["headline"].tolist() == ["Good headline"]
    [error] = tables.errors
    assert isinstance(error, LimitError)
    assert error.limit == "time_budget_s"
    assert "figure step" in error.reason


def _slow_then_failing(text: str, **kwargs: object) -> tuple[FigureSpan, ...]:
    """Burns CPU on SLOW documents; FAIL documents burn it too, then raise."""
    _slow_figures(text.replace("FAIL", "SLOW"))
    if "FAIL" in text:
        raise ValueError("broken plug-in")
    return ()


@pytest.mark.parametrize("first", ["SLOW", "FAIL"])
def test_time_budget_charges_no_document_for_the_one_before(first: str) -> None:
    """The clock is read once per document: the slow (or failing) one before a quick one
    is charged to itself, never to the quick one after it, in every step."""
    from provenance.extractors.pipeline import extract_documents

    docs = [read_text(f"Slow one\n\n{first} text here.")[0], read_text(GOOD)[0]]
    got = extract_documents(
        docs, Extractors(figures=_slow_then_failing), limits=Limits(time_budget_s=0.1)
    )
    assert isinstance(got[0], LimitError if first == "SLOW" else ValueError)
    assert not isinstance(got[1], Exception)
    assert [f.text for f in got[1].figures] == []
    assert got[1].claims  # the quick document went through the later steps


def test_time_budget_reads_the_clock_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step reads the CPU clock once, then once per document it runs on."""
    from provenance.extractors import pipeline

    calls: list[float] = []

    def counted() -> float:
        calls.append(0.0)
        return time.process_time()

    monkeypatch.setattr(pipeline.time, "thread_time", counted)
    docs = [read_text(GOOD)[0] for _ in range(5)]
    got = pipeline.extract_documents(docs)
    assert all(not isinstance(g, Exception) for g in got)
    assert len(calls) == 3 * (1 + len(docs))
    """Negative limits, unknown names and non-numbers are UsageErrors naming the limit."""
    with pytest.raises(UsageError, match="max_depth"):
        Limits(max_depth=0)
    with pytest.raises(UsageError, match="max_file_bytes"):
        Limits(max_file_bytes=-1)
    with pytest.raises(UsageError, match="unknown limit"):
        Limits.parse(["depth=3"])
    with pytest.raises(UsageError, match="must be a number"):
        Limits.parse(["max_depth=deep"])


@given(
    st.integers(min_value=1, max_value=10**12),
    st.integers(min_value=1, max_value=10**9),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
)
def test_limits_parse_round_trips(size: int, depth: int, budget: float) -> None:
    """NAME=VALUE strings (the CLI's form) give back the same Limits."""
    limits = Limits(max_file_bytes=size, max_depth=depth, time_budget_s=budget)
    text = [f"max_file_bytes={size}", f"max_depth={depth}", f"time_budget_s={budget!r}"]
    assert Limits.parse(text) == limits


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO given as a file is refused at once (it would block forever on open)."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="FIFO"):
        read_file(fifo)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_walk_reports_special_files_and_link_loops(tmp_path: Path) -> None:
    """A FIFO, a link loop and a link back up the tree each get a line; good files are yielded."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    (tmp_path / "sub" / "up").symlink_to("..")
    errors: list[ReadError] = []
    found = list(iter_paths([tmp_path], on_error=errors.append))
    assert found == [tmp_path / "good.txt", tmp_path / "sub" / "b.txt"]
    named = sorted(Path(e.path).name for e in errors)
    assert named == ["loop1", "loop2", "pipe.txt", "up"]
    assert all("skipped" in e.reason for e in errors)


def test_unreadable_subfolder_gets_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the walk cannot list is reported (not silently skipped); the rest is read."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    # os.walk lists folders with os.scandir; as root, chmod cannot make one unreadable
    monkeypatch.setattr(os, "scandir", scandir)
    tables = provenance.extract(tmp_path)
    assert tables.articles["headline"].tolist() == ["Good headline"]
    [error] = tables.errors
    assert error.path == str(locked)
    assert "Permission denied" in str(error)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_subfolder_for_real(tmp_path: Path) -> None:
    """A chmod 000 folder is reported by name; the file beside it is still extracted."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        tables = provenance.extract(tmp_path)
    finally:
        locked.chmod(0o755)
    assert len(tables.articles) == 1
    assert [e.path for e in tables.errors] == [str(locked)]


def test_json_integer_too_long_for_python_is_dropped() -> None:
    """A 4,301-digit JSON integer no longer aborts the read: the value becomes null."""
    data = b'{"headline": "Big", "body_text": "Some 5 died.", "urgency": ' + b"9" * 4301 + b"}"
    [doc] = read_bytes(data, path="big.json")
    assert doc.headline == "Big"


def test_lone_surrogates_become_replacement_characters() -> None:
    """JSON escapes and Python strings with lone surrogates read, with U+FFFD in their place."""
    [doc] = read_bytes(b'{"headline": "A \\ud800", "body_text": "x\\udfff y"}', path="s.json")
    assert doc.headline == "A \ufffd"
    assert doc.body == "x\ufffd y"
    [doc] = read_text("Head \ud800\n\nBody \udc00 text.")
    assert "\ufffd" in doc.headline
    assert doc.body.encode("utf-8")


def test_undecodable_file_name_is_printable(tmp_path: Path) -> None:
    """A file name with invalid UTF-8 reads, and every message about it can be printed."""
    name = os.fsdecode(os.fsencode(tmp_path) + b"/bad\xff.txt")
    Path(name).write_text(GOOD, encoding="utf-8")
    Path(name + ".bin").write_bytes(b"\x00\x01binary")
    tables = provenance.extract(tmp_path)
    assert len(tables.articles) == 1
    assert tables.articles["path"].iloc[0].encode("utf-8")
    [error] = tables.errors
    assert str(error).encode("utf-8")
    assert "bad\ufffd.txt.bin" in str(error)


SURROGATE_TEXT = st.lists(
    st.one_of(
        st.characters(exclude_categories=()),
        st.sampled_from(["5", " said ", " ", ".", '"', "\ud800", "\udfff", "%", "$", "Kyiv"]),
    ),
    max_size=40,
).map("".join)


@settings(deadline=None)  # the first example loads the lexicons
@given(SURROGATE_TEXT)
def test_any_text_through_the_string_api_never_raises(text: str) -> None:
    """extract_claims, extract_figures and extract_credits take any string, surrogates included."""
    figures = provenance.extract_figures(text)
    claims = provenance.extract_claims(text)
    for party in provenance.extract_credits(text):
        assert (party.as_written or "").encode("utf-8")
    for frame in (figures, claims):
        for row in frame.itertuples():
            assert row.text.encode("utf-8")
            assert len(row.text) == row.end - row.start
