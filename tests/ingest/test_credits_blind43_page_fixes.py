"""Page fixes of stop 43's blind round: an info button's credit, and the chrome that stays out."""

from __future__ import annotations

from provenance.ingest.html import parse_html_article

_FIGURE = (
    '<article><p>Text.</p><figure><img src="a.jpg" alt="">'
    "<figcaption>Rain.{}</figcaption></figure></article>"
)


def _credits(inner: str) -> list[str | None]:
    return [p.credit_line for p in parse_html_article(_FIGURE.format(inner)).pictures]


def test_an_info_buttons_label_is_its_credit() -> None:
    button = '<button class="credit-toggle" aria-label="Credit: Jane Roe/AFP">i</button>'
    assert _credits(button) == ["Credit: Jane Roe/AFP"]


def test_an_info_buttons_title_is_its_credit() -> None:
    assert _credits('<button class="photo-credit" title="Jane Roe/AFP">©</button>') == [
        "Jane Roe/AFP"
    ]


def test_other_buttons_in_a_figure_stay_chrome() -> None:
    assert _credits('<button class="share" aria-label="Share this image">Share</button>') == [None]


def test_a_credit_element_with_words_keeps_its_text_over_its_label() -> None:
    span = '<span class="credit" aria-label="Photo credit">Jane Roe/AFP</span>'
    assert _credits(span) == ["Jane Roe/AFP"]
