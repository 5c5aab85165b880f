"""The source alias registry: who a source mention refers to.

A :class:`SourceRegistry` maps the ways a text names a source ("Moscow", "the
Kremlin", "Russia's defense ministry") to one canonical :class:`SourceInfo`,
so that one party is one source across articles. It is an object owned by the
caller, built by :func:`default_sources` from a packaged YAML table and
extended with :meth:`SourceRegistry.register` or :meth:`SourceRegistry.load`.
Mentions that are not in the table get a kind from a small heuristic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.enums import ANONYMOUS as _ANONYMOUS
from provenance.enums import ORGANIZATION as _ORGANIZATION
from provenance.enums import PERSON as _PERSON
from provenance.enums import UNKNOWN as _UNKNOWN
from provenance.enums import SourceKind
from provenance.errors import ReadError
from provenance.extractors.records import SourceInfo, slots_twin
from provenance.extractors.text.wordlists import alternation
from provenance.ids import normalize_name
from provenance.lexicon._files import available_languages, data_root, language_key
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.cues import cue_lexicon
from provenance.lexicon.genders import gender_lexicon
from provenance.lexicon.source_kinds import SourceKindLexicon, source_kind_lexicon
from provenance.lexicon.sources import source_table

__all__ = ["SourceRegistry", "default_sources"]


_POSSESSIVE_END = re.compile(r"['’]s?$")
_POSSESSOR = re.compile(r"^[\w.-]+(?:\s[\w.-]+)?['’]s\s+")


def _without_possessor(text: str) -> str:
    """``text`` without the possessor it opens with ("Ukraine's President X" -> "President X").

    :data:`_POSSESSOR` matches only where an apostrophe and an "s" follow each other: a
    text with neither "'s" nor "’s" (most mentions) is returned without a regex call.

    Example:
        >>> _without_possessor("ukraine's president zelensky"), _without_possessor("the kremlin")
        ('president zelensky', 'the kremlin')
    """
    if "'s" not in text and "’s" not in text:
        return text
    return _POSSESSOR.sub("", text)


@functools.cache
def _agency_aliases() -> frozenset[str]:
    """Every alias of a news agency (from the one agency table), matched as a whole phrase.

    A set lookup: the same answers as ``fullmatch`` of the ``\\b(?:a1|a2|...)\\b``
    alternation, which holds an alias exactly when it is one whose ends are word characters.
    """
    table = agency_table()
    aliases = {a for n in table.agency_names for a in table.aliases(n) if "." not in a}
    return frozenset(a for a in aliases if re.fullmatch(rf"\b{re.escape(a)}\b", a))


#: capital letters a name opens with: Latin ones with diacritics too ("Ó Broin", "Łukasz")
_CAPS = "A-ZÀ-ÖØ-ÞŁŚŠŽŹŻČĆŘŞĞİŐŰ"
_PERSON_NAME = re.compile(rf"^(?:[{_CAPS}][\w'’.-]*\s+){{0,3}}[{_CAPS}][\w'’-]*[a-z][\w'’-]*$")


def _key(text: str, language: str = "en") -> str:
    """The lookup key of an alias or mention: normalized, no leading article, no "'s"."""
    key = normalize_name(text.replace("’", "'"))
    key = _without_determiner(key, _kinds(language))
    if key.endswith(("'s", "'")):
        key = _POSSESSIVE_END.sub("", key)
    return key


class SourceRegistry:
    """Aliases of sources, resolved to canonical :class:`SourceInfo` records.

    Example:
        >>> reg = SourceRegistry()
        >>> reg.register("the Kremlin", "Russian government", SourceKind.GOVERNMENT, "Russia")
        >>> reg.resolve("The Kremlin").name
        'Russian government'
    """

    def __init__(self, language: str = "en") -> None:
        self._aliases: dict[str, SourceInfo] = {}
        #: the language key whose words (articles, titles, kind words) read the mentions
        self.language = language_key(language)
        # Bounded caches owned by this registry (mentions are text: no module-level cache).
        lang = self.language
        self._key: Callable[[str], str] = functools.lru_cache(maxsize=8192)(
            functools.partial(_key, language=lang)
        )
        self._guess: Callable[[str], SourceInfo] = functools.lru_cache(maxsize=4096)(
            functools.partial(_guess, language=lang)
        )

    def __len__(self) -> int:
        return len(self._aliases)

    def __contains__(self, alias: object) -> bool:
        return isinstance(alias, str) and self._key(alias) in self._aliases

    def register(
        self, alias: str, name: str, kind: SourceKind, affiliation: str | None = None
    ) -> None:
        """Map ``alias`` (and ``name`` itself) to the source ``name``.

        A later registration of the same alias replaces the earlier one.

        Example:
            >>> reg = SourceRegistry()
            >>> reg.register("Zelenskyy", "Volodymyr Zelensky", SourceKind.PERSON, "Ukraine")
            >>> reg.resolve("ZELENSKYY").affiliation
            'Ukraine'
        """
        info = SourceInfo(name=name, kind=SourceKind(kind), affiliation=affiliation)
        self._aliases[self._key(alias)] = info
        self._aliases.setdefault(self._key(name), info)

    def lookup(self, text: str) -> SourceInfo | None:
        """The registered source for ``text`` (exact or title-stripped), or ``None``.

        Example:
            >>> default_sources().lookup("Ukraine's President Volodymyr Zelensky").name
            'Volodymyr Zelensky'
        """
        key = self._key(text)
        found = self._aliases.get(key)
        if found is not None:
            return found
        stripped = _without_possessor(key)
        words = stripped.split()
        while words and words[0] in _kinds(self.language).lex.title_words:
            words.pop(0)
            found = self._aliases.get(" ".join(words))
            if found is not None:
                return found
        if stripped != key:
            return self._aliases.get(stripped)
        return None

    def resolve(self, text: str) -> SourceInfo:
        """Resolve a source mention to a :class:`SourceInfo`; never raises.

        Registered aliases win; otherwise the kind is guessed from the words
        ("officials" -> anonymous, "ministry" -> government, "army" ->
        military, a capitalised name -> person) and the name is the mention
        without its article and possessive.

        Example:
            >>> reg = default_sources()
            >>> reg.resolve("the Kremlin").name
            'Russian government'
            >>> reg.resolve("a senior official").kind
            <SourceKind.ANONYMOUS: 'anonymous'>
        """
        found = self.lookup(text)
        if found is not None:
            return found
        return self._guess(text)

    def load(self, path: str | Path) -> None:
        """Register every source of a YAML alias table (see ``data/sources.yaml``).

        Raises:
            ReadError: the file is missing, is not YAML, or an entry lacks
                ``name``/``kind`` or has an unknown kind.

        Example:
            >>> reg = SourceRegistry()
            >>> reg.load("sources.yaml")  # doctest: +SKIP
        """
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ReadError(str(path), f"cannot read the source table ({exc.strerror})") from exc
        for entry in _parse_table(raw, str(path)):
            self._register_entry(entry)

    def _register_entry(self, entry: tuple[str, SourceKind, str | None, tuple[str, ...]]) -> None:
        name, kind, affiliation, aliases = entry
        for alias in (name, *aliases):
            self.register(alias, name, kind, affiliation)


_Entry = tuple[str, SourceKind, str | None, tuple[str, ...]]


def _parse_table(raw: str, where: str) -> tuple[_Entry, ...]:
    """Parse and validate a YAML alias table into plain tuples."""
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ReadError(where, f"not valid YAML ({exc})", "check the indentation") from exc
    items = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ReadError(where, "no 'sources' list", "start the file with 'sources:'")
    entries: list[_Entry] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ReadError(where, f"entry {i} has no 'name'", "give every entry a name")
        try:
            kind = SourceKind(str(item.get("kind", "")))
        except ValueError as exc:
            allowed = ", ".join(k.value for k in SourceKind)
            raise ReadError(
                where, f"entry {i} ({item['name']}) has kind {item.get('kind')!r}", allowed
            ) from exc
        affiliation = item.get("affiliation")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise ReadError(where, f"entry {i} ({item['name']}): 'aliases' is not a list")
        entries.append(
            (
                item["name"],
                kind,
                None if affiliation is None else str(affiliation),
                tuple(str(a) for a in aliases),
            )
        )
    return tuple(entries)


def _builtin_entries() -> tuple[_Entry, ...]:
    """The lexicon's alias table, agencies included (read once by the lexicon)."""
    return tuple((e.name, e.kind, e.affiliation, e.aliases) for e in source_table())


