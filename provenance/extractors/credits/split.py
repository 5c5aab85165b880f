"""Splitting one photo credit line into parties with IPTC roles.

The vocabulary (role prefixes in any language, role codes, archive markers,
unnamed suppliers, courtesy, relay and client words) is data, read from
``lexicon/data/credits.yaml``; agencies and distributors come from
``lexicon/data/agencies.yaml``. This module holds only the constructions:

- ``Name/Agency/Distributor``, ``Agency/Name``, ``Name | Agency | Distributor``
- ``X via Y``: Y passes X on (a distributor)
- ``Name for Z``: Z commissioned the picture (an agency), or, after an agency,
  Z is the agency's client (a source)
- ``Courtesy (of) X``: X is a source
- ``Left: ...; right: ...``: each part on its own
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from provenance.enums import CreditRole
from provenance.extractors.credits.names import title_case_name
from provenance.extractors.records import CreditParty
from provenance.extractors.text.wordlists import alternation as _alts
from provenance.ingest.credit_text import shot_by
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import CreditLexicon, credit_lexicon

__all__ = ["split_credit"]

_SPACE = re.compile(r"\s+")
_LEAD = re.compile(r"^[\s(\[{\"'“”‘’«»（]+")
_TRAIL = re.compile(r"[\s)\]}\"'“”‘’«».;,:）]+$")
_TRAIL_KEEP_PAREN = re.compile(r"[\s\]}\"'“”‘’«».;,:）]+$")
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|ⓒ|copyright\b)\s*(?:[:：]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\b\s*)?", re.I
)
_INNER_COPYRIGHT = re.compile(r"\s*©\s*(?:\d{4}\b\s*)?")
# image ids: "(12345678a)", "- RTR4JDW4", "#123456"
_IMAGE_ID = re.compile(
    r"\s*\(\s*(?:[A-Z]{0,4}\d{5,}[a-z]{0,3}|\d+[a-z]\d*)\s*\)|\s+[-–]\s+[A-Z]{2,}\d[A-Z0-9]{3,}\b|"
    r"\s*#\d{4,}\b"
)
_SHOULD_READ = re.compile(r"\(?\s*photo\s+credit\s+should\s+read\s+(?P<credit>[^)]+)\)?", re.I)
# a licence clause after the credit: "used under a Creative Commons license", "(CC BY 2.0)"
_LICENCE = re.compile(
    # each run of separators is tried once, from its start (lookbehind, possessive):
    # a long run of spaces was quadratic
    r"(?<![\s,;(])[\s,;(]++(?:(?:used|licen[cs]ed|published|shared|reproduced)\s+)?under\s+"
    r"(?:an?\s+|the\s+)?[^()]{0,60}?licen[cs]e\b.*$|(?<![\s,;])[\s,;]*+\(?"
    r"(?:(?:used|licen[cs]ed)\s+under\s+)?\bCC[\s-]?(?:BY|0)\b[^)]*+\)?\s*$",
    re.I,
)
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_])(?:19|20)\d\d$")
_YEAR = re.compile(r"^(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4})$")
_TRAILING_YEAR = re.compile(r"[\s,]+\d{4}$")
_SEGMENT = re.compile(r"\s*(?:/|\|)\s*|\s*,\s+(?:(?:and|&)\s+)?|\s*;\s*|\s+[-–—]\s+|\s*[—–]\s*")
# lower case or shouted: a capitalized "And" is a surname ("Aaa And and Bbb Ccc / AFP")
_AND = re.compile(r"\s+(?:and|&|und|et|y|e|и|AND|UND|ET|Y|E|И)\s+")
_PAREN = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")
# hyphens: "-", and the hyphen and non-breaking hyphen of typeset text (U+2010, U+2011)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.‐‑-]*(?:['’.‐‑-][^\W\d_]+)*\.?$")
_PARTICLE_JOIN = re.compile(r"[-‐‑]")
_HYPHEN = re.compile(r"^(?P<left>[^\W\d_][\w .'’]+?)-(?P<right>[^\W\d_][\w .'’-]+)$")
_BY = "\x00by"  # marks a credit written "Photo by X" / "By X": X is a creator
# characters the agency table's own normalising lookup would change ("nprov:AFP", "afp.com")
_ODD = re.compile(r"[:.,;()\[\]/-]|\s\s|^\s|\s$")
_OUTLET_ODD = frozenset(":：/|;()")


def _name_stop(text: str) -> tuple[str, str] | None:
    """ "Jane Roe. AFP" as ("Jane Roe", "AFP"): the last stop after a word (not after an
    initial) and a space; the rest holds no other stop."""
    stop = text.rfind(". ")
    head, tail = text[:stop], text[stop + 2 :].strip()
    if stop < 2 or not tail or "." in tail or not all(c.isalpha() for c in head[-2:]):
        return None
    return head, tail


def _outlet_colon(text: str) -> tuple[str, str] | None:
    """ "ABC News: Jane Roe" as ("ABC News", "Jane Roe"): an outlet or supplier, a colon and
    a space, then who made or gave the picture (no other colon)."""
    head, colon, rest = text.partition(":")
    org, rest = head.strip(), rest.strip()
    if not colon or not 2 <= len(org) <= 60 or not text[len(head) + 1 : len(head) + 2].isspace():
        return None
    if not rest or ":" in rest or "：" in rest or any(c in _OUTLET_ODD for c in org):
        return None
    return org, rest


_STOP = re.compile(r"(?<=[^\W\d_]{2})\s?\.\s+")
# "=" ends a label in Korean and Japanese house styles ("사진=연합뉴스", "写真=ロイター")
_LABEL_END = r"(?:\s*[:：=＝]\s*|\s*(?:\.\.\.|…)\s*|\s+by\s*[:：]?\s+|\s+[-–—]\s+)"


@dataclass(frozen=True, slots=True)
class _Rules:
    """Regexes compiled once from the lexicon."""

    lex: CreditLexicon
    prefix: re.Pattern[str]
    by: re.Pattern[str]
    position: re.Pattern[str]
    courtesy: re.Pattern[str]
    relay: re.Pattern[str]
    client: re.Pattern[str]
    trailing_label: re.Pattern[str]
    user: re.Pattern[str]
    contributor: re.Pattern[str]
    host: re.Pattern[str]
    needs_strip: re.Pattern[str]
    marker: re.Pattern[str]
    bare_prefix: re.Pattern[str]
    company: re.Pattern[str]
    made_by: re.Pattern[str]
    title: re.Pattern[str]
    relay_mark: re.Pattern[str]
    trailing_marker: re.Pattern[str]
    marks: re.Pattern[str]


@cache
def _rules() -> _Rules:
    lex = credit_lexicon()
    prefixes = _alts(tuple(w for w in lex.prefix_words if w != "by"))
    return _Rules(
        lex=lex,
        prefix=re.compile(
            rf"^(?P<label>{prefixes})(?:{_LABEL_END}|\s+(?=(?:{_alts(lex.courtesy)}|{prefixes})\b)"
            # a comma ends only a label of two words or more ("Image source, Getty Images"):
            # see _label_match
            rf"|(?P<comma>,)\s+)",
            re.I,
        ),
        by=re.compile(r"^by\s*[:：]?\s+", re.I),
        position=re.compile(rf"^(?:{_alts(lex.positions)})\s*(?:[:,]|\s[-–—])\s*", re.I),
        courtesy=re.compile(rf"^(?:{_alts(lex.courtesy)})\b\s*[:：]?\s*", re.I),
        # mid-line, a capitalized "Via" is a surname ("Carlos Via / AFP"), not a relay
        relay=re.compile(
            rf"(?:^(?i:{_alts(lex.relays)})|(?:\s+|\s*/\s*)"
            rf"(?:{_alts(lex.relays)}|{_alts(tuple(w.upper() for w in lex.relays))}))\s+"
        ),
        # likewise a capitalized "For" is a surname ("Aaa For / AFP"), not a client,
        # except right after a slash or bar ("Name/For The Washington Post")
        client=re.compile(
            rf"(?:\s+|\s*/\s*)"
            rf"(?:{_alts(lex.clients)}|{_alts(tuple(w.upper() for w in lex.clients))})\s+"
            rf"|\s*[/|]\s*(?:{_alts(tuple(w.capitalize() for w in lex.clients))})\s+"
        ),
        trailing_label=re.compile(rf"\s+(?:{_alts(lex.agency_suffixes)})$", re.I),
        contributor=re.compile(rf"^\W*(?:{_alts(lex.contributors)})\s+by\b", re.I),
        host=re.compile(rf"^(?P<handle>.+?)\s+(?:{_alts(lex.hosts)})\s+(?P<site>\S+)$", re.I),
        user=re.compile(
            rf"^(?P<site>\S+(?:\s\S+)?)\s+(?:{_alts(lex.user_words)})\s+(?P<handle>@?\S+)$", re.I
        ),
        # a cheap first test: could anything be stripped from the front?
        needs_strip=re.compile(
            rf"[\s(\[{{\"'“”‘’«»©ⓒ]|(?:copyright|by|{prefixes}|{_alts(lex.positions)}"
            rf"|{_alts(lex.ignored)})(?!\w)",  # not \b: a label may end in a dot ("Fot.")
            re.I,
        ),
        # an archive marker or role code set before the credit: "FILE PHOTO: Name/Agency"
        marker=re.compile(
            rf"^(?:{_alts(lex.ignored)})(?:\s*[:：]\s*|\s+[-–—]\s+|\s+(?=by\s))", re.I
        ),
        # a label and a space before an agency: "Foto ANSA/Name", "Photo EPA"
        bare_prefix=re.compile(rf"^(?:{prefixes})\s+(?P<head>[^/|,;]+)", re.I),
        # "U.S. Navy photo by NAME", "Official White House Photo by NAME"
        made_by=re.compile(
            rf"^(?P<org>[^/|;]+?)\s+(?:{_alts(lex.agency_suffixes)})\s+by\s+(?P<rest>\S.*)$", re.I
        ),
        # "AFP=연합뉴스": the wire after the sign relays the supplier before it
        relay_mark=re.compile(rf"\s*(?:{_alts(lex.relay_marks)})\s*")
        if lex.relay_marks
        else re.compile("$^"),
        # "연합뉴스 자료사진": an archive marker after the supplier and a space
        trailing_marker=re.compile(rf"\s+(?:{_alts(lex.trailing_markers)})$")
        if lex.trailing_markers
        else re.compile("$^"),
        # a cheap first test for the three above
        marks=re.compile(
            _alts((*lex.relay_marks, *lex.trailing_markers, *lex.shot_marks)) or "(?!)"
        ),
        # a rank or title before a name: "Sgt. Jane Roe"
        title=re.compile(rf"^(?:{_alts(lex.titles)})\s+", re.I) if lex.titles else re.compile("$^"),
        # the comma before a legal form: "Acme, Inc." (the form then ends the part)
        company=re.compile(
            rf",\s+(?=(?:{_alts(lex.company_suffixes)})"
            rf"(?:\s*$|\s*[/|;,]|\s+(?:{_alts(lex.relays)}|{_alts(lex.clients)})\s))",
            re.I,
        ),
    )


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _label_match(text: str, rules: _Rules) -> re.Match[str] | None:
    """A role label at the start of ``text``; one ended by a comma has two words or more."""
    match = rules.prefix.match(text)
    if match is not None and match.group("comma") and " " not in match.group("label").strip():
        return None
    return match


def _strip(text: str, rules: _Rules, implied: list[str]) -> str:
    """Take wrappers, ©, role prefixes and position labels off the front of a credit."""
    if not rules.needs_strip.match(text) and not _TRAIL.search(text):
        return text  # "AFP", "Jane Roe": nothing to take off
    previous = None
    while text != previous:
        previous = text
        text = _LEAD.sub("", text)
        text = (_TRAIL_KEEP_PAREN if "(" in text else _TRAIL).sub("", text)
        label = rules.lex.prefixes.get(text.casefold())
        if label is not None:  # "Photo:" with nothing after it; "Pool Photo" names the pool
            if label.implies:
                implied.append(label.implies)
            return ""
        text = _COPYRIGHT.sub("", text)
        text = rules.position.sub("", text)
        text = rules.marker.sub("", text)
        match = _label_match(text, rules)
        bare = None if match else rules.bare_prefix.match(text)
        head = bare.group("head").strip() if bare is not None else ""
        # "Foto ANSA/Name", "Photo Jane Roe": a label without its colon before a name
        if bare is not None and (_known(head, rules) is not None or _is_person(head, rules)):
            text = text[bare.start("head") :]
        if match:
            implies = rules.lex.prefixes[_collapse(match.group("label")).casefold()].implies
            if implies:
                implied.append(implies)
            text = text[match.end() :]
        by = rules.by.match(text)
        if by or (match and match.group(0).rstrip(" :：").casefold().endswith(" by")):
            implied.append(_BY)
            text = text[by.end() :] if by else text
    return text


@dataclass(slots=True)
class _Seg:
    text: str
    kind: str  # person | agency | distributor | org | unnamed
    name: str | None
    role: CreditRole | None = None
    courtesy: bool = False


def _org_name(text: str, canonical: str) -> str:
    """The name to report for a known agency: as written, with shouting tamed.

    Surface names are kept ("Kyodo News", "USA TODAY Sports", "Associated Press").
    Written in capitals, the agency's own spelling is used when the shout is that
    spelling ("REUTERS" -> "Reuters", "GETTY IMAGES" -> "Getty Images"); another form
    keeps its letters ("ASSOCIATED PRESS" -> "Associated Press", "KEYSTONE" ->
    "Keystone", not Keystone-SDA), and acronyms stay as written ("AA", "ТАСС",
    "ITAR-TASS").
    """
    if not text.isupper() or canonical.casefold() == text.casefold():
        return canonical if text.isupper() else text
    if " " not in text and (len(text) <= 4 or "-" in text):
        return text
    return _org_text(text) if " " in text else text.capitalize()


def _lookup(
    text: str, table: dict[str, str] | MappingProxyType[str, str], slow: Callable[[str], str | None]
) -> str | None:
    """A table lookup: the exact case-folded key first, the normalising lookup if needed."""
    hit = table.get(text.casefold())
    if hit is not None or not _ODD.search(text):
        return hit
    return slow(text)


def _known(text: str, rules: _Rules) -> _Seg | None:
    table = agency_table()
    bare = rules.trailing_label.sub("", text)
    for kind, names, slow in (
        ("agency", table.agencies, table.agency),
        ("distributor", table.distributors, table.distributor),
    ):
        canonical = _lookup(text, names, slow) or (
            _lookup(bare, names, slow) if bare != text else None
        )
        if canonical is None:
            continue
        # "AP Photo" is AP; "Getty Images" keeps its own last word
        suffix = text[len(bare) :].casefold()
        surface = bare if bare != text and not canonical.casefold().endswith(suffix) else text
        if _lookup(surface, names, slow) is None:
            surface = text
        return _Seg(text, kind, _org_name(surface, canonical))
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


def _capital(char: str) -> bool:
    """A capital letter, or a letter of a script without case (Arabic, Hebrew, CJK): there
    every name word counts as capitalised."""
    return char.isupper() or (char.isalpha() and char.lower() == char.upper())


def _particle_joined(word: str, rules: _Rules) -> bool:
    """A particle joined to a capitalised name by a hyphen: "al-Baghdadi", "el-Sisi"."""
    parts = _PARTICLE_JOIN.split(word, maxsplit=1)
    if len(parts) != 2 or not parts[1]:
        return False
    return parts[0].casefold() in rules.lex.name_particles and _capital(parts[1][0])


def _is_person(text: str, rules: _Rules) -> bool:
    words = text.split(" ")
    if not 2 <= len(words) <= 5:
        return False
    folded = _folded_words(text)
    if words[0].casefold() in rules.lex.non_person_starts or folded & rules.lex.org_words:
        return False
    if rules.trailing_label.search(text):  # "HT Photo", "Express Pictures": an outlet's label
        return False
    capital = 0
    for word in words:
        if _INITIAL.fullmatch(word):
            capital += 1
            continue
        if not _NAME_WORD.fullmatch(word):
            return False
        if _capital(word[0]):
            capital += 1
        elif word.casefold() not in rules.lex.name_particles and not _particle_joined(word, rules):
            return False
    return capital >= 2


def _one_word(text: str, rules: _Rules) -> bool:
    """One word that may be a surname after "and" ("Jane and John DOE"), not an acronym
    or an organization's word ("ESA/Hubble & NASA")."""
    acronym = text.isupper() and len(text) > 1  # "KCNA"; a lone initial is a name ("A and B")
    return " " not in text and not acronym and not _org_like(text, rules)


