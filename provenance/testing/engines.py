"""Directories of wire articles for engine tests: :func:`sample_articles`, :func:`dated_stories`.

Every engine must give the same tables and findings as one process on the
same input; the input that shows it has the cases that partitioning gets
wrong: the same article twice in different files (and formats), so copies
land in different partitions; the same figure from parties of both sides and
from independent sources in different articles, so the cross-article
``party_only`` rule needs all of them; and a file that cannot be read.
Written from templates; no corpus data.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

__all__ = ["BAD_FILE", "dated_stories", "sample_articles"]

#: The name of the unreadable file :func:`sample_articles` writes.
BAD_FILE = "m_bad.bin"

_PARTIES = (
    "Zelensky",
    "The Russian defence ministry",
    "Kyiv",
    "Moscow",
    "Ukraine's military",
    "Putin",
)
_INDEPENDENT = ("The United Nations", "Red Cross officials", "Independent monitors")
_UNITS = ("Russian soldiers", "civilians", "drones", "prisoners", "homes")
_VALUES = (40, 150, 1200, 3500, 53000)
_PLACES = ("KYIV", "MOSCOW", "GENEVA", "KHARKIV", "ISTANBUL")
_AGENCIES = ("AFP", "AFP", "Reuters", "AP")
_SENTENCES = (
    "{party} said {value:,} {unit} had been killed since the spring.",
    "{party} said about {value:,} {unit} were lost in the fighting.",
    "{other} said {value:,} {unit} had been counted so far.",
    "{party} claimed that {value:,} {unit} were captured near the border.",
    "The Kremlin denied that {value:,} {unit} had been moved to the front.",
    "{agency} could not independently verify the figure of {value:,} {unit}.",
    "{party} accused the other side of shelling {value:,} {unit} in {month}.",
    "Talks resumed on {month} {day}, {other} said, with {pct} percent of the points agreed.",
)
_MONTHS = ("March", "June", "September", "December")


def _article(rng: random.Random, index: int, n: int) -> tuple[str, str, str]:
    """``(headline, body, agency)`` of one article of ``n``."""
    agency = rng.choice(_AGENCIES)
    place = rng.choice(_PLACES)
    lines = []
    for _ in range(rng.randint(3, 7)):
        template = rng.choice(_SENTENCES)
        lines.append(
            template.format(
                party=rng.choice(_PARTIES),
                other=rng.choice(_INDEPENDENT),
                value=rng.choice(_VALUES),
                unit=rng.choice(_UNITS),
                agency=agency,
                month=rng.choice(_MONTHS),
                day=rng.randint(1, 28),
                pct=rng.randint(5, 95),
            )
        )
    if index % 5 == 0:  # a value of its own: party-only unless a far article corroborates it
        lines.append(f"Zelensky said {2000 + index:,} Russian soldiers had been killed.")
    source = (index - n // 2) % n
    if source % 10 == 0:  # ... which every other one of them does, half the sample away
        lines.append(f"{rng.choice(_INDEPENDENT)} said {2000 + source:,} Russian soldiers died.")
    lines[0] = f"{place} ({agency}) - {lines[0]}"
    if rng.random() < 0.3:
        lines.append(f"(Photograph: Gavriil GRIGOROV / various sources / {agency})")
    headline = f"Story {index}: {rng.choice(_UNITS)} in {place.title()}"
    return headline, "\n\n".join(lines), agency


def _text_file(headline: str, body: str, agency: str) -> str:
    return f"{headline}\n\n{body}\n\n{agency}\n"


def _ninjs_file(headline: str, body: str, agency: str, index: int) -> str:
    item = {
        "uri": f"http://example.com/sample/{index}",
        "type": "text",
        "firstcreated": f"2025-06-{1 + index % 28:02d}T12:00:00Z",
        "language": "en",
        "copyrightholder": agency,
        "headline": headline,
        "body_text": f"{body}\n\n{agency}",
    }
    return json.dumps(item, ensure_ascii=False, indent=1)


def sample_articles(directory: str | Path, n: int = 300, seed: int = 0) -> list[Path]:
    """Write ``n`` varied articles into ``directory``, with duplicates and one bad file.

    Most articles are plain text (``a_NNNN.txt``), one in four ninjs JSON with a
    publication date (``a_NNNN.json``); two in ten are written again as text
    under another name (``z_NNNN.txt``: the same file, or a ninjs story as
    text), so sorted paths put copies far apart; :data:`BAD_FILE` is binary. Figures come from a
    few values and units said by parties of both sides and by independent
    sources, so ``party_only`` depends on articles far apart. The same ``seed``
    writes the same files. Returns the paths written, sorted.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     paths = sample_articles(tmp, 20)
        ...     len(paths), paths[-1].name
        (25, 'z_0017.txt')
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written: list[Path] = []

    def write(name: str, content: str | bytes) -> None:
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        written.append(path)

    for index in range(n):
        headline, body, agency = _article(rng, index, n)
        if index % 4 == 3:
            write(f"a_{index:04d}.json", _ninjs_file(headline, body, agency, index))
        else:
            write(f"a_{index:04d}.txt", _text_file(headline, body, agency))
        if index % 10 in (0, 7):  # copies: the same text, and a ninjs story as text
            write(f"z_{index:04d}.txt", _text_file(headline, body, agency))
    write(BAD_FILE, bytes(range(256)) * 4)
    return sorted(written)


_SAYERS = ("Kyiv", "Moscow", "The United Nations", "Red Cross officials", "Zelensky")


def dated_stories(directory: str | Path, n: int = 18) -> list[Path]:
    """Write ``n`` dated ninjs stories of one week whose figures and claims meet across articles.

    The figure of Sumy is said as 1,200 and 900 by several sources
    (contradicted), that of Kharkiv by Kyiv alone (single source), that of
    Odesa as 1,200 by several (corroborated); one story in four has the Kremlin
    deny what another source said in another story. Files are ``d_NNN.json``.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in dated_stories(tmp, 2)]
        ['d_000.json', 'd_001.json']
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for i in range(n):
        place = ("Sumy", "Kharkiv", "Odesa")[i % 3]
        sayer = "Kyiv" if place == "Kharkiv" else _SAYERS[i % len(_SAYERS)]
        value = {"Sumy": (1200, 900)[i % 2], "Kharkiv": 3500, "Odesa": 1200}[place]
        body = (
            f"{sayer} said {value:,} civilians were killed in {place} since the spring.\n\n"
            f"{_SAYERS[(i + 1) % 5]} said Russian troops entered the {place} region on Monday."
        )
        if i % 4 == 3:
            body += (
                f"\n\nThe Kremlin denied reports that Russian troops entered the {place} region."
            )
        item = {
            "uri": f"http://example.com/dated/{i}",
            "type": "text",
            "firstcreated": f"2025-06-{2 + i % 5:02d}T12:00:00Z",
            "language": "en",
            "copyrightholder": ("AFP", "AP", "Reuters")[i % 3],
            "headline": f"Story {i} in {place}",
            "body_text": f"{body}\n\nAFP",
        }
        path = root / f"d_{i:03d}.json"
        path.write_text(json.dumps(item), encoding="utf-8")
        written.append(path)
    return written
