"""The words that tell a person's gender, read from ``data/<lang>/genders.yaml``.

Pronouns, honorifics ("Mrs.", "Mr."), gendered nouns ("spokeswoman", "his wife") and
given names borne by one gender: the speaker resolver reads them so that "she said"
goes to the nearest earlier person it can stand for. A language without the file gets
an empty lexicon: every gender is unknown, and an unknown gender agrees with anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal

from provenance.errors import LexiconError
from provenance.lexicon._files import language_key, read_language_mapping

__all__ = ["Gender", "GenderLexicon", "gender_lexicon"]

Gender = Literal["female", "male"]
_GENDERS: tuple[Gender, ...] = ("female", "male")
_KEYS = ("pronouns", "honorifics", "nouns", "given_names")


@dataclass(frozen=True, slots=True)
class GenderLexicon:
    """Case-folded words of one language, each mapped to the gender it names.

    Example:
        >>> lex = gender_lexicon("en")
        >>> lex.pronouns["she"], lex.honorifics["mr"], lex.nouns["spokeswoman"]
        ('female', 'male', 'female')
        >>> lex.given_names["hillary"], "jordan" in lex.given_names
        ('female', False)
    """

    language: str
    pronouns: Mapping[str, Gender]
    honorifics: Mapping[str, Gender]
    nouns: Mapping[str, Gender]
    given_names: Mapping[str, Gender]


def gender_lexicon(language: str | None = "en") -> GenderLexicon:
    """The gender lexicon for a language key or BCP 47 tag, read and validated once.

    Raises:
        LexiconError: the file is malformed; the message names the file and the entry.
    """
    return _load(language_key(language))


@cache
def _load(lang: str) -> GenderLexicon:
    file = f"{lang}/genders.yaml"
    data = read_language_mapping(lang, "genders.yaml")
    if data is None:
        return _empty(lang)
    tables: dict[str, Mapping[str, Gender]] = {}
    for key in _KEYS:
        section = data.get(key, {})
        if not isinstance(section, Mapping) or not set(section) <= set(_GENDERS):
            raise LexiconError(file, f"{key}: expected a mapping of {' and '.join(_GENDERS)}")
        seen: dict[str, Gender] = {}
        both: set[str] = set()
        for gender in _GENDERS:
            words = section.get(gender, [])
            if not isinstance(words, list) or not all(
                isinstance(w, str) and w.strip() for w in words
            ):
                raise LexiconError(file, f"{key}.{gender}: expected a list of words")
            for word in words:
                folded = " ".join(word.casefold().split())
                if seen.get(folded, gender) != gender:
                    both.add(folded)  # a word of both genders tells neither
                seen[folded] = gender
        tables[key] = MappingProxyType({w: g for w, g in seen.items() if w not in both})
    return GenderLexicon(
        lang, tables["pronouns"], tables["honorifics"], tables["nouns"], tables["given_names"]
    )


def _empty(lang: str) -> GenderLexicon:
    none: Mapping[str, Gender] = MappingProxyType({})
    return GenderLexicon(lang, none, none, none, none)
