"""The image files an article's pictures name, and their metadata as one row per photo."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from provenance.errors import ReadError
from provenance.images._read import IMAGE_SUFFIXES, ImageMetadata, read_image_metadata

if TYPE_CHECKING:
    import pandas as pd

    from provenance.ingest.document import Document, Picture

__all__ = ["PHOTO_METADATA_COLUMNS", "local_image", "photo_metadata"]

#: One row per photo whose image file was read; ``photo_id`` keys it to ``photo_credits``.
PHOTO_METADATA_COLUMNS: tuple[str, ...] = (
    "photo_id",
    "article_id",
    "image_path",
    "image_creator",
    "image_credit_line",
    "image_source",
    "image_copyright",
    "c2pa_signer",
    "c2pa_claim_generator",
)


def local_image(
    document_path: str, ref: str, given: Mapping[str, Path] | None = None
) -> Path | None:
    """The local JPEG, PNG or WebP file a picture reference names, if it exists.

    A relative reference (``<img src="img/a.jpg">``) is resolved against the
    article's folder, a ``file:`` URI or absolute path is taken as is. A web
    address is matched by file name to the ``given`` images (files given
    with the article); nothing is ever downloaded.

    Example:
        >>> local_image("feed/story.html", "https://cdn.example/photo.png") is None
        True
    """
    parts = urlsplit(ref)
    name = Path(unquote(parts.path)).name
    if given and name in given:
        return given[name]
    if parts.scheme == "file":
        path = Path(url2pathname(parts.path))
    elif parts.scheme or parts.netloc or not parts.path:  # http:, data:, //host/...
        return None
    else:
        path = Path(unquote(parts.path))
        if not path.is_absolute():
            path = Path(document_path).parent / path
    if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
        return None
    return path


def _image_of(doc: Document, picture: Picture, given: Mapping[str, Path]) -> Path | None:
    for ref in (picture.uri, *picture.files):
        if ref and (path := local_image(doc.path, ref, given)) is not None:
            return path
    return None


def photo_metadata(
    documents: Iterable[Document],
    images: Iterable[str | os.PathLike[str]] = (),
    errors: list[ReadError] | None = None,
) -> pd.DataFrame:
    """One row per photo whose image file is found, with the metadata embedded in it.

    ``images`` are image files given with the articles: a picture reference
    with the same file name (even a web address) reads that file. An image
    that cannot be read is added to ``errors`` (when given) and skipped.
    Columns: :data:`PHOTO_METADATA_COLUMNS`; ``photo_id`` is the one the
    photo has in ``photo_credits``.

    Example:
        >>> from provenance.api import read
        >>> docs = read("feed/story.html").documents  # doctest: +SKIP
        >>> photo_metadata(docs)[["photo_id", "image_creator"]]  # doctest: +SKIP

    Raises:
        UsageError: pyexiv2 is not installed (the ``images`` extra) and an image was found.
    """
    import pandas as pd

    from provenance.ids import stable_id
    from provenance.tables.build import article_id_for

    given = {Path(p).name: Path(p) for p in images}
    read: dict[Path, ImageMetadata | None] = {}
    rows = []
    for doc in documents:
        article_id = article_id_for(doc.headline, doc.body)
        for index, picture in enumerate(doc.pictures):
            path = _image_of(doc, picture, given)
            if path is None:
                continue
            if path not in read:
                try:
                    read[path] = read_image_metadata(path)
                except ReadError as exc:
                    read[path] = None
                    if errors is not None:
                        errors.append(exc)
            meta = read[path]
            if meta is None:
                continue
            rows.append(
                (
                    stable_id("pho", article_id, index, picture.credit_line, picture.caption),
                    article_id,
                    meta.path,
                    "; ".join(meta.creators) or None,
                    meta.credit_line,
                    meta.source,
                    meta.copyright_notice,
                    meta.c2pa_signer,
                    meta.c2pa_claim_generator,
                )
            )
    frame = pd.DataFrame(rows, columns=list(PHOTO_METADATA_COLUMNS), dtype=object)
    return frame.drop_duplicates("photo_id").reset_index(drop=True)
