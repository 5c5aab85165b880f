"""Extraction with the image files read: the tables, and the credits beside their metadata."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.images._photos import PHOTO_METADATA_COLUMNS, photo_metadata
from provenance.images._read import IMAGE_SUFFIXES
from provenance.ingest.document import Document

if TYPE_CHECKING:
    import pandas as pd

    from provenance.errors import ReadError
    from provenance.extractors.pipeline import Extractors
    from provenance.settings import Limits
    from provenance.tables.bundle import Tables

__all__ = ["extract_with_images", "with_photo_metadata"]


def with_photo_metadata(tables: Tables, metadata: pd.DataFrame) -> Tables:
    """The tables with each credit beside its photo's embedded metadata (null when none).

    The added columns (:data:`PHOTO_METADATA_COLUMNS` but the keys) are for the
    rule views only: the validated ``photo_credits`` contract is unchanged.

    Example:
        >>> checked = with_photo_metadata(tables, photo_metadata(documents))  # doctest: +SKIP
        >>> checked.photo_credits["image_creator"]  # doctest: +SKIP
    """
    extra = [c for c in PHOTO_METADATA_COLUMNS if c != "article_id"]
    credits = tables.photo_credits.merge(metadata[extra], on="photo_id", how="left")
    credits.index = tables.photo_credits.index
    return replace(tables, photo_credits=credits)


def _is_image(item: object) -> bool:
    if isinstance(item, Document) or not isinstance(item, (str, os.PathLike)):
        return False
    path = Path(item)
    return path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()


def extract_with_images(
    items: list[str | os.PathLike[str] | Document],
    *,
    format: str | None,
    extractors: Extractors | None,
    progress: bool | None,
    limits: Limits,
) -> tuple[Tables, Tables]:
    """``(tables, tables with the photo metadata)`` of the inputs.

    Image files among ``items`` are given with the articles (matched to
    picture references by file name); the other items are read as articles.
    Images that cannot be read are errors on the tables, beside unreadable inputs.

    Example:
        >>> from provenance.settings import DEFAULT_LIMITS
        >>> tables, checked = extract_with_images(  # doctest: +SKIP
        ...     ["story.html"], format=None, extractors=None, progress=None, limits=DEFAULT_LIMITS)

    Raises:
        UsageError: an unknown ``format``, or pyexiv2 is missing and an image was found.
    """
    from provenance.api import extract, read

    images = [i for i in items if _is_image(i)]
    articles = [i for i in items if not _is_image(i)]
    result = read(articles, format=format, progress=progress, limits=limits)
    tables = extract(list(result.documents), extractors=extractors, limits=limits)
    errors: list[ReadError] = [*result.errors, *tables.errors]
    metadata = photo_metadata(result.documents, images, errors)  # type: ignore[arg-type]
    tables = replace(tables, errors=tuple(errors))
    return tables, with_photo_metadata(tables, metadata)
