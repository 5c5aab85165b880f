"""A refusal of a physical act reports no claim (issue 6's product decision).

"He refused to leave", "Police refused to drop the gun": the subject refuses an act, it
says nothing the text attributes to it. "refused to comment" or "refused to disclose his
returns" refuse words and stay claims. The cue lemmas (``act_refusal_lemmas``) and the
acts' verbs (``refused_acts``) are lexicon data.
"""

from __future__ import annotations

from provenance.extractors.claims.drafts import Draft
from provenance.lexicon.cues import CueLexicon

__all__ = ["refused_act"]


def refused_act(text: str, draft: Draft, lex: CueLexicon) -> bool:
    """Whether a refusal cue's content is "to" and a physical act's verb.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "He refused to leave the building."
        >>> d = Draft(11, 32, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        >>> refused_act(text, d, cue_lexicon("en"))
        True
        >>> text = "He refused to comment."
        >>> refused_act(text, Draft(11, 21, Attribution.INDIRECT, ClaimStatus.ASSERTED),
        ...             cue_lexicon("en"))
        False
    """
    words = text[draft.start : draft.start + 30].split(maxsplit=2)
    return (
        len(words) >= 2
        and words[0].lower() == "to"
        and words[1].lower().strip(".,;:!?") in lex.refused_acts
    )
