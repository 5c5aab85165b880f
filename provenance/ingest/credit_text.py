"""Telling a credit from a caption in text: role labels, credit-shaped lines, brackets.

Language-neutral tests on strings, shared by the HTML reader and the wire
readers: a role label from the credit lexicon at the start ("Photo:",
"Foto:", "Фото:", "Credit...", "©"), a bracket at the end holding a credit
("... (AP Photo/Name)", "[REUTERS]"), or a short unlabelled line shaped like a
credit ("Name/Agency", "Bloomberg via Getty Images"). A sentence that only
mentions an agency ("..., Reuters reported.") is not a credit.

This module says where a credit sits in a caption, alt or title text (before it, after
it, in a bracket at its end); what a credit looks like is read from :mod:`.credit_labels`
(role labels) and :mod:`.credit_shapes` (unlabelled shapes), whose public tests are
re-exported here.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

from .agency import credit_parts
from .credit_labels import (
    label_only,
    label_start,
    labelled_credit,
    labelled_sentence,
    reads_like_credit,
    starts_with_label,
)
from .credit_shapes import (
    _bare_label_credit,
    _is_name,
    _looks_like_credit,
    credit_shaped,
    maker_line,
    shot_by,
    unnamed_supplier,
)
from .decode import collapse

__all__ = [
    "BRACKET",
    "LINE_BREAK",
    "MAX_CREDIT",
    "MAX_LIST",
    "NOTICE_YEAR",
    "WORD",
    "bracket_credit",
    "comma_credit",
    "credit_element",
    "credit_in_caption",
    "credit_shaped",
    "label_only",
    "label_start",
    "labelled_credit",
    "labelled_sentence",
    "maker_line",
    "reads_like_credit",
    "shot_by",
    "starts_with_label",
    "tail_credit",
    "unnamed_supplier",
]

MAX_CREDIT = 300
"""The longest text taken as one credit line."""
MAX_LIST = 1500
"""The longest labelled credit list ("(Image credits: A; B; ...)" under a round-up)."""
LINE_BREAK = re.compile(r"\n|<br\s*/?>", re.I)
"""A line break in element text or in an attribute value."""

BRACKET = re.compile(
    # the caption never ends in a space (it is the shortest), so the lookbehind
    # changes no match and keeps a long run of spaces from being rescanned per step
    # one bracket may sit inside the round one: "(Photo by Name/Rex/Shutterstock (1234567a))"
    r"^(?P<caption>.*?)(?<!\s)\s*(?:\((?P<round>(?:[^()]|\([^()]{0,40}\)){2,160})\)"
    r"|\[(?P<square>[^\[\]]{2,80})\]|（(?P<wide>[^（）]{2,80})）)\s*$",  # CJK full-width brackets
    re.S,
)
NOTICE_YEAR = re.compile(
    r"^(?:©|\(c\)|copyright\b).*\b(?:19|20)\d\d\b|^(?:©\s*)?copyright of\b", re.I
)
WORD = re.compile(r"[^\W\d_]{2,}")

# a sentence's end: a stop and a space, or a CJK full stop with no space after it
_SENTENCE = re.compile(r"\s+[-–—|·•]\s+|(?<=[.!?:;])\s+|(?<=[。！？])")


def credit_element(text: str) -> bool:
    """Whether the last element of a caption, set apart from its text, is a credit.

    A role label ("Foto: Name / dpa"), a credit line ("Name/Agency"), a name
    alone, or a name with its outlet in brackets ("Name (EL PAÍS)").

    Example:
        >>> credit_element("Luis Serrano (EL PAÍS)"), credit_element("Vecinos en la plaza.")
        (True, False)
    """
    if len(text) > 100 or credit_lexicon().is_notice(text):
        return False
    if starts_with_label(text) or credit_shaped(text) or unnamed_supplier(text):
        return True
    bracket = BRACKET.match(text)
    head = bracket.group("caption").strip() if bracket else text
    return not head.endswith((".", "!", "?")) and _is_name(head)


def bracket_credit(text: str) -> tuple[str, str] | None:
    """A credit in brackets at the end of an alt or title text (only there: alt text
    is not shown, so only a credit the page also prints in its caption style counts)."""
    bracket = BRACKET.match(collapse(text))
    if bracket is None:
        return None
    inner = (bracket.group("round") or bracket.group("square") or "").strip()
    if bracket.group("caption") and _looks_like_credit(inner, bracket.group("square") is not None):
        return bracket.group("caption").strip(), inner
    return None


def credit_in_caption(text: str) -> tuple[str, str] | None:
    """Split a caption holding its own credit into (caption, credit), or ``None``.

    Example:
        >>> credit_in_caption("A jet over Kyiv. (Juni Kriswanto/AFP/Getty Images)")
        ('A jet over Kyiv.', 'Juni Kriswanto/AFP/Getty Images')
        >>> credit_in_caption("Hal and Fran Finney. Photo courtesy Fran Finney")
        ('Hal and Fran Finney.', 'Photo courtesy Fran Finney')
        >>> credit_in_caption("Credit: Riot Games")
        ('', 'Credit: Riot Games')
        >>> credit_in_caption("Officials said so, Reuters reported.") is None
        True
    """
    lines = [line for line in (collapse(t) for t in LINE_BREAK.split(text)) if line]
    text = " ".join(lines)
    if not text or credit_lexicon().is_notice(text):
        return None
    if len(lines) > 1 and starts_with_label(lines[0]):  # "© Idg<br>Ola Bini, developer"
        return " ".join(lines[1:]), lines[0]
    if len(lines) > 1 and lines[-2].endswith((".", "!", "?", ")")) and _is_name(lines[-1]):
        # "Rain over Kyiv on Monday.<br>Jane Roe": a name on the caption's last line
        head = " ".join(lines[:-1])
        if _sentence_words(head):
            return head, lines[-1]
    first = _head_credit(text)
    if first is not None:  # "Photo: Jane Roe/AFP. Rescue workers search the rubble."
        return first
    if starts_with_label(text):
        return ("", text) if len(text) <= MAX_CREDIT else None
    # "Rain over Kyiv on Monday Photo: Jane Roe/AFP" (a bracket at the end is read below)
    labelled = None if text.endswith((")", "]", "）")) else _inner_label(text)
    if labelled is not None:
        return labelled
    if not _closing_credit(text) and (credit_shaped(text) or maker_line(text)):
        # "Rain over Kyiv — Jane Roe/AFP", "Rain over Kyiv | Jane Roe/Reuters": a caption,
        # then the credit (the first dash or bar after words of a sentence)
        for dash in _CAPTION_DASH.finditer(text):
            if not _sentence_words(text[: dash.start()]):
                continue
            tail = text[dash.end() :]
            if credit_shaped(tail) or starts_with_label(tail) or maker_line(tail):
                return text[: dash.start()].strip(), tail
            break
        return "", text
    bracket = BRACKET.match(text)
    if bracket:
        inner = bracket.group("round") or bracket.group("square") or bracket.group("wide") or ""
        if _looks_like_credit(inner, bracket.group("square") is not None) or _org_photo_by(inner):
            # "Rain. Foto: Ana Ruiz (EFE)": the labelled credit holds the bracket
            whole = tail_credit(text)
            kind = next(k for k in ("round", "square", "wide") if bracket.group(k) is not None)
            opening = bracket.start(kind) - 1
            # "... 新华社发（李伟 摄）": the agency before the bracket belongs to the credit
            starts = whole is not None and (label_start(whole[1]) or shot_by(whole[1]) is not None)
            if whole is not None and starts and text.rfind(whole[1]) < opening:
                return whole
            caption = bracket.group("caption").strip()
            return _maker_before_wire(caption, inner.strip()) or (caption, inner.strip())
    if _suppliers_only(text):  # "Getty Images", "AP, Reuters", "Foto ANSA/Jane Roe"
        return "", text.lstrip("—– ")
    bracketed = _WHOLE_BRACKET.fullmatch(text)
    if bracketed is not None and _suppliers_only(bracketed.group(1)):
        return "", bracketed.group(1)  # "(PNA photo by Jane Roe)": only a credit, bracketed
    return (
        tail_credit(text, bare_name=True)
        or _after_relay_mark(text)
        or _shot_tail(text)
        or _wire_slash_tail(text)
        or _photo_by_tail(text)
    )


def _photo_by_tail(text: str) -> tuple[str, str] | None:
    """An organization's photo label and its photographer ending a caption after its last
    sentence ("Farmers at the border on Sunday. Express Photo by Jane Roe")."""
    head, stop, tail = text.rpartition(". ") if " by " in text else ("", "", "")
    if stop and _org_photo_by(tail) and _sentence_words(head):
        return f"{head}.", tail
    return None


_WHOLE_BRACKET = re.compile(r"[(\[]([^()\[\]]+)[)\]]")
_WIRE_WORDS = 6  # the longest run of words of a wire chain before its slash


def _wire_slash_tail(text: str) -> tuple[str, str] | None:
    """A wire's credit ending a caption with no stop before it ("... scoring their second
    goal Action Images via Reuters/Jane Roe", "... on Monday REUTERS/Jane Roe"): the longest
    run of words before the last slash that is known wires (split as a credit line's parts,
    :func:`~provenance.ingest.agency.credit_parts`), then a person's name."""
    slash = text.rfind("/")
    if slash < 0 or not _is_name(text[slash + 1 :].strip()):
        return None
    words = text[:slash].split(" ")
    table = agency_table()
    parts = credit_parts()
    start = None
    for k in range(1, min(len(words) - 1, _WIRE_WORDS) + 1):
        pieces = parts.split(" ".join(words[-k:]))
        if all(table.agency(p) or table.distributor(p) for p in pieces):
            start = len(words) - k
    if start is None:
        return None
    return " ".join(words[:start]).rstrip(" -–—|,"), " ".join(words[start:]) + text[slash:]


