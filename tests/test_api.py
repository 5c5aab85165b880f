"""The public API: entry points, bad inputs beside good ones, cheap import, curated names."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.enums import Format
from provenance.errors import ReadError, UsageError
from provenance.ids import sha256_hex
from provenance.ingest.document import Document


def test_all_matches_public_names() -> None:
    """__all__ lists exactly the public names, and each resolves."""
    public = {n for n in dir(provenance) if not n.startswith("_")} | {"__version__"}
    assert set(provenance.__all__) == public
    for name in provenance.__all__:
        assert getattr(provenance, name) is not None


def test_import_is_cheap() -> None:
    """`import provenance` loads neither great_expectations nor pandas nor pandera."""
    heavy = "{'great_expectations', 'pandas', 'pandera', 'matplotlib'}"
    code = (
        "import sys, provenance; "
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []


def test_cli_help_does_not_import_gx() -> None:
    """`provenance --help` stays fast: no great_expectations or pandas import."""
    code = (
        "import sys; from click.testing import CliRunner; from provenance.cli import cli; "
        "r = CliRunner().invoke(cli, ['check', '--help']); assert r.exit_code == 0; "
        "print(any(m.startswith(('great_expectations', 'pandas')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bad_file_beside_good_one_loses_nothing(tmp_path: Path, seed_path: Path) -> None:
    """An empty file next to the seed is reported; the seed is still fully extracted."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed.txt").write_bytes(seed_path.read_bytes())
    tables = provenance.extract(tmp_path)
    assert len(tables.articles) == 1
    assert len(tables.errors) == 1
    assert isinstance(tables.errors[0], ReadError)
    assert "empty.txt" in str(tables.errors[0])


def test_missing_path_is_collected_not_raised(tmp_path: Path) -> None:
    """A path that does not exist is an input error on the result."""
    result = provenance.read(tmp_path / "nope.txt")
    assert result.documents == ()
    assert "nope.txt" in str(result.errors[0])


def test_unknown_format_is_a_usage_error(seed_path: Path) -> None:
    """A misspelt format is refused with the allowed values."""
    with pytest.raises(UsageError, match="ninjs"):
        provenance.extract(seed_path, format="ninja")


def test_check_accepts_tables(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """check() runs on tables already extracted, without reading again."""
    result = provenance.check(seed_tables, engine="pandas")
    assert result.tables is seed_tables
    assert len(result.findings) > 0
    assert result.findings["finding_id"].is_unique


def test_string_entry_points_return_frames() -> None:
    """extract_figures and extract_claims work on a bare string."""
    figures = provenance.extract_figures("Officials said about 40 people died.")
    assert isinstance(figures, pd.DataFrame)
    assert {
        "text",
        "value",
        "lower",
        "upper",
        "approximate",
        "kind",
        "unit",
        "start",
        "end",
    } <= set(figures.columns)
    assert figures.loc[0, "value"] == 40
    claims = provenance.extract_claims("Officials said about 40 people died.")
    assert {"text", "start", "end", "source", "cue", "attribution", "status"} <= set(claims.columns)


def test_same_input_same_ids(seed_path: Path, seed_tables) -> None:  # type: ignore[no-untyped-def]
    """Ids derive from content: a second run gives identical tables."""
    again = provenance.extract(seed_path)
    for (name, a), (_, b) in zip(seed_tables.items(), again.items(), strict=True):
        pd.testing.assert_frame_equal(a, b, obj=name)


def test_failing_plugin_extractor_loses_only_its_document(tmp_path: Path, seed_path: Path) -> None:
    """A claim extractor that crashes on one article costs that article, not the batch."""
    from provenance.extractors.claims import RuleBasedExtractor
    from provenance.extractors.pipeline import Extractors
    from provenance.extractors.sources import SourceRegistry

    def fragile(text: str, *, sources: SourceRegistry) -> tuple[object, ...]:
        if "boom" in text:
            raise RuntimeError("model exploded")
        return RuleBasedExtractor()(text, sources=sources)  # type: ignore[return-value]

    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "b.txt").write_text("Headline\n\nThe boom came at dawn.\n\nAFP\n", encoding="utf-8")
    tables = provenance.extract(tmp_path, extractors=Extractors(claims=fragile))
    assert len(tables.articles) == 1
    assert [type(e).__name__ for e in tables.errors] == ["ExtractionError"]
    assert "b.txt" in str(tables.errors[0])
    assert "model exploded" in str(tables.errors[0])


