"""provenance.dask: the missing extra, cheap import, scheduler choice, errors, worker processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from provenance.dask._errors import errors_frame, frame_errors, frame_warnings, warnings_frame
from provenance.errors import (
    ExtractionError,
    LimitError,
    ReadError,
    ReadWarning,
    UnknownFormatError,
)
from provenance.testing.engines import sample_articles


def test_all_matches_public_names() -> None:
    """__all__ lists exactly the public names of provenance.dask, and each resolves."""
    import provenance.dask

    public = {n for n in dir(provenance.dask) if not n.startswith("_")}
    assert set(provenance.dask.__all__) == public
    for name in provenance.dask.__all__:
        assert getattr(provenance.dask, name) is not None


def test_import_loads_neither_dask_nor_pandas() -> None:
    """Importing provenance.dask is cheap: no dask, distributed or pandas (a fresh interpreter)."""
    code = (
        "import sys, provenance.dask; "
        "print(sorted(m for m in ('dask', 'distributed', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("call", ["read", "extract", "check"])
def test_missing_extra_is_one_usage_error_naming_it(
    call: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without Dask installed each entry point raises a UsageError that says what to install."""
    import provenance.dask

    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # import fails as if not installed
    with pytest.raises(provenance.UsageError, match=r"pip install 'news-provenance\[dask\]'"):
        getattr(provenance.dask, call)("examples/")


def test_bad_partition_size_is_a_usage_error() -> None:
    """partition_size must be a positive number of files."""
    import provenance.dask

    with pytest.raises(provenance.UsageError, match="partition_size"):
        provenance.dask.read("examples/", partition_size=0)


def test_without_a_client_the_default_is_local_processes() -> None:
    """No client and no configured scheduler: processes; a configured scheduler is respected."""
    import dask

    from provenance.dask._scheduler import DEFAULT_SCHEDULER, scheduler

    assert scheduler() == DEFAULT_SCHEDULER == "processes"
    with dask.config.set(scheduler="threads"):
        assert scheduler() is None


def test_a_missing_path_is_an_error_row_not_an_exception(tmp_path: object) -> None:
    """A path that does not exist becomes one error; the files beside it are still read."""
    import dask

    import provenance.dask

    with dask.config.set(scheduler="sync"):
        lazy = provenance.dask.extract(["examples/afp_putin_trump_talks.txt", "no/such.txt"])
        tables = lazy.compute()
    assert [e.path for e in tables.errors] == ["no/such.txt"]
    assert len(tables.articles) == 1


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(
    cls=st.sampled_from([ReadError, UnknownFormatError, ExtractionError]),
    path=_TEXT.filter(bool),
    reason=_TEXT.filter(bool),
    hint=_TEXT,
)
def test_errors_survive_the_trip_as_rows(
    cls: type[ReadError], path: str, reason: str, hint: str
) -> None:
    """An error made a row and back has the same class, path, reason, hint and message."""
    error = cls(path, reason, hint)
    (back,) = frame_errors(errors_frame([error]))
    assert (type(back), back.path, back.reason, back.hint, str(back)) == (
        cls,
        error.path,
        reason,
        hint,
        str(error),
    )


def test_limit_errors_keep_their_limit_and_warnings_their_reason() -> None:
    """LimitError.limit and ReadWarning survive the trip too."""
    limit = LimitError("big.xml", "too deep", "raise max_depth", limit="max_depth")
    (back,) = frame_errors(errors_frame([limit]))
    assert isinstance(back, LimitError)
    assert back.limit == "max_depth"
    (warning,) = frame_warnings(warnings_frame([ReadWarning("a.txt", "date dropped")]))
    assert (warning.path, warning.reason) == ("a.txt", "date dropped")
    assert provenance.ReadWarning is ReadWarning


def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    """On a LocalCluster of worker processes (errors and tables pickled), the result is the same."""
    from distributed import Client, LocalCluster

    import provenance.dask
    from provenance.engines import canonical_findings

    sample_articles(tmp_path, 12, seed=11)
    want = provenance.check(tmp_path, engine="pandas")
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        got = provenance.dask.check(tmp_path, engine="pandas", partition_size=4)
    pd.testing.assert_frame_equal(
        canonical_findings(got.findings), canonical_findings(want.findings)
    )
    from provenance.engines import canonical

    for name, frame in canonical(want.tables).items():
        pd.testing.assert_frame_equal(getattr(got.tables, name), frame, obj=name)
    assert [str(e) for e in got.errors] == [str(e) for e in want.errors]