def _outlet_name(text: str, lex: CreditLexicon) -> bool:
    """A newspaper's or magazine's name ("Star Tribune", "The Coast Times")."""
    return not lex.outlet_words.isdisjoint(text.casefold().split())


def _supplier(text: str, rules: _Rules) -> bool:
    """A known agency or distributor, or an unnamed supplier ("Handout")."""
    return _known(text, rules) is not None or text.casefold() in rules.lex.unnamed


def _org_like(text: str, rules: _Rules) -> bool:
    """A name that is plainly an organization's: a known agency or one with an org word."""
    return _known(text, rules) is not None or bool(_folded_words(text) & rules.lex.org_words)


def _org_text(text: str) -> str:
    """An organization's name as a reader writes it: shouting words tamed if several.

    Short words stay (acronyms: "BBC NEWS" -> "BBC News") unless they are articles
    or particles ("EL PAÍS" -> "El País").
    """
    if text.isupper() and " " in text:
        lex = credit_lexicon()
        small = lex.name_particles | lex.non_person_starts
        return " ".join(
            w.capitalize() if len(w) > 3 or w.casefold() in small else w for w in text.split(" ")
        )
    return text


def _classify(text: str, rules: _Rules) -> list[_Seg]:
    """The parties in one segment of a credit (between slashes, bars or commas)."""
    lex = rules.lex
    implied: list[str] = []
    text = _TRAILING_YEAR.sub("", _strip(text, rules, implied))
    out = [_Seg(w, "unnamed", None) for w in implied if w != _BY]
    if not text or _YEAR.match(text) or lex.is_ignored(text):
        return out
    folded = text.casefold()
    if folded in lex.unnamed:
        return [*out, _Seg(text, "unnamed", None)]
    paren = _PAREN.match(text)
    if paren:
        head = _classify(paren.group("head"), rules)
        inner = _classify(paren.group("inner"), rules)
        acronym = paren.group("inner").strip()
        if len(head) == 1 and head[0].kind == "org" and acronym.isupper() and " " not in acronym:
            # "Helmholtz Centre for Infection Research (HZI)": one name, as written
            # ("courtesy of" in front stays off the name)
            name = f"{head[0].name or head[0].text} ({acronym})"
            return [*out, _Seg(text, "org", _org_text(name), courtesy=head[0].courtesy)]
        if head and head[-1].kind == "person":  # "Name (Outlet)": the outlet they work for
            for seg in inner:
                if seg.kind == "person":
                    seg.kind, seg.name = "org", _org_text(seg.text)
        return out + head + inner
    words = text.split(" ")
    if len(words) > 1 and lex.is_ignored(words[-1]) and (known := _known(text, rules)):
        return [*out, known]  # "Hulton Archive" is a name, not "Hulton" and a marker
    for size in (2, 1):  # "Oregonian file photo": an archive marker after the name
        tail = " ".join(words[-size:])
        if len(words) > size and lex.is_ignored(tail):
            if tail[0].isupper() and tail.casefold() in lex.org_words and _is_name_case(words):
                break  # "Universal History Archive": the archive's own name
            return out + _classify(" ".join(words[:-size]), rules)
    user = rules.user.match(text) if " " in text else None
    if user and _org_like(user.group("site"), rules):  # "Flickr user fo.ol"
        site, handle = user.group("site"), user.group("handle")
        return [
            *out,
            _Seg(handle, "person", handle),
            _Seg(site, "org", _org_text(site), courtesy=True),
        ]
    host = rules.host.match(text) if " " in text else None
    if host and _is_person(host.group("handle"), rules) and _org_like(host.group("site"), rules):
        # "Jane Roe on Unsplash": the person made it, the site is where it was found
        handle, site = host.group("handle"), host.group("site")
        return [
            *out,
            _Seg(handle, "person", title_case_name(handle)),
            _Seg(site, "org", _org_text(site), courtesy=True),
        ]
    courtesy = rules.courtesy.match(text)
    if courtesy and courtesy.end() < len(text):
        rest = text[courtesy.end() :]
        segs = [s for part in _SEGMENT.split(rest) for s in _classify(part, rules)]
        for seg in segs:
            if seg.kind in ("person", "org"):
                seg.kind, seg.courtesy = "org", True
                seg.name = seg.text
        return out + segs
    known = _known(text, rules)
    if known is None and text[-1:].isdigit():  # "AP2014": a year glued to the agency
        known = _known(_GLUED_YEAR.sub("", text), rules)
    if known is not None:
        return [*out, known]
    hyphen = _HYPHEN.match(text)
    if hyphen and _known(hyphen.group("right"), rules):  # "Name-USA TODAY Sports"
        return (
            out + _classify(hyphen.group("left"), rules) + _classify(hyphen.group("right"), rules)
        )
    names = [n for n in _AND.split(text) if n]
    if len(names) > 1 and all(_org_like(n, rules) for n in names):
        return out + [s for n in names for s in _classify(n, rules)]
    if len(names) > 1 and all(_is_person(n, rules) or _one_word(n, rules) for n in names):
        return out + [_Seg(n, "person", title_case_name(n)) for n in names]
    untitled = text
    while (titled := rules.title.match(untitled)) is not None:  # "Maj. Gen. Jane Roe"
        untitled = untitled[titled.end() :]
    if untitled != text and _is_person(untitled, rules):  # "Sgt. Jane Roe": the rank goes
        return [*out, _Seg(text, "person", title_case_name(untitled.rstrip(".")))]
    if _is_person(text, rules):
        return [*out, _Seg(text, "person", title_case_name(text.rstrip(".")))]
    return [*out, _Seg(text, "org", _org_text(text))]


