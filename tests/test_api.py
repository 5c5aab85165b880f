"""The public API: entry points, bad inputs beside good ones, cheap import, curated names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import provenance
from provenance.errors import ReadError, UsageError


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
