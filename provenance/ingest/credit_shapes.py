"""What a credit looks like without a label: "Name/Agency", "Bloomberg via Getty Images",
"Jane Roe for The Times", "新华社记者 李伟 摄", a name alone, an unnamed supplier.

Language-neutral tests on one short text; agencies come from the agency table, the words
of names, outlets and unnamed suppliers from the credit lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

from .credit_labels import label_only, reads_like_credit, starts_with_label

__all__ = [
    "credit_shaped",
    "maker_line",
    "provided_by",
    "shot_by",
    "unnamed_supplier",
    "wire_then_name",
    "without_editor_note",
]

_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")

_CREDIT_PARTS = re.compile(r"\s*[/|]\s*|\s+via\s+", re.I)
# the licence after the author in Wikimedia Commons' attribution ("Jane Roe, CC BY-SA 4.0,")
_LICENCE_AFTER_NAME = re.compile(
    r",\s*+(?:CC[\s-]?(?:BY|0)\b[^,()]*+|public\s+domain)\s*+,?\s*+$", re.I
)


def credit_shaped(text: str) -> bool:
    """A short unlabelled credit: "Name/Agency", "Bloomberg via Getty Images".

    At least one part is a known agency or distributor, and the text has the
    "/", "|" or relay word of a credit line, not the words of a sentence.
    """
    if len(text) > 100 or ". " in text or "。" in text or not reads_like_credit(text):
        return False
    parts = [p.strip() for p in _CREDIT_PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return _agency_for_client(text) or wire_then_name(text) is not None or _glued_wire(text)
    if any(_known(p) for p in parts):  # "Jane Roe/AFP", "AP Foto/Jane Roe"
        return True
    if _agency_for_client(parts[-1]):
        return True  # "Jane Roe/Getty Images for Acme": the agency, then its client
    if len(parts) == 2 and _institution(parts[0]) and _is_name(parts[1]):
        return True  # "NASA/Jane Roe": an institution, then its photographer
    if _named_institution(parts[0]) and all(_acronym_like(p) for p in parts[1:]):
        return True  # "NASA/JPL-Caltech", "NASA/ESA/STScI": an institution and its partners
    if "|" in text and parts[0].casefold() in _photo_labels():
        return True  # "PHOTO | JANE ROE | NATION MEDIA GROUP": the photo label, then a bar
    if parts[0].casefold() in credit_lexicon().platforms and all(
        p.startswith("@") and " " not in p for p in parts[1:]
    ):
        return True  # "Instagram/@janeroe": the platform, then the poster's handle
    # "Jane Roe / Staff", "Jane Roe/Staff Photographer": a name and an unnamed supplier
    if _is_name(parts[0]) and all(unnamed_supplier(p) for p in parts[1:]):
        return True
    # "Screenshot/X", "Jane Roe via Instagram", "Jane Roe, CC BY-SA 4.0, via Wikimedia
    # Commons": a label or a name, then the sites where the picture was found
    platforms = credit_lexicon().platforms
    if not all(p.casefold() in platforms for p in parts[1:]):
        return False
    return label_only(parts[0]) or _is_name(_LICENCE_AFTER_NAME.sub("", parts[0]))


def _known(part: str) -> bool:
    """A known agency or distributor, alone or with its photo label ("AP Foto", "PTI Photo")."""
    table = agency_table()
    if table.agency(part) or table.distributor(part):
        return True
    head, _, last = part.rpartition(" ")
    return bool(head) and last.casefold() in credit_lexicon().own_photo_labels and _known(head)


def _institution(text: str) -> bool:
    """One word naming an organization: an acronym ("NASA", "UNICEF") or an organization's
    word ("Bundeswehr"), not a place ("Kyiv")."""
    if " " in text or not text.isalpha():
        return False
    lex = credit_lexicon()
    if text.casefold() in lex.place_codes:  # "USA/Joe Biden": a topic line's place
        return False
    short = text.isupper() and 2 <= len(text) <= 6
    return short or text.casefold() in lex.org_words


def _named_institution(text: str) -> bool:
    """An institution's acronym that the lexicon lists as an organization ("NASA", "ESA")."""
    return text.isupper() and _institution(text) and text.casefold() in credit_lexicon().org_words


def _acronym_like(text: str) -> bool:
    """One word of capitalized pieces, one of them an acronym: "JPL-Caltech", "STScI",
    "MSSS" (not "Kyiv" or "Brüssel")."""
    pieces = text.split("-")
    return all(p[:1].isupper() and p.isalpha() for p in pieces) and any(
        len(p) >= 2 and sum(c.isupper() for c in p) >= 2 for p in pieces
    )