def _is_name_case(words: list[str]) -> bool:
    """Every word capitalised, as in a proper name ("Universal History Archive")."""
    return all(w[:1].isupper() for w in words)


def _chain(text: str, rules: _Rules) -> list[_Seg]:
    text = _INNER_COPYRIGHT.sub(" / ", text)
    if "," in text:  # "CQ-Roll Call, Inc": a company's legal form stays with its name
        text = rules.company.sub(" ", text)
    return [seg for part in _SEGMENT.split(text) if part for seg in _classify(part, rules)]


def _label(seg: _Seg) -> str | None:
    unnamed = credit_lexicon().unnamed.get(seg.text.casefold())
    return unnamed.label if seg.kind == "unnamed" and unnamed else None


def _handout_issuers(segs: list[_Seg], rules: _Rules, *, passed_on: bool) -> list[_Seg]:
    """The agencies of a handout chain that issued the handout, not the wire passing it on.

    A state agency issues handouts that a wire relays. Before a relay word the agency
    ahead of the handout marker issued it ("IRNA / Handout via Reuters"); in one chain the
    wire ends it ("KCNA / Handout / Reuters") or opens it with its photo label ("AFP PHOTO
    / HO / SANA"), and every other agency issued it.
    """
    agencies = [s for s in segs if s.kind == "agency"]
    if passed_on:
        marker = next(i for i, s in enumerate(segs) if _label(s) == "handout")
        return [s for s in agencies[:marker] if s in segs[:marker]]
    if len(agencies) < 2:
        return []
    labelled = rules.trailing_label.search(agencies[0].text) is not None
    wire = agencies[0] if segs[0] is agencies[0] and labelled else agencies[-1]
    return [s for s in agencies if s is not wire]


