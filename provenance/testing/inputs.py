"""Hypothesis strategies for what the readers read: valid and mutated news files.

One strategy per format gives the raw bytes of a well-formed document of that
format (text, HTML, ninjs, NewsML-G2, NewsML 1.2) with generated headlines,
bodies, dates and credits; :func:`mutated` damages any of them the way a
broken or hostile feed would (flipped, dropped, repeated and inserted bytes,
markup and escape fragments, truncation). :func:`reader_inputs` draws from
all of them with the format the bytes were made as::

    from hypothesis import given
    from provenance.errors import ReadError
    from provenance.ingest import read_bytes
    from provenance.testing.inputs import reader_inputs

    @given(reader_inputs())
    def test_reading_fails_only_with_read_error(case):
        fmt, data = case
        try:
            read_bytes(data, format=fmt)
        except ReadError:
            pass

Needs the ``test`` extra (hypothesis).
"""

from __future__ import annotations

import json
from html import escape as _html_escape
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr

from hypothesis import strategies as st

from provenance.enums import Format

__all__ = [
    "html_inputs",
    "mutated",
    "newsml1_inputs",
    "newsml_g2_inputs",
    "ninjs_inputs",
    "reader_inputs",
    "text_inputs",
]

G2_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NS = "http://www.w3.org/1999/xhtml"

_WORDS = [
    "Kyiv",
    "said",
    "troops",
    "about",
    "53,000",
    "bodies",
    "the",
    "talks",
    "June",
    "22",
    "AFP",
    "Reuters",
    "officials",
    "claimed",
    "denied",
    "4.5",
    "percent",
    "$1.2",
    "billion",
    "Moscow",
    "dozens",
    "killed",
    "reportedly",
]
_AGENCIES = ("AFP", "Reuters", "AP", "dpa", "Getty Images", "Acme Wire", "nprov:GYI")
# what a feed's text may hold: any printable character, no surrogates or controls
_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
# fragments that tend to break readers when dropped into a file
_TOKENS = (
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b'"',
    b"'",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"99999999999999999999",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b"<?xml version='1.0'?>",
    b"<p>",
    b"</p>",
    b"<script>",
    b"<br/>",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\n\n",
    b"\t",
    b" (AFP) - ",
    b"2025-13-45T99:99:99Z",
    b"0001-01-01T00:00:00Z",
    b"9999-12-31T23:59:59+14:00",
    b"Photo: X / AFP",
)


def _phrase(min_words: int = 1, max_words: int = 12) -> st.SearchStrategy[str]:
    word = st.sampled_from(_WORDS) | st.text(_CHARS, min_size=1, max_size=10)
    return st.lists(word, min_size=min_words, max_size=max_words).map(" ".join)


def _plain(min_words: int = 1, max_words: int = 12) -> st.SearchStrategy[str]:
    """Words only: a line a text reader sees as prose, never as markup or JSON."""
    return st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(" ".join)


_DATES = st.sampled_from(
    ["2025-06-21T14:30:00Z", "2025-06-21T14:30:00+02:00", "2025-06-21", "20250621T143000Z", ""]
) | st.datetimes().map(lambda d: d.isoformat())


@st.composite
def text_inputs(draw: st.DrawFn) -> bytes:
    """A wire story as plain text: headline, dateline, paragraphs, optional caption and sign-off."""
    agency = draw(st.sampled_from(_AGENCIES[:4]))
    lines = [draw(_plain(2, 8))]
    if draw(st.booleans()):
        lines.append(f"{draw(_plain(3, 10))} (Photo: {draw(_plain(1, 2))} / {agency})")
    first = draw(_plain(3, 20))
    lines.append(f"PARIS ({agency}) - {first}" if draw(st.booleans()) else first)
    lines += draw(st.lists(_phrase(3, 30), max_size=4))
    if draw(st.booleans()):
        lines.append(agency)
    return "\n\n".join(lines).encode()


