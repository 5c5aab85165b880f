"""A cue in a free relative set against a clause: "Contrary to what the minister said, the
economy grew".

"what X said" is a noun phrase whose object is "what"; after a contrasting preposition
(the lexicon's ``free_relative_contrasts``: "contrary to", "despite", "unlike") and a
comma, the clause after the cue is the narrator's (or the next speaker's), set against
X's words, never X's report. Other free relatives keep their readings: "what he called
a “con”" (a small clause), "what Trump says his plan would do", "What X said was that ...".
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.text.wordlists import alternation

__all__ = ["in_contrasted_relative"]


@functools.cache
def _words() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    lex = cue_grammar().lexicon
    objects = lex.free_relative_objects
    if not objects or not lex.free_relative_contrasts:
        return (), None
    # the contrast, the relative word, then a subject of up to five words, no comma
    lead = re.compile(
        rf"(?:^|\s)(?i:{alternation(lex.free_relative_contrasts)})\s+"
        rf"(?i:{alternation(objects)})\s+[^\s,;:“”\"]+(?:\s+[^\s,;:“”\"]+){{0,4}}$"
    )
    return (*objects, *(w.capitalize() for w in objects)), lead


def in_contrasted_relative(text: str, before: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end``, after the words ``before`` it, stands in a
    free relative after a contrast ("Contrary to what the minister said,"): a comma
    after the cue, the clause after it no report of the relative's subject.

    Example:
        >>> t = "Contrary to what the minister said, the economy grew."
        >>> in_contrasted_relative(t, t[: t.index(" said")], t.index(" said") + 5)
        True
        >>> t = "He denounced what the minister called a fraud."
        >>> in_contrasted_relative(t, t[: t.index(" called")], t.index(" called") + 7)
        False
    """
    gate, lead = _words()
    if lead is None or not any(w in before for w in gate):
        return False  # most leads hold no "what": one substring test per word
    return text.startswith(",", cue_end) and lead.search(before) is not None