def _relaying_wires(segs: list[_Seg]) -> list[_Seg]:
    """The wires that pass on another wire's picture: of two agencies beside one
    photographer, the one farther from the name ("Name/Reuters/Scanpix", "APA/AFP/Name",
    "THE CANADIAN PRESS/AP/Name"), as Getty is in "Name/AFP/Getty Images"."""
    people = [i for i, s in enumerate(segs) if s.kind == "person"]
    wires = [i for i, s in enumerate(segs) if s.kind == "agency"]
    if len(people) != 1 or len(wires) != 2:
        return []
    near = min(wires, key=lambda i: abs(i - people[0]))
    return [segs[i] for i in wires if i != near]


def _assign(segs: list[_Seg], *, relayed: bool, passed_on: bool = False) -> None:
    """Give each party of one chain ("Name/Agency/Distributor") its IPTC role.

    ``passed_on``: a relay ("via Reuters") follows the chain.
    """
    lex = credit_lexicon()
    orgs = [s for s in segs if s.kind in ("agency", "distributor", "org")]
    handout = any(_label(s) == "handout" for s in segs)
    issuers = _handout_issuers(segs, _rules(), passed_on=passed_on) if handout else []
    relaying_wires = _relaying_wires(segs) if len(segs) >= 3 else []
    person = any(s.kind == "person" for s in segs)
    # "Name/Abaca/Sipa USA", "Name/REX/Shutterstock": with no agency or outlet named
    # ("Name/Chicago Tribune/TNS"), the first distributor supplied the picture as its
    # own; the ones after it pass it on
    supplier = next((s for s in segs if s.kind == "distributor"), None)
    if any(s.kind in ("agency", "org") for s in segs) or not person or handout:
        supplier = None
    for i, seg in enumerate(segs):
        if seg.kind == "person":
            seg.role = CreditRole.PHOTOGRAPHER
        elif seg.kind == "unnamed":
            unnamed = lex.unnamed.get(seg.text.casefold())
            seg.role = unnamed.role if unnamed else CreditRole.SOURCE
        elif relayed:
            seg.role = CreditRole.DISTRIBUTOR
        elif seg.courtesy or (issuers and any(seg is s for s in issuers)):
            seg.role = CreditRole.SOURCE
        elif seg.kind == "agency":
            # a wire passing on a handout, or another party's picture, that it did
            # not take is its distributor ("ITV, ASSOCIATED PRESS")
            relaying = handout or (i > 0 and segs[0].kind == "org" and not segs[0].courtesy)
            relaying = (relaying and not person) or (
                bool(relaying_wires) and any(seg is w for w in relaying_wires)
            )
            seg.role = CreditRole.DISTRIBUTOR if relaying else CreditRole.AGENCY
        elif seg.kind == "distributor":
            # a distributor alone supplied the picture, unless it passes on a handout
            alone = len(orgs) == 1 and not handout
            seg.role = CreditRole.AGENCY if alone or seg is supplier else CreditRole.DISTRIBUTOR
        elif (seg.name or seg.text).casefold() in lex.platforms:
            seg.role = CreditRole.SOURCE  # "Name/Flickr": where the picture was posted
        else:
            after_person = i > 0 and segs[i - 1].kind == "person"
            agency_named = any(s.kind == "agency" for s in segs)
            own = after_person or (person and _outlet_name(seg.text, lex))  # "NZ Herald/Name"
            seg.role = CreditRole.AGENCY if own and not agency_named else CreditRole.SOURCE