def _suppliers_only(text: str) -> bool:
    """A caption that is all credit: known agencies and distributors alone or in a list
    ("Getty Images", "AP, Reuters"), or one after a photo label with no colon ("Foto
    ANSA/Jane Roe", "Beeld ANP")."""
    if len(text) > MAX_CREDIT:
        return False
    text = text.lstrip("—– ")  # "— White Star", "— Reuters": a dash before the credit
    if unnamed_supplier(text):  # "Contributed photo", "Handout": all credit, no caption
        return True
    table = agency_table()
    parts = [_without_photo_label(p.strip()) for p in re.split(r"[,;]", text)]
    if all(table.agency(p) or table.distributor(p) for p in parts):
        return True
    return _bare_label_credit(text) or _org_photo_by(text)


def _without_photo_label(text: str) -> str:
    """ "PTI Photo" as "PTI", "Reuters TV" as "Reuters": a name without the photo label or
    service word written after it."""
    head, _, last = text.rpartition(" ")
    lex = credit_lexicon()
    label = last.casefold()
    # "Reuters TV", "AP Video": the wire's own service, still the wire's credit
    labelled = label in lex.own_photo_labels or label in lex.agency_suffixes
    return head if head and labelled else text


@cache
def _photo_by_re() -> re.Pattern[str]:
    """A photo label and "by" between words: " photo by ", " Pictures by " (searched, so
    the organization before it is never rescanned)."""
    labels = "|".join(re.escape(w) for w in credit_lexicon().agency_suffixes)
    return re.compile(rf"\s+(?:{labels})\s+by\s+(?=\S)", re.I)


