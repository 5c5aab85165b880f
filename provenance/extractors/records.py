"""Plain records the extractors return: cheap to build, turned into tables in bulk.

Extractors are pure functions from text to tuples of these records; only the
table layer turns them into dataframes, once per batch, which keeps extraction
fast and the hot path free of pandas.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus, CreditRole, FigureKind, SourceKind

__all__ = ["ClaimSpan", "CreditParty", "FigureSpan", "SourceInfo", "slots_twin"]


@dataclass(frozen=True, slots=True)
class FigureSpan:
    """A number found in a text.

    ``text == body[start:end]`` always holds. ``value`` is the number itself
    (``53000.0``; ``None`` for dates and vague quantities such as "millions");
    ``lower``/``upper`` bound it ("more than 5" -> lower 5, upper None;
    "between 40 and 50" -> 40, 50; an exact figure has lower == upper == value).
    ``approximate`` is set by qualifiers like "about", "nearly", "some".
    ``unit`` names what is counted ("Russian soldiers", "wounded prisoners",
    "USD", "percent", "week"). ``normalized`` is a canonical string form:
    ISO 8601 for dates ("2022-02", "--06-22") and durations ("P1W"),
    ``"USD 1130000000"`` for money, the number otherwise.
    ``qualifier`` is the qualifier as written ("about"), if any.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    unit: str | None = None
    normalized: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A source after normalization through the alias table.

    ``name`` is canonical ("Volodymyr Zelensky", "Russian government"); the
    source id is derived from it, so one source is one id across articles.
    ``affiliation`` is the side it belongs to ("Ukraine", "Russia"), if known.
    """

    name: str
    kind: SourceKind
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """Something a source (or the narrating agency) says in the text.

    ``start``/``end`` delimit the *content* of the claim; ``text ==
    body[start:end]``. ``source_text`` is the source as written ("He",
    "Moscow"); ``source`` is its resolution (pronouns resolved to the last
    fitting named speaker, names normalized through the alias table); both are
    ``None`` for narrator claims, which the pipeline gives to the agency.
    ``parent`` is the index (in the same tuple) of the claim this one is
    nested in ("Zelensky denied [Russian claims that [troops entered ...]]"),
    so a denial can be paired with what it denies.
    """

    text: str
    start: int
    end: int
    attribution: Attribution
    status: ClaimStatus = ClaimStatus.ASSERTED
    source_text: str | None = None
    source: SourceInfo | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    channel: str | None = None
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class CreditParty:
    """One party named in a photo credit, with its IPTC role.

    ``name`` is ``None`` for an unnamed supplier such as "various sources":
    it is flagged downstream, never invented.
    """

    name: str | None
    role: CreditRole
    as_written: str


def slots_twin(record: type) -> type:
    """A class with the slots of the frozen ``record``, in its order, that lets them be set.

    The hot paths fill a record on its twin with one plain store per field, then give it
    the record's class (``twin.__class__ = record``): two classes of the same slots in the
    same order have one layout, which is what Python checks before it lets ``__class__``
    change, and the record is frozen from then on. The frozen dataclass's ``__init__``
    calls ``object.__setattr__`` once per field, and a slot descriptor's setter is a call
    too; a store into a slot is not (a figure about 1,930 instructions against 8,970
    through the setters and 16,800 through ``FigureSpan(...)``, counted at stop 37). Made by
    ``type()``, not a class statement: mypyc compiles a class statement into a native class
    of its own layout (no slots from a computed tuple, no ``__class__`` change), while a
    class made at run time is the same ordinary class in the pure and compiled builds.

    Example:
        >>> twin = slots_twin(CreditParty)
        >>> party = twin()
        >>> party.name, party.as_written = "Jane Roe", "Jane Roe"
        >>> party.role = CreditRole.PHOTOGRAPHER
        >>> party.__class__ = CreditParty
        >>> party == CreditParty("Jane Roe", CreditRole.PHOTOGRAPHER, "Jane Roe")
        True
    """
    names = tuple(f.name for f in dataclasses.fields(record))
    return type(f"_{record.__name__}Slots", (), {"__slots__": names, "__module__": __name__})