def _stock_handles(chain: list[_Seg], rules: _Rules) -> None:
    """A one-word part beside a stock library is its contributor's handle, kept as written.

    "Shutterstock / jdoe123", "iStock / Getty Images Plus / username": the handle
    made the picture; an organization's word or a platform stays an organization.
    """
    lex = rules.lex
    handles = [
        seg
        for seg in chain
        if seg.kind == "org" and " " not in seg.text and not seg.courtesy
        if seg.text.casefold() not in lex.platforms and not _org_like(seg.text, rules)
    ]
    if not handles:  # the common case ("Name/AFP"): nothing to look up
        return
    table = agency_table()

    def stock(seg: _Seg) -> bool:
        if seg.text.casefold() in lex.stock:  # "Unsplash": a platform, not in the agency list
            return True
        if seg.kind not in ("agency", "distributor"):
            return False
        canonical = _lookup(seg.text, table.agencies, table.agency) or _lookup(
            seg.text, table.distributors, table.distributor
        )
        names = {seg.text.casefold(), (seg.name or "").casefold(), (canonical or "").casefold()}
        return bool(names & lex.stock)

    if any(stock(seg) for seg in chain):
        for seg in handles:
            seg.kind, seg.name = "person", seg.text


def _one_word_name(seg: _Seg, rules: _Rules) -> bool:
    """A one-word part that can be a person's name: capitalised, no organization's,
    platform's or stock library's word, and not a short acronym ("KCNA")."""
    word = seg.text
    if seg.kind != "org" or seg.courtesy or " " in word or not _NAME_WORD.fullmatch(word):
        return False
    if not _capital(word[0]) or (word.isupper() and len(word) < 6) or _org_like(word, rules):
        return False
    return word.casefold() not in rules.lex.platforms | rules.lex.stock


