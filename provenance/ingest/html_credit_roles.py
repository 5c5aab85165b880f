"""Credits that pages mark by role rather than by class: role attributes and author links.

Some CMSs mark each party of a picture's credit with a role attribute
(``<span data-contributor-type="photographer">Jane Roe</span>``, ``"agency"``),
and some link the photographer's page from the caption
(``<figcaption>Rain. <a rel="author" href="/p/jane">Jane Roe</a></figcaption>``).
Inside a picture's block these name the picture's maker; outside it, a
``rel="author"`` link or an ``author`` role is the article's byline and is never a
photo credit. Which role values name a maker or a supplier is data
(``maker_roles`` and ``supplier_roles`` in ``credits.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.lexicon.credits import credit_lexicon

from .credit_text import MAX_CREDIT
from .decode import collapse

__all__ = ["RoleMarks", "author_links", "role_marks"]

# one attribute: every attribute selector costs a walk of the page (~0.06 ms)
_ROLE_ATTRS = ("data-contributor-type",)
ROLE_SELECTOR = ", ".join(f"[{name}]" for name in _ROLE_ATTRS)
_AUTHOR_LINK = '[rel~="author" i], [itemprop~="author"]'


@dataclass(frozen=True, slots=True)
class RoleMarks:
    """The parties a block marks by role: makers' names and suppliers' credit texts."""

    makers: tuple[str, ...] = ()
    suppliers: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.makers or self.suppliers)


def _role(node: LexborNode) -> str:
    for name in _ROLE_ATTRS:
        value = node.attributes.get(name)
        if value:
            return value.casefold().strip()
    return ""


def _text(node: LexborNode) -> str:
    return collapse(node.text(deep=True, separator=" ", strip=False) or "")


def role_marks(block: LexborNode | LexborHTMLParser) -> RoleMarks:
    """The makers and suppliers a block marks with a role attribute; their elements are removed.

    An element whose role is neither a maker's nor a supplier's (``author``,
    ``editor``) is left alone: it names nobody in the picture's credit.

    Example:
        >>> page = '<figure><figcaption>Rain. <span data-contributor-type="photographer">'
        >>> page += 'Jane Roe</span> <span data-contributor-type="agency">AFP</span></figcaption>'
        >>> role_marks(LexborHTMLParser(page + "</figure>"))
        RoleMarks(makers=('Jane Roe',), suppliers=('AFP',))
    """
    lex = credit_lexicon()
    makers: list[str] = []
    suppliers: list[str] = []
    for node in block.css(ROLE_SELECTOR):
        role = _role(node)
        text = _text(node)
        if not text or len(text) > MAX_CREDIT:
            continue
        if role in lex.maker_roles:
            makers.append(text)
        elif role in lex.supplier_roles:
            suppliers.append(text)
        else:
            continue
        node.decompose()
    return RoleMarks(tuple(dict.fromkeys(makers)), tuple(dict.fromkeys(suppliers)))


def author_links(figure: LexborNode) -> tuple[str, ...]:
    """Names linked as ``rel="author"`` (or ``itemprop="author"``) inside a picture's block.

    Inside a ``<figure>`` such a link names the picture's maker, not the
    article's writer. The nodes stay in the tree: the caption reader decides
    whether the name is already part of a credit line ("Photo by <a>Name</a>").

    Example:
        >>> page = '<figure><figcaption>Rain. <a rel="author" href="/p/jr">Jane Roe</a>'
        >>> author_links(LexborHTMLParser(page + "</figcaption></figure>").css_first("figure"))
        ('Jane Roe',)
    """
    names = (_text(node) for node in figure.css(_AUTHOR_LINK))
    return tuple(dict.fromkeys(n for n in names if n and len(n) <= 80))
