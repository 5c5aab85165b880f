"""A cue participle opening its sentence: "Citing a report, Trump accused X of Y".

The participle clause up to its comma is the content; its source is the subject of the
main clause after the comma ("Bemoaning the “phony system,” Trump accused ...",
"Arguing that the law was void, the group sued").
"""

from __future__ import annotations

import re

from provenance.extractors.claims.clause_subjects import main_subject
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.claims.spans import trim
from provenance.extractors.text.wordlists import alternation

__all__ = ["fronted_participle"]

#: a comma that may close a clause, with a closing quotation mark right after it
_COMMA = re.compile(r",[”\"’']?\s+")
#: the complementizer opening a participle's clause ("Arguing that X, ...")
_THAT = re.compile(rf"(?:{alternation(cue_grammar().lexicon.content_complementizers)})\s+")
#: what may close a speaker's tag after its verb ("..., the lawyer said.")
_TAG_END = " \t\n.!?”\"’'"
#: what no fronted participle clause holds before its comma: a colon or a semicolon
_STOP = re.compile(r"[:;]")


def fronted_participle(text: str, pos: int, b: int) -> tuple[int, int, int, int] | None:
    """(content start, content end, source start, source end) of a fronted participle cue.

    ``pos`` is the end of the participle, ``b`` the end of the sentence.

    Example:
        >>> text = "Citing a new poll, the senator said the race was close."
        >>> cs, ce, ss, se = fronted_participle(text, len("Citing"), len(text))
        >>> text[cs:ce], text[ss:se]
        ('a new poll', 'the senator')
    """
    comma = _COMMA.search(text, pos, b)
    if comma is None or _STOP.search(text, pos, comma.start()) is not None:
        return None  # "Conceding that X he warned: ...": no comma closes the clause first
    subject = main_subject(text, comma.end(), b)
    if subject is None or subject[0] != comma.end():
        return None
    tag = cue_grammar().cue_re.match(text, subject[1] + 1, b)
    if tag is not None and not text[tag.end() : b].strip(_TAG_END):
        return None  # "Denying the charges is pointless, the lawyer said.": the tag's content
    cs, ce = trim(text, pos, len(comma.group().rstrip()) + comma.start())
    if (that := _THAT.match(text, cs, ce)) is not None:
        cs = that.end()  # "Arguing that the law was void, ...": the clause after "that"
    return (cs, ce, subject[0], subject[1]) if ce - cs >= 3 else None