def _org_photo_by(text: str) -> bool:
    """ "U.S. Army photo by Sgt. Jane Roe", "Express Photo by Jane Roe": an organization's
    name (an agency, or capitalized words one of which is an organization's word), its
    photo label, "by" and a name (not "Her photo by Jane Roe won a prize")."""
    match = _photo_by_re().search(text) if " by " in text else None
    if match is None:
        return False
    org, name = text[: match.start()], text[match.end() :].removesuffix("\n")
    if not org[:1].strip() or "\n" in org or "\n" in name or not _is_name(name, least=1):
        return False  # one line: words before the label, a name after "by"
    lex = credit_lexicon()
    words = org.split()
    if len(words) > 6 or not all(w[0].isupper() or w in lex.org_lower_words for w in words):
        return False
    folded = {w.casefold().strip(".,") for w in words}
    return bool(folded & lex.org_words) or agency_table().agency(org) is not None


def _closing_credit(text: str) -> bool:
    """Whether a caption sentence ends with its credit in brackets ("A view of the building
    (Jane Roe/AFP via Getty Images)", "... [Jane Roe/Reuters]"), which the whole text's
    slashes must not make one credit line ("Jane Roe/AFP (File)" is one)."""
    bracket = BRACKET.match(text) if text.endswith((")", "]")) else None
    if bracket is None:
        return False
    caption = bracket.group("caption").strip()
    if not _sentence_words(caption) or credit_shaped(caption) or maker_line(caption):
        return False
    inner = bracket.group("round") or bracket.group("square") or ""
    return _looks_like_credit(inner, bracket.group("square") is not None) or _org_photo_by(inner)