def default_sources(language: str = "en") -> SourceRegistry:
    """A new registry filled with the built-in alias table, reading mentions in ``language``.

    Example:
        >>> reg = default_sources()
        >>> {reg.resolve(x).name for x in ("Moscow", "the Kremlin", "Russia")}
        {'Russian government'}
    """
    registry = SourceRegistry(language)
    for entry in _builtin_entries():
        registry._register_entry(entry)
    return registry


def _guess(text: str, language: str = "en") -> SourceInfo:
    """Heuristic kind (and affiliation) for a mention that is not in the table."""
    clean = " ".join(text.replace("’", "'").split()).strip(" ,.;:")
    kinds = _kinds(language)
    low = _without_determiner(clean.lower(), kinds)
    name = _without_determiner(clean, kinds, any_case=True)
    # the head of the phrase: before "close to", "of", "familiar with", "who", ...
    head = kinds.head_cut.split(low, maxsplit=1)[0]
    words = head.split()
    first = words[0].rstrip("'s").rstrip("'") if words else ""
    affiliation = kinds.lex.nationalities.get(first)
    # a kind word's pattern can match only where the head holds the word it opens with
    kind_word = kinds.openers is None or not kinds.openers.isdisjoint(_WORD.findall(head))
    kind = _UNKNOWN
    if low in _agency_aliases() or head in _agency_aliases():
        kind = SourceKind.AGENCY
    elif words and words[-1] in kinds.lex.anonymous_heads:
        kind = _ANONYMOUS
    elif kind_word and kinds.military.search(head):
        kind = SourceKind.MILITARY
    elif kind_word and kinds.government.search(head):
        kind = SourceKind.GOVERNMENT
    elif (described := _described_organization(name, kinds)) is not None:
        kind, name = _ORGANIZATION, described  # "oil giant Gazprom"
    elif (
        (tail := kinds.trailing_name.search(name)) is not None
        and _lower_before(name, tail.start())
        and not _object_of_preposition(name, tail.start(), language)
        and not _organization_named(tail.group(0), kinds)
    ):
        kind = _PERSON
        name = _strip_titles(tail.group(0), language)
    elif name == clean and _personal_name(name, language):
        # "Mr Fox", "Liam Fox": an honorific or a given name opens a person's name, though
        # its other word is an outlet's ("Fox") or a place's
        kind = _PERSON
        name = _strip_titles(name, language)
    elif kind_word and (
        kinds.media_head.search(head) or (kinds.media.search(head) and name[:1].isupper())
    ):
        kind = SourceKind.MEDIA
    elif (kind_word and kinds.organization.search(head)) or _acronym_named(name, kinds):
        kind = _ORGANIZATION
    elif (person := _person_of(name, language)) is not None:
        kind, name = _PERSON, person  # "Tom Holly of the accounting firm PwC"
    elif _PERSON_NAME.match(name):
        if name != clean and name.split()[0].lower() not in kinds.lex.title_words:
            # a name after an article is a group's or an institution's ("the Arab League",
            # "the Taliban"), never a person's; a title may take one ("the Rev. Al Green")
            kind = _ORGANIZATION
        else:
            kind = _PERSON
            name = _strip_titles(name, language)
    elif (
        name.isupper()
        and name.isalpha()
        and 2 <= len(name) <= 6
        and name.lower() not in _person_roles(language)  # "the MEP": a person's office
    ):
        kind = _ORGANIZATION  # an acronym: "the FBI", "IDF"
    elif words and words[-1] in _person_roles(language) and len(head) < len(low):
        # a person named by role and whom they act for: "an attorney for the caucus" (a
        # bare role, "a federal judge", waits for the name the text gives it)
        kind = _PERSON
    return _source_info(name, kind, affiliation)


