"""Photo-credit vocabulary, read from ``data/credits.yaml``.

Role prefixes in any language ("Photo:", "Foto:", "Фото:", "Credit..."), role
codes and archive markers that are never parties (STR, File), unnamed suppliers
with their generic labels (pool, handout), courtesy, relay and client words, and
the words that mark an organization. Language-neutral: a credit uses these
words whatever the language of the page around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from provenance.enums import CreditRole
from provenance.lexicon._files import Entry, entries, read_data

__all__ = ["CreditLexicon", "Prefix", "Unnamed", "build_credit_lexicon", "credit_lexicon"]

FILE = "credits.yaml"
_KINDS = frozenset({"photo", "illustration", "composite", "graphic", "screenshot"})
_ROLES = frozenset(r.value for r in CreditRole)


@dataclass(frozen=True, slots=True)
class Prefix:
    """A role label written before a credit, and what it states by itself."""

    words: str
    kind: str
    implies: str | None
    wire_caption: bool = True
    outlet: str | None = None
    """The outlet whose own label it is ("ST PHOTO": The Straits Times): its agency."""
    by: bool = False
    """The label means "photographed by" ("撮影："): a one-word name after it is a person."""
    courtesy: bool = False
    """The label means "photo provided by" ("사진 제공="): the party after it is a source."""
    maker: bool = False
    """The label names a photo ("写真："): a lone two-character Han name after it took it."""


@dataclass(frozen=True, slots=True)
class Unnamed:
    """A supplier mentioned without a name ("Pool", "Handout"), with its generic label."""

    label: str
    role: CreditRole


@dataclass(frozen=True, slots=True)
class CreditLexicon:
    """Everything the credit splitter knows about words, as data.

    Example:
        >>> lex = credit_lexicon()
        >>> lex.unnamed["ho"].label, lex.is_ignored("FILE PHOTO"), "фото" in lex.prefix_words
        ('handout', True, True)
    """

    prefixes: MappingProxyType[str, Prefix]
    unnamed: MappingProxyType[str, Unnamed]
    ignored: frozenset[str]
    courtesy: tuple[str, ...]
    relays: tuple[str, ...]
    clients: tuple[str, ...]
    positions: frozenset[str]
    org_words: frozenset[str]
    agency_suffixes: tuple[str, ...]
    not_credits: tuple[str, ...]
    non_person_starts: frozenset[str]
    name_particles: frozenset[str]
    ui_words: frozenset[str]
    user_words: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    platforms: frozenset[str] = frozenset()
    credit_classes: tuple[str, ...] = ()
    caption_classes: tuple[str, ...] = ()
    weak_credit_classes: tuple[str, ...] = ()
    official_words: frozenset[str] = frozenset()
    """Words before an organization's own photo label that are no part of its name
    ("Official White House Photo by NAME": the White House)."""
    author_classes: tuple[str, ...] = ()
    """Class words of the article author's block ("byline", "author"): a picture there is
    the author's head shot, and the lines beside it are the author's, not a credit."""
    stock: frozenset[str] = frozenset()
    maker_roles: frozenset[str] = frozenset()
    supplier_roles: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    relay_marks: tuple[str, ...] = ()
    trailing_markers: tuple[str, ...] = ()
    reporter_words: tuple[str, ...] = ()
    issued_words: tuple[str, ...] = ()
    provided_marks: tuple[str, ...] = ()
    byline_words: tuple[str, ...] = ()
    maker_words: tuple[str, ...] = ()
    origin_words: tuple[str, ...] = ()
    outlet_words: frozenset[str] = frozenset()
    shot_marks: tuple[str, ...] = ()
    editor_notes: tuple[str, ...] = ()
    editor_note_labels: tuple[str, ...] = ()
    outlets: frozenset[str] = frozenset()
    own_archive: frozenset[str] = frozenset()
    name_dots: tuple[str, ...] = ()
    cjk_org_marks: tuple[str, ...] = ()
    cjk_outlet_ends: tuple[str, ...] = ()
    title_articles: frozenset[str] = frozenset()
    broadcasters: frozenset[str] = frozenset()
    broadcaster_words: frozenset[str] = frozenset()
    source_parties: frozenset[str] = frozenset()
    rights_notices: tuple[str, ...] = ()
    sign_free_wires: frozenset[str] = frozenset()
    initialled_wires: tuple[str, ...] = ()
    own_photo_labels: frozenset[str] = frozenset()
    newspapers: frozenset[str] = frozenset()
    photo_agency_words: frozenset[str] = frozenset()
    photo_agency_ends: frozenset[str] = frozenset()
    syllable_name_families: frozenset[str] = frozenset()
    org_lower_words: frozenset[str] = frozenset()
    org_title_words: frozenset[str] = frozenset()
    meta_picture_words: tuple[str, ...] = ()
    meta_credit_words: tuple[str, ...] = ()
    collections: frozenset[str] = frozenset()
    caption_labels: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    place_codes: frozenset[str] = frozenset()
    code_labels: tuple[str, ...] = ()
    sited_institutions: tuple[str, ...] = ()
    """Endings of an institution's name written with its city after a comma ("Rijksmuseum,
    Amsterdam"): the city is no party."""
    chart_tools: frozenset[str] = frozenset()
    """The software a graphic is made with ("Map: Jane Roe/Datawrapper"): no party."""

    @property
    def prefix_words(self) -> tuple[str, ...]:
        """Every prefix, longest first (so "photo illustration" wins over "photo")."""
        return tuple(sorted(self.prefixes, key=len, reverse=True))

    def is_notice(self, text: str) -> bool:
        """Whether ``text`` is a page-wide notice ("All rights reserved") or UI text ("[VIDEO]")."""
        folded = text.casefold().strip(" :[]()")
        return folded in self.ui_words or any(p in folded for p in self.not_credits)

    def is_ignored(self, text: str) -> bool:
        """Whether ``text`` is a role code or an archive marker, never a party."""
        return text.casefold().strip() in self.ignored


