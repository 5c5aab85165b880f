"""Attribution carried by layout rather than by a verb: transcripts and testimonials.

* transcript lines: ``PENCE: Well, look, ...``, ``Chris Matthews: Seriously ...``
  and interview ``Q:`` / ``A:`` lines (a speaker and a colon at the start of a
  paragraph; the content runs to the paragraph end);
* colon headlines: ``Marco Rubio: I'm Not Interested`` (the first line of a
  text, a short name, optionally "to" an addressee, a colon, the statement);
* testimonials: ``“...” ― Christina Lastra`` (a quotation, a dash and a name
  at the end of a line);
* labelled quotations: ``- Leeds boss Anna Kerr: "We expect to progress."`` (a
  paragraph or list item opening with a description ending in a name, a colon
  and a quotation: the reactions round-up of British sports and politics pages);
* quote-first headlines: ``'We will rebuild': Mayor Anna Kerr`` or ``"We will
  rebuild" - mayor`` (a line that is a quotation, a colon or a spaced dash, and
  its speaker: a name, or a role ending in a source noun).
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.records import ClaimSpan

__all__ = ["layout_claims"]

_TRANSCRIPT = re.compile(
    r"^[\"“]?(?P<src>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?P<body>\S[^\n]*)",
    re.MULTILINE,
)
_SPEAKER_CASE = re.compile(
    r"^[\"“]?(?P<src>Q|A|(?:[A-Z][a-z][\w'’-]*\.?[ \t]){0,2}[A-Z][a-z][\w'’-]*):[ \t]+"
    r"(?P<body>\S[^\n]*)",
    re.MULTILINE,
)
_HEADLINE = re.compile(
    # a kicker in capitals before a dash may open the line ("EXCLUSIVE – Roger Stone: ...")
    r"(?:[A-Z]{3,}[ \t]+[–—-][ \t]+)?"
    # a name, maybe with a common noun after it ("Clinton camp", "WSJ editorial": a
    # headline drops the article), read as a source when that noun is a source head
    r"(?P<src>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?P<tail> [a-z]+)?)"
    # where the source spoke ("Former AG Mukasey at RNC: ..."), whom it speaks to
    # ("Obama to Asians", "Obama To Asians Worried About U.S. Election: ...")
    r"(?: at [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?(?: [Tt]o [^:,\n]{1,40})?:[ \t]+"
    r"(?P<body>[^\n]{8,200}?)[. \t]*(?:\n|$)"
)
#: a roster after a label: four or more names in Title Case, separated by commas, and
#: nothing else
_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|del|la)){0,3}"
_ROSTER = re.compile(rf"{_NAME}(?:, {_NAME}){{3,}},?(?: and {_NAME})?\.?")
_TESTIMONIAL = re.compile(
    r"^[ \t]*(?P<body>[“\"”][^\n]{10,}?[”\"])[ \t\xa0]*[―—][ \t\xa0]*"
    r"(?P<src>[A-Z][\w.'’-]*+(?:[ \t][A-Z][\w.'’-]*+){0,3})[ \t\xa0.]*$",
    re.MULTILINE,
)
_DASHES = ("―", "—")
_QUOTE_FIRST = re.compile(
    r"^[ \t]*(?P<body>[“\"][^\n]{8,}?[”\"])[ \t\xa0]*(?::|[ \t\xa0][-–])[ \t\xa0]+"
    r"(?P<src>[A-Za-z][\w.'’-]*+(?:[ \t][A-Za-z][\w.'’-]*+){0,4})[ \t\xa0.]*$",
    re.MULTILINE,
)
#: A quote-first headline whose speaker opens a clause after the colon: "“Govt is
#: anti-farmer”: Rahul slams Centre over farm laws" (Indian and African papers). Up to
#: five words before the line's first cue verb are the speaker.
_QUOTE_FIRST_CLAUSE = re.compile(
    r"[ \t]*(?P<body>[“\"‘'][^\n]{8,}?[”\"’'])[ \t\xa0]*:[ \t\xa0]+(?=[A-Z])"
)
#: A headline's statement, a colon and its speaker last: "Govt will not back down:
#: Minister", "Centre not against farmers: PM Modi" (South Asian and African papers). The
#: text's first line only, no quotation mark in it (a quoted one is :data:`_QUOTE_FIRST`'s).
_TRAILING_SPEAKER = re.compile(
    r"[ \t]*(?P<body>[^\n:“”\"]{10,160}?)[ \t]*:[ \t]+"
    r"(?P<src>[A-Za-z][\w.'’-]*+(?:[ \t][A-Za-z][\w.'’-]*+){0,3}?)[ \t\xa0]*(?:\n|$)"
)
#: how many words a headline's statement before its speaker holds at most: a longer
#: line is a sentence ("... an episode of US television series CSI: Crime Scene
#: Investigation"), no headline
_HEADLINE_WORDS = 14
#: a word of a headline's speaker and the space after it
_SPEAKER_WORD = re.compile(r"[\w.'’-]++[ \t]+")
#: a line opening with any quotation mark, after its line break
_ANY_QUOTED_LINE = re.compile(r"\n[ \t]*[“\"‘']")
#: A line opening with a quotation mark, after its line break: every match of
#: :data:`_QUOTE_FIRST` past the text's first line starts right after one (a literal
#: "\n" lets the regex engine skip ahead; ``^`` is tried at every position).
_QUOTED_LINE = re.compile(r"\n[ \t]*[“\"]")


def _colon_lines(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a line pattern holding a ":" (a transcript line), as ``finditer``.

    Each match lies in one line and starts it, so only the lines holding a colon are
    tried: a handful, against a ``^`` tried at every position of the text.
    """
    out: list[re.Match[str]] = []
    colon = text.find(":")
    while colon >= 0:
        m = pattern.match(text, text.rfind("\n", 0, colon) + 1)
        if m is not None:
            out.append(m)
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end >= 0 else -1
    return out


