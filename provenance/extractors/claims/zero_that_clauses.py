"""A noun cue's content clause with no "that", opened by a subject and a past verb.

"amid allegations [he pressured the auditor]", "faces allegations [it dumped waste in the
river]", "denied claims [the army shelled the village]": a noun cue that takes "that"
may drop it before any clause. After the noun a subject and a verb open either that
content clause or a relative clause on the noun ("the claims [he made] on Monday", "the
allegations [the company denied]"); the relative reading needs a verb that may take the
noun as its object, so a verb that cannot (``zero_that_relative_verbs`` lists those that
can) opens the content. The other words come from the cue lexicon too: the subjects
(``zero_that_subjects`` and ``zero_that_thing_subjects``, which may also take one of
``zero_that_verbs``, or one of ``zero_that_name_determiners`` and one or two lower-case
words), ``irregular_pasts`` and ``past_endings``; after he, she or it a present
"-s" form reads as a verb as well ("allegations [it forces rivals out]").
"""

from __future__ import annotations

from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import CueLexicon

__all__ = ["zero_that_clause_branch"]

#: third-person singular pronouns, before which a present "-s" form is a verb
_SINGULAR = ("he", "she", "it")


def zero_that_clause_branch(lex: CueLexicon) -> str:
    """The noun cue pattern's branch for such a clause (a lookahead after "|"), or "".

    Example:
        >>> import re
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> branch = re.compile(zero_that_clause_branch(cue_lexicon("en"))[1:])
        >>> bool(branch.match("he pressured the auditor"))
        True
        >>> bool(branch.match("the army shelled the village"))
        True
        >>> bool(branch.match("it forces rivals out"))
        True
        >>> bool(branch.match("he made on Monday"))
        False
        >>> bool(branch.match("the lives of 12 people"))
        False
    """
    if not lex.zero_that_relative_verbs or not lex.zero_that_subjects:
        return ""
    relatives = alternation(lex.zero_that_relative_verbs)
    non_verbs = alternation({*lex.finite_auxiliaries, *lex.modal_auxiliaries, *lex.adverbs})
    pasts = alternation(lex.irregular_pasts - lex.finite_auxiliaries - lex.modal_auxiliaries)
    endings = alternation(lex.past_endings)
    past = rf"(?:{pasts}|[a-z]{{2,}}(?:{endings}))"
    # "forces", "supports": not "-ss" ("access") nor "-us" ("thus")
    present = r"[a-z]{2,}[^\Wsu]s"
    # the verb is no auxiliary (their own branch reads them) nor an adverb ("he also ...")
    verb = rf"(?!(?:{relatives}|{non_verbs})\b)"
    after = r"\s+(?!to\b)[\w“\"$]"
    # not a name: "Claims Adjusters Inc opened an office" names a firm (a name keeps the
    # narrower branch of verbs that take no object, "allegations Russia interfered")
    pronouns = (*lex.zero_that_subjects, *lex.zero_that_thing_subjects)
    subjects = [alternation(pronouns)]
    if lex.zero_that_name_determiners:
        dets = alternation(lex.zero_that_name_determiners)
        subjects.append(rf"(?:{dets})\s+[a-z][\w-]*(?:\s+(?!(?:{relatives})\b)[a-z][\w-]*)?")
    singular = alternation(w for w in _SINGULAR if w in pronouns)
    # "it" before an auxiliary too ("claims [it had misled investors]"), as the other
    # pronouns are read in the branch of zero_that_verbs; not before a verb that may take the
    # noun ("the claims it has made")
    things = ""
    if lex.zero_that_thing_subjects and lex.zero_that_verbs:
        thing = alternation(lex.zero_that_thing_subjects)
        aux = alternation(lex.zero_that_verbs)
        things = rf"|(?:{thing})\s+(?:{aux})\b(?!\s+(?:{relatives})\b)"
    return (
        rf"|(?=(?-i:(?:{'|'.join(subjects)})\s+{verb}{past}{after}"
        rf"|(?:{singular})\s+{verb}{present}{after}{things}))"
    )