_GLUED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _glued_wire(text: str) -> bool:
    """A name glued by a hyphen to its agency, with no space ("Jane Roe-USA TODAY Sports",
    "Jane Roe-Imagn Images"): a person's name on the left, a known agency on the right."""
    for glue in _GLUED.finditer(text):
        left, right = text[: glue.start()], text[glue.end() :]
        if " " in left and _is_name(left) and _known(right):
            return True
    return False


@cache
def _photo_labels() -> frozenset[str]:
    """The one-word photo labels ("PHOTO", "FOTO", "BILD") of the credit lexicon."""
    return frozenset(w for w, p in credit_lexicon().prefixes.items() if p.maker and " " not in w)


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def wire_then_name(text: str) -> tuple[str, str] | None:
    """A wire's name, its photo label, then its photographer's, all in capitals and with no
    sign between them, the house style of Belga ("BELGA PHOTO JANE ROE"), as (wire, name);
    the wires of ``sign_free_wires`` in the credit lexicon write no label ("ANP JANE ROE").

    Example:
        >>> wire_then_name("BELGA PHOTO JANE ROE"), wire_then_name("ANP JANE ROE")
        (('BELGA', 'JANE ROE'), ('ANP', 'JANE ROE'))
        >>> wire_then_name("ANP Jane Roe") is None, wire_then_name("NEW YORK CITY") is None
        (True, True)
    """
    if len(text) > 60 or not text.isupper():
        return None
    words = text.split()
    table = agency_table()
    lex = credit_lexicon()
    for size in (2, 1):
        wire = " ".join(words[:size])
        rest = words[size:]
        if rest and rest[0].casefold() in _photo_labels():
            rest = rest[1:]
        elif wire.casefold() not in lex.sign_free_wires:
            continue  # "SANA AHMED KHAN": a name, unless the wire's style has no label
        if not 2 <= len(rest) <= 4 or not all(_NAME_WORD.match(w) for w in rest):
            continue
        name = " ".join(rest)
        # "AFP FILE PHOTO", "AP POOL PHOTO": a marker or an organization's word, no name
        marks = (lex.ignored, lex.org_words, lex.unnamed, lex.prefixes)
        if any(w.casefold() in words_of for w in rest for words_of in marks):
            continue
        if table.agency(wire) is not None and table.agency(name) is None:
            return wire, name
    return None


@cache
def _client_re() -> re.Pattern[str]:
    clients = sorted(credit_lexicon().clients, key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in clients) or '(?!)'})\s+", re.I)


def _agency_for_client(text: str) -> bool:
    """ "Hans Lucas pour Libération", "Getty Images for Tribeca": a known agency, then the
    capitalised name of the client it worked for."""
    parts = _client_re().split(text, maxsplit=1)
    if len(parts) != 2:
        return False
    table = agency_table()
    return bool(table.agency(parts[0]) or table.distributor(parts[0])) and _is_name(
        parts[1], least=1
    )


def unnamed_supplier(text: str) -> bool:
    """An unnamed supplier a credit names by its role: staff, pool, handout, submitted.

    Example:
        >>> unnamed_supplier("Submitted photo"), unnamed_supplier("various")
        (True, False)
    """
    unnamed = credit_lexicon().unnamed.get(text.casefold())
    return unnamed is not None and unnamed.label in _SUPPLIER_LABELS


_SUPPLIER_LABELS = frozenset({"staff", "pool", "handout", "submitted"})


def _looks_like_credit(inner: str, square: bool) -> bool:
    """Whether a bracket at the end of a caption holds a credit."""
    text = without_editor_note(inner.strip())  # "[X 제공. 재판매 및 DB 금지]"
    if credit_lexicon().is_notice(text):  # "[VIDEO]"
        return False
    if starts_with_label(text) or "/" in text or "|" in text or credit_shaped(text):
        return True
    if shot_by(text) is not None or provided_by(text):  # "（新华社记者 李伟 摄）", "[X 제공]"
        return True
    if _bare_label_credit(text):  # "(foto Ansa)": a label with no colon, then a wire
        return True
    table = agency_table()
    issued = credit_lexicon().issued_words
    if (
        text.endswith(issued)
        and any(  # "（新华社发）": the agency issued it
            table.agency(text[: -len(w)]) for w in issued if text.endswith(w)
        )
    ):
        return True
    parts = [p.strip() for p in re.split(r"[,;]", text)]
    if all(table.agency(p) or table.distributor(p) for p in parts if p):
        return True
    if square and text.isupper() and len(text.split()) <= 3:
        return True
    if text.casefold() in credit_lexicon().platforms:  # "selfies [Instagram]": where it was posted
        return True
    if text.casefold() in credit_lexicon().broadcasters:  # "A scene from the series. (Netflix)"
        return True
    if _holding_institution(text):  # "The house in 1932. (Library of Congress)"
        return True
    if _names_then_marker(text) or _issuer_handout(text):
        return True  # "(Oregonian file photo)", "(Star Tribune file)", "(Police handout)"
    if maker_line(text) or unnamed_supplier(
        text
    ):  # "(Jane Roe for The Times)", "(Submitted photo)"
        return True
    return _is_name(text) and text.casefold() not in credit_lexicon().positions