def _maker_before_wire(caption: str, wire: str) -> tuple[str, str] | None:
    """ "Rain in Madrid. SUSANA VERA (REUTERS)": a caption whose last sentence is a name alone,
    then a known wire in brackets (the Spanish papers' house style): the name took the
    picture, the wire supplied it, and both are the credit. ``None`` for any other caption
    ("Leaders of the EU and NATO (AFP)": no name alone after a stop)."""
    table = agency_table()
    if not (table.agency(wire) or table.distributor(wire)):
        return None
    stop = caption.rfind(". ")
    head, name = caption[: stop + 1], caption[stop + 2 :]
    if stop < 0 or not _sentence_words(head) or not _is_name(name) or table.agency(name):
        return None
    if name.split(" ", 1)[0].casefold() in credit_lexicon().non_person_starts:
        return None  # "The Mayor (AFP)": no one's name
    return head, f"{name} ({wire})"


# what ends the place or date before a Japanese caption's "NAME撮影" ("＝東京都港区、山田太郎撮影")
_SHOT_TAIL_SIGNS = "、，,＝= 　"


def _shot_tail(text: str) -> tuple[str, str] | None:
    """A Japanese newspaper's caption ending in who took it, after the place or date:
    "港の消防隊員＝東京都港区、山田太郎撮影" as ("港の消防隊員＝東京都港区", "山田太郎撮影"). Only
    a short name before the mark (a shot mark of the credit lexicon) counts."""
    marks = credit_lexicon().shot_marks
    if not text.endswith(marks):
        return None
    cut = max(text.rfind(sign) for sign in _SHOT_TAIL_SIGNS)
    head, tail = text[:cut].strip(" 、，,＝="), text[cut + 1 :].strip()
    shot = shot_by(tail) if cut > 0 and head else None
    if shot is None or not 2 <= len(shot[1]) <= 8:
        return None
    return head, tail


