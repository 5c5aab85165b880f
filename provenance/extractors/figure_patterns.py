"""The compiled regexes of the figure scanner, built once at import.

Two trigger regexes find where a number may start; the master regex (``SCAN``),
matched there, tells what starts: a list marker, a date,
a phone number, a time, an amount after a currency, a model name, an
identifier, a number in digits or a run of number words. Small anchored
regexes then read what follows (scale, currency, percent, time unit, a range)
and what precedes (a qualifier).
"""

from __future__ import annotations

import re
from typing import Any

from provenance.extractors.dates import DATE_PATTERN, MONTH_NAMES
from provenance.extractors.numwords import NUMBER_WORDS, WORD_RUN
from provenance.extractors.units import (
    CURRENCY_CODES,
    CURRENCY_PREFIX,
    CURRENCY_WORD,
    DURATION_UNIT,
    PERCENT_WORD,
    SCALE_LETTER,
    SCALE_WORD,
    wordset,
)

__all__ = ["BACK", "DIGIT_TRIGGER", "NUMBER", "SCAN", "WORD_TRIGGER"]

SP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
#: A number in digits (no sign): grouped, decimal, mixed fraction, vulgar fraction.
NUMBER = (
    r"(?:\d+(?:[ \t]+|-)\d{1,2}/(?:2|3|4|8|16|32|64)(?!\d)"
    r"|\d+/\d+(?![\d/])"
    r"|\d*[" + _FRACTIONS + r"]"
    r"|(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d)|\d+)"
    r"(?:\.\d+)?"
    r"|\.\d+)"
)
_SIGN = r"(?:(?<![\w.,)/])[-−](?=\.?\d))?"
_SCI = (
    r"(?:[eE][-+−]?\d+(?![\w.])|[ \t]?[×x][ \t]?10(?:\^[-−]?|[-−])\d+"
    r"|[×x]\d+\^[-−]?\d+)"
)

_TIME = (
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?::[0-5]\d)?(?:\.\d{1,3}(?!\d))?"
    r"(?:[ \t]*(?:[ap]\.m\.|[ap]m\b))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)[ \t]*(?:[ap]\.m\.|[ap]m\b|GMT|BST|EST|EDT|CET|ET\b)"
    r"|(?:1[0-2]|0?[1-9])[ \t]?(?:[ap]\.m\.|[ap]m\b)"
    r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:GMT|BST|EST|EDT|CET|ET\b|hrs\b|local\b))"
)
_PHONE = (
    r"(?:\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)"
    r"|\(\d{3}\)[ \t]?\d{3}-\d{4}(?!\d)"
    r"|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)"
    r"|(?<![\d,])0\d{2,4}[ \t]\d{3,4}[ \t]\d{3,4}(?!\d))"
)
_MODEL = (
    r"(?:Boeing|Airbus|Windows|Voyager|Apollo|Xbox|PlayStation|Galaxy|iPhone|Channel|Radio|"
    r"Route|Highway|Interstate|Terminal|Gate|Platform|Flight|Article|Section|Chapter|"
    r"Resolution|Formula|Version|Room|Soyuz|Pioneer|Mariner|Ariane|Falcon|Tupolev|Ilyushin|"
    r"Antonov|Sukhoi|MiG|Tornado|Typhoon|Mirage|Cessna|Embraer|Bombardier|Sputnik|"
    r"Luna|Lunar|Vostok|Intel|Pentium|Nokia|Motorola|Ferrari|Porsche|Peugeot|Canon|Nikon|"
    r"English|Fiat|Renault|Volvo|Saab|Audi|BMW|Mazda|Core|No\.?)"
)
_IDENT = (
    r"(?:(?<![\w$£€¥])[A-Za-z]+(?:[-/.−]?\d+[A-Za-z]*)+(?:[-/]\w+)*(?![\w])"
    r"|(?<![\w.,])\d+[A-Za-z]+\d[\w]*(?:[-/]\w+)*)"
)
_VAGUE = (
    r"(?i:\b(?:(?:tens|hundreds|thousands|millions|billions|dozens)"
    r"(?:[ \t]+of[ \t]+(?:thousands|millions|billions))?"
    r"|(?:several|a[ \t]+few|a[ \t]+couple[ \t]+of|many|some)[ \t]+"
    r"(?:hundred|thousand|million|billion|dozen)(?![ \t]+(?:and|of)\b)s?)\b)"
)
A_UNIT_WORDS = tuple(
    sorted(
        wordset(
            "week month year day decade hour fortnight century minute gallon mile litre liter "
            "kilometre kilometer kilogram metre meter tonne byte kilobyte megabyte gigabyte "
            "terabyte kibibyte mebibyte gibibyte penny cent dollar euro"
        )
    )
)
_A_UNIT = r"(?:\b(?:[Hh]alf[ \t]+an?|[Aa]n?)[ \t]+(?:" + "|".join(A_UNIT_WORDS) + r")\b(?![-'’]))"