def test_check_accepts_a_one_shot_iterator(seed_path: Path) -> None:
    """A generator of paths is read once and still recorded as the run's inputs."""
    result = provenance.check((p for p in [seed_path]), engine="pandas")
    assert len(result.tables.articles) == 1
    assert result.inputs == (str(seed_path),)


# --- the batch forms of extract_figures and extract_claims --------------------------------

_batch_words = st.sampled_from(
    [
        "Kyiv said",
        "about 53,000",
        "troops",
        "denied",
        "5 pct",
        "in 1987",
        "$1.5bn",
        '"',
        ". ",
        "June 22",
        "fifth",
        "Moscow claimed",
        "",
    ]
)
_batch_texts = st.lists(
    st.lists(_batch_words | st.text(max_size=6), max_size=12).map(" ".join), max_size=6
)


def _per_doc(frame: pd.DataFrame, doc: object) -> pd.DataFrame:
    return frame.loc[frame["doc"] == doc].drop(columns="doc").reset_index(drop=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_batch_texts)
def test_batch_figures_equal_the_per_string_results(texts: list[str]) -> None:
    """One frame for many texts holds, per doc, exactly the rows of the single-string call."""
    batch = provenance.extract_figures(texts)
    assert list(batch.columns) == ["doc", *provenance.extract_figures("").columns]
    assert set(batch["doc"]) <= set(range(len(texts)))
    for i, text in enumerate(texts):
        alone = provenance.extract_figures(text)
        pd.testing.assert_frame_equal(_per_doc(batch, i), alone, check_dtype=False)
        for row in alone.itertuples():
            assert text[row.start : row.end] == row.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_batch_texts)
def test_batch_claims_equal_the_per_string_results(texts: list[str]) -> None:
    """Claims per doc match the single-string call; parent points at a row of the same doc."""
    batch = provenance.extract_claims(texts)
    for i, text in enumerate(texts):
        alone = provenance.extract_claims(text)
        mine = batch.loc[batch["doc"] == i]
        offset = mine.index[0] if len(mine) else 0
        got = _per_doc(batch, i)
        got["parent"] = got["parent"] - offset
        pd.testing.assert_frame_equal(got, alone, check_dtype=False)
    parents = batch["parent"].dropna().astype(int)
    assert (
        batch.loc[parents.to_numpy(), "doc"].to_numpy() == batch.loc[parents.index, "doc"]
    ).all()


def test_series_index_becomes_the_doc_column() -> None:
    """A Series with a non-default index keeps its labels: rows join back to the input."""
    texts = pd.Series(
        ["Up 5 pct in 1987.", "No figure here.", "About 40 died."], index=[30, 10, 20], name="body"
    )
    figures = provenance.extract_figures(texts)
    assert figures["doc"].tolist() == [30, 30, 20]
    joined = figures.join(texts, on="doc")
    assert all(b[s:e] == t for b, s, e, t in joined[["body", "start", "end", "text"]].values)
    claims = provenance.extract_claims(texts)
    assert set(claims["doc"]) == {10, 20, 30}


def test_string_labels_and_tuples_work() -> None:
    """String labels are kept as they are; a tuple counts positions like a list."""
    texts = pd.Series(["7 died", "8 died"], index=pd.Index(["x", "y"], name="id"))
    assert provenance.extract_figures(texts)["doc"].tolist() == ["x", "y"]
    assert provenance.extract_figures(("7 died", "8 died"))["doc"].tolist() == [0, 1]


def test_empty_batch_gives_an_empty_frame_with_the_columns() -> None:
    """No texts, no rows; the columns are those of a non-empty batch."""
    empty = provenance.extract_figures([])
    assert len(empty) == 0
    assert list(empty.columns) == list(provenance.extract_figures(["5 died"]).columns)
    claims = provenance.extract_claims(pd.Series([], dtype=object))
    assert list(claims.columns) == ["doc", *provenance.extract_claims("").columns]