def _label_alternation() -> str:
    """The role labels of the credit lexicon but "by", longest first, as one alternation."""
    words = sorted((w for w in credit_lexicon().prefixes if w != "by"), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _inner_label_re() -> re.Pattern[str]:
    """A role label with its colon (or a spaced slash, "Photo / Name") after a space, inside a
    caption ("... Monday Credit: Getty"),
    or glued to the caption's last stop ("... on Monday.Credit: Getty", two elements' texts
    run together)."""
    alts = _label_alternation()
    return re.compile(
        rf"(?:\s+(?:[|—–-]\s+)?|(?<=[^\W\d_]{{2}}[.!?]))(?=(?P<label>{alts})(?:\s*[:：]|\s+/)\s*\S)",
        re.IGNORECASE,
    )


def _inner_label(text: str) -> tuple[str, str] | None:
    """A caption, then a labelled credit with no stop between them: "Rain over Kyiv on
    Monday Photo: Jane Roe/AFP", "... Monday | Credit: Getty" (the last label wins)."""
    if ":" not in text and "：" not in text and " / " not in text:
        return None
    matches = list(_inner_label_re().finditer(text))
    for i in range(len(matches) - 1, -1, -1):
        match = matches[i]
        before = matches[i - 1] if i else None
        if before is not None and before.end() + len(before.group("label")) > match.start():
            continue  # "ST PHOTO: NAME", "Photo credit: NAME": the end of a longer label
        head, tail = text[: match.start()].strip(), text[match.end() :].strip()
        # a label starting a credit is capitalized; its credit reads as names
        if len(tail) > MAX_CREDIT or not tail[:1].isupper() or not _caption_after(head):
            continue
        if labelled_credit(tail):
            return head, tail
    return None


@cache
def _comma_by_re() -> re.Pattern[str]:
    alts = _label_alternation()
    # possessive repeats: nothing given back (the regex audit of tests/extractors)
    return re.compile(rf",\s++(?P<credit>(?:{alts})\s++by\s++(?P<name>[^,;()]++))$", re.I)


def comma_credit(text: str) -> tuple[str, str] | None:
    """A sentence ending in ", photos by NAME" as (sentence, credit): the blogs' way of
    crediting a post's pictures ("See more in the gallery, images by Jane Roe"). Only a
    name (two to four capitalised words) after "by" counts.

    Example:
        >>> comma_credit("See more in the gallery, images by Jane Roe")
        ('See more in the gallery', 'images by Jane Roe')
        >>> comma_credit("The town, photographed by drones for years") is None
        True
    """
    if " by " not in text or len(text) > MAX_CREDIT:
        return None
    match = _comma_by_re().search(text)
    if match is None or not _is_name(match.group("name").strip().rstrip(".")):
        return None
    return text[: match.start()].strip(), match.group("credit").strip().rstrip(".")


def _after_relay_mark(text: str) -> tuple[str, str] | None:
    """A Japanese caption's credit after "＝" ("東京の会合＝ロイター", "会合＝ロイター＝共同"):
    only known suppliers, so a date or place after the sign ("会合＝2日") stays caption."""
    marks = credit_lexicon().relay_marks
    if not marks or not any(m in text for m in marks):
        return None
    signs = list(re.finditer("|".join(re.escape(m) for m in marks), text))
    table = agency_table()
    credit_start = None
    for i in range(len(signs) - 1, -1, -1):
        end = signs[i + 1].start() if i + 1 < len(signs) else len(text)
        piece = text[signs[i].end() : end]
        if not (table.agency(piece) or table.distributor(piece)):
            break
        credit_start = i
    if credit_start is None or not text[: signs[credit_start].start()].strip():
        return None
    sign = signs[credit_start]
    return text[: sign.start()].strip(), text[sign.end() :].strip()


_DASH = re.compile(r"\s+[-–—·•]\s+")
_CAPTION_DASH = re.compile(r"\s+[-–—·•|]\s+")
# the end of a credit written before the caption: a stop after a word (not after an
# initial: "J. Scott Applewhite/AP"), or a dash or bar
_HEAD_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+|\s+[—–|]\s+")
_HEAD_BRACKET = re.compile(
    r"^[(\[](?P<inner>(?:[^()\[\]]|\([^()]{0,40}\)){2,160})[)\]]\s*+(?P<rest>\S.*)$", re.S
)


def _head_credit(text: str) -> tuple[str, str] | None:
    """A credit written before the caption, as (caption, credit): "(Jane Roe/AFP) Rain
    over Kyiv.", "Photo: Jane Roe/AFP. Rain over Kyiv.", "Jane Roe/AFP — Rain over Kyiv."
    The caption after it must read as a sentence (three lower-case words or more)."""
    bracket = _HEAD_BRACKET.match(text)
    if bracket is not None:
        inner, rest = bracket.group("inner").strip(), bracket.group("rest").strip()
        if _caption_after(rest) and _looks_like_credit(inner, text[0] == "["):
            return rest, inner
        return None
    table = agency_table()
    found = None  # the longest head that is a credit ("Jane Roe | Bloomberg | Getty Images")
    for stop in _HEAD_STOP.finditer(text):
        head, rest = text[: stop.start()].strip(), text[stop.end() :].strip()
        if len(head) > MAX_CREDIT:
            break
        if not _caption_after(rest):
            continue
        # after a stop, a labelled head must read as names ("Photo: the mayor speaks.")
        dash = not stop.group().strip().startswith(".")
        labelled = labelled_credit(head) or (
            starts_with_label(head) and (dash or "/" in head or "|" in head)
        )
        known = table.agency(head) or table.distributor(head) or unnamed_supplier(head)
        if labelled or known or credit_shaped(head) or maker_line(head):
            found = rest, head
    return found


def _caption_after(text: str) -> bool:
    """A caption sentence: a capital first, then three lower-case words or more."""
    lower = sum(1 for w in text.split() if w.isalpha() and w[0].islower())
    return text[:1].isupper() and lower >= 3


_PIPE = re.compile(r"\s+[|—–-]\s+$")  # "Rain | Jane Roe", "Rain — Jane Roe"


def _sentence_words(text: str) -> bool:
    """Whether a text has the lower-case words of a sentence (a caption), not only names."""
    return sum(1 for w in text.split() if len(w) >= 2 and w.isalpha() and w[0].islower()) >= 1


def tail_credit(text: str, *, bare_name: bool = False) -> tuple[str, str] | None:
    """A credit after the last sentence, dash or bar of a caption, alt or title text.

    The tail must be labelled ("... Photo: Name/AFP"), a known agency or shaped
    like a credit line ("... - Name/Reuters"); the names before it that the same
    bars or slashes join stay with it ("Rain. - Name | Bloomberg | Getty Images").
    With ``bare_name``, a name alone after a bar ends a caption ("Rain | Jane Roe").

    Example:
        >>> tail_credit("Rain falls on Kyiv. Photo: Jane Roe/AFP")
        ('Rain falls on Kyiv.', 'Photo: Jane Roe/AFP')
        >>> tail_credit("Rain falls on Kyiv. - Jane Roe | Bloomberg | Getty Images")
        ('Rain falls on Kyiv.', 'Jane Roe | Bloomberg | Getty Images')
        >>> tail_credit("Rain falls on Kyiv | Jane Roe", bare_name=True)
        ('Rain falls on Kyiv', 'Jane Roe')
        >>> tail_credit("Joe Biden speaks in Kyiv. He met the mayor") is None
        True
    """
    starts = [m.end() for m in _SENTENCE.finditer(text)]
    table = agency_table()
    for i in range(len(starts) - 1, -1, -1):
        tail = text[starts[i] :]
        known = (
            table.agency(tail)
            or table.distributor(tail)
            or table.agency(_without_photo_label(tail))  # "... — UNB photo"
            or credit_shaped(tail)
            or unnamed_supplier(tail)
        )
        labelled = starts_with_label(tail) and not labelled_sentence(tail)
        labelled = labelled or _bare_label_credit(tail) or shot_by(tail) is not None
        if len(tail) <= MAX_CREDIT and (labelled or known or maker_line(tail)):
            start = starts[i]
            for before in reversed(starts[:i]):
                piece = text[before:start].strip(" -–—|/")
                if not piece:
                    start = before
                    continue
                if label_only(piece) or _is_name(piece) or table.agency(piece):
                    start = before
                    continue
                if table.distributor(piece):
                    start = before
                    continue
                break
            return text[:start].strip(" -–—|"), text[start:].strip(" -–—|")
    if bare_name and starts:
        head, tail = text[: starts[-1]], text[starts[-1] :]
        if _PIPE.search(head) and _is_name(tail) and _sentence_words(head):
            return head.strip(" |—–-"), tail
    return None