SCAN = re.compile(
    r"(?P<marker>(?:^|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})|(?<=\n[ \t]{4}))"
    r"(?:\(?\d{1,2}[.)]|\([a-z]\))(?=[ \t]))"
    r"|(?P<date>" + DATE_PATTERN + r")"
    r"|(?P<phone>" + _PHONE + r")"
    r"|(?P<time>(?<![\d.,])" + _TIME + r")"
    r"|(?P<money>(?P<cur>" + CURRENCY_PREFIX + r")[ \t]?(?P<msign>[-−])?(?P<mnum>" + NUMBER + r"))"
    r"|(?P<model>\b" + _MODEL + r"[ \t]+(?P<mdnum>\d+)(?!\d)(?:[-/]\d+)?[A-Za-z]*(?!\w|[.,]\d))"
    r"|(?P<ticker>(?<![\w.])\d{3,6}\.[A-Z]{1,3}\b(?!\.\w))"
    r"|(?P<num>(?<!\^)(?<!\d\+)" + _SIGN + NUMBER + _SCI + r"?)"
    r"|(?P<ident>" + _IDENT + r"|(?<=\^)\d+|(?<=\d\+)\d+)"
    r"|(?P<vague>" + _VAGUE + r")"
    r"|(?P<aunit>" + _A_UNIT + r")"
    r"|(?P<words>(?i:" + WORD_RUN + r"))"
)