def _holding_institution(text: str) -> bool:
    """A library's, museum's or gallery's name alone (capitalised words, the lexicon's
    lower-case joining words between them, one of them an institution's word)."""
    lex = credit_lexicon()
    words = text.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in lex.org_lower_words for w in words):
        return False
    return any(w.casefold() in lex.sited_institutions for w in words)


def _issuer_handout(text: str) -> bool:
    """Capitalised words naming who issued a handout, then the handout's word ("Police
    handout", "Airbus Handout"): the issuer and its handout, no sentence's words."""
    head, _, last = text.rpartition(" ")
    unnamed = credit_lexicon().unnamed.get(last.casefold()) if head else None
    if unnamed is None or unnamed.label != "handout" or len(head.split()) > 4:
        return False
    return _is_name(head, least=1) or bool(agency_table().agency(head))


def _names_then_marker(text: str) -> bool:
    """Capitalised names followed by an archive marker or role code ("Oregonian file photo")."""
    words = text.split()
    ignored = credit_lexicon().ignored
    for k in (1, 2, 3):  # markers are one to three words
        if len(words) > k and " ".join(words[-k:]).casefold() in ignored:
            head = " ".join(words[:-k])  # "연합뉴스 자료사진": a wire with no letter case
            return _is_name(head, least=1) or bool(agency_table().agency(head))
    return False


def _is_name(text: str, least: int = 2) -> bool:
    """Two (or ``least``) to four capitalised words (initials and name particles allowed):
    "Sondeep Shankar"."""
    words = text.split()
    if not least <= len(words) <= 4:
        return False
    particles = credit_lexicon().name_particles
    return all(
        (len(w) > 1 and w[0].isupper()) or w.casefold() in particles or _INITIAL.match(w)
        for w in words
    ) and any(c.isalpha() for c in text)


_MAKER_PARTS = re.compile(r"\s*/\s*|\s+for\s+|\s+\|\s+")
_COMMA = re.compile(r",\s+")


def maker_line(text: str) -> bool:
    """A name, then whom the picture was made for: "Jane Roe/The New York Times",
    "Jane Roe for The Times" (no known agency needed: the shape says it).

    Example:
        >>> maker_line("Jane Roe for The Coast Times"), maker_line("Jane Roe/NPR")
        (True, True)
        >>> maker_line("Kyiv/Ukraine"), maker_line("Vote Jane Roe for Mayor")
        (False, False)
    """
    if len(text) > 100 or ". " in text or _byline(text):
        return False
    parts = _MAKER_PARTS.split(text, maxsplit=1)
    if len(parts) == 2 and _is_name(parts[0]) and _outlet(parts[1]):
        return True
    # "Jane Roe, The Associated Press": after a comma only a known agency (a caption
    # names people by their work: "Jane Roe, Times columnist")
    parts = _COMMA.split(text, maxsplit=1)
    table = agency_table()
    return (
        len(parts) == 2
        and _is_name(parts[0])
        and bool(table.agency(parts[1]) or table.distributor(parts[1]))
    )


def _byline(text: str) -> bool:
    """A writer's byline: "By Jane Roe, Reuters", "Par Jeanne Roe / AFP"."""
    first = text.split(" ", 1)[0].casefold()
    return " " in text and first in credit_lexicon().byline_words


def _outlet(text: str) -> bool:
    """A name that is plainly an organization's: a known agency, an acronym, "The ...",
    or a name with an organization's word ("Times", "News"); not "Mayor" or a person."""
    if not _is_name(text, least=1):
        return False
    lex = credit_lexicon()
    words = text.casefold().split()
    table = agency_table()
    return bool(
        table.agency(text)
        or table.distributor(text)
        or (text.isupper() and len(words) == 1)
        or words[0] in lex.non_person_starts
        or set(words) & lex.org_words
    )


@cache
def _shot_re(labelled: bool = False) -> re.Pattern[str] | None:
    """ "新华社记者 李伟 摄"; ``labelled``: after a "photographed by" label ("摄影：新华社记者
    李伟"), where the mark may be left out but the agency's reporter word is written."""
    lex = credit_lexicon()
    if not lex.shot_marks:
        return None
    marks = "|".join(re.escape(w) for w in sorted(lex.shot_marks, key=len, reverse=True))
    reporters = "|".join(re.escape(w) for w in lex.reporter_words) or "(?!)"
    org = "" if labelled else "?"
    mark = rf"(?:\s*(?:{marks}))?" if labelled else rf"\s*(?:{marks})"
    return re.compile(
        rf"^(?:(?P<org>[^\s/]{{2,20}}?)(?:{reporters})\s*){org}(?P<name>[^\s/()（）]{{1,12}}"
        rf"(?:[ ·・][^\s/()（）]{{1,12}}){{0,2}}?){mark}$"
    )