#: SourceInfo's fields filled by plain stores, then given SourceInfo's class (see
#: :func:`~provenance.extractors.records.slots_twin`): a guess is made per new mention.
_SourceInfoSlots: type = slots_twin(SourceInfo)


def _source_info(name: str, kind: SourceKind, affiliation: str | None) -> SourceInfo:
    """``SourceInfo(name, kind, affiliation)``, built without the frozen ``__init__``.

    Example:
        >>> _source_info("Kyiv", SourceKind.GOVERNMENT, "Ukraine") == SourceInfo(
        ...     "Kyiv", SourceKind.GOVERNMENT, "Ukraine"
        ... )
        True
    """
    info: Any = _SourceInfoSlots()
    info.name = name
    info.kind = kind
    info.affiliation = affiliation
    info.__class__ = SourceInfo
    built: SourceInfo = info
    return built


def _acronym_named(name: str, kinds: _Kinds) -> bool:
    """Whether ``name`` holds an organization's acronym: in capitals ("UN", "IMF"), or
    written as a word ("Nato") after no capitalised word; never the last word of a
    person's name ("Kim Jong Un", "Kim Jong-un").

    Example:
        >>> k = _kinds("en")
        >>> [_acronym_named(n, k) for n in ("UN", "the Nato chief", "Kim Jong Un", "Kim Jong-un")]
        [True, True, False, False]
    """
    for m in kinds.acronym.finditer(name):
        if m.group(0).isupper():
            return True
        before = name[: m.start()]
        if before.endswith("-"):
            continue  # "Kim Jong-un"
        words = before.split()
        if words and words[-1][:1].isupper():
            continue  # "Kim Jong Un": a name's last word
        return True
    return False


