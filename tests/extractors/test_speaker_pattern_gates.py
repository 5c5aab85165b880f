"""Cheap tests before two patterns of ``SpeakerResolver.resolve`` and one of the object
span (feat/speedB35): each says False only where its pattern cannot match.

The role mention pattern ends in a role word, so a mention's last word in ASCII that is
no role's last word skips it; the author pattern holds an authoring verb; the second
predicate pattern holds "and". Each gate is checked against its pattern on mentions built
of role words, their neighbours and letters ``re.IGNORECASE`` folds apart.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.spans import _AND_PREDICATE, _second_predicate
from provenance.extractors.claims.speakers import (
    SpeakerResolver,
    _may_end_in_role,
    _role_ends,
    _role_patterns,
)
from provenance.extractors.sources import default_sources
from provenance.extractors.text.wordscan import may_hold_any
from provenance.lexicon.cues import cue_lexicon

_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "this",
        "that",
        "bank's",
        "deputy",
        "spokesman",
        "Spokeswoman",
        "minister",
        "prime",
        "company",
        "ministers",
        "tánaiste",
        "TÁNAISTE",
        "Judge",
        "judges",
        "ſpokesman",
        "mİnister",
        "mınister",
        "data",
        "it",
        "provided",
        "PROVIDED",
        "provıded",
        "figures",
        "filed",
        "by",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\n"])


def _mention(words: list[str], spaces: list[str]) -> str:
    """The words joined by the spaces, in turn ("the" + " " + "spokesman")."""
    return words[0] + "".join(s + w for s, w in zip(spaces, words[1:], strict=False))


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=5), st.lists(_SPACES, min_size=4, max_size=4))
@example(["the", "spokesman"], [" "] * 4)
@example(["the", "tánaiste"], [" "] * 4)
@example(["the", "ſpokesman"], [" "] * 4)
def test_the_role_gate_passes_every_role_mention(words: list[str], spaces: list[str]) -> None:
    """Whenever the role mention pattern matches a lowered mention, the gate says True."""
    mention = _mention(words, spaces)
    low = " ".join(mention.lower().split())
    if _role_patterns("en")[0].match(low) is not None:
        assert _may_end_in_role(low, _role_ends("en"))


def test_the_role_gate_skips_mentions_ending_in_no_role() -> None:
    """ "the company" ends in no role word; "the deputy spokesman" and "the Tánaiste" do."""
    ends = _role_ends("en")
    assert not _may_end_in_role("the company", ends)
    assert not _may_end_in_role("the spokesmen's", ends)
    assert _may_end_in_role("the deputy spokesman", ends)
    assert _may_end_in_role("the tánaiste", ends)
    assert _may_end_in_role("the ſpokesman", ends)  # not ASCII: left to the pattern


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6), st.lists(_SPACES, min_size=5, max_size=5))
@example(["data", "it", "provided"], [" "] * 5)
@example(["figures", "the", "bank's", "PROVIDED"], [" "] * 5)
def test_the_author_gate_passes_every_authored_document(
    words: list[str], spaces: list[str]
) -> None:
    """Whenever the author pattern matches a mention, its verbs may occur in it."""
    mention = _mention(words, spaces)
    low = " ".join(mention.lower().split())
    author = SpeakerResolver("", default_sources())._author_pattern
    if author.match(mention) is not None:
        assert may_hold_any(mention, cue_lexicon("en").authoring_verbs, low=low)


def test_an_authored_document_still_names_its_author() -> None:
    """ "data it provided" after a named firm is still read for its author."""
    text = "Acme Corp said data it provided showed a rise."
    r = SpeakerResolver(text, default_sources())
    assert r.resolve("the spokesman", 0).name != ""
    assert r.resolve("data it provided", 15) is not None


@given(st.text(alphabet="ab dn,\n", max_size=40))
@example("praised the deal and threatened a tax")
def test_the_second_predicate_gate_is_exact(tail: str) -> None:
    """An object with no "and" holds no second predicate; with one, the pattern decides."""
    text = "criticized " + tail
    end = _second_predicate(text, 11, len(text), "criticized")
    if "and" not in tail:
        assert end == len(text)
        assert _AND_PREDICATE.search(text, 11) is None


def test_a_second_predicate_after_and_still_ends_the_object() -> None:
    text = "called the deal a disgrace and threatened a tax"
    assert text[: _second_predicate(text, 7, len(text), "called")] == ("called the deal a disgrace")
