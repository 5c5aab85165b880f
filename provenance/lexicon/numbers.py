"""Number words and the words around numbers, read from ``data/<lang>/numbers.yaml``.

One file per language gives the words that spell numbers (by kind: unit, teen,
tens, hundred, scale; cardinal or ordinal), fraction words, the qualifiers
before a number ("about", "plus de") with what they mean for its bounds, range
words, month names, scale, percent and time-unit words, and digit-suffix
ordinals ("21st", "1er"). The decimal and group symbols come from Babel's CLDR
data for the locale. A language without a folder ("und") gets an empty
lexicon: digits and symbols only, never English words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from provenance.errors import LexiconError
from provenance.lexicon._files import (
    NEUTRAL,
    Entry,
    available_languages,
    entries,
    has_language_file,
    read_data,
)

__all__ = [
    "KINDS",
    "QUALIFIER_CLASSES",
    "CompoundUnit",
    "NumberLexicon",
    "NumberWord",
    "number_lexicon",
    "own_number_lexicon",
]

#: Kinds of number words, in the order they combine inside a number.
KINDS = ("unit", "teen", "tens", "hundred", "scale")
#: What a qualifier says about the number after it.
QUALIFIER_CLASSES = frozenset(
    {"approximate", "approximate_lower", "approximate_upper", "lower", "upper", "exact", "between"}
)
_DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year"}
    | {"decade", "century"}
)


@dataclass(frozen=True, slots=True)
class NumberWord:
    """One number word: its value, its kind (see :data:`KINDS`) and whether it is ordinal."""

    value: float
    kind: str
    ordinal: bool = False


@dataclass(frozen=True, slots=True)
class CompoundUnit:
    """A measure written as two numbers, the larger unit first ("5ft 10in"): ``per`` small
    units make one large one, and the figure is given in ``unit`` (the small one)."""

    first: tuple[str, ...]
    second: tuple[str, ...]
    per: float
    unit: str


def _frozen(d: Mapping[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(dict(d))


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """The number facts of one language (all words lower-case).

    Example:
        >>> lex = number_lexicon("fr")
        >>> lex.words["quatre-vingt"], lex.decimal, lex.qualifiers["environ"]
        (NumberWord(value=80.0, kind='tens', ordinal=False), ',', 'approximate')
        >>> number_lexicon("und").words
        mappingproxy({})
    """

    language: str
    words: Mapping[str, NumberWord]
    fractions: Mapping[str, int]
    denominators: frozenset[str]
    dozen: Mapping[str, int]
    approximate_nouns: Mapping[str, float]
    joiners: frozenset[str]
    tens_joiners: frozenset[str]
    tens_joined: frozenset[str]
    tens_with_teens: frozenset[str]
    articles: frozenset[str]
    article_numbers: frozenset[str]
    minus: frozenset[str]
    point: frozenset[str]
    point_digits: Mapping[str, int]
    written_point: frozenset[str]
    fraction_joiners: frozenset[str]
    compound_nouns: frozenset[str]
    a_unit_relative: frozenset[str]
    of: frozenset[str]
    qualifiers: Mapping[str, str]
    range_to: frozenset[str]
    range_and: frozenset[str]
    range_or: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    roman_ordinal_suffixes: tuple[str, ...]
    months: Mapping[str, int]
    date_of: frozenset[str]
    scale_words: Mapping[str, float]
    scale_letters: Mapping[str, float]
    currency_scale_letters: Mapping[str, float]
    plural_nouns: tuple[str, ...]
    vague: Mapping[str, float]
    vague_determiners: tuple[str, ...]
    percent: Mapping[str, str]
    durations: Mapping[str, str]
    a_units: frozenset[str]
    half_a: frozenset[str]
    counted_nouns: bool
    stop_words: frozenset[str]
    months_capitalized: bool
    names_before_number: tuple[str, ...]
    change_verbs: tuple[str, ...]
    change_verbs_with_unit: tuple[str, ...]
    change_prepositions: tuple[str, ...]
    one_words: tuple[str, ...]
    one_pronoun_before: tuple[str, ...]
    one_pronoun_after: tuple[str, ...]
    one_pronoun_after_comma: tuple[str, ...]
    hyphen_prefixes: tuple[str, ...]
    frequency_before: tuple[str, ...]
    part_before: tuple[str, ...]
    zero_idioms: tuple[str, ...]
    zero_idioms_before: tuple[str, ...]
    decade_suffixes: tuple[str, ...]
    decade_before: tuple[str, ...]
    decade_article: tuple[str, ...]
    decade_article_from: float
    century_hundreds_before: float
    decade_words: Mapping[str, float]
    decade_measures: tuple[str, ...]
    decade_time_before: tuple[str, ...]
    decade_age_before: tuple[str, ...]
    age_after: tuple[str, ...]
    compound_units: tuple[CompoundUnit, ...]
    decimal_units: tuple[str, ...]
    codes_before_number: tuple[str, ...]
    #: units after two whole numbers joined by a slash that make them two readings in the unit,
    #: no fraction ("120/80 mmHg": a blood pressure)
    slash_pair_units: tuple[str, ...]
    year_before: tuple[str, ...]
    currency_name_blockers: tuple[str, ...]
    not_million_nouns: tuple[str, ...]
    ratio_words: tuple[str, ...]
    score_before: frozenset[str]
    score_after: frozenset[str]
    period_letters: Mapping[str, float]
    fiscal_year_prefixes: tuple[str, ...]
    year_parts: frozenset[str]
    length_after: frozenset[str]
    ratio_noun_gap: bool
    particle_qualifiers: frozenset[str]
    particle_verbs: frozenset[str]
    clock_hour_before: tuple[str, ...]
    clock_hour_letters: tuple[str, ...]
    clock_range_before: tuple[str, ...]
    clock_hour_not_before: tuple[str, ...]
    day_articles: tuple[str, ...]
    price_per: tuple[str, ...]
    below_zero: tuple[str, ...]
    service_numbers: frozenset[str]
    service_number_before: frozenset[str]
    service_number_after: frozenset[str]
    decade_parts: frozenset[str]
    ordinal_titles: frozenset[str]
    ordinal_names: frozenset[str]
    street_nouns_after_name: tuple[str, ...]
    street_nouns_before_name: tuple[str, ...]
    part_words: frozenset[str]
    day_followers: frozenset[str]
    clock_hour_day_parts: tuple[str, ...]
    clock_hour_level_verbs: tuple[str, ...]
    count_phrases: Mapping[str, float]
    names_with_number: tuple[str, ...]
    length_before: frozenset[str]
    fraction_names_after: tuple[str, ...]
    divisor_before: tuple[str, ...]
    clock_duration_before: frozenset[str]
    age_before: tuple[str, ...]
    bare_age_before: tuple[str, ...]
    line_nouns: frozenset[str]
    rank_marks: frozenset[str]
    part_articles: tuple[str, ...]
    #: "of" joined to its article after a bare part that make it a share ("le quart *des*
    #: ménages", "le tiers *du* budget"; French "des", "du")
    part_of: tuple[str, ...]
    rank_mark_before: frozenset[str]
    rank_mark_names_after: frozenset[str]
    line_number_before: frozenset[str]
    line_noun_determiners: frozenset[str]
    line_name_followers: frozenset[str]
    multiplier_suffixes: tuple[str, ...]
    multiplier_letters: tuple[str, ...]
    fraction_followers: tuple[str, ...]
    multiplicatives: Mapping[str, float]
    multiplicative_before: frozenset[str]
    multiplicative_after: frozenset[str]
    multiplicative_unit: str | None
    fraction_multiple_after: frozenset[str]
    multiple_comparatives: frozenset[str]
    factor_before: tuple[str, ...]
    unit_before: tuple[str, ...]
    multiple_role_words: frozenset[str]
    multiple_role_openers: frozenset[str]
    approximate_noun_determiners: tuple[str, ...]
    money_cues: tuple[str, ...]
    vague_of: Mapping[str, float]
    vague_of_not_before: tuple[str, ...]
    decimal: str
    group: str

    def denominator(self, word: str) -> int | None:
        """The denominator a word names as a fraction ("thirds" -> 3), if any.

        Example:
            >>> number_lexicon("en").denominator("thirds"), number_lexicon("en").denominator("two")
            (3, None)
        """
        if word in self.fractions:
            return self.fractions[word]
        if word in self.denominators:
            w = self.words.get(word) or self.words.get(word[:-1])
            return int(w.value) if w is not None else None
        return None


def _str_list(e: Entry, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in e.texts(key))


def _number_map(e: Entry, key: str) -> dict[str, float]:
    raw = e.data.get(key) or {}
    if not isinstance(raw, Mapping):
        raise e.error(f"{key!r} must be a mapping of word to number")
    out: dict[str, float] = {}
    for word, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise e.error(f"{key}.{word}: must be a number, got {value!r}")
        out[str(word).lower()] = float(value)
    return out


def _words(e: Entry, key: str, ordinal: bool) -> dict[str, NumberWord]:
    raw = e.data.get(key) or {}
    if not isinstance(raw, Mapping):
        raise e.error(f"{key!r} must map kinds ({', '.join(KINDS)}) to words")
    out: dict[str, NumberWord] = {}
    for kind in raw:
        if kind not in KINDS:
            raise e.error(f"{key}.{kind}: unknown kind (expected one of {', '.join(KINDS)})")
        for word, value in _number_map(Entry(raw, e.file, f"{e.where}{key}"), kind).items():
            out[word] = NumberWord(value, kind, ordinal)
    return out


def _compound_units(e: Entry) -> tuple[CompoundUnit, ...]:
    if "compound_units" not in e.data:
        return ()
    out = []
    for c in entries(e.data, e.file, "compound_units"):
        per = c.number("per")
        if not c.texts("first") or not c.texts("second") or not per:
            raise c.error("a compound unit needs 'first', 'second' and 'per'")
        out.append(CompoundUnit(c.texts("first"), c.texts("second"), per, c.text("unit")))
    return tuple(out)


def _symbols(language: str) -> tuple[str, str]:
    """Decimal and group symbols of the locale, from CLDR (Babel imported here, not at import)."""
    if language == NEUTRAL:
        return ".", ","
    from babel import Locale

    symbols = Locale.parse(language).number_symbols["latn"]
    return str(symbols["decimal"]), str(symbols["group"])


def number_lexicon(language: str = "en") -> NumberLexicon:
    """The number lexicon of a language key (``"en"``, ``"fr"``; ``"und"`` is empty).

    Built once per key: ``number_lexicon()`` gives the object of ``number_lexicon("en")``
    (a cache keyed on the arguments as passed would read and build English twice).

    Example:
        >>> number_lexicon() is number_lexicon("en")
        True

    Raises:
        LexiconError: the file is malformed (the message names the file and the entry).
    """
    return _number_lexicon(language)


def own_number_lexicon(language: str) -> NumberLexicon | None:
    """The number lexicon of a language that has its own ``numbers.yaml``, or ``None`` (the
    neutral key, a language without the file): what code that reads number words or
    qualifiers asks before it builds a pattern from them. Whether the file exists is asked
    without parsing it.

    Example:
        >>> own_number_lexicon("en") is number_lexicon("en"), own_number_lexicon("und")
        (True, None)
    """
    return number_lexicon(language) if has_language_file(language, "numbers.yaml") else None


@cache
def _number_lexicon(language: str) -> NumberLexicon:
    """The number lexicon of one key, read from its file and validated (once per key)."""
    file = f"{language}/numbers.yaml"
    if language != NEUTRAL and language not in available_languages():
        raise LexiconError(file, f"no lexicon for language {language!r}")
    data = read_data(file) if language != NEUTRAL else {}
    e = Entry(data or {}, file, "")
    neutral = Entry(read_data("numbers.yaml") or {}, "numbers.yaml", "")
    words = _words(e, "words", False) | _words(e, "ordinals", True)
    for suffix in e.texts("multiplier_suffixes"):  # "tenfold", "threefold": the number itself
        words |= {
            w + suffix: n
            for w, n in list(words.items())
            if not n.ordinal and n.kind in ("unit", "teen", "tens") and " " not in w
        }
    multiplicatives = _number_map(e, "multiplicatives")  # "twice", "le double": a multiple
    words |= {w: NumberWord(v, "unit") for w, v in multiplicatives.items()}
    qualifiers: dict[str, str] = {}
    raw_q = e.data.get("qualifiers") or {}
    if not isinstance(raw_q, Mapping):
        raise e.error("'qualifiers' must map a class to a list of phrases")
    for cls in raw_q:
        if cls not in QUALIFIER_CLASSES:
            raise e.error(f"qualifiers.{cls}: unknown class {sorted(QUALIFIER_CLASSES)}")
        for phrase in Entry(raw_q, file, "qualifiers").texts(cls):
            qualifiers[" ".join(phrase.lower().split())] = cls
    durations: dict[str, str] = {}
    raw_d = e.data.get("durations") or {}
    for unit in raw_d:
        if unit not in _DURATION_UNITS:
            raise e.error(f"durations.{unit}: unknown unit {sorted(_DURATION_UNITS)}")
        for w in Entry(raw_d, file, "durations").texts(unit):
            durations[w.lower()] = unit
    percent = e.data.get("percent") or {}
    if not isinstance(percent, Mapping):
        raise e.error("'percent' must map a word to its unit")
    decimal, group = _symbols(language)
    denominators = _str_list(e, "denominators")
    for d in denominators:
        if d not in words and d[:-1] not in words:
            raise e.error(f"denominators: {d!r} is not an ordinal of 'ordinals'")
    return NumberLexicon(
        language=language,
        words=_frozen(words),
        fractions=_frozen({k: int(v) for k, v in _number_map(e, "fractions").items()}),
        denominators=denominators,
        dozen=_frozen({k: int(v) for k, v in _number_map(e, "dozen").items()}),
        approximate_nouns=_frozen(_number_map(e, "approximate_nouns")),
        joiners=_str_list(e, "joiners"),
        tens_joiners=_str_list(e, "tens_joiners"),
        tens_joined=_str_list(e, "tens_joined"),
        tens_with_teens=_str_list(e, "tens_with_teens"),
        articles=_str_list(e, "articles"),
        article_numbers=_str_list(e, "article_numbers"),
        minus=_str_list(e, "minus"),
        point=_str_list(e, "point"),
        point_digits=_frozen({k: int(v) for k, v in _number_map(e, "point_digits").items()}),
        written_point=_str_list(e, "written_point"),
        fraction_joiners=_str_list(e, "fraction_joiners"),
        compound_nouns=_str_list(e, "compound_nouns"),
        a_unit_relative=_str_list(e, "a_unit_relative"),
        of=_str_list(e, "of"),
        qualifiers=_frozen(qualifiers),
        range_to=_str_list(e, "range_to"),
        range_and=_str_list(e, "range_and"),
        range_or=_str_list(e, "range_or"),
        ordinal_suffixes=tuple(sorted(_str_list(e, "ordinal_suffixes"), key=len, reverse=True)),
        roman_ordinal_suffixes=e.texts("roman_ordinal_suffixes"),
        months=_frozen({k: int(v) for k, v in _number_map(e, "months").items()}),
        date_of=_str_list(e, "date_of"),
        scale_words=_frozen(_number_map(e, "scale_words")),
        scale_letters=_frozen(_number_map(e, "scale_letters")),
        currency_scale_letters=_frozen(_number_map(e, "currency_scale_letters")),
        plural_nouns=e.texts("plural_nouns"),
        vague=_frozen(_number_map(e, "vague")),
        vague_determiners=tuple(w.lower() for w in e.texts("vague_determiners")),
        percent=_frozen({str(k).lower(): str(v) for k, v in percent.items()}),
        durations=_frozen(durations),
        a_units=_str_list(e, "a_units"),
        half_a=_str_list(e, "half_a"),
        counted_nouns=e.flag("counted_nouns"),
        stop_words=_str_list(e, "stop_words"),
        months_capitalized=e.flag("months_capitalized"),
        names_before_number=tuple(
            sorted({*neutral.texts("names_before_number"), *e.texts("names_before_number")})
        ),
        change_verbs=e.texts("change_verbs"),
        change_verbs_with_unit=e.texts("change_verbs_with_unit"),
        change_prepositions=e.texts("change_prepositions"),
        one_words=e.texts("one_words"),
        one_pronoun_before=e.texts("one_pronoun_before"),
        one_pronoun_after=e.texts("one_pronoun_after"),
        one_pronoun_after_comma=e.texts("one_pronoun_after_comma"),
        hyphen_prefixes=e.texts("hyphen_prefixes"),
        frequency_before=e.texts("frequency_before"),
        part_before=e.texts("part_before"),
        zero_idioms=e.texts("zero_idioms"),
        zero_idioms_before=e.texts("zero_idioms_before"),
        decade_suffixes=e.texts("decade_suffixes"),
        decade_before=e.texts("decade_before"),
        decade_article=e.texts("decade_article"),
        decade_article_from=e.number("decade_article_from", 0.0) or 0.0,
        century_hundreds_before=e.number("century_hundreds_before", 0.0) or 0.0,
        decade_words=_frozen(_number_map(e, "decade_words")),
        decade_measures=e.texts("decade_measures"),
        decade_time_before=e.texts("decade_time_before"),
        decade_age_before=e.texts("decade_age_before"),
        age_after=e.texts("age_after"),
        compound_units=_compound_units(e),
        decimal_units=e.texts("decimal_units"),
        codes_before_number=neutral.texts("codes_before_number"),
        slash_pair_units=neutral.texts("slash_pair_units"),
        year_before=e.texts("year_before"),
        currency_name_blockers=e.texts("currency_name_blockers"),
        not_million_nouns=e.texts("not_million_nouns"),
        ratio_words=e.texts("ratio_words"),
        score_before=frozenset(w.lower() for w in e.texts("score_before")),
        score_after=frozenset(w.lower() for w in e.texts("score_after")),
        period_letters=_frozen(_number_map(e, "period_letters")),
        fiscal_year_prefixes=e.texts("fiscal_year_prefixes"),
        year_parts=frozenset(w.lower() for w in e.texts("year_parts")),
        length_after=frozenset(w.lower() for w in e.texts("length_after")),
        ratio_noun_gap=e.flag("ratio_noun_gap"),
        particle_qualifiers=_str_list(e, "particle_qualifiers"),
        particle_verbs=_str_list(e, "particle_verbs"),
        clock_hour_before=e.texts("clock_hour_before"),
        clock_hour_letters=e.texts("clock_hour_letters"),
        clock_range_before=e.texts("clock_range_before"),
        clock_hour_not_before=e.texts("clock_hour_not_before"),
        day_articles=e.texts("day_articles"),
        price_per=e.texts("price_per"),
        below_zero=e.texts("below_zero"),
        service_numbers=frozenset(e.texts("service_numbers")),
        service_number_before=frozenset(w.lower() for w in e.texts("service_number_before")),
        service_number_after=frozenset(w.lower() for w in e.texts("service_number_after")),
        decade_parts=frozenset(w.lower() for w in e.texts("decade_parts")),
        ordinal_titles=frozenset(w.lower() for w in e.texts("ordinal_titles")),
        ordinal_names=frozenset(e.texts("ordinal_names")),
        street_nouns_after_name=e.texts("street_nouns_after_name"),
        street_nouns_before_name=e.texts("street_nouns_before_name"),
        part_words=frozenset(w.lower() for w in e.texts("part_words")),
        day_followers=frozenset(w.lower() for w in e.texts("day_followers")),
        clock_hour_day_parts=e.texts("clock_hour_day_parts"),
        clock_hour_level_verbs=e.texts("clock_hour_level_verbs"),
        count_phrases=_frozen(_number_map(e, "count_phrases")),
        names_with_number=tuple(
            sorted({*neutral.texts("names_with_number"), *e.texts("names_with_number")})
        ),
        length_before=frozenset(w.lower() for w in e.texts("length_before")),
        fraction_names_after=e.texts("fraction_names_after"),
        clock_duration_before=frozenset(w.lower() for w in e.texts("clock_duration_before")),
        age_before=e.texts("age_before"),
        bare_age_before=e.texts("bare_age_before"),
        line_nouns=_str_list(e, "line_nouns"),
        rank_marks=frozenset(e.texts("rank_marks")),
        part_articles=e.texts("part_articles"),
        part_of=e.texts("part_of"),
        rank_mark_before=_str_list(e, "rank_mark_before"),
        rank_mark_names_after=_str_list(e, "rank_mark_names_after"),
        line_number_before=_str_list(e, "line_number_before"),
        line_noun_determiners=_str_list(e, "line_noun_determiners"),
        line_name_followers=_str_list(e, "line_name_followers"),
        multiplier_suffixes=tuple(w.lower() for w in e.texts("multiplier_suffixes")),
        multiplier_letters=e.texts("multiplier_letters"),
        fraction_followers=e.texts("fraction_followers"),
        multiplicatives=_frozen(multiplicatives),
        multiplicative_before=_str_list(e, "multiplicative_before"),
        multiplicative_after=_str_list(e, "multiplicative_after"),
        multiplicative_unit=e.opt_text("multiplicative_unit"),
        fraction_multiple_after=_str_list(e, "fraction_multiple_after"),
        multiple_comparatives=_str_list(e, "multiple_comparatives"),
        factor_before=tuple(" ".join(w.lower().split()) + " " for w in e.texts("factor_before")),
        divisor_before=tuple(" ".join(w.lower().split()) + " " for w in e.texts("divisor_before")),
        # as written and capitalized, as a sentence or a headline opens: "Magnitude 6.1 quake"
        unit_before=tuple(
            v + sep
            for w in e.texts("unit_before")
            for v in dict.fromkeys((w, w[:1].upper() + w[1:]))
            for sep in " -"
        ),
        multiple_role_words=_str_list(e, "multiple_role_words"),
        multiple_role_openers=_str_list(e, "multiple_role_openers"),
        approximate_noun_determiners=e.texts("approximate_noun_determiners"),
        money_cues=e.texts("money_cues"),
        vague_of=_frozen(_number_map(e, "vague_of")),
        vague_of_not_before=e.texts("vague_of_not_before"),
        decimal=decimal,
        group=group,
    )


_SEP = re.compile(r"[ -]+")
_GAP = "\x00"  # a space or hyphen inside a phrase, while the trie is built


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases; a space or hyphen inside one matches either.

    The alternation is factored by common prefix (a trie), so a failed try costs
    one character test, and it prefers the longest phrase.

    Example:
        >>> import re
        >>> pattern = word_alternation(["dix-sept", "dix", "douze"])
        >>> print(pattern)
        (?:d(?:ix(?:[\\s-]+sept)?|ouze))
        >>> bool(re.fullmatch(pattern, "dix sept"))
        True
    """
    tree: dict[str, Any] = {}
    for w in {_SEP.sub(_GAP, str(w)) for w in words}:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(tree) + ")" if tree else r"(?!x)x"


def _emit(node: dict[str, Any]) -> str:
    alts = [
        (r"[\s-]+" if ch == _GAP else re.escape(ch)) + _emit(node[ch])
        for ch in sorted(k for k in node if k)
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body
