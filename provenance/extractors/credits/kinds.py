"""What one part of a credit line is: a person's name, a known agency or distributor,
an outlet or another organization.

Agencies and distributors come from ``lexicon/data/agencies.yaml``; the words that mark an
organization, name particles and outlets from ``lexicon/data/credits.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from provenance.enums import CreditRole
from provenance.extractors.credits.patterns import CreditRules
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import CreditLexicon, credit_lexicon

__all__ = [
    "NAME_WORD",
    "Segment",
    "broadcaster",
    "is_capital",
    "is_name_case",
    "is_one_word",
    "is_person",
    "is_supplier",
    "known_party",
    "newspaper_name",
    "org_like",
    "org_text",
    "outlet_name",
    "table_lookup",
    "two_han_name",
]

_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")
# hyphens: "-", and the hyphen and non-breaking hyphen of typeset text (U+2010, U+2011)
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.‐‑-]*(?:['’.‐‑-][^\W\d_]+)*\.?$")
_PARTICLE_JOIN = re.compile(r"[-‐‑]")
# scripts written without spaces between a name's parts: Han (CJK ideographs), kana
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_NAME = re.compile(
    r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
# characters the agency table's own normalising lookup would change ("nprov:AFP", "afp.com")
_ODD = re.compile(r"[:.,;()\[\]/-]|\s\s|^\s|\s$")


@dataclass(slots=True)
class Segment:
    text: str
    kind: str  # person | agency | distributor | org | unnamed
    name: str | None
    role: CreditRole | None = None
    courtesy: bool = False


_VOWEL = re.compile(r"[^B-DF-HJ-NP-TV-XZ]")  # in a shouted word: any letter not a Latin consonant


def _org_name(text: str, canonical: str) -> str:
    """The name to report for a known agency: as written, with shouting tamed.

    Surface names are kept ("Kyodo News", "USA TODAY Sports", "Associated Press").
    Written in capitals, the agency's own spelling is used when the shout is that
    spelling ("REUTERS" -> "Reuters", "GETTY IMAGES" -> "Getty Images"); another form
    keeps its letters ("ASSOCIATED PRESS" -> "Associated Press", "KEYSTONE" ->
    "Keystone", not Keystone-SDA), and acronyms stay as written ("AA", "ТАСС",
    "ITAR-TASS", "TTXVN": Latin consonants only).
    """
    if not text.isupper() or canonical.casefold() == text.casefold():
        return canonical if text.isupper() else text
    if " " not in text and (len(text) <= 4 or "-" in text or not _VOWEL.search(text)):
        return text  # "TTXVN": no vowel to read it by, an acronym
    return org_text(text) if " " in text else text.capitalize()


def table_lookup(
    text: str, table: dict[str, str] | MappingProxyType[str, str], slow: Callable[[str], str | None]
) -> str | None:
    """A table lookup: the exact case-folded key first, the normalising lookup if needed."""
    hit = table.get(text.casefold())
    if hit is not None or not _ODD.search(text):
        return hit
    return slow(text)


def known_party(text: str, rules: CreditRules) -> Segment | None:
    table = agency_table()
    bare = rules.trailing_label.sub("", text)
    for kind, names, slow in (
        ("agency", table.agencies, table.agency),
        ("distributor", table.distributors, table.distributor),
    ):
        canonical = table_lookup(text, names, slow) or (
            table_lookup(bare, names, slow) if bare != text else None
        )
        if canonical is None and kind == "agency":  # "APP" as written, never "App"
            canonical = table.written_names.get(text) or table.written_names.get(bare)
        if canonical is None:
            continue
        # "AP Photo", "AAP Image": the agency and a photo label; "Getty Images", "PA Images"
        # and "Reuters TV" keep their last word (a part of the name as written)
        suffix = text[len(bare) :].casefold()
        label = suffix.strip() in rules.lex.own_photo_labels
        surface = bare if label and not canonical.casefold().endswith(suffix) else text
        if table_lookup(surface, names, slow) is None and surface not in table.written_names:
            surface = text  # "APP photo": a written name and its label keep the name
        return Segment(text, kind, _org_name(surface, canonical))
    return None


def _folded_words(text: str) -> set[str]:
    """A name's words, case-folded, with the last label of a domain ("Space.com" adds "com")
    and the parts of a hyphenated word ("Post-Dispatch" adds "post" and "dispatch")."""
    words = {w.casefold().strip(".,") for w in text.split(" ")}
    return (
        words
        | {w.rsplit(".", 1)[1] for w in words if "." in w}
        | {part for w in words if "-" in w for part in w.split("-")}
    )


def is_capital(char: str) -> bool:
    """A capital letter, or a letter of a script without case (Arabic, Hebrew, CJK): there
    every name word counts as capitalised."""
    return char.isupper() or (char.isalpha() and char.lower() == char.upper())


def _particle_joined(word: str, rules: CreditRules) -> bool:
    """A particle joined to a capitalised name by a hyphen: "al-Baghdadi", "el-Sisi"."""
    parts = _PARTICLE_JOIN.split(word, maxsplit=1)
    if len(parts) != 2 or not parts[1]:
        return False
    return parts[0].casefold() in rules.lex.name_particles and is_capital(parts[1][0])


def _cjk_person(word: str, lex: CreditLexicon) -> bool:
    """A person's name written without spaces in Japanese or Chinese: a transcribed name
    with dots ("ジョン・スミス"), or three or four Han characters (kana may follow), without
    an organization's mark ("山田太郎"; not "新华社", "朝日新聞", "ゲッティ・イメージズ")."""
    if any(mark in word for mark in lex.cjk_org_marks):
        return False
    for dot in lex.name_dots:
        if dot in word:
            parts = word.split(dot)
            return 2 <= len(parts) <= 4 and all(_CJK_NAME.fullmatch(p) for p in parts)
    return 3 <= len(word) <= 4 and bool(_CJK_NAME.fullmatch(word) and _HAN.match(word))