def _organization_named(name: str, kinds: _Kinds) -> bool:
    """Whether ``name`` holds an organization word ("party") or acronym ("UN")."""
    return kinds.organization.search(name.lower()) is not None or _acronym_named(name, kinds)


#: The capitalized words ending a mention and the word right before them ("oil
#: [giant] Gazprom", "the carmaker Fiat Chrysler").
_DESCRIBED_NAME = re.compile(
    r"(?:^|\s)([a-z][\w-]*)\s+((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&-]*)$"
)


def _described_organization(name: str, kinds: _Kinds) -> str | None:
    """The name of an organization its mention describes with a noun before it, or ``None``.

    Example:
        >>> _described_organization("Russian energy giant Gazprom", _kinds("en"))
        'Gazprom'
        >>> _described_organization("the party's leader John Smith", _kinds("en")) is None
        True
    """
    if kinds.lex.organization_descriptors.isdisjoint(name.split()):
        return None  # the describing noun is a whole word of the mention
    if kinds.head_cut.search(name.lower()):
        return None  # "Tom Holly of the accounting firm PwC": the head is the person
    m = _DESCRIBED_NAME.search(name)
    if m is None or m.group(1) not in kinds.lex.organization_descriptors:
        return None
    described = m.group(2)
    first = described.split()[0].lower()
    if (
        first in kinds.lex.title_words
        or first in _given_names(kinds.lex.language)
        or described.lower() in _agency_aliases()
    ):
        return None  # "watchdog Sir Philip Mawer", "news agency Reuters"
    return described


def _personal_name(name: str, language: str = "en") -> bool:
    """Whether ``name`` is two or three capitalised words opening with an honorific or a
    given name ("Mr Fox", "Mrs. Bell", "Liam Fox").

    Example:
        >>> [_personal_name(n) for n in ("Mr Fox", "Liam Fox", "Fox News", "Mr")]
        [True, True, False, False]
    """
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    first = words[0].rstrip(".").lower()
    if first not in _honorifics(language) and first not in _given_names(language):
        return False
    if words[-1].lower() in _kinds(language).lex.title_words:
        return False  # "Lord Chancellor": an office
    return _PERSON_NAME.match(name) is not None


@functools.cache
def _honorifics(language: str = "en") -> frozenset[str]:
    """The honorifics and titles a surname takes in ``language`` ("mr", "dr"), lowered."""
    titles = cue_lexicon(language).surname_titles if _has_cues(language) else frozenset()
    if not _has_data(language, "genders.yaml"):
        return frozenset(titles)
    return frozenset((*gender_lexicon(language).honorifics, *titles))


@functools.cache
def _given_names(language: str = "en") -> frozenset[str]:
    """The given names of ``language`` (a person's name opens with one), lowered."""
    if not _has_data(language, "genders.yaml"):
        return frozenset()
    return frozenset(gender_lexicon(language).given_names)


def _has_data(language: str, name: str) -> bool:
    """Whether a language has the data file ``name`` (without it, it knows none of its words)."""
    return language in available_languages() and data_root().joinpath(language, name).is_file()


def _has_cues(language: str) -> bool:
    """Whether a language has a cue file (a language without one knows no cue words)."""
    return _has_data(language, "cues.yaml")


@functools.cache
def _person_roles(language: str = "en") -> frozenset[str]:
    """One-word role nouns that name a person ("attorney", "judge"): the speaker roles.

    Empty for a language without a cue file: its mentions are read with no other's roles.
    """
    if not _has_cues(language):
        return frozenset()
    return frozenset(r for r in cue_lexicon(language).speaker_roles if " " not in r)