@st.composite
def html_inputs(draw: st.DrawFn) -> bytes:
    """An HTML article page: meta tags, h1, paragraphs, a figure with a credit."""
    esc = _html_escape
    head = (
        f'<meta property="article:published_time" content="{esc(draw(_DATES))}">'
        f'<meta name="author" content="{esc(draw(_phrase(1, 3)))}">'
        f"<title>{esc(draw(_phrase()))}</title>"
    )
    figure = ""
    if draw(st.booleans()):
        figure = (
            f'<figure><img src="a.jpg" alt="{esc(draw(_phrase()))}">'
            f"<figcaption>{esc(draw(_phrase()))} Photo: {esc(draw(_phrase(1, 3)))}</figcaption>"
            "</figure>"
        )
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in draw(st.lists(_phrase(2, 30), min_size=1)))
    page = (
        f'<!DOCTYPE html><html lang="en"><head>{head}</head><body><article>'
        f"<h1>{esc(draw(_phrase()))}</h1>{figure}{paragraphs}</article></body></html>"
    )
    return page.encode()


@st.composite
def ninjs_inputs(draw: st.DrawFn) -> bytes:
    """A ninjs document in the shape of version 1.x, 2.x or 3.x, with an optional picture."""
    version = draw(st.sampled_from(["1", "2", "3"]))
    headline = draw(_phrase())
    body = "\n\n".join(draw(st.lists(_phrase(2, 30), min_size=1, max_size=4)))
    agency = draw(st.sampled_from(_AGENCIES))
    doc: dict[str, object]
    if version == "1":
        doc = {"headline": headline, "body_text": body, "versioncreated": draw(_DATES)}
        doc["copyrightholder"] = agency
    else:
        doc = {
            "headlines": [{"value": headline, "role": "main"}],
            "bodies": [{"value": body, "contentType": "text/plain"}],
            "firstCreated": draw(_DATES),
            "copyrightHolder": {"name": agency},
            "language": draw(st.sampled_from(["en", "fr", "de", "en-GB", ""])),
        }
    if draw(st.booleans()):
        picture = {
            "type": "picture",
            "descriptions": [
                {"role": "caption", "value": draw(_phrase())},
                {"role": "creditline", "value": f"{draw(_phrase(1, 3))} / {agency}"},
            ],
        }
        doc["associations"] = {"featureimage": picture} if version == "1" else [picture]
    if draw(st.booleans()):
        doc["extra"] = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(_CHARS, max_size=10),
                lambda inner: (
                    st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3)
                ),
                max_leaves=10,
            )
        )
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()


def _x(text: str) -> str:
    return _xml_escape(text)


@st.composite
def _g2_item(draw: st.DrawFn, guid: str, picture: bool) -> str:
    nature = "ninat:picture" if picture else "ninat:text"
    provider = draw(st.sampled_from(_AGENCIES))
    meta = (
        f'<itemMeta><itemClass qcode="{nature}"/><provider qcode={quoteattr(provider)}/>'
        f"<firstCreated>{_x(draw(_DATES))}</firstCreated></itemMeta>"
    )
    content = (
        f"<contentMeta><headline>{_x(draw(_phrase()))}</headline>"
        f"<creditline>{_x(draw(_phrase(1, 4)))}</creditline>"
        f"<dateline>{_x(draw(_phrase(1, 4)))}</dateline>"
        f'<description role="drol:caption">{_x(draw(_phrase()))}</description>'
        f'<language tag="{draw(st.sampled_from(["en", "fr", "de"]))}"/></contentMeta>'
    )
    body = "".join(f"<p>{_x(p)}</p>" for p in draw(st.lists(_phrase(2, 30), max_size=4)))
    content_set = (
        f'<contentSet><inlineXML><html xmlns="{XHTML_NS}"><body>{body}</body></html>'
        "</inlineXML></contentSet>"
    )
    return f'<newsItem guid="{guid}">{meta}{content}{content_set if not picture else ""}</newsItem>'


@st.composite
def newsml_g2_inputs(draw: st.DrawFn) -> bytes:
    """A NewsML-G2 news item, or a news message of text and picture items and a package."""
    if draw(st.booleans()):
        item = draw(_g2_item("g0", False)).replace("<newsItem ", f'<newsItem xmlns="{G2_NS}" ', 1)
        return f'<?xml version="1.0" encoding="UTF-8"?>{item}'.encode()
    kinds = draw(st.lists(st.booleans(), min_size=1, max_size=4))
    items = "".join(draw(_g2_item(f"g{n}", pic)) for n, pic in enumerate(kinds))
    refs = "".join(
        f'<itemRef residref="g{n}"/>' for n in range(len(kinds) + draw(st.integers(0, 1)))
    )
    package = f"<packageItem><groupSet><group>{refs}</group></groupSet></packageItem>"
    return (
        f'<newsMessage xmlns="{G2_NS}"><header/><itemSet>{package}{items}</itemSet></newsMessage>'
    ).encode()


