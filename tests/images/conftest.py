"""Fixtures for the image-metadata tests: small images made here, metadata written by pyexiv2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("pyexiv2", reason="the images extra (pyexiv2) is not installed")
pytest.importorskip("PIL", reason="Pillow (to make test images) is not installed")

MakeImage = Callable[..., Path]

_PIL_FORMAT = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}


def make_image(
    path: Path,
    *,
    creator: str | None = None,
    credit: str | None = None,
    source: str | None = None,
    copyright_notice: str | None = None,
    iptc_only: bool = False,
) -> Path:
    """Write an 8x8 image and embed the given IPTC Photo Metadata with pyexiv2 (XMP and IIM)."""
    import pyexiv2
    from PIL import Image

    Image.new("RGB", (8, 8), (200, 40, 40)).save(path, _PIL_FORMAT[path.suffix.lower()])
    xmp: dict[str, object] = {}
    iptc: dict[str, object] = {}
    if creator is not None:
        xmp["Xmp.dc.creator"] = [creator]
        iptc["Iptc.Application2.Byline"] = [creator]
    if credit is not None:
        xmp["Xmp.photoshop.Credit"] = credit
        iptc["Iptc.Application2.Credit"] = credit
    if source is not None:
        xmp["Xmp.photoshop.Source"] = source
        iptc["Iptc.Application2.Source"] = source
    if copyright_notice is not None:
        xmp["Xmp.dc.rights"] = {'lang="x-default"': copyright_notice}
        iptc["Iptc.Application2.Copyright"] = copyright_notice
    with pyexiv2.Image(str(path)) as image:
        if xmp and not iptc_only:
            image.modify_xmp(xmp)
        if iptc and path.suffix.lower() in (".jpg", ".jpeg"):
            image.modify_iptc(iptc)
    return path


def figure_page(src: str, credit: str, caption: str = "Rescuers search the rubble.") -> str:
    """An article page with one figure: an image, its caption and its credit."""
    return (
        "<html><head><title>Quake kills 12 in mountain villages</title></head><body>"
        "<article><h1>Quake kills 12 in mountain villages</h1>"
        "<p>ANKARA (AFP) - At least 12 people were killed when a quake struck mountain "
        "villages overnight, the governor said on Monday.</p>"
        f'<figure><img src="{src}"><figcaption>{caption} '
        f'<span class="credit">{credit}</span></figcaption></figure>'
        "<p>Rescuers said about 300 homes were damaged.</p></article></body></html>"
    )


@pytest.fixture
def image() -> MakeImage:
    """The image maker (see :func:`make_image`)."""
    return make_image