@cache
def _editor_note_re() -> re.Pattern[str]:
    # with a colon it is a label ("Image credit: Mandatory Credit: Photo by ...")
    lex = credit_lexicon()
    notes = sorted(lex.editor_notes, key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in notes) or "(?!)"
    # a note's own label takes its colon ("EDITOR'S NOTE: THIS IMAGE WAS ...")
    labels = "|".join(re.escape(w) for w in sorted(lex.editor_note_labels, key=len, reverse=True))
    labelled = rf"|(?<=[\s.)])(?:{labels})\s*[:：]" if labels else ""
    return re.compile(rf"(?<=[\s.\-–—/])(?:{alts})\b(?!\s*[:：]){labelled}", re.I)


def without_editor_note(text: str) -> str:
    """A credit without the wire's note to editors after it, and all after the note.

    Example:
        >>> without_editor_note("KYODO/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS ...")
        'KYODO/via REUTERS'
        >>> without_editor_note("[삼성전자 제공. 재판매 및 DB 금지]")
        '[삼성전자 제공'
    """
    note = _editor_note_re().search(text) if len(text) > 12 else None
    return text if note is None else text[: note.start()].rstrip(" -–—.")


def provided_by(text: str) -> str | None:
    """The supplier of a CJK "provided by" credit ("삼성전자 제공", "東京電力提供"), or ``None``.

    Example:
        >>> provided_by("삼성전자 제공"), provided_by("東京電力提供"), provided_by("제공")
        ('삼성전자', '東京電力', None)
    """
    text = text.strip()
    mark = next((m for m in credit_lexicon().provided_marks if text.endswith(m)), None)
    if mark is None:
        return None
    head = text[: -len(mark)].strip()
    # one to three words of a name, not a sentence ending in the mark
    return head if head and len(head) <= 30 and len(head.split()) <= 3 else None


@cache
def _issued_re() -> re.Pattern[str] | None:
    """ "新华社发（李伟 摄）", "新华社发 李伟 摄": an agency issued a picture its photographer
    took (the name and its mark may sit in brackets; a closing one may be gone)."""
    lex = credit_lexicon()
    if not lex.shot_marks or not lex.issued_words:
        return None
    marks = "|".join(re.escape(w) for w in sorted(lex.shot_marks, key=len, reverse=True))
    issued = "|".join(re.escape(w) for w in lex.issued_words)
    return re.compile(
        rf"^(?P<org>[^\s/()（）]{{2,20}}?)(?:{issued})(?:\s*+（)?\s*+(?P<name>[^\s/()（）]{{1,12}}"
        rf"(?:[ ·・][^\s/()（）]{{1,12}}){{0,2}})\s*(?:{marks})\s*）?$"
    )


def shot_by(text: str, *, labelled: bool = False) -> tuple[str | None, str] | None:
    """The (agency, photographer) of a CJK "photographed by" credit, or ``None``.

    ``labelled``: the text followed a "photographed by" label ("摄影：新华社记者 李伟"); the
    mark may then be left out, and an agency's reporter must be named.

    Example:
        >>> shot_by("新华社记者 李伟 摄"), shot_by("李伟 摄")
        (('新华社', '李伟'), (None, '李伟'))
        >>> shot_by("新华社发（李伟 摄）")
        ('新华社', '李伟')
        >>> shot_by("北京的雪景") is None
        True
    """
    issued = None if labelled else _issued_re()
    match = issued.match(text.strip()) if issued is not None else None
    if match is not None and agency_table().agency(match.group("org")):
        return match.group("org"), match.group("name")
    pattern = _shot_re(labelled)
    match = pattern.match(text.strip()) if pattern is not None else None
    if match is None:
        return None
    return match.group("org"), match.group("name")


@cache
def _bare_label_re() -> re.Pattern[str]:
    words = sorted((w for w in credit_lexicon().prefixes if w != "by"), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{alts})\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _bare_label_credit(text: str) -> bool:
    """A label with no colon before a known supplier: "Beeld ANP", "Foto ANSA/Jane Roe"."""
    match = _bare_label_re().match(text)
    if match is None:
        return False
    rest = match.group("rest")
    table = agency_table()
    return bool(table.agency(rest) or table.distributor(rest) or credit_shaped(rest))
