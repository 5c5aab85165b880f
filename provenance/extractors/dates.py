"""Calendar dates in news copy: "June 22", "March 18, 2025", "22 June", "February 2022".

Dates normalize to ISO 8601: a full date ("2025-03-18"), a month ("2022-02")
or, without a year, the ISO 8601 (2000) truncated form "--06-22". Given the
article's date, a yearless date resolves to the year that puts it nearest.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE_PATTERN", "MONTHS", "MONTH_NAMES", "normalize_date", "resolve_month_day"]

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
#: Month names as written in copy (capitalized), full and abbreviated.
MONTH_NAMES: tuple[str, ...] = tuple(m.capitalize() for m in MONTHS)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_SP = r"[ \t]*\n?[ \t]*"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)(?!\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
#: Dates, longest forms first; named groups feed :func:`normalize_date`.
DATE_PATTERN = "".join(
    [
        r"(?:(?P<iso_y>" + _YEAR + r")-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01])(?!\d)",
        r"|(?P<num_a>(?:3[01]|[12]\d|0?[1-9]))/(?P<num_b>(?:3[01]|[12]\d|0?[1-9]))/",
        r"(?P<num_y>" + _YEAR + r"|\d\d(?!\d))",
        r"|(?P<md_m>" + _MONTH + r")" + _SP + r"(?P<md_d>" + _DAY + r")",
        r"(?:,?" + _SP + r"(?P<md_y>" + _YEAR + r"))?",
        r"|(?P<dm_d>" + _DAY + r")" + _SP + r"(?:of" + _SP + r")?(?P<dm_m>" + _MONTH + r")",
        r"(?:,?" + _SP + r"(?P<dm_y>" + _YEAR + r"))?",
        r"|(?P<my_m>" + _MONTH + r"),?" + _SP + r"(?P<my_y>" + _YEAR + r"))",
    ]
)
_DIGITS = re.compile(r"\d+")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


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


def normalize_date(groups: dict[str, str | None], reference: dt.date | None) -> str | None:
    """ISO 8601 form of a date matched by :data:`DATE_PATTERN` (None when invalid).

    Example:
        >>> import re
        >>> m = re.match(DATE_PATTERN, "March 18, 2025")
        >>> normalize_date(m.groupdict(), None)
        '2025-03-18'
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
        month, day = _month(groups["md_m"] or ""), _day(groups["md_d"] or "")
        year = int(groups["md_y"] or 0) or None
    elif groups.get("dm_m"):
        month, day = _month(groups["dm_m"] or ""), _day(groups["dm_d"] or "")
        year = int(groups["dm_y"] or 0) or None
    else:
        return f"{int(groups['my_y'] or 0):04d}-{_month(groups['my_m'] or ''):02d}"
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
