"""The regexes of the credit splitter, compiled once from the credit lexicon.

Role prefixes, positions, courtesy, relay and client words, archive markers and the
marks of the CJK house styles are data (``lexicon/data/credits.yaml``); this module turns
them into the patterns the other modules of the splitter read through :func:`credit_rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from provenance.extractors.text.wordlists import alternation as _alts
from provenance.ingest.credit_labels import name_ahead
from provenance.lexicon.credits import CreditLexicon, credit_lexicon

__all__ = ["CreditRules", "collapse", "credit_rules"]

_SPACE = re.compile(r"\s+")
# "=" ends a label in Korean and Japanese house styles ("사진=연합뉴스", "写真=ロイター"), and
# so does the Japanese middle dot with no colon after it ("撮影・山田太郎", not the "・" of
# "写真・文：NAME", a label of its own)
_LABEL_END = (
    r"(?:\s*[:：=＝]\s*|・(?![^:：=＝]*[:：=＝])|\s*(?:\.\.\.|…)\s*|\s+by\s*[:：]?\s+|\s+[-–—]\s+)"
)


@dataclass(frozen=True, slots=True)
class CreditRules:
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
    labelled_maker: re.Pattern[str]
    rights_notice: re.Pattern[str]
    rights_words: tuple[str, ...]  # the last word of each notice: a cheap first test
    relay_mark: re.Pattern[str]
    trailing_marker: re.Pattern[str]
    marks: re.Pattern[str]
    grammar_words: frozenset[str]  # the lexicon's words, which stay lower case in a line
    caption_label: re.Pattern[str]
    trailing_date: re.Pattern[str]
    code: re.Pattern[str]


@cache
def credit_rules() -> CreditRules:
    lex = credit_lexicon()
    prefixes = _alts(tuple(w for w in lex.prefix_words if w != "by"))
    # one-word photo labels ("photo", "foto", "bild"): the labels that name who made it
    makers = tuple(w for w, p in lex.prefixes.items() if p.maker and " " not in w)
    return CreditRules(
        lex=lex,
        prefix=re.compile(
            rf"^(?P<label>{prefixes})(?:{_LABEL_END}|\s+(?=(?:{_alts(lex.courtesy)}|{prefixes})\b)"
            # "Foto de Jane Roe", "Photo par Jane Roe": "by" in another language, before a name
            rf"|\s+(?P<maker>{_alts(lex.maker_words) or '(?!)'})\s++{name_ahead()}"
            # "Photo from Acme", "Video grab from BBC footage": where the picture came from
            rf"|\s+(?P<origin>{_alts(lex.origin_words) or '(?!)'})\s+(?=\S)"
            # a comma ends only a label of two words or more ("Image source, Getty Images"):
            # see label_match
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
        # except right after a slash, bar or comma ("Name/For The Washington Post",
        # "Name, Special to the Star")
        client=re.compile(
            rf"(?:\s+|\s*/\s*)"
            rf"(?:{_alts(lex.clients)}|{_alts(tuple(w.upper() for w in lex.clients))})\s+"
            rf"|\s*[/|,]\s*(?:{_alts(tuple(w.capitalize() for w in lex.clients))})\s+"
        ),
        trailing_label=re.compile(rf"\s+(?:{_alts(lex.agency_suffixes)})$", re.I),
        contributor=re.compile(rf"^\W*(?:{_alts(lex.contributors)})\s+by\b", re.I),
        host=re.compile(rf"^(?P<handle>.+?)\s+(?:{_alts(lex.hosts)})\s+(?P<site>\S+)$", re.I),
        user=re.compile(
            rf"^(?P<site>\S+(?:\s\S+)?)\s+(?:{_alts(lex.user_words)})\s+(?P<handle>@?\S+(?:\s\S+){{0,4}})$",
            re.I,
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
        # "BELGA PHOTO JANE ROE": a wire's photo label, then its photographer, no sign between
        labelled_maker=re.compile(
            rf"^(?P<agency>\S+(?:\s\S+)?)\s+(?:{_alts(makers) or '(?!)'})\s+(?P<name>\S.*)$",
            re.I,
        ),
        # "© 2024 Acme Inc. All rights reserved.": the notice after the holder
        rights_notice=re.compile(rf"[\s.,;:-]+(?:{_alts(lex.rights_notices)})\W*$", re.I)
        if lex.rights_notices
        else re.compile("$^"),
        rights_words=tuple({n.rsplit(" ", 1)[-1] for n in lex.rights_notices}),
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
            _alts((*lex.relay_marks, *lex.trailing_markers, *lex.shot_marks, *lex.provided_marks))
            or "(?!)"
        ),
        grammar_words=_grammar_words(lex),
        # "Image caption, Rain over Kyiv": a caption's label opens the line
        caption_label=re.compile(rf"^(?:{_alts(lex.caption_labels) or '(?!)'})\s*[,:]", re.I),
        # a date after the credit: "CNA photo June 1, 2024", "Jane Roe/AFP 12 March 2021"
        trailing_date=_trailing_date(lex.months),
        # a wire's filing code as a part of its own: "Name / TT / kod 10080"
        code=re.compile(rf"(?:{_alts(lex.code_labels)})(?:[:.#\s]*\d+)?", re.I)
        if lex.code_labels
        else re.compile("$^"),
        # a rank or title before a name: "Sgt. Jane Roe"
        title=re.compile(rf"^(?:{_alts(lex.titles)})\s+", re.I) if lex.titles else re.compile("$^"),
        # the comma before a legal form: "Acme, Inc." (the form then ends the part)
        company=re.compile(
            rf",\s+(?=(?:{_alts(lex.company_suffixes)})"
            rf"(?:\s*$|\s*[/|;,]|\s+(?:{_alts(lex.relays)}|{_alts(lex.clients)})\s))",
            re.I,
        ),
    )


_WORD = re.compile(r"[^\W\d_]+")


def _trailing_date(months: tuple[str, ...]) -> re.Pattern[str]:
    """A date ending a credit line, a month name always with a number ("June 1, 2024",
    "12 March 2021", "Jan. 4", "June 2020", "12.mar.2024"): never a party. Matched from a
    segment's start, it is a whole segment that is a date ("Name - 12.mar.2024/Folhapress")."""
    if not months:
        return re.compile("$^")
    month = rf"(?:{_alts(months)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (
        rf"(?:{month}\s+{day}(?:,?\s+\d{{4}})?|{day}\.?\s+{month}(?:\s+\d{{4}})?|{month}\s+\d{{4}}"
        # Folha's "12.mar.2024": dots, no spaces
        rf"|{day}\.{month}\d{{4}})"
    )
    return re.compile(rf"(?:^|[\s,;/(]+){date}\)?$", re.I)


def _grammar_words(lex: CreditLexicon) -> frozenset[str]:
    """Every word of the lexicon's labels, relay, client, courtesy and host phrases, unnamed
    suppliers, role codes, positions and name particles: the words a line written all in
    lower case keeps in lower case, as written ("photo by jane roe": "photo", "by")."""
    phrases = (
        *lex.prefixes,
        *lex.unnamed,
        *lex.ignored,
        *lex.relays,
        *lex.clients,
        *lex.courtesy,
        *lex.hosts,
        *lex.byline_words,
        *lex.maker_words,
        *lex.origin_words,
        *lex.positions,
        *lex.user_words,
        *lex.name_particles,
        *lex.org_lower_words,
    )
    return frozenset(w for phrase in phrases for w in _WORD.findall(phrase))


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