@pytest.mark.parametrize(
    ("texts", "where"),
    [
        (["ok", 5], "position 1"),
        (pd.Series(["ok", None], index=["a", "b"]), "position 1 (index 'b')"),
        (pd.Series([float("nan")]), "position 0"),
    ],
)
def test_non_string_entry_names_its_position(texts: object, where: str) -> None:
    """A missing or non-string text is a UsageError saying where it is."""
    for fn in (provenance.extract_figures, provenance.extract_claims):
        with pytest.raises(UsageError, match=re.escape(where)):
            fn(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize("texts", [b"5 died", 5, {"a": "5 died"}])
def test_wrong_container_is_a_usage_error(texts: object) -> None:
    """Bytes, numbers and mappings are refused with what is accepted."""
    with pytest.raises(UsageError, match="list or tuple of strings"):
        provenance.extract_figures(texts)  # type: ignore[arg-type]


def test_one_language_per_text() -> None:
    """A language per text is read per text; a mismatched count or index is refused."""
    texts = ["Kyiv said 4 died.", "Kyiv a dit que 4 sont morts."]
    claims = provenance.extract_claims(texts, language=["en", "fr-FR"])
    attributed = claims.loc[claims["attribution"] != "narrator", "doc"]
    assert set(attributed) == {0}
    with pytest.raises(UsageError, match="2 texts"):
        provenance.extract_figures(texts, language=["en"])
    with pytest.raises(UsageError, match="reindex"):
        provenance.extract_figures(pd.Series(texts), language=pd.Series(["en", "fr"], index=[5, 6]))
    with pytest.raises(UsageError, match=r"language at position 1 is int"):
        provenance.extract_figures(texts, language=["en", 5])
    missing = provenance.extract_claims(texts, language=[float("nan"), None])
    assert set(missing.loc[missing["attribution"] != "narrator", "doc"]) == {0}
    series = pd.Series(texts, index=[5, 6])
    same = provenance.extract_figures(series, language=pd.Series(["en", None], index=[5, 6]))
    assert same["doc"].tolist() == [5, 6]


def test_claims_in_a_language_without_cues_are_the_narrators() -> None:
    """French text is not read with English cues: every claim is the narrator's."""
    text = 'Zelensky said 40 died. "We will win", Zelensky said.'
    english = provenance.extract_claims(text)
    assert (english["attribution"] != "narrator").any()
    for tag in ("fr", "de", "und"):
        other = provenance.extract_claims(text, language=tag)
        assert set(other["attribution"]) == {"narrator"}
        assert other["source"].isna().all()


def test_document_language_reaches_the_figure_extractor(tmp_path: Path) -> None:
    """extract() passes each document's lexicon key; the figures table records it."""
    from provenance.extractors.figures import find_figures
    from provenance.extractors.pipeline import Extractors

    seen: list[str] = []

    def spy(text: str, **kwargs: object) -> tuple[object, ...]:
        seen.append(str(kwargs["language"]))
        return find_figures(text)  # type: ignore[return-value]

    docs = [_document("About 40 died.", language) for language in ("fr-FR", None, "de")]
    tables = provenance.extract(docs, extractors=Extractors(figures=spy))
    assert sorted(seen) == ["en", "fr", "und"]
    by_article = tables.figures.groupby("article_id")["language"].first()
    assert sorted(by_article) == ["en", "fr", "und"]


def test_plugin_without_a_language_keyword_still_works() -> None:
    """A figure extractor written before the language keyword is called without it."""
    from provenance.extractors.figures import find_figures
    from provenance.extractors.pipeline import Extractors

    def legacy(text: str, *, reference_date: object = None) -> tuple[object, ...]:
        return find_figures(text)  # type: ignore[return-value]

    tables = provenance.extract(
        [_document("About 40 died.", "fr")], extractors=Extractors(figures=legacy)
    )
    assert tables.figures["text"].tolist() == ["About 40"]
    assert tables.figures["language"].tolist() == ["fr"]


def _document(body: str, language: str | None) -> Document:
    return Document(
        path=f"{language}.txt",
        format=Format.TEXT,
        headline=f"H {language}",
        body=body,
        sha256=sha256_hex(body),
        agency="AFP",
        language=language,
    )
