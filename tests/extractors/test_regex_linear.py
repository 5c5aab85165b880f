"""No regex of the extractors or readers can backtrack catastrophically.

Two guards: a structural audit of every compiled pattern reachable from the
modules of ``provenance.extractors`` and ``provenance.ingest`` (see
:mod:`tests.extractors.regex_audit`: nested and adjacent repeats that give back
what they took), and real extraction runs on large hostile texts in a child
process with a generous timeout (a hang detector, not a timing assertion: the
inputs that were quadratic or exponential take minutes to hours, linear code
a second or two).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

import provenance.extractors
import provenance.ingest
from provenance.errors import LexiconError
from provenance.lexicon._files import available_languages
from tests.extractors.regex_audit import hazards

#: Patterns the audit flags that are safe for a reason it does not model, by
#: (module, name as collected): per-language builds share one entry.
ALLOWED: dict[tuple[str, str], str] = {
    ("provenance.extractors.figures.", ".SCAN"): (
        "identifier tail (?:[-/]\\w++)* after the digit groups: once the tail takes a "
        "separator its \\w++ run always ends the match, so a give-back is tried at most "
        "once per group"
    ),
    **{
        ("provenance.extractors.figures.", f".{name}"): "some of SCAN's alternatives: as SCAN"
        for name in ("SCAN_AT_DIGIT", "SCAN_AT_SIGN", "SCAN_AT_WORD")
    },
    ("provenance.extractors.credits.split.", "._PAREN"): (
        "anchored, run once on one credit segment; only a run of spaces inside that "
        "segment is rescanned"
    ),
    ("provenance.extractors.credits.split.", "._SHOULD_READ"): (
        "everything after the run is optional: the match cannot fail after it"
    ),
    ("provenance.ingest.detect.", "._PROLOG"): "nothing follows the repeat: it never gives back",
    ("provenance.ingest.newsml1.", "._COPYRIGHT"): "everything after the runs is optional",
    ("provenance.extractors.claims.speakers.", "._relayed_pattern()"): (
        'matched, anchored, on one source mention (a few words) that holds " by "; '
        "compiled once per language since stop 28, per resolver before"
    ),
    # seen since the audit reads dataclasses of slots (stop 38)
    **{
        ("provenance.extractors.credits.patterns.", f".credit_rules().{name}"): (
            "anchored (^), matched once on one credit segment: quadratic only in a run of "
            "blanks, and split_credit collapses every run to one space first (patterns.collapse)"
        )
        for name in ("prefix", "bare_prefix", "host", "made_by")
    },
    **{
        ("provenance.extractors.credits.patterns.", f".credit_rules().{name}"): (
            "anchored, and nothing that can fail follows the runs"
        )
        for name in ("by", "courtesy")
    },
    ("provenance.extractors.claims.fronted_subjects.", "._words().inversion"): (
        "matched at one position, in the window before one cue: at most quadratic in a run "
        "of spaces inside that window"
    ),
    ("provenance.extractors.claims.quotes.", ".quote_marks().dialogue"): (
        "tried at line starts only (MULTILINE ^); a space the first run gives back fails "
        "(?=\\S) at once"
    ),
    ("provenance.ingest.wire.", "._caption_re()"): (
        "the credit inside one pair of parentheses of one caption; the caption itself "
        "is guarded by a lookbehind"
    ),
}


def _allowed(name: str) -> tuple[str, str] | None:
    return next((k for k in ALLOWED if name.startswith(k[0]) and name.endswith(k[1])), None)


def _modules() -> Iterator[Any]:
    for pkg in (provenance.extractors, provenance.ingest):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            try:
                yield importlib.import_module(info.name)
            except ImportError:  # an optional plug-in (spaCy) that is not installed
                continue


def _reach(obj: object, name: str, out: dict[str, re.Pattern[str]], seen: set[int]) -> None:
    """Every compiled pattern held by ``obj`` (containers and our own objects)."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        out.setdefault(name, obj)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            _reach(value, f"{name}[{key!r}]", out, seen)
    elif isinstance(obj, list | tuple | set | frozenset):
        for i, value in enumerate(obj):
            _reach(value, f"{name}[{i}]", out, seen)
    elif type(obj).__module__.startswith("provenance"):
        for key, value in _attributes(obj).items():
            _reach(value, f"{name}.{key}", out, seen)


