"""The public API of provenance.ingest: names, registry, paths and agency names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import provenance.ingest as ingest
from provenance.enums import Format
from provenance.errors import ReadError, UsageError
from provenance.ingest import (
    KNOWN_AGENCIES,
    Document,
    ReaderRegistry,
    Source,
    default_readers,
    iter_paths,
    normalize_agency,
    read_text,
)


def test_all_matches_public_names() -> None:
    """__all__ lists exactly the public functions, classes and constants of the package."""
    own = {
        name
        for name, value in vars(ingest).items()
        if not name.startswith("_")
        and (getattr(value, "__module__", "").startswith("provenance.ingest") or name.isupper())
    }
    own.add("Reader")  # a type alias carries no __module__
    assert set(ingest.__all__) == own
    assert all(hasattr(ingest, name) for name in ingest.__all__)


def test_importing_ingest_does_not_import_pandas() -> None:
    """The readers stay light: importing them pulls in neither pandas nor great_expectations."""
    code = (
        "import sys, provenance.ingest, provenance.extractors.credits;"
        "print('pandas' in sys.modules, 'great_expectations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_default_registry_covers_every_format() -> None:
    """default_readers() returns a fresh registry with a reader for every Format."""
    first, second = default_readers(), default_readers()
    assert set(first.formats()) == set(Format)
    assert first is not second


def test_custom_registry_replaces_a_reader() -> None:
    """A caller's registry is used by read_text instead of the defaults."""

    def shout(source: Source) -> list[Document]:
        return [
            Document(
                path=source.path,
                format=Format.TEXT,
                headline=source.text.upper(),
                body="",
                sha256=source.sha256,
            )
        ]

    registry = ReaderRegistry()
    registry.register(Format.TEXT, shout)
    (doc,) = read_text("quiet", registry=registry)
    assert doc.headline == "QUIET"
    assert default_readers().get(Format.TEXT) is not shout


def test_registry_rejects_unknown_formats() -> None:
    """Registering a non-Format or asking for a missing reader is a UsageError."""
    registry = ReaderRegistry()
    with pytest.raises(UsageError):
        registry.register("text", lambda s: [])  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="no reader"):
        registry.get(Format.HTML)


def test_iter_paths_sorted_recursive_skipping_hidden(tmp_path: Path) -> None:
    """Directories are walked recursively in sorted order; hidden entries are skipped."""
    for rel in ("b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "a/.d/y.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    single = tmp_path / "b.txt"
    found = list(iter_paths([tmp_path, single]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/c.txt",
        "a/z.txt",
        "b.txt",
        "b.txt",
    ]


def test_iter_paths_given_paths_as_the_tests_of_pathlib_say(tmp_path: Path) -> None:
    """A given file (as a Path, kept as it is, or a string), a folder, a broken link (given:
    read_file reports it) and a missing path, each as ``is_dir``/``exists``/``is_symlink``."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    given = tmp_path / "d" / "a.txt"
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    found = list(iter_paths([given, str(given), tmp_path / "d", broken]))
    assert found == [given, given, given, broken]
    assert found[0] is given  # a Path of the concrete class is not made again
    assert all(type(p) is type(given) for p in found)
    with pytest.raises(ReadError, match="no such file"):
        list(iter_paths([str(tmp_path / "nowhere.txt")]))


def test_iter_paths_missing_path(tmp_path: Path) -> None:
    """A path that does not exist raises ReadError naming it."""
    with pytest.raises(ReadError, match="missing"):
        list(iter_paths([tmp_path / "missing"]))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("afp.com", "AFP"),
        ("nprov:AFP", "AFP"),
        ("Agence France-Presse", "AFP"),
        ("AFP", "AFP"),
        ("Reuters", "Reuters"),
        ("REUTERS", "Reuters"),
        ("Thomson Reuters", "Reuters"),
        ("AP", "AP"),
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("dpa", "dpa"),
        ("ANP", "ANP"),
        ("NTB", "NTB"),
        ("TT", "TT"),
        ("EFE", "EFE"),
        ("ANSA", "ANSA"),
        ("Kyodo", "Kyodo"),
        ("Xinhua", "Xinhua"),
        ("PA", "PA"),
        ("UPI", "UPI"),
        ("Bloomberg", "Bloomberg"),
        ("https://www.afp.com/en", "AFP"),
        ("Getty Images", None),
        ("Example Enews LLP", None),
        ("", None),
        ("nprov:GYI", None),
    ],
)
def test_normalize_agency(name: str, expected: str | None) -> None:
    """Spellings of an agency map to one name; distributors and unknown names give None."""
    assert normalize_agency(name) == expected


def test_known_agencies_are_their_own_normal_form() -> None:
    """Every canonical name normalizes to itself."""
    assert {normalize_agency(a) for a in KNOWN_AGENCIES} == set(KNOWN_AGENCIES)