@functools.cache
def _name_suffixes(language: str = "en") -> frozenset[str]:
    """Words that end a name ("Jr.", "III"); empty for a language without a cue file."""
    if not _has_cues(language):
        return frozenset()
    return frozenset(cue_lexicon(language).name_suffixes)


@dataclass(frozen=True, slots=True)
class _Kinds:
    """The source-kind words of one language, as sets and whole-word patterns."""

    lex: SourceKindLexicon
    head_cut: re.Pattern[str]
    military: re.Pattern[str]
    government: re.Pattern[str]
    #: a phrase ending in a media noun is a news outlet in any case ("local media", "state TV")
    media_head: re.Pattern[str]
    media: re.Pattern[str]
    organization: re.Pattern[str]
    #: an organization's acronym in any case ("UN", "Nato", "Un" of "Kim Jong Un")
    acronym: re.Pattern[str]
    #: a leading article or demonstrative, lower case ("the "), and in any case ("The ")
    determiner: re.Pattern[str]
    determiner_any_case: re.Pattern[str]
    #: the determiners as a set, when each is ASCII lower-case letters (``None``: read by
    #: the patterns alone): a word parted by a space is one of them when the patterns
    #: match (:func:`_without_determiner`)
    determiner_words: frozenset[str] | None
    #: a name ending a mention after a lower-case word ("the party's leader John Smith"),
    #: never the object of a preposition ("Committee on Foreign Relations")
    trailing_name: re.Pattern[str]
    #: the word before a capitalised run, when it is a preposition: the name is its object
    #: ("provided on Tuesday to"); a title's preposition only after a lower-case word ("a
    #: lawyer for"), as it also joins a title ("Chief of Staff John Kelly")
    preposition_before: re.Pattern[str]
    #: the first words of the military, government, media and organization words: a head
    #: without one matches none of those patterns (``None``: a word opens with no word
    #: character, and every head is searched)
    openers: frozenset[str] | None


@functools.cache
def _kinds(language: str = "en") -> _Kinds:
    lex = source_kind_lexicon(language)
    determiner = (
        rf"^(?:{'|'.join(map(re.escape, lex.determiners))})\s+" if lex.determiners else "(?!)"
    )
    not_after = "".join(f"(?<! {re.escape(p)} )" for p in lex.name_object_prepositions)
    recipient = "|".join(map(re.escape, lex.recipient_prepositions))
    titled = "|".join(map(re.escape, lex.title_prepositions))
    before = [
        *([rf"\s(?:{recipient})"] if recipient else []),
        *([rf"\b[a-z][\w'’-]*\s+(?:{titled})"] if titled else []),
    ]

    def within(words: frozenset[str], end: str = r"\b") -> re.Pattern[str]:
        return re.compile(rf"\b(?:{alternation(words)}){end}" if words else "(?!)")

    return _Kinds(
        lex,
        re.compile(rf"\s(?:{alternation(lex.head_cuts)})\s" if lex.head_cuts else "(?!)"),
        within(lex.military_words),
        within(lex.government_words),
        within(lex.media_heads, "$"),
        within(lex.media_words),
        within(lex.organization_words),
        re.compile(
            rf"\b(?:{alternation(lex.organization_acronyms)})\b"
            if lex.organization_acronyms
            else "(?!)",
            re.IGNORECASE,
        ),
        re.compile(determiner),
        re.compile(determiner, re.IGNORECASE),
        _determiner_words(lex.determiners),
        re.compile(rf"(?<=[a-z] ){not_after}[{_CAPS}][\w'’-]+(?:\s+[{_CAPS}][\w'’.-]*){{1,2}}$"),
        re.compile(rf"(?:{'|'.join(before)})\s+$" if before else "(?!)"),
        _openers(
            (*lex.military_words, *lex.government_words, *lex.media_heads, *lex.media_words),
            lex.organization_words,
        ),
    )


def _determiner_words(determiners: Iterable[str]) -> frozenset[str] | None:
    """The determiners as a set when each is ASCII lower-case letters only, else ``None``.

    Example:
        >>> sorted(_determiner_words(["the", "a"])), _determiner_words(["the", "l'"])
        (['a', 'the'], None)
    """
    words = frozenset(determiners)
    plain = all(w.isascii() and w.isalpha() and w.islower() for w in words)
    return words if plain else None


