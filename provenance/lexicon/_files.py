"""Reading and validating the lexicon's data files.

Every language fact the extractors use lives in a YAML file under
``provenance/lexicon/data/``: language-neutral files at the top
(``agencies.yaml``), one folder per language for the rest
(``en/cues.yaml``, ``fr/numbers.yaml``). The engines never name a language;
they ask for a lexicon by language key and read what the files say.

Files are read once per process (each typed lexicon is cached by its loader)
and validated on load: a malformed file raises :class:`LexiconError` naming
the file and the entry, never a ``KeyError`` from deep inside an extractor.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from provenance.errors import LexiconError

__all__ = [
    "NEUTRAL",
    "Entry",
    "available_languages",
    "data_root",
    "entries",
    "has_language_file",
    "language_key",
    "read_data",
    "read_language_mapping",
]

NEUTRAL = "und"
"""The language key for text in a language the lexicon has no folder for."""


def data_root() -> Traversable:
    """The folder holding the lexicon's data files (inside the installed package)."""
    return resources.files("provenance.lexicon") / "data"


@cache
def available_languages() -> frozenset[str]:
    """Language keys that have a folder of lexicon files.

    Example:
        >>> {"en", "fr"} <= available_languages()
        True
    """
    return frozenset(p.name for p in data_root().iterdir() if p.is_dir() and p.name.isalpha())


@lru_cache(maxsize=256)  # a feed has a handful of distinct tags
def language_key(tag: str | None) -> str:
    """The lexicon key for a BCP 47 tag: its primary subtag, or ``"und"`` if none fits.

    ``None`` and empty tags mean "not stated" and give English, the language of
    most wire copy and the default of every extractor; a stated language the
    lexicon has no folder for gives ``"und"`` (language-neutral rules only).

    Example:
        >>> language_key("fr-FR"), language_key("EN_gb"), language_key(None), language_key("de")
        ('fr', 'en', 'en', 'und')
    """
    if tag is None or not tag.strip():
        return "en"
    primary = tag.strip().replace("_", "-").split("-", 1)[0].casefold()
    return primary if primary in available_languages() else NEUTRAL


def read_data(relpath: str) -> Any:
    """Parse one YAML data file, given relative to the data folder (``"en/cues.yaml"``).

    Raises:
        LexiconError: the file is missing, is not valid YAML or states a key twice in
            one mapping (YAML would silently keep the last one).
    """
    import yaml

    path = data_root().joinpath(*relpath.split("/"))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(relpath, "file not found", "reinstall the package") from exc
    try:
        return yaml.load(text, Loader=_strict_loader())
    except yaml.YAMLError as exc:
        raise LexiconError(relpath, f"not valid YAML ({exc})") from exc


def has_language_file(lang: str, name: str) -> bool:
    """True when a language has its own data file ``name``: the file
    :func:`read_language_mapping` would read, found without parsing it.

    Example:
        >>> has_language_file("en", "numbers.yaml"), has_language_file("und", "numbers.yaml")
        (True, False)
    """
    if lang == NEUTRAL or lang not in available_languages():
        return False
    return data_root().joinpath(lang, name).is_file()


def read_language_mapping(lang: str, name: str) -> Mapping[str, Any] | None:
    """A language's optional data file as a mapping, or ``None`` when it has none.

    ``None`` for the neutral key, a language without a folder, or a folder without the
    file (that language knows none of its facts).

    Raises:
        LexiconError: the file is not valid YAML or not a mapping at the top.
    """
    if lang == NEUTRAL or lang not in available_languages():
        return None
    file = f"{lang}/{name}"
    try:
        data = read_data(file)
    except LexiconError as exc:
        if "file not found" in exc.problem:
            return None
        raise
    if not isinstance(data, Mapping):
        raise LexiconError(file, "expected a mapping at the top")
    return data


@cache
def _strict_loader() -> Any:
    """A safe YAML loader that refuses a key stated twice in one mapping.

    The C loader when libyaml is there: the number lexicons load ~7x faster.
    """
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def mapping(loader: Any, node: Any) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is stated twice", key_node.start_mark
                )
            seen.add(key)
        return loader.construct_mapping(node, deep=True)  # type: ignore[no-any-return]

    strict: Any = type("StrictSafeLoader", (base,), {})
    strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return strict


class Entry:
    """One entry (a mapping) of a data file, with typed accessors that name it in errors.

    Example:
        >>> e = Entry({"name": "AFP", "aliases": ["afp"]}, "agencies.yaml", "agencies[0]")
        >>> e.text("name"), e.texts("aliases"), e.texts("missing")
        ('AFP', ('afp',), ())
    """

    __slots__ = ("data", "file", "where")

    def __init__(self, data: Any, file: str, where: str) -> None:
        if not isinstance(data, Mapping):
            raise LexiconError(file, f"{where}: expected a mapping, got {type(data).__name__}")
        self.data: Mapping[str, Any] = data
        self.file = file
        self.where = where

    def error(self, message: str) -> LexiconError:
        """A :class:`LexiconError` about this entry."""
        return LexiconError(self.file, f"{self.where}: {message}")

    def text(self, key: str) -> str:
        """A required non-empty string."""
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"{key!r} must be a non-empty string")
        return value

    def opt_text(self, key: str, default: str | None = None) -> str | None:
        """An optional string."""
        value = self.data.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self.error(f"{key!r} must be a string")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """An optional list of strings (a single string counts as a list of one)."""
        value = self.data.get(key, ())
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
            raise self.error(f"{key!r} must be a list of strings")
        return tuple(value)

    def number(self, key: str, default: float | None = None) -> float | None:
        """An optional number."""
        value = self.data.get(key, default)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise self.error(f"{key!r} must be a number")
        return None if value is None else float(value)

    def flag(self, key: str, default: bool = False) -> bool:
        """An optional boolean."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.error(f"{key!r} must be true or false")
        return value

    def choice(self, key: str, allowed: frozenset[str], default: str | None = None) -> str:
        """A string from a fixed set."""
        value = self.data.get(key, default)
        if value not in allowed:
            raise self.error(f"{key!r} must be one of {sorted(allowed)}, got {value!r}")
        return str(value)


def entries(data: Any, file: str, key: str) -> Iterator[Entry]:
    """The entries of the list under ``key`` of a parsed data file.

    Raises:
        LexiconError: ``data`` has no list under ``key``.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        raise LexiconError(file, f"expected a list under {key!r}")
    for i, item in enumerate(data[key]):
        yield Entry(item, file, f"{key}[{i}]")