def _attributes(obj: object) -> dict[str, object]:
    """The attributes of one of our objects: its ``__dict__``; for a dataclass of slots (the
    word lists a cached builder returns, such as ``fronted_subjects._words()``), its fields;
    for an instance of a class compiled by mypyc (a native class has no ``__dict__``), those
    its ``__mypyc_attrs__`` names."""
    if hasattr(obj, "__dict__"):
        return dict(vars(obj))
    if dataclasses.is_dataclass(obj):
        return {
            f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if hasattr(obj, f.name)
        }
    names = getattr(type(obj), "__mypyc_attrs__", ())
    return {n: getattr(obj, n) for n in names if not n.startswith("__") and hasattr(obj, n)}


# The cached builders of one language name their parameter so; the few others take a set
# of words, to which a language name is no argument (pure Python would iterate its letters;
# a compiled builder refuses a str where its annotation says frozenset or tuple).
_LANGUAGE_PARAMETERS = frozenset({"language", "key"})


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """Module-level patterns, and those built by cached builders for each language."""
    out: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    languages = sorted(available_languages())
    for mod in _modules():
        for key, value in list(vars(mod).items()):
            if isinstance(value, re.Pattern):
                _reach(value, f"{mod.__name__}.{key}", out, seen)
            elif callable(value) and hasattr(value, "cache_info"):
                if getattr(value, "__module__", "") != mod.__name__:
                    continue
                params = inspect.signature(value).parameters.values()
                required = [p for p in params if p.default is p.empty]
                if len(required) == 1 and required[0].name not in _LANGUAGE_PARAMETERS:
                    continue
                calls = [()] if not required else [(lang,) for lang in languages]
                for args in calls if len(required) <= 1 else []:
                    try:
                        built = value(*args)
                    except LexiconError:  # a language without this builder's data file
                        continue
                    _reach(built, f"{mod.__name__}.{key}()", out, seen)
    return out


@pytest.fixture(scope="module")
def every_pattern() -> dict[str, re.Pattern[str]]:
    """All compiled patterns of the extractors and readers, by where they live."""
    return compiled_patterns()


def test_audit_sees_the_patterns(every_pattern: dict[str, re.Pattern[str]]) -> None:
    """The collector reaches module patterns and per-language ones (a guard on the guard)."""
    names = set(every_pattern)
    assert len(names) > 100
    assert "provenance.extractors.text.sentences._BOUNDARY" in names
    assert "provenance.extractors.figures.patterns.patterns().SCAN" in names
    # a pattern held by a dataclass of slots that a cached builder returns
    assert "provenance.extractors.claims.fronted_subjects._words().inversion" in names
    assert any(name.startswith("provenance.ingest.") for name in names)


def test_no_pattern_can_backtrack_catastrophically(
    every_pattern: dict[str, re.Pattern[str]],
) -> None:
    """No nested or adjacent give-back repeats, except the few allowed with a reason."""
    flagged = {name for name, p in every_pattern.items() if hazards(p)}
    unexpected = {n: every_pattern[n].pattern[:120] for n in flagged if _allowed(n) is None}
    assert unexpected == {}
    stale = set(ALLOWED) - {_allowed(name) for name in flagged}
    assert stale == set(), "an allowed pattern is no longer flagged: drop it from ALLOWED"