def _quote_first_lines(text: str, pattern: re.Pattern[str] = _QUOTE_FIRST) -> list[re.Match[str]]:
    """The matches of :data:`_QUOTE_FIRST` (or ``pattern``) in ``text``, as ``finditer``
    gives them.

    Each match lies in one line (no pattern part crosses a line break), so trying the
    first line and the lines opening with a quotation mark finds them all, in order.
    """
    starts = [0, *(m.start() + 1 for m in _QUOTED_LINE.finditer(text))]
    return [m for pos in starts if (m := pattern.match(text, pos)) is not None]


def _speaker_before_cue(text: str, pos: int) -> str | None:
    """The speaker opening a headline's clause at ``pos``: up to five words before its
    cue verb ("Rahul slams Centre", "Opposition leader vows to"), a name or a role."""
    from provenance.extractors.claims.cues import cue_grammar

    cue_re = cue_grammar().cue_re
    at = pos
    for _ in range(5):
        word = _SPEAKER_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
        cue = cue_re.match(text, at)
        if cue is not None and not cue.group("aux").strip():
            src = text[pos:at].strip()
            return src if _is_speaker(src) or _is_speaker(src.lower()) else None
    return None


_LABELLED = re.compile(
    r"^[ \t]*(?:[-–—•][ \t]+)?"
    r"(?P<src>[A-Z][\w.'’-]*(?:[ \t][\w.'’-]+){0,5}?[ \t][A-Z][\w'’-]+[ \t][A-Z][\w'’-]+)"
    r":[ \t]+(?P<body>[“\"][^\n]*)",
    re.MULTILINE,
)


