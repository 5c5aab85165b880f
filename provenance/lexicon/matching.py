"""What makes figures comparable across articles, read from ``data/<lang>/matching.yaml``.

Figures in different articles are about the same quantity when they count the
same thing (the unit, lemmatized with the file's plural rules), around the
same places (capitalized names after a place preposition) and the same event
(event words of the claim, each mapped to its event name). A language without
the file gets the neutral lexicon: units are only case-folded, no places or
events are read, so its figures match only on unit, kind and date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from provenance.errors import LexiconError
from provenance.lexicon._files import entries, language_key, read_language_mapping

__all__ = ["MatchLexicon", "match_lexicon"]


@dataclass(frozen=True, slots=True)
class MatchLexicon:
    """The matching vocabulary of one language.

    Example:
        >>> lex = match_lexicon("en")
        >>> lex.unit_key("Russian soldiers"), lex.unit_key("casualties"), lex.unit_key("people")
        ('russian soldier', 'casualty', 'person')
        >>> lex.events_of("about 200 people were killed and dozens injured")
        ('death', 'injury')
        >>> lex.places_of("fighting in the Kursk region and near Pokrovsk")
        ('Kursk', 'Pokrovsk')
    """

    language: str
    plural_suffixes: tuple[tuple[str, str], ...]
    irregular: MappingProxyType[str, str]
    stopwords: frozenset[str]
    events: MappingProxyType[str, str]  # form (case-folded) -> event name
    place_re: re.Pattern[str] | None
    event_re: re.Pattern[str] | None
    function_words: frozenset[str] = frozenset()  # case-folded; not content words of a claim
    synonyms: MappingProxyType[str, str] = field(  # lemma -> the lemma it counts as
        default_factory=lambda: MappingProxyType({})
    )
    quantity_heads: frozenset[str] = frozenset()  # case-folded; "disputed the figure"
    contesting_cues: frozenset[str] = frozenset()  # case-folded; "contradicted the claim"
    claim_contesting_cues: frozenset[str] = frozenset()  # case-folded; "questioned the claim"
    hearsay_sources: frozenset[str] = frozenset()  # case-folded; "according to media reports"
    relative_pronouns: frozenset[str] = frozenset()  # case-folded; "the allegations, which"
    exculpations: tuple[str, ...] = ()  # case-folded; "he did nothing wrong"
    echo_negations: tuple[str, ...] = ()  # case-folded; "said there was no collusion"
    passive_contests: tuple[str, ...] = ()  # case-folded; "[the notion that X] is belied by"
    bare_pronouns: frozenset[str] = frozenset()  # case-folded; "calling it erroneous"
    reply_cues: frozenset[str] = frozenset()  # case-folded; "Moscow countered that ..."
    opposing_openings: tuple[str, ...] = ()  # case-folded; "said [no such meeting took place]"
    opposing_contents: frozenset[str] = frozenset()  # case-folded; "Jones said [the opposite]"
    reply_joiners: tuple[str, ...] = ()  # case-folded; "X said ..., [but] Y says ..."
    reply_adverbs: tuple[str, ...] = ()  # case-folded; "X said .... Y, [however], said ..."
    contrary_relatives: tuple[str, ...] = ()  # case-folded; "[contrary to what] X said, ..."
    labeling_relative_verbs: frozenset[str] = frozenset()  # case-folded; "what X [called] Y"
    correction_links: tuple[str, ...] = ()  # case-folded; "taken in 2019, [not] last week"
    time_words: frozenset[str] = frozenset()  # case-folded; "taken in 2019, not last [week]"
    direction_words: frozenset[str] = frozenset()  # case-folded; "burglaries had [risen]"
    disowning_pronouns: frozenset[str] = frozenset()  # case-folded; "the voice was not [his]"
    given_participles: tuple[str, ...] = ()  # case-folded; "denied the claims [first reported] by"
    ruling_heads: frozenset[str] = frozenset()  # case-folded; "disagrees with [the ruling]"
    ruling_contests: tuple[str, ...] = ()  # case-folded; "[disagrees with] the ruling"
    ruling_verbs: frozenset[str] = frozenset()  # case-folded; "the judge [ruled] that"
    ruling_sources: frozenset[str] = frozenset()  # case-folded; "the appeals [court] said"
    ruling_appeals: tuple[str, ...] = ()  # case-folded; "asked the court [to reconsider]"
    contrast_subjects: tuple[str, ...] = ()  # case-folded; "[That] is contrary to ..."
    contrast_links: tuple[str, ...] = ()  # case-folded; "That is [contrary to] ..."
    contrast_agent_links: tuple[str, ...] = ()  # case-folded; "This [was contradicted by] X"
    fronted_contests: tuple[str, ...] = ()  # case-folded; "[Contrary to] X's claims, ..."
    restating_verbs: tuple[str, ...] = ()  # case-folded; "organisers [put] the number at"
    restated_heads: tuple[str, ...] = ()  # case-folded; "put the [number] at 10,000"
    restating_links: tuple[str, ...] = ()  # case-folded; "the crowd [numbered] 10,000"
    revising_verbs: tuple[str, ...] = ()  # case-folded; "police [raised] the toll to 30"
    counting_verbs: tuple[str, ...] = ()  # case-folded; "police [counted] 20,000"
    giving_verbs: tuple[str, ...] = ()  # case-folded; "the ministry [gave] a toll of 30"
    giving_heads: tuple[str, ...] = ()  # case-folded; "gave a [toll] of 30"
    giving_links: tuple[str, ...] = ()  # case-folded; "gave a toll [of] 30"
    window_openers: tuple[str, ...] = ()  # case-folded; "120 killed [since] March"
    window_articles: tuple[str, ...] = ()  # case-folded; "since [the] start of the month"
    window_links: tuple[str, ...] = ()  # case-folded; "since the start [of] the month"
    window_words: tuple[str, ...] = ()  # case-folded; "30 killed on [Monday]"
    subset_links: tuple[str, ...] = ()  # case-folded; "[including] 10 children"
    baseline_links: tuple[str, ...] = ()  # case-folded; "[up from] 2,500 on Monday"
    revising_links: tuple[str, ...] = ()  # case-folded; "the toll later [rose] to 30"
    general_units: frozenset[str] = frozenset()  # unit keys; "12 [people] died"
    source_evaluations: tuple[str, ...] = ()  # case-folded; "said the mayor was [wrong]"
    quantity_comparatives: tuple[str, ...] = ()  # case-folded; "the toll was far [higher]"
    comparative_degrees: tuple[str, ...] = ()  # case-folded; "the toll was [far] higher"
    doubt_adjectives: tuple[str, ...] = ()  # case-folded; "regulators were [not convinced]"
    doubt_copulas: tuple[str, ...] = ()  # case-folded; "regulators [remained] skeptical"
    doubt_verbs: tuple[str, ...] = ()  # case-folded; "the claim [strains credulity]"
    vindications: tuple[str, ...] = ()  # case-folded; "the court [acted appropriately]"
    answering_denials: frozenset[str] = frozenset()  # case-folded; "[there is no record] of"
    object_adjuncts: tuple[str, ...] = ()  # case-folded; "denied the report [again]"
    adjunct_prepositions: tuple[str, ...] = ()  # case-folded; "denied it [on] Monday"
    echo_prefix: int = 0  # letters two words share to name one thing ("collusion", "colluded")

    def lemma(self, word: str) -> str:
        """The singular of a case-folded word, by the irregular table or the plural endings."""
        if word in self.irregular:
            return self.irregular[word]
        for ending, repl in self.plural_suffixes:
            if len(word) >= len(ending) + 2 and word.endswith(ending) and not word.endswith("ss"):
                return word[: -len(ending)] + repl
        return word

    def unit_key(self, unit: str) -> str:
        """The counted unit as a key: case-folded words, stopwords dropped, each lemmatized."""
        words = [w for w in re.findall(r"\w+", unit.casefold()) if w not in self.stopwords]
        lemmas = (self.lemma(w) for w in words)
        return " ".join(self.synonyms.get(w, w) for w in lemmas)

    def events_of(self, text: str) -> tuple[str, ...]:
        """The sorted event names whose forms occur in ``text`` (whole words)."""
        if self.event_re is None:
            return ()
        # case-folded text and a case-sensitive pattern: re's IGNORECASE is ~3x slower here
        return tuple(sorted({self.events[m] for m in self.event_re.findall(text.casefold())}))

    def places_of(self, text: str) -> tuple[str, ...]:
        """The sorted capitalized names right after a place preposition in ``text``."""
        if self.place_re is None:
            return ()
        return tuple(sorted(set(self.place_re.findall(text))))


def _words_re(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def match_lexicon(language: str | None = "en") -> MatchLexicon:
    """The matching lexicon for a language key or BCP 47 tag, read and validated once.

    Raises:
        LexiconError: the file is malformed; the message names the file and the entry.
    """
    return _load(language_key(language))


@cache
def _load(lang: str) -> MatchLexicon:
    file = f"{lang}/matching.yaml"
    data = read_language_mapping(lang, "matching.yaml")
    if data is None:
        return _neutral(lang)
    suffixes: list[tuple[str, str]] = []
    for i, pair in enumerate(data.get("plural_suffixes", [])):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise LexiconError(file, f"plural_suffixes[{i}]: expected [ending, replacement]")
        suffixes.append((pair[0], pair[1]))
    irregular = data.get("irregular_plurals", {})
    if not isinstance(irregular, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in irregular.items()
    ):
        raise LexiconError(file, "irregular_plurals: expected a mapping of words to words")
    synonyms = data.get("unit_synonyms", {})
    if not isinstance(synonyms, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in synonyms.items()
    ):
        raise LexiconError(file, "unit_synonyms: expected a mapping of words to words")
    lists = {}
    for key in (
        "unit_stopwords",
        "place_prepositions",
        "place_articles",
        "not_places",
        "function_words",
        "quantity_heads",
        "contesting_cues",
        "claim_contesting_cues",
        "hearsay_sources",
        "relative_pronouns",
        "exculpations",
        "echo_negations",
        "passive_contests",
        "bare_pronouns",
        "reply_cues",
        "opposing_openings",
        "opposing_contents",
        "reply_joiners",
        "reply_adverbs",
        "contrary_relatives",
        "labeling_relative_verbs",
        "correction_links",
        "time_words",
        "direction_words",
        "disowning_pronouns",
        "given_participles",
        "ruling_heads",
        "ruling_contests",
        "ruling_verbs",
        "ruling_sources",
        "ruling_appeals",
        "contrast_subjects",
        "contrast_links",
        "fronted_contests",
        "restating_verbs",
        "restated_heads",
        "restating_links",
        "revising_verbs",
        "counting_verbs",
        "giving_verbs",
        "giving_heads",
        "giving_links",
        "window_openers",
        "window_articles",
        "window_links",
        "window_words",
        "subset_links",
        "baseline_links",
        "revising_links",
        "general_units",
        "contrast_agent_links",
        "source_evaluations",
        "vindications",
        "answering_denials",
        "quantity_comparatives",
        "comparative_degrees",
        "doubt_adjectives",
        "doubt_copulas",
        "doubt_verbs",
        "object_adjuncts",
        "adjunct_prepositions",
    ):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(file, f"{key}: expected a list of strings")
        lists[key] = value
    echo_prefix = data.get("echo_prefix", 0)
    if not isinstance(echo_prefix, int) or isinstance(echo_prefix, bool) or echo_prefix < 0:
        raise LexiconError(file, "echo_prefix: expected a whole number of letters (0 turns it off)")
    events: dict[str, str] = {}
    for e in entries(data, file, "events"):
        name = e.text("name")
        for form in e.texts("forms"):
            if form.casefold() in events:
                raise e.error(f"form {form!r} is already in event {events[form.casefold()]!r}")
            events[form.casefold()] = name
    place_re = None
    if lists["place_prepositions"]:
        arts = _words_re(lists["place_articles"])
        place_re = re.compile(
            rf"\b(?:{_words_re(lists['place_prepositions'])})\s+(?:(?:{arts})\s+)?"
            rf"(?!(?:{_words_re(lists['not_places'])})\b)"
            r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
        )
    event_re = re.compile(rf"\b(?:{_words_re(list(events))})\b") if events else None
    return MatchLexicon(
        language=lang,
        plural_suffixes=tuple(suffixes),
        irregular=MappingProxyType({k.casefold(): v.casefold() for k, v in irregular.items()}),
        stopwords=frozenset(w.casefold() for w in lists["unit_stopwords"]),
        events=MappingProxyType(events),
        place_re=place_re,
        event_re=event_re,
        function_words=frozenset(w.casefold() for w in lists["function_words"]),
        synonyms=MappingProxyType({k.casefold(): v.casefold() for k, v in synonyms.items()}),
        quantity_heads=frozenset(w.casefold() for w in lists["quantity_heads"]),
        contesting_cues=frozenset(w.casefold() for w in lists["contesting_cues"]),
        claim_contesting_cues=frozenset(
            " ".join(w.casefold().split()) for w in lists["claim_contesting_cues"]
        ),
        hearsay_sources=frozenset(" ".join(w.casefold().split()) for w in lists["hearsay_sources"]),
        relative_pronouns=frozenset(w.casefold() for w in lists["relative_pronouns"]),
        exculpations=tuple(" ".join(w.casefold().split()) for w in lists["exculpations"]),
        echo_negations=tuple(" ".join(w.casefold().split()) for w in lists["echo_negations"]),
        passive_contests=tuple(" ".join(w.casefold().split()) for w in lists["passive_contests"]),
        bare_pronouns=frozenset(w.casefold() for w in lists["bare_pronouns"]),
        reply_cues=frozenset(" ".join(w.casefold().split()) for w in lists["reply_cues"]),
        opposing_openings=tuple(" ".join(w.casefold().split()) for w in lists["opposing_openings"]),
        opposing_contents=frozenset(
            " ".join(w.casefold().split()) for w in lists["opposing_contents"]
        ),
        reply_joiners=tuple(" ".join(w.casefold().split()) for w in lists["reply_joiners"]),
        reply_adverbs=tuple(" ".join(w.casefold().split()) for w in lists["reply_adverbs"]),
        contrary_relatives=tuple(
            " ".join(w.casefold().split()) for w in lists["contrary_relatives"]
        ),
        labeling_relative_verbs=frozenset(w.casefold() for w in lists["labeling_relative_verbs"]),
        correction_links=tuple(" ".join(w.casefold().split()) for w in lists["correction_links"]),
        time_words=frozenset(w.casefold() for w in lists["time_words"]),
        direction_words=frozenset(w.casefold() for w in lists["direction_words"]),
        disowning_pronouns=frozenset(w.casefold() for w in lists["disowning_pronouns"]),
        given_participles=tuple(" ".join(w.casefold().split()) for w in lists["given_participles"]),
        ruling_heads=frozenset(w.casefold() for w in lists["ruling_heads"]),
        ruling_contests=tuple(" ".join(w.casefold().split()) for w in lists["ruling_contests"]),
        ruling_verbs=frozenset(w.casefold() for w in lists["ruling_verbs"]),
        ruling_sources=frozenset(w.casefold() for w in lists["ruling_sources"]),
        ruling_appeals=tuple(" ".join(w.casefold().split()) for w in lists["ruling_appeals"]),
        contrast_subjects=tuple(" ".join(w.casefold().split()) for w in lists["contrast_subjects"]),
        contrast_links=tuple(" ".join(w.casefold().split()) for w in lists["contrast_links"]),
        contrast_agent_links=tuple(
            " ".join(w.casefold().split()) for w in lists["contrast_agent_links"]
        ),
        fronted_contests=tuple(" ".join(w.casefold().split()) for w in lists["fronted_contests"]),
        restating_verbs=tuple(" ".join(w.casefold().split()) for w in lists["restating_verbs"]),
        restated_heads=tuple(" ".join(w.casefold().split()) for w in lists["restated_heads"]),
        restating_links=tuple(" ".join(w.casefold().split()) for w in lists["restating_links"]),
        revising_verbs=tuple(" ".join(w.casefold().split()) for w in lists["revising_verbs"]),
        counting_verbs=tuple(" ".join(w.casefold().split()) for w in lists["counting_verbs"]),
        giving_verbs=tuple(" ".join(w.casefold().split()) for w in lists["giving_verbs"]),
        giving_heads=tuple(" ".join(w.casefold().split()) for w in lists["giving_heads"]),
        giving_links=tuple(" ".join(w.casefold().split()) for w in lists["giving_links"]),
        window_openers=tuple(" ".join(w.casefold().split()) for w in lists["window_openers"]),
        window_articles=tuple(" ".join(w.casefold().split()) for w in lists["window_articles"]),
        window_links=tuple(" ".join(w.casefold().split()) for w in lists["window_links"]),
        window_words=tuple(" ".join(w.casefold().split()) for w in lists["window_words"]),
        subset_links=tuple(" ".join(w.casefold().split()) for w in lists["subset_links"]),
        baseline_links=tuple(" ".join(w.casefold().split()) for w in lists["baseline_links"]),
        revising_links=tuple(" ".join(w.casefold().split()) for w in lists["revising_links"]),
        vindications=tuple(" ".join(w.casefold().split()) for w in lists["vindications"]),
        answering_denials=frozenset(
            " ".join(w.casefold().split()) for w in lists["answering_denials"]
        ),
        object_adjuncts=tuple(" ".join(w.casefold().split()) for w in lists["object_adjuncts"]),
        adjunct_prepositions=tuple(
            " ".join(w.casefold().split()) for w in lists["adjunct_prepositions"]
        ),
        source_evaluations=tuple(
            " ".join(w.casefold().split()) for w in lists["source_evaluations"]
        ),
        general_units=frozenset(" ".join(w.casefold().split()) for w in lists["general_units"]),
        quantity_comparatives=tuple(
            " ".join(w.casefold().split()) for w in lists["quantity_comparatives"]
        ),
        comparative_degrees=tuple(
            " ".join(w.casefold().split()) for w in lists["comparative_degrees"]
        ),
        doubt_adjectives=tuple(" ".join(w.casefold().split()) for w in lists["doubt_adjectives"]),
        doubt_copulas=tuple(" ".join(w.casefold().split()) for w in lists["doubt_copulas"]),
        doubt_verbs=tuple(" ".join(w.casefold().split()) for w in lists["doubt_verbs"]),
        echo_prefix=echo_prefix,
    )


def _neutral(lang: str) -> MatchLexicon:
    return MatchLexicon(
        lang, (), MappingProxyType({}), frozenset(), MappingProxyType({}), None, None
    )
