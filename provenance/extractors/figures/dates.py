"""Calendar dates in news copy: "June 22", "March 18, 2025", "22 June", "février 2022".

Dates normalize to ISO 8601: a full date ("2025-03-18"), a month ("2022-02")
or, without a year, the ISO 8601 (2000) truncated form "--06-22". Given the
article's date, a yearless date resolves to the year that puts it nearest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

__all__ = ["normalize_date", "resolve_month_day"]

_DIGITS = re.compile(r"\d+")


def _month(name: str, months: Mapping[str, int]) -> int:
    return months[" ".join(name.lower().rstrip(".").split())]


def _day(written: str) -> int:
    m = _DIGITS.match(written)
    return int(m.group()) if m else 0


def resolve_month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``reference`` (None if impossible).

    Example:
        >>> resolve_month_day(6, 22, dt.date(2025, 6, 14))
        datetime.date(2025, 6, 22)
    """
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - reference).days) < abs((best - reference).days):
            best = cand
    return best


def normalize_date(
    groups: dict[str, str | None], reference: dt.date | None, months: Mapping[str, int]
) -> str | None:
    """ISO 8601 form of a date matched by the scanner's date pattern (None when invalid).

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> m = patterns("en").SCAN.match("March 18, 2025")
        >>> normalize_date(m.groupdict(), None, {"march": 3})
        '2025-03-18'
        >>> m = patterns("fr").SCAN.match("22 juin")
        >>> normalize_date(m.groupdict(), None, {"juin": 6})
        '--06-22'
    """
    year: int | None = None
    if groups.get("iso_y"):
        year, month, day = (
            int(groups["iso_y"] or 0),
            int(groups["iso_m"] or 0),
            int(groups["iso_d"] or 0),
        )
    elif groups.get("num_y"):
        a, b, y = int(groups["num_a"] or 0), int(groups["num_b"] or 0), groups["num_y"] or ""
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # 03/04/2025: day-month order unknown
    elif groups.get("md_m"):
        month, day = _month(groups["md_m"] or "", months), _day(groups["md_d"] or "")
        year = int(groups["md_y"] or 0) or None
    elif groups.get("dm_m"):
        month, day = _month(groups["dm_m"] or "", months), _day(groups["dm_d"] or "")
        year = int(groups["dm_y"] or 0) or None
    else:
        return f"{int(groups['my_y'] or 0):04d}-{_month(groups['my_m'] or '', months):02d}"
    if year is None:
        if reference is not None:
            when = resolve_month_day(month, day, reference)
            return when.isoformat() if when else None
        try:
            dt.date(2000, month, day)  # a leap year, so "--02-29" is valid
        except ValueError:
            return None
        return f"--{month:02d}-{day:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
