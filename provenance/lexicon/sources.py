"""The built-in source alias table, read from ``data/sources.yaml``, plus the agencies.

Each entry names a party (a person, a government, an army), its kind, its side
and the ways copy writes it. News agencies are not repeated there: they come,
with every alias, from :func:`provenance.lexicon.agency_table`, so an agency is
added in one place for the readers, the credit splitter and the sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from provenance.enums import SourceKind
from provenance.lexicon._files import entries, read_data
from provenance.lexicon.agencies import agency_table

__all__ = ["SourceEntry", "source_table"]

FILE = "sources.yaml"


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One party of the alias table: canonical name, kind, side and aliases."""

    name: str
    kind: SourceKind
    affiliation: str | None
    aliases: tuple[str, ...]


@cache
def source_table() -> tuple[SourceEntry, ...]:
    """Every built-in source, agencies included, read and validated once.

    Example:
        >>> names = {e.name: e for e in source_table()}
        >>> names["Russian government"].affiliation, names["AFP"].kind.value
        ('Russia', 'agency')

    Raises:
        LexiconError: the file is missing or an entry is malformed; the message
            names the file and the entry.
    """
    kinds = frozenset(k.value for k in SourceKind)
    out = [
        SourceEntry(
            name=e.text("name"),
            kind=SourceKind(e.choice("kind", kinds)),
            affiliation=e.opt_text("affiliation"),
            aliases=e.texts("aliases"),
        )
        for e in entries(read_data(FILE), FILE, "sources")
    ]
    agencies = agency_table()
    for name in sorted(agencies.agency_names):
        full = agencies.full_names.get(name)
        aliases = tuple(a for a in agencies.aliases(name) if "." not in a)
        out.append(
            SourceEntry(name, SourceKind.AGENCY, None, (*aliases, *([full] if full else [])))
        )
    return tuple(out)