def layout_claims(text: str) -> list[ClaimSpan]:
    """Claims attributed by layout, in text order; ``source`` left unresolved.

    Example:
        >>> [c.source_text for c in layout_claims("PENCE: We will win.")]
        ['PENCE']
    """
    out: list[ClaimSpan] = []
    if ":" in text:
        seen: set[int] = set()
        lines = [m for p in (_TRANSCRIPT, _SPEAKER_CASE) for m in _colon_lines(p, text)]
        dateline = _dateline(text, lines)
        # "Answer:" after a "Question:" line is an interview's answer, no label
        asked = any(m.group("src") in _question_labels() for m in lines)
        for m in lines:
            src = m.group("src")
            if m.start() in seen or m.start() == dateline:
                continue
            if _is_label(src) and not (asked and src in _answer_labels()):
                continue
            seen.add(m.start())
            if m.group("src") in _question_labels():
                continue  # "Q: ...": the interviewer's question, nobody's claim
            start, end = m.start("body"), m.end("body")
            # a closing mark belongs to the body only when the body opens with one
            strip = " \t\xa0" if text[start] in '"“' else ' \t\xa0"”'
            while end > start and text[end - 1] in strip:
                end -= 1
            if end - start < 3 or len(text[start:end].split()) < 3:
                continue
            if _ROSTER.fullmatch(text, start, end):
                continue  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list of names
            out.append(_claim(text, start, end, m, ":", Attribution.DIRECT))
        for m in _colon_lines(_LABELLED, text):
            start, end = m.start("body"), m.end("body")
            if any(c.start == start for c in out) or not _is_description(m.group("src")):
                continue  # a transcript line found above, or "Said Mr Fogg:" (a verb's)
            seen.add(m.start())
            while end > start and text[end - 1] in " \t\xa0":
                end -= 1
            out.append(_claim(text, start, end, m, ":", Attribution.DIRECT))
        head = _HEADLINE.match(text)
        if (
            head is not None
            and 0 not in seen
            and dateline != 0
            and not _is_label(head.group("src"), _source_labels())
            and _is_headline_source(head.group("tail"))
        ):
            start, end = head.start("body"), head.end("body")
            out.append(_claim(text, start, end, head, ":", Attribution.INDIRECT))
        trailing = _TRAILING_SPEAKER.match(text) if 0 not in seen and not out else None
        if trailing is not None and _trailing_speaker(*trailing.group("body", "src")):
            start, end = trailing.start("body"), trailing.end("body")
            out.append(_claim(text, start, end, trailing, ":", Attribution.INDIRECT))
    if ":" in text or " -" in text or " –" in text:
        for m in _quote_first_lines(text):
            if _is_speaker(m.group("src")) and not any(c.start == m.start("body") for c in out):
                out.append(_claim(text, m.start("body"), m.end("body"), m, ":", Attribution.DIRECT))
    if ":" in text:
        starts = [0, *(m.start() + 1 for m in _ANY_QUOTED_LINE.finditer(text))]
        for pos in starts:
            head = _QUOTE_FIRST_CLAUSE.match(text, pos)
            if head is None or any(c.start == head.start("body") for c in out):
                continue
            speaker = _speaker_before_cue(text, head.end())
            if speaker is not None:
                start, end = head.start("body"), head.end("body")
                out.append(_claim(text, start, end, head, ":", Attribution.DIRECT, speaker))
    if any(d in text for d in _DASHES):
        for m in _TESTIMONIAL.finditer(text):
            out.append(_claim(text, m.start("body"), m.end("body"), m, "―", Attribution.DIRECT))
    out.sort(key=lambda c: c.start)
    return out


#: a word of a dateline's lede, for telling a sentence from a Title Case headline
_LEDE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_OPENS = "“\"‘'"
_CLOSES = "”\"’'"
#: how many words a dateline's lede holds at least ("NEW DELHI: The Union Cabinet on
#: Wednesday approved ..."): a transcript's one line or a headline is shorter
_LEDE_WORDS = 10


def _dateline(text: str, lines: list[re.Match[str]]) -> int | None:
    """Where a newspaper's dateline ending in a colon opens the text's only speaker line.

    South Asian papers open a story with its place and a colon ("NEW DELHI: The Union
    Cabinet on Wednesday approved ...", "ISLAMABAD: “...,” Prime Minister X said"): the
    line reads as a transcript's, but a transcript gives several speakers their lines,
    and a headline ("Marco Rubio: I'm Not Interested", "AP: Trump aide ...") is in Title
    Case, in capitals or short. The one such line of a text, its place in capitals and
    its body a sentence of at least ``_LEDE_WORDS`` words, a third of its longer words in
    lower case (a Title Case headline has none), is a dateline: the claims are its body's.
    """
    starts = {
        m.start()
        for m in lines
        if not _is_label(m.group("src"))
        and (m.group("src").isupper() or len(m.group("body").split()) >= 3)
    }
    if len(starts) != 1:
        return None
    m = next(m for m in lines if m.start() in starts)
    src = m.group("src")
    if not src.isupper() or src in _question_labels() or src in _answer_labels():
        return None  # "Sanders: Clinton needs to ...": a headline's speaker
    body = m.group("body").rstrip(" \t\xa0.")
    if len(body.split()) < _LEDE_WORDS or (body[:1] in _OPENS and body[-1:] in _CLOSES):
        return None  # "Modi: ‘We will ...’": a speaker and only the quotation
    words = _LEDE_WORD.findall(body)
    if len(words) < 2 or (words[0].isupper() and words[1].isupper()):
        return None  # "UN: PEACEKEEPERS PAYING ...": a headline in capitals
    lower = sum(w[0].islower() for w in words[1:])
    return m.start() if lower >= 3 and 3 * lower >= len(words) - 1 else None


@functools.cache
def _answer_labels() -> frozenset[str]:
    """The labels of an interviewee's lines ("A", "Answer")."""
    from provenance.extractors.claims.cues import cue_grammar

    return frozenset(cue_grammar().lexicon.answer_labels)