def _maker_slot(chain: list[_Seg], rules: _Rules) -> None:
    """ "REUTERS/Name", "AP Photo/Name", "EPA/NAME": the part right after a wire written
    first is its photographer, even a one-word name ("REUTERS/Madonna")."""
    if len(chain) >= 2 and chain[0].kind == "agency" and _one_word_name(chain[1], rules):
        chain[1].kind, chain[1].name = "person", title_case_name(chain[1].text)


def _outlet(text: str, rules: _Rules) -> bool:
    """A publication's or agency's name: known, "The ...", or with an organization's word."""
    first = text.split(" ", 1)[0].casefold()
    return _org_like(text, rules) or first in rules.lex.non_person_starts


def _names_a_maker(head: str, client: str, rules: _Rules) -> bool:
    """Whether "HEAD for Z" reads "Name for Z" / "Name/Agency for Z", not "Centre for Research".

    A one-word head is a name only before an outlet ("Madonna for The Guardian", not
    "Americans for Prosperity")."""
    chain = _chain(head, rules)
    if not chain:
        return False
    last = chain[-1]
    if last.kind in ("person", "agency", "distributor"):
        return True
    return _one_word_name(last, rules) and _outlet(client, rules)


def _one(text: str, rules: _Rules) -> list[_Seg]:
    """The parties of one credit (no ';'-separated parts)."""
    implied: list[str] = []
    text = _strip(text, rules, implied)
    marked = rules.marks.search(text) is not None  # a mark of the CJK forms below
    if marked:  # "연합뉴스 자료사진", "AFP=연합뉴스"
        text = rules.relay_mark.sub(" via ", rules.trailing_marker.sub("", text))
    stop = _name_stop(text) if ". " in text else None
    if stop is not None and _supplier(stop[1], rules):
        text = f"{stop[0]} / {stop[1]}"  # "Jane Roe. AFP" (Libération)
    outlet = _outlet_colon(text) if ":" in text else None
    if outlet is not None:
        org, rest = outlet
        named = _org_like(org, rules) or rules.lex.unnamed.get(org.casefold()) is not None
        maker = _is_person(rest, rules) or _org_like(rest, rules) or rest.startswith("@")
        if named and maker:  # "ABC News: Jane Roe", "Supplied: Queensland Police", "X: @user"
            text = f"{org} / {rest}"
    by_creator = _BY in implied
    segs = [_Seg(w, "unnamed", None) for w in implied if w != _BY]
    shot = shot_by(text) if marked else None
    if shot is not None:  # "新华社记者 李伟 摄": the agency's reporter took it
        agency, name = shot
        chain = _chain(agency, rules) if agency else []
        chain.append(_Seg(name, "person", name))
        _assign(chain, relayed=False)
        _assign(segs, relayed=False)
        return segs + chain
    made = rules.made_by.match(text)
    if made and not _is_person(made.group("org"), rules):
        # "U.S. Navy photo by NAME": the organization made it through its photographer
        for seg in _chain(made.group("org"), rules):
            own = seg.kind == "agency" or _outlet_name(seg.text, rules.lex)  # "Star Tribune"
            seg.role = CreditRole.AGENCY if own else CreditRole.SOURCE
            if seg.kind == "person":
                seg.kind, seg.name = "org", seg.text
            segs.append(seg)
        return segs + _one(f"by {made.group('rest')}", rules)
    pieces = rules.relay.split(text)
    head, relays = pieces[0], [p for p in pieces[1:] if p]
    client: str | None = None
    parts = rules.client.split(head, maxsplit=1)
    maker = len(parts) == 2 and _names_a_maker(parts[0], parts[1], rules)
    if maker:
        head, client = parts
    chain = _chain(head, rules)
    if maker and chain and _one_word_name(chain[-1], rules):
        chain[-1].kind, chain[-1].name = "person", title_case_name(chain[-1].text)
    _maker_slot(chain, rules)
    first = chain[0] if chain else None
    one_word = first is not None and first.kind == "org" and " " not in first.text
    # "Photo by gargantiopa": a one-word creator, not an organization; but
    # "Keystone-France", capitalized on both sides of a hyphen, is a company's name
    compound = first is not None and "-" in first.text and first.text.split("-")[1][:1].isupper()
    handle = first is not None and not first.text.isupper() and not first.courtesy
    # "Photo by Unsplash / name": a stock library or platform is never the creator
    handle = handle and first is not None and first.text.casefold() not in rules.lex.stock
    if by_creator and first and one_word and handle and not compound:
        first.kind, first.name = "person", first.text
    _stock_handles(chain, rules)
    _assign(chain, relayed=False, passed_on=bool(relays))
    if not head.strip() and relays:  # "Via Facebook": where the picture was found
        sources = _chain(relays[0], rules)
        _assign(sources, relayed=False)
        for seg in sources:
            # "Via Facebook": where it was found; "via Reuters": a wire passing it on
            if seg.kind in ("agency", "distributor"):
                seg.role = CreditRole.DISTRIBUTOR
            elif seg.kind != "person":
                seg.role = CreditRole.SOURCE
        relays = relays[1:]
        chain = sources
    segs.extend(chain)
    if client:
        named_org = any(s.kind in ("agency", "distributor", "org") for s in chain)
        for seg in _chain(client, rules):
            seg.role = CreditRole.SOURCE if named_org else CreditRole.AGENCY
            if seg.kind == "person":
                seg.kind, seg.name = "org", seg.text
            segs.append(seg)
    for relay in relays:
        relayed = _chain(relay, rules)
        _assign(relayed, relayed=True)
        for seg in relayed:  # "@user via Twitter": where it was found, never a distributor
            if (seg.name or seg.text).casefold() in rules.lex.platforms:
                seg.role = CreditRole.SOURCE
        segs.extend(relayed)
    for seg in segs:
        if seg.role is None:
            unnamed = rules.lex.unnamed.get(seg.text.casefold()) if seg.kind == "unnamed" else None
            seg.role = unnamed.role if unnamed else CreditRole.SOURCE
    return segs


