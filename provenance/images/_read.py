"""Read IPTC IIM and XMP photo metadata (and C2PA, when present) from one image file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import ReadError, UsageError

__all__ = ["IMAGE_SUFFIXES", "ImageMetadata", "read_image_metadata"]

#: The image files read: JPEG, PNG and WebP (others are not photo metadata carriers here).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
#: An image larger than this is not read (a news photo is a few MB).
MAX_IMAGE_BYTES = 64 * 1024 * 1024

# IPTC Photo Metadata properties: (XMP key, IPTC IIM key). XMP wins when both are set.
_CREATOR = ("Xmp.dc.creator", "Iptc.Application2.Byline")
_CREDIT = ("Xmp.photoshop.Credit", "Iptc.Application2.Credit")
_SOURCE = ("Xmp.photoshop.Source", "Iptc.Application2.Source")
_COPYRIGHT = ("Xmp.dc.rights", "Iptc.Application2.Copyright")


@dataclass(frozen=True, slots=True)
class ImageMetadata:
    """What an image file says about who made and supplied it.

    Attributes:
        path: the image file.
        creators: IPTC Creator (``dc:creator`` / By-line), in order.
        credit_line: IPTC Credit Line (``photoshop:Credit`` / Credit).
        source: IPTC Source (``photoshop:Source`` / Source), the supplier.
        copyright_notice: IPTC Copyright Notice (``dc:rights`` / CopyrightNotice).
        c2pa_signer: who signed the active C2PA manifest, when the file has one.
        c2pa_claim_generator: the software that wrote that manifest.
    """

    path: str
    creators: tuple[str, ...] = ()
    credit_line: str | None = None
    source: str | None = None
    copyright_notice: str | None = None
    c2pa_signer: str | None = None
    c2pa_claim_generator: str | None = None


def _pyexiv2() -> Any:
    from importlib import import_module

    try:  # imported by name: the extra may be absent where mypy runs
        pyexiv2 = import_module("pyexiv2")
    except ImportError:
        raise UsageError(
            "reading photo metadata needs pyexiv2: pip install 'news-provenance[images]'"
        ) from None
    pyexiv2.set_log_level(4)  # exiv2 prints warnings on odd files; errors still raise
    return pyexiv2


def _texts(value: object) -> tuple[str, ...]:
    """Strings of one metadata value: a list (Bag/Seq), a lang-alt dict or one string."""
    if isinstance(value, dict):  # lang alternatives: the default language first
        items = sorted(value.items(), key=lambda kv: "x-default" not in str(kv[0]))
        value = [v for _, v in items[:1]]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(t for t in (" ".join(str(v).split()) for v in value) if t)


def _first(keys: tuple[str, str], xmp: dict[str, Any], iptc: dict[str, Any]) -> tuple[str, ...]:
    xmp_key, iptc_key = keys
    return _texts(xmp.get(xmp_key)) or _texts(iptc.get(iptc_key))


def _one(values: tuple[str, ...]) -> str | None:
    return "; ".join(values) if values else None


def read_image_metadata(path: str | os.PathLike[str]) -> ImageMetadata:
    """Read Creator, Credit Line, Source and Copyright Notice from a JPEG, PNG or WebP file.

    XMP is read first, IPTC IIM fills what XMP leaves empty. When the
    ``c2pa`` extra is installed and the file carries a C2PA manifest, its
    signer and claim generator are read too.

    Example:
        >>> read_image_metadata("photo.jpg").creators  # doctest: +SKIP
        ('Jane Roe',)

    Raises:
        ReadError: the file is missing, too large or not an image pyexiv2 can read.
        UsageError: pyexiv2 is not installed (the ``images`` extra).
    """
    name = os.fspath(path)
    exiv2 = _pyexiv2()
    try:
        size = Path(name).stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ReadError(name, f"the image is too large to read ({size} bytes)", "skip it")
        data = Path(name).read_bytes()
    except OSError as exc:
        raise ReadError(name, f"cannot read the image ({exc.strerror})", "check the path") from exc
    try:
        with exiv2.ImageData(data) as image:
            xmp = image.read_xmp()
            iptc = image.read_iptc()
    except RuntimeError as exc:  # exiv2: not an image, or a damaged one
        raise ReadError(name, f"cannot read its photo metadata ({exc})", "check the file") from exc
    from provenance.images._c2pa import read_c2pa

    signer, generator = read_c2pa(name, data)
    return ImageMetadata(
        path=name,
        creators=_first(_CREATOR, xmp, iptc),
        credit_line=_one(_first(_CREDIT, xmp, iptc)),
        source=_one(_first(_SOURCE, xmp, iptc)),
        copyright_notice=_one(_first(_COPYRIGHT, xmp, iptc)),
        c2pa_signer=signer,
        c2pa_claim_generator=generator,
    )