def _without_determiner(text: str, kinds: _Kinds, *, any_case: bool = False) -> str:
    """``text`` without the determiner it opens with: ``kinds.determiner.sub("", text)``
    (``determiner_any_case`` with ``any_case``), for a text whose words one space parts
    (no other space character, none at either end: a normalized name, a cleaned mention).

    The pattern is ``^(?:d1|d2|...)\\s+``: in such a text it matches exactly when the first
    word (before the first space) is a determiner and a space follows it, and removes that
    word and the space. For ASCII letters, case-blind matching is matching the lowered
    word; beyond ASCII it folds more ("ſ" matches "s"), so a non-ASCII text goes through
    the pattern, as does every text when a determiner is not plain ASCII letters.

    Example:
        >>> k = _kinds("en")
        >>> [_without_determiner(t, k) for t in ("the kremlin", "these men", "they", "the")]
        ['kremlin', 'men', 'they', 'the']
        >>> [_without_determiner("The Kremlin", k, any_case=c) for c in (False, True)]
        ['The Kremlin', 'Kremlin']
    """
    words = kinds.determiner_words
    if words is None or not text.isascii():
        return (kinds.determiner_any_case if any_case else kinds.determiner).sub("", text)
    first, space, rest = text.partition(" ")
    if space and (first.lower() if any_case else first) in words:
        return rest
    return text


#: a run of word characters: a ``\b``-bounded word of a pattern matches a whole one
_WORD = re.compile(r"\w+")


def _openers(*groups: Iterable[str]) -> frozenset[str] | None:
    """The word (run of word characters) each phrase of ``groups`` opens with, or ``None``
    when one opens with another character.

    A phrase matched as ``\b(?:...)`` opens at the start of a run of word characters, and
    its first run is that whole run (a non-word character or a word boundary ends both):
    a text none of whose runs is an opener holds none of the phrases.

    Example:
        >>> sorted(_openers(["state tv", "army"], ["left-wing group"]))
        ['army', 'left', 'state']
        >>> _openers(["-ist"]) is None
        True
    """
    found = set()
    for phrase in (p for group in groups for p in group):
        if (m := _WORD.match(phrase)) is None:
            return None
        found.add(m.group(0))
    return frozenset(found)


#: Capitalized words ending right before a trailing name ("to [Representative] Gregg Harper").
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+$")


def _object_of_preposition(name: str, pos: int, language: str = "en") -> bool:
    """Whether the trailing name at ``pos`` is a preposition's object, titles included.

    "data it provided on Tuesday to Representative Gregg Harper": Harper received the
    data, he is not its source.

    Example:
        >>> text = "data it provided to Representative Gregg Harper"
        >>> _object_of_preposition(text, text.index("Gregg"))
        True
        >>> text = "the party's leader John Smith"
        >>> _object_of_preposition(text, text.index("John"))
        False
        >>> text = "the White House Chief of Staff John Kelly"
        >>> _object_of_preposition(text, text.index("John"))
        False
    """
    run = _CAPITALIZED_RUN.search(name, 0, pos)
    start = run.start() if run is not None else pos
    return _kinds(language).preposition_before.search(name, 0, start) is not None


def _lower_before(name: str, pos: int) -> bool:
    """Whether a lower-case word comes before ``pos`` ("leader John Smith", not "New York")."""
    return any(word[0].islower() for word in name[:pos].split())


def _person_of(name: str, language: str = "en") -> str | None:
    """The person of "Tom Holly of PwC", "Jane Doe at the bank": a full name before "of"."""
    cut = _kinds(language).head_cut.search(name)
    if cut is None:
        return None
    head = name[: cut.start()]
    if " " not in head or _PERSON_NAME.match(head) is None:
        return None
    return _strip_titles(head, language)


def _strip_titles(name: str, language: str = "en") -> str:
    """ "Sen. Lindsey Graham" -> "Lindsey Graham"; keeps at least one word.

    A title after other capitalised words goes with them ("Home Secretary Charles
    Clarke", "Texas Sen. Ted Cruz" -> "Ted Cruz"), unless only a suffix of the name
    would be left ("Martin Luther King Jr.").

    Example:
        >>> _strip_titles("Home Secretary Charles Clarke"), _strip_titles("Sen. Ted Cruz")
        ('Charles Clarke', 'Ted Cruz')
    """
    name = _without_possessor(name)
    words = name.split()
    titles = _kinds(language).lex.title_words
    suffixes = _name_suffixes(language)
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() in titles:
            if not all(w.lower() in suffixes for w in words[i + 1 :]):
                words = words[i + 1 :]
            break
    while len(words) > 1 and words[0].lower() in titles:
        words.pop(0)
    return " ".join(words)