def two_han_name(word: str, lex: CreditLexicon) -> bool:
    """Two Han characters without an organization's mark: a Chinese family name and a
    one-character given name ("王晔", "李明"), the commonest length of a Chinese name; too
    often a word to count as a name unless a photo label stands before it ("写真：王晔")."""
    if len(word) != 2 or not _HAN.fullmatch(word[0]) or not _HAN.fullmatch(word[1]):
        return False
    return not any(mark in word for mark in lex.cjk_org_marks)


def is_person(text: str, rules: CreditRules) -> bool:
    words = text.split(" ")
    if len(words) == 1 and not text.isascii():
        return _cjk_person(text, rules.lex)
    if not 2 <= len(words) <= 5:
        return False
    folded = _folded_words(text)
    if words[0].casefold() in rules.lex.non_person_starts or folded & rules.lex.org_words:
        return False
    if text.casefold() in rules.lex.outlets | rules.lex.newspapers or broadcaster(text, rules.lex):
        return False  # "Al Jazeera", "Focus Features": an outlet's or studio's name
    if len(words) == 2 and words[0].casefold() in rules.lex.title_articles:
        return False  # "Le Parisien", "Der Spiegel": a title's article and one word
    if rules.trailing_label.search(text):  # "HT Photo", "Express Pictures": an outlet's label
        return False
    capital = 0
    for word in words:
        if _INITIAL.fullmatch(word):
            capital += 1
            continue
        if not NAME_WORD.fullmatch(word):
            return False
        if is_capital(word[0]) or _particle_joined(word, rules):
            capital += 1  # "de-Witt", "al-Sisi": a surname behind its particle
        elif word.casefold() not in rules.lex.name_particles:
            return False
    return capital >= 2


def is_one_word(text: str, rules: CreditRules) -> bool:
    """One word that may be a surname after "and" ("Jane and John DOE"), not an acronym
    or an organization's word ("ESA/Hubble & NASA")."""
    acronym = text.isupper() and len(text) > 1  # "KCNA"; a lone initial is a name ("A and B")
    return " " not in text and not acronym and not org_like(text, rules)


def cjk_outlet(text: str, lex: CreditLexicon) -> bool:
    """A news outlet's name in Han script or Hangul, by its ending ("人民网", "中国日报")."""
    return bool(lex.cjk_outlet_ends) and not text.isascii() and text.endswith(lex.cjk_outlet_ends)


