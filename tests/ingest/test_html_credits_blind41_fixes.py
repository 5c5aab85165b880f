"""Stop 41's page fixes: a figure's ``<footer>`` holding its caption and credit, and an
``<aside>`` set inside a figure, are read; an ``<aside>`` elsewhere stays page chrome."""

from __future__ import annotations

from provenance.extractors.credits import credits_for
from provenance.ingest.html import parse_html_article


def _names(html: str) -> list[str | None]:
    article = parse_html_article(f"<html><body><article><p>Text.</p>{html}</article></body></html>")
    return [p.name for picture in article.pictures for p in credits_for(picture)]


def test_figure_footer_caption_and_credit() -> None:
    """ "<figure><img><footer><p>caption</p><small>credit</small></footer>": both read."""
    html = (
        '<figure><img src="a.jpg"><footer><p>Rain.</p>'
        "<small>Jane Roe/Reuters</small></footer></figure>"
    )
    article = parse_html_article(f"<html><body><article>{html}</article></body></html>")
    assert [(p.caption, p.credit_line) for p in article.pictures] == [("Rain.", "Jane Roe/Reuters")]


def test_aside_inside_figure_is_its_credit() -> None:
    """An <aside> with a credit class set inside the figure gives the credit."""
    html = (
        '<figure><img src="a.jpg"><figcaption>Rain.</figcaption>'
        '<aside class="image-credit">Kyodo</aside></figure>'
    )
    assert _names(html) == ["Kyodo"]


def test_aside_outside_figure_stays_chrome() -> None:
    """A sidebar's text is no credit ("Reuters/Ipsos poll" in a related link)."""
    html = (
        '<aside class="related"><a href="/x"><img src="t.jpg">Reuters/Ipsos poll shows</a></aside>'
    )
    assert _names(html) == []
