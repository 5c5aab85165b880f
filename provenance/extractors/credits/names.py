"""People's names in credit lines: capitals fixed as a reader would write them."""

from __future__ import annotations

import re

from provenance.lexicon.credits import credit_lexicon

__all__ = ["title_case_name"]

_SPACE = re.compile(r"\s+")
_CAPS_WORD = re.compile(r"[^\W\d_]+(?:['’‐‑-][^\W\d_]+)*")
# one romanized Korean or Chinese syllable: an initial, one to three vowels, a final
# ("yeon", "je", "hwan", "kyung", "hsiao"), not a Western name ("marie", "luc", "smith")
_SYLLABLE = re.compile(
    r"(?:ch|hs|ts|tz|sh|kk|tt|pp|ss|jj|hw|kw|gw|[kgndtrlmbpsjhwyfcz])?[aeiouy]{1,3}"
    r"(?:ng|[nmklpt])?"
)


def _cap(word: str) -> str:
    lower = word.lower()
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def _title_token(token: str, first: bool) -> str:
    if not (token.isupper() and _CAPS_WORD.fullmatch(token)):
        return token
    if not first and token.lower() in credit_lexicon().name_particles:
        return token.lower()
    # hyphens and apostrophes: JEAN-CHRISTOPHE -> Jean-Christophe, O'BRIEN -> O'Brien
    parts = re.split(r"(['’‐‑-])", token)
    # a particle joined by a hyphen after the first word: AL-RUBAYE -> al-Rubaye
    particle = not first and len(parts) > 2 and parts[1] != "'" and parts[1] != "’"
    particle = particle and parts[0].lower() in credit_lexicon().name_particles
    return "".join(
        p.lower() if particle and i == 0 else p if p in "'’‐‑-" else _cap(p)
        for i, p in enumerate(parts)
    )


def _given_name(token: str) -> str:
    """The hyphenated given name of a Korean or Taiwanese name, its second syllable in lower
    case as the name is written: "YEON-JE" -> "Yeon-je"."""
    head, _, tail = token.partition("-")
    return f"{_cap(head)}-{tail.lower()}"


def _syllable_given_name(tokens: list[str]) -> bool:
    """ "JUNG YEON-JE": two shouted words, a Korean or Taiwanese family name of the lexicon
    first, then one hyphen joining two syllables of the given name."""
    if len(tokens) != 2 or not all(t.isupper() for t in tokens):
        return False
    given = tokens[1].split("-")
    if len(given) != 2 or not all(_SYLLABLE.fullmatch(part.lower()) for part in given):
        return False  # "KIM SMITH-JONES": a Western double surname
    return tokens[0].casefold() in credit_lexicon().syllable_name_families


def title_case_name(name: str) -> str:
    """Title-case the ALL-CAPS parts of a name, as AFP writes surnames.

    Mixed-case tokens are kept as written; particles after the first token
    stay lowercase; ``Mc``, hyphens and apostrophes are handled.

    Example:
        >>> title_case_name("Gavriil GRIGOROV")
        'Gavriil Grigorov'
        >>> title_case_name("JEAN-CHRISTOPHE VERHAEGEN")
        'Jean-Christophe Verhaegen'
        >>> title_case_name("Juan DE LA CRUZ MCDONALD")
        'Juan de la Cruz McDonald'
        >>> title_case_name("AHMAD AL-RUBAYE")
        'Ahmad al-Rubaye'
        >>> title_case_name("JUNG YEON-JE")
        'Jung Yeon-je'
    """
    tokens = _SPACE.sub(" ", name).strip().split(" ")
    if _syllable_given_name(tokens):
        return f"{_cap(tokens[0])} {_given_name(tokens[1])}"
    return " ".join(_title_token(t, i == 0) for i, t in enumerate(tokens))
