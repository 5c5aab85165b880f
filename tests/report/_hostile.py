"""Hostile text for the report tests: payloads, and a result with them in every text field."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pandas as pd

from provenance.findings import CheckResult
from provenance.tables.bundle import Tables

# One payload per way a string could turn into behaviour in some output.
PAYLOADS = {
    "script": "<script>window.__pwned=1</script>",
    "event": '"><img src=x onerror="window.__pwned=1">',
    "svg": "<svg onload=window.__pwned=1>",
    "attribute": "' onmouseover='window.__pwned=1' x='",
    "url": "javascript:window.__pwned=1",
    "jinja": "{{ 'pw' ~ 'ned' }}{% if true %}PWN{% endif %}",
    "template": "${window.__pwned=1}#{7*7}",
    "style": "</style><style>body{display:none}</style>",
    "markdown": "[click](javascript:alert(1)) ![x](https://evil.example/x.png) <b>b</b>",
    "autolink": "https://evil.example www.evil.example a@evil.example @someone #123",
    "bidi": "\u202egnp.exe\u2066 trailing",
    "terminal": "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b]8;;https://evil.example\x1b\\x\r\b",
    "control": "nul\x00 bell\x07 ff\x0c\ufffe end",
    "surrogate": "lone \ud800 and \udfff here",
    "newline": "line one\nline two | cell\r\nthree",
}

# Columns that hold ids, offsets, numbers or flags: the rest is text from articles.
_KEEP = {"start", "end", "value", "lower", "upper", "approximate", "published", "rule"}


def text_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` that carry article text (not ids, offsets or numbers)."""
    return [str(c) for c in frame.columns if c not in _KEEP and not str(c).endswith("_id")]


def poisoned(result: CheckResult, payload: str, only: str | None = None) -> CheckResult:
    """``result`` with ``payload`` (tagged with the column's name) in every text cell.

    ``only`` names one table (``"findings"`` included) to poison instead of all.
    """

    def poison(frame: pd.DataFrame, name: str) -> pd.DataFrame:
        if only not in (None, name):
            return frame
        frame = frame.copy()
        for column in text_columns(frame):
            frame[column] = pd.array(
                [f"{payload} <{column}>" for _ in range(len(frame))], dtype="string[python]"
            )
        return frame

    tables = Tables(*(poison(frame, name) for name, frame in result.tables.items()))
    return replace(result, tables=tables, findings=poison(result.findings, "findings"))


class Page(HTMLParser):
    """Tags, attributes, text and style elements of an HTML page, as a browser reads them."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        self.text.append(data)
