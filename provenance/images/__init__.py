"""Photo metadata from image files: IPTC IIM, XMP and C2PA Content Credentials.

::

    from provenance.images import read_image_metadata, photo_metadata

    read_image_metadata("photo.jpg").creators       # ('Jane Roe',)
    photo_metadata(documents)                       # one row per photo with an image file

The image files are those an article names locally (``<img src>`` relative
paths in HTML, ninjs rendition hrefs) or that are given with it. Needs the
``images`` extra (``pyexiv2``); C2PA manifests are read with the ``c2pa``
extra (``c2pa-python``) when it is installed. Importing this package imports
neither.
"""

from __future__ import annotations

from provenance.images._check import extract_with_images, with_photo_metadata
from provenance.images._photos import PHOTO_METADATA_COLUMNS, local_image, photo_metadata
from provenance.images._read import IMAGE_SUFFIXES, ImageMetadata, read_image_metadata

__all__ = [
    "IMAGE_SUFFIXES",
    "PHOTO_METADATA_COLUMNS",
    "ImageMetadata",
    "extract_with_images",
    "local_image",
    "photo_metadata",
    "read_image_metadata",
    "with_photo_metadata",
]
