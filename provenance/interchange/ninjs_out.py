"""The articles as IPTC ninjs 3.1 documents, with their photo credits.

Each article becomes one ninjs object: ``headlines`` (role main), ``bodies`` (role main,
``text/plain``, paragraphs separated by a blank line), ``by``, ``located``, ``language``,
``firstCreated``, and the agency both as ``copyrightHolder`` and as an ``infoSources``
entry with role ``originfo``. Each photo is an association of type ``picture`` with its
caption and its credit line, verbatim, as ``descriptions`` (roles ``caption`` and
``creditline``), its photographers in ``by`` and its agency (or copyright holder) as
``copyrightHolder`` where the credit names one.

ninjs requires a ``uri``: an article without one gets ``urn:news-provenance:id:art_…``,
a photo ``urn:news-provenance:id:pho_…``. Every document is validated against the IPTC
3.1 JSON Schema shipped with the package, offline (the GeoJSON schema it refers to by
URL is registered locally).

Reading the export back with :func:`provenance.ingest.ninjs.read_ninjs` gives the same
tables, except the columns that describe the file read (``path``, ``sha256``,
``format``) and ``uri`` where the input had none.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import SchemaError

from . import id_uri, missing

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["ninjs_documents", "validate_ninjs", "write_ninjs"]

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
_GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
_PHOTOGRAPHER, _AGENCY, _COPYRIGHT = "photographer", "agency", "copyright"


def _text(value: object) -> str | None:
    if missing(value):
        return None
    return str(value)


def _picture(photo_id: str, rows: pd.DataFrame, index: int) -> dict[str, Any]:
    first = rows.iloc[0]
    picture: dict[str, Any] = {
        "name": f"picture{index}",
        "rel": "picture",
        "uri": id_uri(photo_id),
        "type": "picture",
    }
    descriptions = []
    if (caption := _text(first["caption"])) is not None:
        descriptions.append({"role": "caption", "contentType": "text/plain", "value": caption})
    if (credit := _text(first["credit_line"])) is not None:
        descriptions.append({"role": "creditline", "contentType": "text/plain", "value": credit})
    if descriptions:
        picture["descriptions"] = descriptions
    named = rows[rows["name"].notna()]
    photographers = named.loc[named["role"] == _PHOTOGRAPHER, "name"].astype(str).tolist()
    if photographers:
        picture["by"] = " and ".join(photographers)
    holders = named.loc[named["role"] == _COPYRIGHT, "name"].astype(str).tolist()
    agencies = named.loc[named["role"] == _AGENCY, "name"].astype(str).tolist()
    if holders or agencies:
        picture["copyrightHolder"] = (holders or agencies)[0]
    return picture


def _document(article: Mapping[Any, Any], credits: pd.DataFrame) -> dict[str, Any]:
    article_id = str(article["article_id"])
    doc: dict[str, Any] = {
        "uri": _text(article["uri"]) or id_uri(article_id),
        "type": "text",
        "profile": "news-provenance",
        "headlines": [{"role": "main", "value": str(article["headline"])}],
    }
    if (published := article["published"]) is not None and _text(published) is not None:
        doc["firstCreated"] = published.isoformat()
    for key, column in (("language", "language"), ("by", "byline"), ("located", "located")):
        if (value := _text(article[column])) is not None:
            doc[key] = value
    if (agency := _text(article["agency"])) is not None:
        doc["copyrightHolder"] = agency
        doc["infoSources"] = [{"name": agency, "role": "originfo"}]
    if body := str(article["body"]):
        doc["bodies"] = [{"role": "main", "contentType": "text/plain", "value": body}]
    mine = credits[credits["article_id"] == article_id]
    pictures = [
        _picture(str(photo_id), rows, index)
        for index, (photo_id, rows) in enumerate(mine.groupby("photo_id", sort=False), start=1)
    ]
    if pictures:
        doc["associations"] = pictures
    return doc


def ninjs_documents(tables: Tables) -> list[dict[str, Any]]:
    """One ninjs 3.1 object per article, in the order of the articles table, validated.

    Example:
        >>> import provenance
        >>> docs = ninjs_documents(provenance.extract("examples/"))  # doctest: +SKIP
        >>> docs[0]["associations"][0]["descriptions"][1]["role"]  # doctest: +SKIP
        'creditline'

    Raises:
        SchemaError: a document breaks the ninjs 3.1 schema (a bug: report it).
    """
    docs = [_document(a, tables.photo_credits) for a in tables.articles.to_dict("records")]
    for doc in docs:
        validate_ninjs(doc)
    return docs


def write_ninjs(tables: Tables) -> str:
    """The export as JSON text: one ninjs object for one article, else a list of them.

    Example:
        >>> import provenance
        >>> text = write_ninjs(provenance.extract("examples/"))  # doctest: +SKIP

    Raises:
        SchemaError: a document breaks the ninjs 3.1 schema (a bug: report it).
    """
    docs = ninjs_documents(tables)
    payload: object = docs[0] if len(docs) == 1 else docs
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


@cache
def _validator() -> Any:
    # jsonschema ships no type stubs; it comes with great-expectations
    validators = importlib.import_module("jsonschema")
    from referencing import Registry, Resource

    folder = Path(__file__).resolve().parent / "standards"
    ninjs = json.loads((folder / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    geojson = json.loads((folder / "GeoJSON-schema.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resources(
        [
            (_GEOJSON_URI, Resource.from_contents(geojson)),
            (_GEOJSON_URI + "#", Resource.from_contents(geojson)),
            (NINJS_SCHEMA_URI, Resource.from_contents(ninjs)),
        ]
    )
    return validators.Draft202012Validator(ninjs, registry=registry)


def validate_ninjs(document: object) -> None:
    """Check one ninjs object against the IPTC ninjs 3.1 schema, offline.

    Example:
        >>> validate_ninjs({"uri": "urn:x:1", "headlines": [{"value": "T"}]})
        >>> validate_ninjs({"headlines": []})
        Traceback (most recent call last):
        ...
        provenance.errors.SchemaError: table 'ninjs 3.1': at $: 'uri' is a required property

    Raises:
        SchemaError: the object breaks the schema; the message names the first problem.
    """
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "$" + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path
        )
        raise SchemaError("ninjs 3.1", f"at {where}: {first.message}")