def _words(entry: Entry, key: str = "words") -> tuple[str, ...]:
    words = entry.texts(key)
    if not words:
        raise entry.error(f"{key!r} must list at least one word")
    return tuple(w.casefold().strip() for w in words)


def _list(data: object, key: str) -> tuple[str, ...]:
    holder = Entry(data, FILE, "top level")
    return tuple(w.casefold().strip() for w in holder.texts(key))


def _optional(data: object, key: str) -> tuple[str, ...]:
    """A list that a data file may leave out (empty then)."""
    return _list(data, key) if isinstance(data, dict) and key in data else ()


_CLASS_WORD = re.compile(r"^[^\s\"'\\]+$")


def _classes(data: object, key: str) -> tuple[str, ...]:
    """Words of page class names (matched inside a class attribute): no spaces or quotes."""
    words = _optional(data, key)
    for word in words:
        if not _CLASS_WORD.match(word):
            raise Entry({}, FILE, f"{key} {word!r}").error(
                "a class word has no spaces, quotes or backslashes"
            )
    return words


@cache
def credit_lexicon() -> CreditLexicon:
    """The credit vocabulary, read and validated once per process.

    Raises:
        LexiconError: ``credits.yaml`` is missing or an entry is malformed
            (the error names the entry).
    """
    return build_credit_lexicon(read_data(FILE))