def _dedupe(parties: list[CreditParty]) -> tuple[CreditParty, ...]:
    seen: set[tuple[str, CreditRole]] = set()
    out: list[CreditParty] = []
    for party in parties:
        key = ((party.name or party.as_written).casefold(), party.role)
        if key not in seen:
            seen.add(key)
            out.append(party)
    return tuple(out)


def _prepare(line: str) -> str:
    text = _collapse(line)
    should = _SHOULD_READ.search(text)
    if should:
        text = should.group("credit")
    if "licen" in text or "CC" in text:
        text = _LICENCE.sub("", text)
    return _IMAGE_ID.sub("", text)


def _parts(text: str, rules: _Rules) -> list[str]:
    """The credits of a line: "A; B", and "Animation by A. Photo by B." (a label after a stop)."""
    parts: list[str] = []
    for part in text.split(";"):
        start = 0
        for stop in _STOP.finditer(part):
            rest = part[stop.end() :]
            if _label_match(rest, rules) or rules.position.match(rest):
                parts.append(part[start : stop.start() + 1])
                start = stop.end()
        parts.append(part[start:])
    return parts


def split_credit(credit_line: str) -> tuple[CreditParty, ...]:
    """Split a photo credit line into parties with their IPTC roles, in written order.

    Role codes (STR, Stringer) and archive markers (File) are dropped; unnamed
    suppliers ("Pool", "Handout", "various sources") have ``name=None``.

    Example:
        >>> [(p.name, str(p.role)) for p in split_credit("(FABRICE COFFRINI/AFP/Getty Images)")]
        [('Fabrice Coffrini', 'photographer'), ('AFP', 'agency'), ('Getty Images', 'distributor')]
        >>> [(p.name, str(p.role)) for p in split_credit("Foto: Dana Reed for The Guardian")]
        [('Dana Reed', 'photographer'), ('The Guardian', 'agency')]
        >>> split_credit("Drew ANGERER / various sources / AFP")[1]
        CreditParty(name=None, role=<CreditRole.SOURCE: 'source'>, as_written='various sources')

    Raises:
        Nothing: an unparseable credit gives what it can (possibly an empty tuple).
    """
    rules = _rules()
    text = _prepare(credit_line)
    parties: list[CreditParty] = []
    for part in _parts(text, rules):
        if rules.contributor.match(part):  # "Styling by Name": not the picture's maker
            continue
        for seg in _one(part, rules):
            assert seg.role is not None
            parties.append(CreditParty(seg.name, seg.role, seg.text))
    return _dedupe(parties)