def outlet_name(text: str, lex: CreditLexicon) -> bool:
    """A newspaper's or magazine's name ("Star Tribune", "The Coast Times"), or a listed
    outlet whose name holds no such word ("RNZ", "BBC News")."""
    folded = text.casefold()
    if cjk_outlet(text, lex):
        return True  # "人民网", "朝日新聞社"
    if press_office(folded, lex):
        return False
    return folded in lex.outlets or not lex.outlet_words.isdisjoint(folded.split())


def press_office(folded: str, lex: CreditLexicon) -> bool:
    """A handout issuer's name opening with its handout phrase ("ufficio stampa palazzo
    chigi", an office's press service): never a paper, whatever its words ("stampa")."""
    words = folded.split(" ", 2)
    if len(words) < 3:
        return False
    unnamed = lex.unnamed.get(f"{words[0]} {words[1]}")
    return unnamed is not None and unnamed.label == "handout"


def newspaper_name(text: str, lex: CreditLexicon) -> bool:
    """A newspaper's or magazine's name by its words ("Star Tribune", "The Globe and Mail",
    "Power User Magazine") or a title's article ("Der Spiegel"), not a listed broadcaster
    or site ("RNZ") nor a CJK name."""
    if text.casefold() in lex.newspapers:  # "The Hindu", "Dawn": a listed paper
        return True
    if press_office(text.casefold(), lex):
        return False
    words = text.casefold().split()
    if len(words) == 2 and words[0] in lex.title_articles:
        return True  # "Der Spiegel", "Le Monde": a title's article and one word
    return not lex.outlet_words.isdisjoint(words)


def is_supplier(text: str, rules: CreditRules) -> bool:
    """A known agency or distributor, or an unnamed supplier ("Handout")."""
    return known_party(text, rules) is not None or text.casefold() in rules.lex.unnamed


def org_like(text: str, rules: CreditRules) -> bool:
    """A name that is plainly an organization's: a known agency, a broadcaster ("HBO",
    "Netflix") or one with an org word."""
    if known_party(text, rules) is not None or broadcaster(text, rules.lex):
        return True
    return bool(_folded_words(text) & rules.lex.org_words)


def broadcaster(text: str, lex: CreditLexicon) -> bool:
    """A television network, channel, film studio or streaming service ("NBC", "Netflix",
    "Warner Bros.", "Acme Films"): its stills are sources, never an agency's pictures; so are
    the pictures a press pool or a press service hands out ("Joint Press Corps")."""
    folded = text.casefold().strip()
    if folded in lex.broadcasters or folded in lex.source_parties:
        return True
    head, _, last = folded.rpartition(" ")
    if not head or last not in lex.broadcaster_words:
        return False
    # "Acme Films", not "Getty Images Entertainment" (an agency's collection)
    return not any(w in lex.org_words for w in head.split(" "))


def org_text(text: str) -> str:
    """An organization's name as a reader writes it: shouting words tamed if several.

    Short words stay (acronyms: "BBC NEWS" -> "BBC News") unless they are articles
    or particles ("EL PAÍS" -> "El País") or short words of the lexicon's ``org_title_words``
    ("THE NEW YORK TIMES" -> "The New York Times"); joining words of ``org_lower_words`` go
    lower case ("THE GLOBE AND MAIL" -> "The Globe and Mail"). One shouted word is tamed
    only when it is an organisation's word of the lexicon, no acronym ("BUNDESHEER" ->
    "Bundesheer"; "KCNA", "SANA" stay).
    """
    if " " not in text:
        if len(text) > 5 and text.isupper() and text.casefold() in credit_lexicon().org_words:
            return text.capitalize()
        return text
    if text.isupper() and " " in text:
        lex = credit_lexicon()
        small = lex.name_particles | lex.non_person_starts | lex.org_title_words
        return " ".join(
            w.lower()
            if i and w.casefold() in lex.org_lower_words
            else w.capitalize()
            if len(w) > 3 or w.casefold() in small
            else w
            for i, w in enumerate(text.split(" "))
        )
    return text


def is_name_case(words: list[str]) -> bool:
    """Every word capitalised, as in a proper name ("Universal History Archive")."""
    return all(w[:1].isupper() for w in words)