def build_credit_lexicon(data: object) -> CreditLexicon:
    """A :class:`CreditLexicon` from the parsed data of ``credits.yaml``, validated entry by entry.

    Raises:
        LexiconError: an entry is malformed; the message names the file and the entry.
    """
    prefixes: dict[str, Prefix] = {}
    for entry in entries(data, FILE, "prefixes"):
        kind = entry.choice("kind", _KINDS, "photo")
        implies = entry.opt_text("implies")
        wire = entry.flag("wire_caption", True)
        outlet = entry.opt_text("outlet")
        by, courtesy = entry.flag("by", False), entry.flag("courtesy", False)
        maker = entry.flag("maker", False)
        for word in _words(entry):
            if word in prefixes:
                raise entry.error(f"prefix {word!r} is listed twice")
            prefixes[word] = Prefix(word, kind, implies, wire, outlet, by, courtesy, maker)
    unnamed: dict[str, Unnamed] = {}
    for entry in entries(data, FILE, "unnamed"):
        item = Unnamed(entry.text("label"), CreditRole(entry.choice("role", _ROLES)))
        for word in _words(entry):
            if word in unnamed:
                raise entry.error(f"{word!r} is already listed for {unnamed[word].label!r}")
            unnamed[word] = item
    for prefix in prefixes.values():
        if prefix.implies is not None and prefix.implies not in {u.label for u in unnamed.values()}:
            raise Entry({}, FILE, f"prefix {prefix.words!r}").error(
                f"implies {prefix.implies!r}, which is no label under 'unnamed'"
            )
    ignored = frozenset(w for entry in entries(data, FILE, "ignored") for w in _words(entry))
    own_archive = frozenset(_optional(data, "own_archive_markers"))
    if not own_archive <= ignored:
        raise Entry({}, FILE, "own_archive_markers").error(
            f"{sorted(own_archive - ignored)} must also be listed under 'ignored'"
        )
    return CreditLexicon(
        prefixes=MappingProxyType(prefixes),
        unnamed=MappingProxyType(unnamed),
        ignored=ignored,
        courtesy=tuple(sorted(_list(data, "courtesy"), key=len, reverse=True)),
        relays=_list(data, "relays"),
        clients=_list(data, "clients"),
        positions=frozenset(_list(data, "positions")),
        org_words=frozenset(_list(data, "org_words")),
        agency_suffixes=tuple(sorted(_list(data, "agency_suffixes"), key=len, reverse=True)),
        not_credits=_list(data, "not_credits"),
        non_person_starts=frozenset(_list(data, "non_person_starts")),
        name_particles=frozenset(_list(data, "name_particles")),
        ui_words=frozenset(_list(data, "ui_words")),
        user_words=_optional(data, "user_words"),
        contributors=_optional(data, "contributors"),
        hosts=_optional(data, "hosts"),
        official_words=frozenset(_optional(data, "official_words")),
        platforms=frozenset(_optional(data, "platforms")),
        credit_classes=_classes(data, "credit_classes"),
        caption_classes=_classes(data, "caption_classes"),
        weak_credit_classes=_classes(data, "weak_credit_classes"),
        author_classes=_classes(data, "author_classes"),
        stock=frozenset(_optional(data, "stock")),
        maker_roles=frozenset(_optional(data, "maker_roles")),
        supplier_roles=frozenset(_optional(data, "supplier_roles")),
        company_suffixes=frozenset(_optional(data, "company_suffixes")),
        titles=tuple(sorted(_optional(data, "titles"), key=len, reverse=True)),
        relay_marks=_optional(data, "relay_marks"),
        trailing_markers=tuple(sorted(_optional(data, "trailing_markers"), key=len, reverse=True)),
        reporter_words=_optional(data, "reporter_words"),
        issued_words=_optional(data, "issued_words"),
        provided_marks=_optional(data, "provided_marks"),
        byline_words=_optional(data, "byline_words"),
        maker_words=_optional(data, "maker_words"),
        origin_words=_optional(data, "origin_words"),
        name_dots=_optional(data, "name_dots"),
        cjk_org_marks=_optional(data, "cjk_org_marks"),
        cjk_outlet_ends=_optional(data, "cjk_outlet_ends"),
        outlet_words=frozenset(_optional(data, "outlet_words")),
        shot_marks=_optional(data, "shot_marks"),
        editor_notes=_optional(data, "editor_notes"),
        editor_note_labels=_optional(data, "editor_note_labels"),
        outlets=frozenset(_optional(data, "outlets")),
        own_archive=own_archive,
        title_articles=frozenset(_optional(data, "title_articles")),
        broadcasters=frozenset(_optional(data, "broadcasters")),
        broadcaster_words=frozenset(_optional(data, "broadcaster_words")),
        source_parties=frozenset(_optional(data, "source_parties")),
        rights_notices=_optional(data, "rights_notices"),
        sign_free_wires=frozenset(_optional(data, "sign_free_wires")),
        initialled_wires=_optional(data, "initialled_wires"),
        own_photo_labels=frozenset(_optional(data, "own_photo_labels")),
        newspapers=frozenset(_optional(data, "newspapers")),
        photo_agency_words=frozenset(_optional(data, "photo_agency_words")),
        photo_agency_ends=frozenset(_optional(data, "photo_agency_ends")),
        syllable_name_families=frozenset(_optional(data, "syllable_name_families")),
        org_lower_words=frozenset(_optional(data, "org_lower_words")),
        org_title_words=frozenset(_optional(data, "org_title_words")),
        meta_picture_words=_optional(data, "meta_picture_words"),
        meta_credit_words=_optional(data, "meta_credit_words"),
        collections=frozenset(_optional(data, "collections")),
        caption_labels=_optional(data, "caption_labels"),
        months=_optional(data, "months"),
        place_codes=frozenset(_optional(data, "place_codes")),
        code_labels=_optional(data, "code_labels"),
        sited_institutions=_optional(data, "sited_institutions"),
        chart_tools=frozenset(_optional(data, "chart_tools")),
    )