@pytest.mark.parametrize(
    ("pattern", "kind"),
    [
        (r"x(?:[-/.]?\d+[A-Za-z]*)+(?![\w])", "nested"),  # the old identifier pattern
        (r"[ \t]*\n?[ \t]*(?:million|billion)\b", "adjacent"),  # the old SP before a word
        (r"\b(?:five|six)\b(?:[ \t]*,?[ \t]*(?:and[ \t]+)?\b(?:five|six)\b)*", "adjacent"),
        (r"^(?P<caption>.*?)\s*\((?P<inner>[^()]{2,160})\)\s*$", "adjacent"),
    ],
)
def test_audit_flags_known_hazards(pattern: str, kind: str) -> None:
    """Shapes that hung extraction before are flagged (the audit is not a no-op)."""
    assert kind in {h.kind for h in hazards(re.compile(pattern))}


@pytest.mark.parametrize(
    "pattern",
    [
        r"x(?:[-/.]?\d++[A-Za-z]*+)+(?![\w])",
        r"[ \t]*+\n?[ \t]*+(?:million|billion)\b",
        r"^(?P<caption>.*?)(?<!\s)\s*\((?P<inner>[^()]{2,160})\)\s*$",
        r"(?:[-/]\w+)*",
        r"\d{1,3}(?:,\d{3})+",
    ],
)
def test_audit_passes_safe_shapes(pattern: str) -> None:
    """Possessive runs, lookbehind guards and separator-led repeats are not flagged."""
    assert hazards(re.compile(pattern)) == []


def _scanned() -> dict[str, re.Pattern[str]]:
    """Patterns run with search/finditer over a whole text: a run must not be retried."""
    from provenance.extractors.claims import extract, layouts
    from provenance.extractors.credits import split
    from provenance.extractors.figures.patterns import patterns
    from provenance.extractors.text import quotes, sentences

    out = {
        "sentences._BOUNDARY": sentences._BOUNDARY,
        "quotes._MARKS": quotes._MARKS,
        "extract._SENTENCE_BREAK": extract._SENTENCE_BREAK,
        "extract._UNVERIFIED_HINT": extract._UNVERIFIED_HINT,
        "layouts._TESTIMONIAL": layouts._TESTIMONIAL,
        "split._LICENCE": split._LICENCE,
    }
    for lang in sorted(available_languages()):
        out[f"DIGIT_TRIGGER {lang}"] = patterns(lang).DIGIT_TRIGGER
        out[f"WORD_TRIGGER {lang}"] = patterns(lang).WORD_TRIGGER.scanned
        out[f"WORD_TRIGGER searched {lang}"] = patterns(lang).WORD_TRIGGER.searched
    return out


@pytest.mark.parametrize(("name", "pattern"), sorted(_scanned().items()))
def test_scanned_patterns_try_each_run_once(name: str, pattern: re.Pattern[str]) -> None:
    """A whole-text scanner never opens with a run it would retry from every character."""
    assert hazards(pattern, searched=True) == [], name


_HANG_CHILD = textwrap.dedent(
    """
    import sys
    from provenance.extractors.claims import find_claims
    from provenance.extractors.figures import find_figures
    from provenance.extractors.credits import extract_credits
    from provenance.extractors.text.sentences import split_sentences

    size = int(sys.argv[1])
    units = [".", " ", '"', "“He said ‘", "said ", '"x," said ', "five ", "5" + " " * 999,
             "x" + "9" * 40 + "_" + "9" * 40 + " ", "1,000,", "U.S. Mr. ", "(", "\\n",
             "the minister told reporters that officials "]
    for unit in units:
        text = (unit * (size // len(unit) + 1))[:size]
        split_sentences(text)
        find_figures(text)
        find_claims(text)
        extract_credits(text[:20000] + " / AFP")
    print("done", len(units))
    """
)


def test_hostile_texts_finish(tmp_path: Any) -> None:
    """200,000-character hostile texts of every family finish (a hang detector).

    Before the fixes, 100,000 dots alone took over a minute in claims and a
    figure code of 40 + 40 nines never finished; the timeout is ten times what
    linear code needs on a loaded machine, so only super-linear work trips it.
    """
    script = tmp_path / "hostile.py"
    script.write_text(_HANG_CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), "200000"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("done")
