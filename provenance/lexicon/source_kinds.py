"""What gives an unlisted source mention its kind, from ``data/<lang>/source_kinds.yaml``.

A mention missing from the alias table ("senior officials", "the Virginia House
Democratic Caucus", "state TV") gets its kind from the words of its head: anonymous,
military, government, media or organization words, a trailing personal name. Titles
before a name ("Sen.", "spokeswoman") are stripped, and a first word naming a side
("Russian officials") gives the affiliation. A language without the file gets an empty
lexicon: its unlisted mentions keep the unknown kind, or are persons by their shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from provenance.errors import LexiconError
from provenance.lexicon._files import language_key, read_language_mapping

__all__ = ["SourceKindLexicon", "source_kind_lexicon"]

_LISTS = (
    "head_cuts",
    "title_words",
    "anonymous_heads",
    "military_words",
    "government_words",
    "media_heads",
    "media_words",
    "organization_words",
    "organization_descriptors",
    "organization_possessions",
    "organization_acronyms",
)


@dataclass(frozen=True, slots=True)
class SourceKindLexicon:
    """Case-folded words of one language that tell a source mention's kind and side.

    Example:
        >>> lex = source_kind_lexicon("en")
        >>> "officials" in lex.anonymous_heads, lex.nationalities["russian"]
        (True, 'Russia')
        >>> source_kind_lexicon("zz").organization_words
        frozenset()
    """

    language: str
    head_cuts: frozenset[str]
    title_words: frozenset[str]
    anonymous_heads: frozenset[str]
    military_words: frozenset[str]
    government_words: frozenset[str]
    media_heads: frozenset[str]
    media_words: frozenset[str]
    organization_words: frozenset[str]
    nationalities: Mapping[str, str]
    #: articles and demonstratives dropped before a mention ("the Kremlin"), in order
    determiners: tuple[str, ...] = ()
    #: prepositions whose object a trailing capitalised name is, not the mention's person
    #: ("Committee on Foreign Relations"), in order
    name_object_prepositions: tuple[str, ...] = ()
    #: prepositions whose object a name after a run of capitalised words (a title) is
    #: ("provided on Tuesday [to] Representative Gregg Harper"); those that also join a
    #: title, so only after a lower-case word ("a lawyer [for]", "Chief [of] Staff John Kelly")
    recipient_prepositions: tuple[str, ...] = ()
    title_prepositions: tuple[str, ...] = ()
    #: nouns that describe an organization, never a person: before a one-word name ("oil
    #: giant Gazprom") or heading its apposition ("Yukos, the oil company,")
    organization_descriptors: frozenset[str] = frozenset()
    #: nouns only an organization owns, right after its one-word name ("Yukos shares")
    organization_possessions: frozenset[str] = frozenset()
    #: acronyms of organizations ("un", "nato"): one in capitals, or after a lower-case
    #: word; never the last word of a person's name ("Kim Jong Un")
    organization_acronyms: frozenset[str] = frozenset()


#: ordered word lists (regex alternations are built from them in this order)
_ORDERED = (
    "determiners",
    "name_object_prepositions",
    "recipient_prepositions",
    "title_prepositions",
)


def source_kind_lexicon(language: str | None = "en") -> SourceKindLexicon:
    """The source-kind lexicon for a language key or BCP 47 tag, read and validated once.

    Raises:
        LexiconError: the file is malformed; the message names the file and the entry.
    """
    return _load(language_key(language))


@cache
def _load(lang: str) -> SourceKindLexicon:
    file = f"{lang}/source_kinds.yaml"
    data = read_language_mapping(lang, "source_kinds.yaml") or {}
    unknown = sorted(set(data) - {*_LISTS, *_ORDERED, "nationalities"})
    if unknown:
        raise LexiconError(file, f"unknown keys {unknown}")
    lists: dict[str, frozenset[str]] = {}
    for key in _LISTS:
        words = data.get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(file, f"{key}: expected a list of words")
        lists[key] = frozenset(" ".join(w.casefold().split()) for w in words)
    ordered: dict[str, tuple[str, ...]] = {}
    for key in _ORDERED:
        words = data.get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(file, f"{key}: expected a list of words")
        ordered[key] = tuple(dict.fromkeys(" ".join(w.casefold().split()) for w in words))
    sides = data.get("nationalities", {})
    if not isinstance(sides, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in sides.items()
    ):
        raise LexiconError(file, "nationalities: expected a mapping of word to side")
    return SourceKindLexicon(
        language=lang,
        head_cuts=lists["head_cuts"],
        title_words=lists["title_words"],
        anonymous_heads=lists["anonymous_heads"],
        military_words=lists["military_words"],
        government_words=lists["government_words"],
        media_heads=lists["media_heads"],
        media_words=lists["media_words"],
        organization_words=lists["organization_words"],
        organization_descriptors=lists["organization_descriptors"],
        organization_possessions=lists["organization_possessions"],
        organization_acronyms=lists["organization_acronyms"],
        nationalities=MappingProxyType({k.casefold(): v for k, v in sides.items()}),
        determiners=ordered["determiners"],
        name_object_prepositions=ordered["name_object_prepositions"],
        recipient_prepositions=ordered["recipient_prepositions"],
        title_prepositions=ordered["title_prepositions"],
    )