@st.composite
def newsml1_inputs(draw: st.DrawFn) -> bytes:
    """A NewsML 1.2 document in AFP's style: provider, dateline, NITF body, a photo component."""
    agency = draw(st.sampled_from(["afp.com", "reuters.com", "example.org"]))
    paragraphs = "".join(f"<p>{_x(p)}</p>" for p in draw(st.lists(_phrase(2, 30), min_size=1)))
    photo = ""
    if draw(st.booleans()):
        photo = (
            '<NewsComponent><Role FormalName="Photo"/><NewsLines>'
            f"<CreditLine>{_x(draw(_phrase(1, 4)))}</CreditLine></NewsLines>"
            f"<ContentItem><DataContent><p>{_x(draw(_phrase()))}</p></DataContent></ContentItem>"
            "</NewsComponent>"
        )
    depth = draw(st.integers(0, 3))
    doc = (
        '<?xml version="1.0"?><NewsML Version="1.2"><NewsItem><Identification><NewsIdentifier>'
        f"<ProviderId>{agency}</ProviderId></NewsIdentifier></Identification>"
        f"<NewsManagement><FirstCreated>{_x(draw(_DATES))}</FirstCreated></NewsManagement>"
        + "<NewsComponent>"
        * (depth + 1)
        + f"<NewsLines><HeadLine>{_x(draw(_phrase()))}</HeadLine>"
        f"<DateLine>{_x(draw(_phrase(1, 4)))}</DateLine>"
        f"<CopyrightLine>{_x(draw(_phrase(1, 4)))}</CopyrightLine></NewsLines>"
        f"<ContentItem><DataContent><nitf><body><body.content>{paragraphs}"
        "</body.content></body></nitf></DataContent></ContentItem>"
        + photo
        + "</NewsComponent>" * (depth + 1)
        + "</NewsItem></NewsML>"
    )
    return doc.encode()


@st.composite
def mutated(draw: st.DrawFn, inputs: st.SearchStrategy[bytes]) -> bytes:
    """``inputs`` damaged by one to six edits: flipped, dropped, repeated or inserted bytes,
    fragments of markup, JSON and escapes, or truncation.

    Example:
        >>> from hypothesis import find
        >>> grown = find(mutated(st.just(b"<a>b</a>")), lambda b: len(b) > 8)
        >>> grown != b"<a>b</a>" and len(grown) > 8
        True
    """
    data = bytearray(draw(inputs))
    for _ in range(draw(st.integers(1, 6))):
        size = len(data)
        at = draw(st.integers(0, size))
        edit = draw(st.integers(0, 5))
        if edit == 0 and size:  # flip a byte
            data[min(at, size - 1)] ^= draw(st.integers(1, 255))
        elif edit == 1:  # drop a run
            del data[at : at + draw(st.integers(1, 64))]
        elif edit == 2:  # repeat a run
            end = min(size, at + draw(st.integers(1, 64)))
            data[at:at] = data[at:end] * draw(st.integers(1, 50))
        elif edit == 3:  # a fragment that breaks parsers
            data[at:at] = draw(st.sampled_from(_TOKENS))
        elif edit == 4:  # random bytes
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:  # truncate
            del data[at:]
    return bytes(data)


_VALID: dict[Format, st.SearchStrategy[bytes]] = {
    Format.TEXT: text_inputs(),
    Format.HTML: html_inputs(),
    Format.NINJS: ninjs_inputs(),
    Format.NEWSML_G2: newsml_g2_inputs(),
    Format.NEWSML_1: newsml1_inputs(),
}


def reader_inputs(
    formats: tuple[Format, ...] = tuple(Format), *, valid: bool | None = None
) -> st.SearchStrategy[tuple[Format, bytes]]:
    """``(format, bytes)`` pairs: documents of ``formats``, valid or mutated.

    ``valid=True`` gives only well-formed documents, ``False`` only mutated
    ones, ``None`` both.

    Example:
        >>> from hypothesis import find
        >>> find(reader_inputs((Format.NINJS,), valid=True), lambda c: True)[0] is Format.NINJS
        True
    """
    choices = []
    for fmt in formats:
        base = _VALID[fmt]
        kinds = {True: base, False: mutated(base)}
        strategy = kinds[valid] if valid is not None else base | mutated(base)
        choices.append(st.tuples(st.just(fmt), strategy))
    return st.one_of(choices)
