"""The pytest plugin, run for real in subprocesses (pytester): findings become test items."""

from __future__ import annotations

import pytest

from tests.report.conftest import write_stories

pytest_plugins = ["pytester"]


def test_findings_fail_at_warning_beside_ordinary_tests(pytester: pytest.Pytester) -> None:
    """Each warning fails its item (named by rule and article); clean articles pass; tests run."""
    write_stories(pytester.path / "news")
    pytester.makepyfile(test_plain="def test_plain():\n    assert 1 + 1 == 2\n")
    run = pytester.runpytest_subprocess("--provenance", "news", "-p", "no:cacheprovider", "-v")
    # afp2's toll is "a figure that could not be independently verified": unconfirmed
    run.assert_outcomes(passed=2, failed=3)  # test_plain, clean[reu1]
    run.stdout.fnmatch_lines(
        [
            "*test_plain.py::test_plain PASSED*",
            "*provenance::claim.unconfirmed?*news/afp2.json?*FAILED*",
            "*provenance::figure.party_only_source?*news/afp1.json?*FAILED*",
            "*provenance::figure.party_only_source?*news/ap1.json?*FAILED*",
            "*provenance::clean?*news/reu1.json?*PASSED*",
        ]
    )
    # The failure is the finding's message, not a traceback.
    run.stdout.fnmatch_lines(["*news/afp1.json: warning: *53,000 Russian soldiers* comes only*"])
    assert "Traceback" not in run.stdout.str()
    assert "FindingFailed" not in run.stdout.str()


def test_severity_threshold_and_ini_option(pytester: pytest.Pytester) -> None:
    """provenance_paths in the ini file works alone; --provenance-severity error passes warnings."""
    write_stories(pytester.path / "news")
    pytester.makeini("[pytest]\nprovenance_paths = news\n")
    run = pytester.runpytest_subprocess("--provenance-severity", "error", "-p", "no:cacheprovider")
    run.assert_outcomes(passed=4)


def test_unreadable_input_is_one_failing_item(pytester: pytest.Pytester) -> None:
    """A path that does not exist fails one item with the reader's one-line message."""
    run = pytester.runpytest_subprocess("--provenance", "gone.json", "-p", "no:cacheprovider")
    run.assert_outcomes(failed=1)
    run.stdout.fnmatch_lines(["*gone.json: no such file or directory; check the path*"])


def test_runs_without_the_option_are_unchanged(pytester: pytest.Pytester) -> None:
    """Loaded but unused, the plugin adds no item and imports nothing heavy."""
    pytester.makepyfile(
        test_light="""
        import sys

        def test_light(request):
            assert request.config.pluginmanager.has_plugin("provenance")
            heavy = {"pandas", "great_expectations", "matplotlib", "provenance.api"}
            assert not heavy & set(sys.modules)
        """
    )
    run = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    run.assert_outcomes(passed=1)
    assert "provenance::" not in run.stdout.str()
