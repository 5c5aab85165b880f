"""pyspark's pandas-3 warning is ignored during pandera's and GX's probes, and nowhere else."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from provenance._pyspark_probes import GX_PROBES, PANDERA_PROBES, pyspark_probes_quiet

MESSAGE = (
    "PySpark does not yet fully support pandas >= 3.0.0. Some features may not work "
    "correctly. It is recommended to use pandas < 3.0.0 for now."
)
ROOT = Path(__file__).resolve().parents[1]


def _warn(message: str, category: type[Warning], module: str) -> None:
    """Warn as if from ``module`` (the name filters match on)."""
    warnings.warn_explicit(message, category, f"/site-packages/{module}.py", 33, module=module)


def _run_with_future_warnings_as_errors(script: Path) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh process from the project root under
    ``-W error::FutureWarning`` (with no ``PYTHONWARNINGS`` of the caller's)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    return subprocess.run(
        [sys.executable, "-W", "error::FutureWarning", str(script)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("module", [*PANDERA_PROBES, *GX_PROBES])
def test_the_probe_warning_is_ignored_inside(module: str) -> None:
    """The exact warning, from a probing module, inside the block: not raised."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pyspark_probes_quiet((*PANDERA_PROBES, *GX_PROBES)):
            _warn(MESSAGE, FutureWarning, module)


@pytest.mark.parametrize(
    ("message", "category", "module"),
    [
        # the same warning from pyspark's conversion code (our Spark engine's own use)
        (MESSAGE, FutureWarning, "pyspark.sql.pandas.conversion"),
        # a module whose name only starts like a probing one
        (MESSAGE, FutureWarning, "pyspark.pandas.frame"),
        (MESSAGE, FutureWarning, "pyspark.sql.connect.utils_extra"),
        # another warning from a probing module
        ("DataFrame.append is deprecated", FutureWarning, "pyspark.pandas"),
        # the same text, another category
        (MESSAGE, UserWarning, "pyspark.pandas"),
        # the same text from our own code
        (MESSAGE, FutureWarning, "provenance.tables.models"),
    ],
)
def test_other_warnings_still_raise_inside(
    message: str, category: type[Warning], module: str
) -> None:
    """Anything but that message from those modules still comes through."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pyspark_probes_quiet((*PANDERA_PROBES, *GX_PROBES)), pytest.raises(category):
            _warn(message, category, module)


def test_the_filter_ends_with_the_block() -> None:
    """After the block the probe warning is an error again (filters restored)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        before = list(warnings.filters)
        with pyspark_probes_quiet(PANDERA_PROBES):
            pass
        assert warnings.filters == before
        with pytest.raises(FutureWarning):
            _warn(MESSAGE, FutureWarning, "pyspark.pandas")


def test_gx_probes_are_not_ignored_on_the_pandera_import() -> None:
    """Each import ignores only the modules it is known to probe."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pyspark_probes_quiet(PANDERA_PROBES), pytest.raises(FutureWarning):
            _warn(MESSAGE, FutureWarning, GX_PROBES[0])


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None,
    reason="pyspark is not installed: pip install '.[spark]'",
)
def test_tables_and_suites_run_without_a_future_warning_with_pyspark_installed(
    tmp_path: Path,
) -> None:
    """With pyspark next to pandas 3, a fresh process builds, validates and checks tables
    under ``-W error::FutureWarning`` (pandera's and GX's probes of pyspark are quiet)."""
    script = tmp_path / "check.py"
    script.write_text(
        "import provenance\n"
        "result = provenance.check(['examples/afp_putin_trump_talks.txt'])\n"
        "print(len(result.tables.articles))\n",
        encoding="utf-8",
    )
    done = _run_with_future_warnings_as_errors(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert "Warning" not in done.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None,
    reason="pyspark is not installed: pip install '.[spark]'",
)
def test_pandera_coercion_and_refusal_are_quiet_with_pyspark_installed(tmp_path: Path) -> None:
    """pandera's pandas checks are imported on its first coercion or validation, not with
    the contracts: a fresh process whose dated articles are coerced by pandera, and whose bad
    table pandera refuses, runs under ``-W error::FutureWarning`` (the probe stays quiet)."""
    script = tmp_path / "coerce.py"
    script.write_text(
        "import sys\n"
        "import pandas as pd\n"
        "import provenance\n"
        "from provenance.errors import SchemaError\n"
        "from provenance.tables.validate import validate_frame\n"
        "tables = provenance.extract(['tests/fixtures/newsml'])\n"
        "print(tables.articles['published'].dtype)\n"
        "bad = pd.DataFrame({'source_id': ['x'], 'name': ['n'], 'kind': ['person'],"
        " 'affiliation': [None]})\n"
        "try:\n"
        "    validate_frame('sources', bad)\n"
        "except SchemaError:\n"
        "    print('refused', 'pandera.backends.pandas.builtin_checks' in sys.modules)\n",
        encoding="utf-8",
    )
    done = _run_with_future_warnings_as_errors(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["datetime64[ns, UTC]", "refused True"]
    assert "Warning" not in done.stderr
