"""The terminal summary of ``provenance check``: article text cannot drive the terminal."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.cli import _summary
from provenance.enums import FailOn
from provenance.findings import CheckResult
from provenance.report._text import terminal_safe
from tests.report._hostile import PAYLOADS, poisoned

# What a terminal would act on: C0 (but the newline between findings), DEL, C1,
# line/paragraph separators, bidi controls.
_ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _messages(result: CheckResult, payload: str) -> CheckResult:
    """``result`` with ``payload`` in every text field but the severity (which must parse)."""
    hostile = poisoned(result, payload)
    hostile.findings["severity"] = result.findings["severity"]
    return hostile


def _check(summary: str, findings: int) -> None:
    assert _ACTIVE.search(summary) is None, repr(summary)
    assert len(summary.split("\n")) == 1 + findings  # one line per finding, none faked
    summary.encode("utf-8")


def test_escape_sequences_and_controls_are_removed(result: CheckResult) -> None:
    """Colours, title and hyperlink escapes, CR and backspace in messages never reach stdout."""
    hostile = _messages(result, PAYLOADS["terminal"] + PAYLOADS["newline"] + PAYLOADS["bidi"])
    summary = _summary(hostile, FailOn.WARNING)
    _check(summary, len(result.findings))
    assert "red" in summary  # the text around the escapes is kept
    assert "]0;title" not in summary  # the whole sequence went, not only ESC


def test_surrogates_and_control_characters(result: CheckResult) -> None:
    """A lone surrogate becomes U+FFFD and NUL, BEL, FF disappear."""
    hostile = _messages(result, PAYLOADS["surrogate"] + PAYLOADS["control"])
    summary = _summary(hostile, FailOn.WARNING)
    _check(summary, len(result.findings))
    assert "lone \ufffd and \ufffd here" in summary


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=60))
def test_terminal_safe_gives_one_inert_line(text: str) -> None:
    """Any text becomes one line with nothing a terminal acts on; plain text is unchanged."""
    cleaned = terminal_safe(text)
    assert "\n" not in cleaned
    assert _ACTIVE.search(cleaned) is None
    if text.isprintable():
        assert cleaned == text


def test_terminal_safe_is_linear_on_unterminated_sequences() -> None:
    """100,000 unterminated OSC and CSI openers are stripped quickly, text kept."""
    text = ("\x1b]x" + "\x1b[1;2" + "é") * 100_000
    assert terminal_safe(text) == "xé" * 100_000


def test_check_command_prints_no_escapes(tmp_path: Path) -> None:
    """End to end: a ninjs item full of escapes gives a summary without any ESC byte."""
    item = {
        "uri": "urn:example:esc",
        "type": "text",
        "language": "en",
        "headline": "Talks \x1b]0;pwned\x07",
        "body_text": "MOSCOW (AFP) - The Kremlin claimed that \x1b[31m500 soldiers\x1b[0m\r\n"
        "  error  fake.rule were killed, a claim Kyiv has not confirmed.",
    }
    path = tmp_path / "esc.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    command = [sys.executable, "-c", "from provenance.cli import main; main()"]
    run = subprocess.run(
        [*command, "check", str(path), "--engine", "pandas"],
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert run.returncode in {0, 1}, run.stderr
    assert b"\x1b" not in run.stdout
    lines = run.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith(("PASS", "FAIL"))
    assert all(line.startswith("  ") for line in lines[1:])