#: What may follow a number, tried in this order at the number's end.
SCALE_AFTER = re.compile(SP + r"(" + SCALE_WORD + r")\b", re.IGNORECASE)
SCALE_LETTER_AFTER = re.compile(r"(" + SCALE_LETTER + r"|bn|mn|mln|bln|tn|trn)\b")
CURRENCY_AFTER = re.compile(SP + r"(" + CURRENCY_WORD + r"|[€£¥])", re.IGNORECASE)
PERCENT_AFTER = re.compile(r"[ \t]*(" + PERCENT_WORD + r")", re.IGNORECASE)
DURATION_AFTER = re.compile(r"(?:" + SP + r"|-)(" + DURATION_UNIT + r")", re.IGNORECASE)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
#: "m" for million after a bare integer, when a plural noun or currency follows ("1m websites").
MILLION_M = re.compile(
    r"m(?=[ \t]+(?!hurdles\b|races\b|relay\b|metres\b|events\b)[a-z]+s\b|[ \t]+(?:euros?|dlrs|"
    r"dollars?|pounds|yen|naira|rupees|yuan|pesos|francs|people|tonnes|barrels)\b)"
)
DECADE_SUFFIX = re.compile(r"'?s\b")
LETTERS_AFTER = re.compile(r"[A-Za-z°µ][A-Za-z]*(?:\^?[-−]?\d)?(?![\w])|°[CF]?")
HYPHEN_UNIT = re.compile(r"-([A-Za-z]{2,}(?:-[A-Za-z]+)?)\b")
PLUS_MINUS = re.compile(r"[ \t]*(?:±|\+/-)[ \t]*\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?")
RANGE_JOIN = re.compile(
    "".join(
        [
            r"(?P<unit>[ \t]*(?!(?:to|and|through|or)\b)(?:[A-Za-z]{1,12}|°[CF]?))?",
            r"(?:-?" + SP + r"(?P<word>to|and|through|or)\b",
            r"|[ \t]?(?P<dash>[-–—])(?=[ \t]?[-−$£€¥]?\d))" + SP,
        ]
    )
)
YEAR_RANGE = re.compile(r"([-–/])(\d{2}|\d{4})(?!\d|[.,]\d)")
QUALIFIER = re.compile(
    r"(?i:\b(about|around|nearly|almost|some|roughly|approximately|approx\.|more[ \t]+than|"
    r"over|at[ \t]+least|up[ \t]+to|fewer[ \t]+than|less[ \t]+than|under|as[ \t]+many[ \t]+as|"
    r"as[ \t]+much[ \t]+as|as[ \t]+few[ \t]+as|as[ \t]+little[ \t]+as|upwards[ \t]+of|"
    r"in[ \t]+excess[ \t]+of|close[ \t]+to|just[ \t]+over|just[ \t]+under|well[ \t]+over|"
    r"no[ \t]+more[ \t]+than|no[ \t]+fewer[ \t]+than|no[ \t]+less[ \t]+than|at[ \t]+most|"
    r"a[ \t]+maximum[ \t]+of|a[ \t]+minimum[ \t]+of|an[ \t]+estimated|estimated|circa|"
    r"exactly|precisely|almost|below|above|between)"
    r"[ \t]*\n?[ \t]*$)"
)
PRONOUN_ONE_BEFORE = re.compile(
    r"(?i:\b(?:no|the|any|every|each|this|that|which|loved|little|someone|anyone)"
    r"[ \t]+$)"
)
PRONOUN_ONE_AFTER = re.compile(
    r"(?i:[ \t]*(?:another|of\b|who\b|whose\b|'s|’s|day\b|thing\b|way\b|hand\b|or[ \t]+"
    r"(?:another|the[ \t]+other)|else|-(?:off|sided|time|way)"
    r"|(?:must|should|can|could|might|would|may)\b))"
)
#: A change verb before "X to Y": "rose 50 cts to 18.50 dlrs", "fell from 5 to 3 pct".
CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased?|decreased?|cut|raised?|"
    r"reduced?|lowered?|lifted|up|down|climbed|dropped|jumped|grew|grown|declined?|slipped|"
    r"slid|eased|gained|lost|changed|revised|moved|went|soared|plunged|tumbled|dipped|"
    r"narrowed|widened|boosted|trimmed|expanded|shrank|rising|falling|climbing|dropping)"
    r"\s+(?:\w+\s+)?(?:(?:by|from)\s+)?$)"
)


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefix, so a failed try is cheap."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + _emit(node[ch]) for ch in sorted(k for k in node if k)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _capitalized(words: list[str]) -> list[str]:
    return sorted({*words, *(w[:1].upper() + w[1:] for w in words)})


_LETTER_TRIGGERS = _capitalized(
    [
        *NUMBER_WORDS,
        "minus",
        "negative",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "dozens",
        "several",
        "many",
        "some",
        "a few",
        "a couple",
        *(f"{a} {w}" for a in ("a", "an") for w in A_UNIT_WORDS),
        *(f"a {w}" for w in ("hundred", "thousand", "million", "billion", "trillion", "dozen")),
        *(f"a {w}" for w in ("half", "quarter", "third", "fifth")),
        *(f"an {w}" for w in ("eighth",)),
    ]
) + list(MONTH_NAMES)
_SIGNS = r"$£€¥₹₽₩" + _FRACTIONS
#: Where a figure in digits may start: a digit run, a currency sign, a sign before a digit.
#: One character class first, so the regex engine skips other text quickly.
DIGIT_TRIGGER = re.compile(
    r"[\d" + _SIGNS + r"\-−+(](?:(?<=[\d" + _SIGNS + r"])\d*|(?<![\w.,)/].)(?=[\d.])"
    r"|(?<=\()(?=[a-z]\)[ \t]))"
)
#: Where a figure in words may start: a number word, a vague word, a month name.
WORD_TRIGGER = re.compile(r"\b(?:" + _trie(_LETTER_TRIGGERS) + r")(?![A-Za-z])")
#: What may stand just before a digit or currency sign and belong to the figure.
BACK = re.compile(
    r"(?:\b" + _MODEL + r"[ \t]+|(?<![A-Za-z])(?:" + CURRENCY_CODES + r"|Rs\.?)[ \t]?"
    r"|(?<![A-Za-z])(?:US|U\.S\.|A|AU|C|Can|HK|NZ|S|R|NT)(?=\$)"
    r"|(?<![\w$£€¥])[A-Za-z]+(?:[-/.−]?\d+[A-Za-z]*)*[-/.−]?|\^)$"
)