@functools.cache
def _source_labels() -> frozenset[str]:
    """Labels that name who says the rest in a headline ("Poll: Trump leads in Ohio").

    "Report: Walker to speak", "NY Daily News: ...", "WSJ editorial: ..." (a paragraph
    opener with them still labels the paragraph): ``headline_source_labels``.
    """
    from provenance.extractors.claims.cues import cue_grammar

    return frozenset(w.lower() for w in cue_grammar().lexicon.headline_source_labels)


@functools.cache
def _question_labels() -> frozenset[str]:
    """The labels of an interviewer's lines ("Q", "Question"): the question is no claim.

    The interviewer asks; a "Q:" line is never a source's (its "A:" answer is).
    """
    from provenance.extractors.claims.cues import cue_grammar

    return cue_grammar().lexicon.question_labels


def _is_label(src: str, sources: frozenset[str] = frozenset()) -> bool:
    """Whether a "Word:" paragraph opener is a label ("UPDATE:", "Related:"), not a speaker.

    ``sources``: labels read as a speaker here (a headline's "Poll:").
    """
    words = [w.lower().strip(".").removesuffix("'s").removesuffix("’s") for w in src.split()]
    labels = _layout_labels()
    return any(w in labels and w not in sources for w in words) or src.upper() in {"WASHINGTON"}


@functools.cache
def _layout_labels() -> frozenset[str]:
    """The lexicon's paragraph labels (``layout_labels``: "UPDATE:", "Key event:")."""
    from provenance.extractors.claims.cues import cue_grammar

    return frozenset(w.lower() for w in cue_grammar().lexicon.layout_labels)


def _is_headline_source(tail: str | None) -> bool:
    """Whether a headline source's lower-case last word may end a source ("camp", "editorial")."""
    from provenance.extractors.claims.subjects import is_head

    return tail is None or is_head(tail.strip()) or tail.strip() in _source_labels()


def _is_description(src: str) -> bool:
    """A speaker's description ("Leeds boss Anna Kerr"): no cue word ("Said Mr Fogg")."""
    from provenance.extractors.claims.cues import cue_grammar

    first_words = cue_grammar().first_words
    return not _is_label(src) and all(w.lower() not in first_words for w in src.split())


def _trailing_speaker(body: str, src: str) -> bool:
    """Whether a headline's last words after a colon are the speaker of the words before.

    A role ending in a source noun ("Minister", "Health Minister", "experts"), an office
    before a name ("PM Modi", "Governor Obaseki"), or a bare name after a statement (a
    modal, a negation or a pronoun of the lexicon's ``headline_statement_words`` before
    the colon: "Will not tolerate graft: Tinubu", not "India vs Australia: Highlights").

    Example:
        >>> _trailing_speaker("Govt will not back down", "Minister")
        True
        >>> _trailing_speaker("India vs Australia", "Highlights")
        False
    """
    from provenance.extractors.claims.cues import cue_grammar
    from provenance.extractors.claims.subjects import is_head

    words = src.split()
    body_words = body.lower().split()
    if not 3 <= len(body_words) <= _HEADLINE_WORDS or not _is_description(src):
        return False
    if src.endswith(".") or body_words[0].endswith(","):
        return False  # a full stop ends a sentence, never a headline
    if not all(w[0].isupper() for w in words):
        return all(w.isalpha() and w.islower() for w in words) and is_head(words[-1])
    lex = cue_grammar().lexicon
    if is_head(words[-1].lower()) and words[-1].lower() not in lex.not_in_noun_phrase:
        return True
    titles = lex.headline_titles | frozenset(lex.speaker_roles) | lex.surname_titles
    if len(words) > 1 and words[0].lower().rstrip(".") in titles:
        return True
    statement = lex.headline_statement_words
    return len(words) <= 3 and any(w.strip(",.!?") in statement for w in body_words)


def _is_speaker(src: str) -> bool:
    """A name ("Mayor Anna Kerr") or a role ending in a source noun ("union leader")."""
    from provenance.extractors.claims.subjects import is_head

    words = src.split()
    if not _is_description(src):
        return False
    if all(w[0].isupper() for w in words):
        return True
    return all(w.isalpha() and w.islower() for w in words) and is_head(words[-1])


def _claim(
    text: str,
    start: int,
    end: int,
    m: re.Match[str],
    cue: str,
    attribution: Attribution,
    source: str | None = None,
) -> ClaimSpan:
    return ClaimSpan(
        text=text[start:end],
        start=start,
        end=end,
        attribution=attribution,
        status=ClaimStatus.ASSERTED,
        source_text=m.group("src") if source is None else source,
        cue=cue,
    )
