"""Closed vocabularies used across the tables, parsed once at the edges.

Every enum is a ``StrEnum`` so its members compare equal to their values and
serialize as plain strings in dataframes, JSON and YAML.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "Attribution",
    "ClaimStatus",
    "CreditRole",
    "FailOn",
    "FigureKind",
    "FindingKind",
    "Format",
    "Severity",
    "SourceKind",
]


class Format(StrEnum):
    """Input formats the readers understand."""

    TEXT = "text"
    HTML = "html"
    NINJS = "ninjs"
    NEWSML_G2 = "newsml-g2"
    NEWSML_1 = "newsml-1"


class SourceKind(StrEnum):
    """What kind of party a source is."""

    PERSON = "person"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANIZATION = "organization"
    AGENCY = "agency"
    MEDIA = "media"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class Attribution(StrEnum):
    """How a claim is attributed: quoted, reported, or said by the agency itself."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    NARRATOR = "narrator"


class ClaimStatus(StrEnum):
    """The epistemic status the text gives a claim."""

    ASSERTED = "asserted"
    HEDGED = "hedged"
    DENIED = "denied"
    UNCONFIRMED = "unconfirmed"


class FigureKind(StrEnum):
    """What a number in the text is.

    The first nine are figures proper; ``multiple`` is a factor that compares two
    amounts ("twice as many", "three times the size", "le double de"), counted in
    "times", never an amount itself; ``time``, ``identifier`` and ``marker``
    class numbers that are *not* figures (times of day, model names, phone
    numbers, tickers, list markers) so that no digit is silently dropped.
    """

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    YEAR = "year"
    DURATION = "duration"
    VAGUE = "vague"
    MULTIPLE = "multiple"
    TIME = "time"
    IDENTIFIER = "identifier"
    MARKER = "marker"


class CreditRole(StrEnum):
    """IPTC roles of the parties named in a photo credit."""

    PHOTOGRAPHER = "photographer"
    AGENCY = "agency"
    DISTRIBUTOR = "distributor"
    SOURCE = "source"
    COPYRIGHT = "copyright"


class FindingKind(StrEnum):
    """What a finding says about the data."""

    UNVERIFIED = "unverified"
    CONTRADICTION = "contradiction"
    UNCORROBORATED = "uncorroborated"
    INTEGRITY = "integrity"


class Severity(StrEnum):
    """How serious a finding is; ordered from most to least serious."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info: lower is more serious."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FailOn(StrEnum):
    """The lowest severity that makes ``provenance check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    def reached_by(self, severity: Severity) -> bool:
        """Whether a finding of ``severity`` reaches this threshold.

        Example:
            >>> FailOn.WARNING.reached_by(Severity.ERROR)
            True
        """
        if self is FailOn.NEVER:
            return False
        return severity.rank <= Severity(self.value).rank


# The members read per claim, cue or figure, as plain module globals. On Python 3.11
# ``ClaimStatus.HEDGED`` is a method call (the enum metaclass's ``__getattr__`` sends every
# class attribute through a method-wrapper), about 900 instructions where a module global
# costs a few; hot paths import these (``from provenance.enums import HEDGED``: the import
# binds a global of the importing module). The same objects as the members.
NARRATOR = Attribution.NARRATOR
INDIRECT = Attribution.INDIRECT
DIRECT = Attribution.DIRECT
ASSERTED = ClaimStatus.ASSERTED
HEDGED = ClaimStatus.HEDGED
DENIED = ClaimStatus.DENIED
UNCONFIRMED = ClaimStatus.UNCONFIRMED
PERSON = SourceKind.PERSON
ORGANIZATION = SourceKind.ORGANIZATION
ANONYMOUS = SourceKind.ANONYMOUS
UNKNOWN = SourceKind.UNKNOWN
CARDINAL = FigureKind.CARDINAL
ORDINAL = FigureKind.ORDINAL
PERCENT = FigureKind.PERCENT
MONEY = FigureKind.MONEY
DATE = FigureKind.DATE
YEAR = FigureKind.YEAR
DURATION = FigureKind.DURATION
VAGUE = FigureKind.VAGUE
MULTIPLE = FigureKind.MULTIPLE
TIME = FigureKind.TIME
IDENTIFIER = FigureKind.IDENTIFIER
MARKER = FigureKind.MARKER
