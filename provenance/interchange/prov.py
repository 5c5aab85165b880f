"""The tables as a W3C PROV document, through the ``prov`` package.

The graph (every identifier is a table id in :data:`~provenance.interchange.ID_NAMESPACE`,
prefix ``np``; the library's own attributes are in the ``npt`` namespace):

* an **article** (``np:art_…``) is an entity attributed to its agency, an agent
  (``np:src_…``, the agency's source id, as in the sources table);
* a **claim** (``np:clm_…``) is derived from its article and attributed to its source
  (an agent: ``prov:Person`` for people, ``prov:Organization`` otherwise);
* a **figure** (``np:fig_…``) is derived from its claim and carries its value, bounds,
  offsets and the sha256 of the article it was read from;
* a **photo** (``np:pho_…``) is attributed to every party of its credit, with the party's
  IPTC role as ``prov:role`` (photographer, agency, distributor, source, copyright);
* the **extraction** is an activity that used the articles and generated the claims,
  figures and photos, associated with the library (a ``prov:SoftwareAgent``) and
  carrying its version and the time of the export.

PROV-JSON and PROV-N need only ``prov``; PROV-O (Turtle) also needs ``rdflib``. Both come
with the ``prov`` extra: ``pip install 'news-provenance[prov]'``.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from provenance import __version__
from provenance.errors import UsageError
from provenance.ids import normalize_name, stable_id

from . import ID_NAMESPACE, TERM_NAMESPACE, missing

if TYPE_CHECKING:
    from provenance.tables.bundle import Tables

__all__ = ["PROV_FORMATS", "ProvFormat", "prov_document", "require_prov", "write_prov"]

ProvFormat = Literal["prov-json", "prov-n", "prov-o"]
PROV_FORMATS: tuple[ProvFormat, ...] = ("prov-json", "prov-n", "prov-o")

_EXTRA = "pip install 'news-provenance[prov]'"
_PEOPLE = frozenset({"person"})
_ARTICLE_TERMS = "sha256 published language format uri byline dateline located path"
_CLAIM_TERMS = "start end status attribution cue channel source_text"
_FIGURE_TERMS = "value lower upper approximate kind unit normalized qualifier start end language"


def _module(name: str, needed_for: str) -> Any:
    """Import ``name`` or raise one clear line naming the extra."""
    try:
        return importlib.import_module(name)
    except ImportError:
        package = name.split(".")[0]
        raise UsageError(f"{needed_for} needs the '{package}' package; {_EXTRA}") from None


def require_prov(fmt: ProvFormat = "prov-json") -> None:
    """Check that the packages the export to ``fmt`` needs are installed.

    Example:
        >>> require_prov("prov-n")  # doctest: +SKIP

    Raises:
        UsageError: ``prov`` (or ``rdflib``, for ``prov-o``) is missing; the message
            names the extra to install.
    """
    _module("prov.model", "the PROV export")
    if fmt == "prov-o":
        _module("rdflib", "the PROV-O export")


def _plain(value: object) -> object | None:
    """A value PROV can carry (Python scalars, ISO times), or ``None`` for a missing one."""
    if missing(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _attrs(ns: Any, row: Mapping[Any, object], columns: str) -> dict[Any, object]:
    """The row's non-missing ``columns`` (space-separated) as attributes, named in camelCase."""
    out: dict[Any, object] = {}
    for column in columns.split():
        value = _plain(row.get(column))
        if value is not None:
            head, *rest = column.split("_")
            out[ns[head + "".join(part.title() for part in rest)]] = value
    return out


def _agent_id(name: str) -> str:
    """The id of a named party: the source id its normalized name gives."""
    return stable_id("src", normalize_name(name))


def prov_document(tables: Tables, *, generated_at: datetime | None = None) -> Any:
    """The tables as a ``prov.model.ProvDocument`` (see the module docstring for the graph).

    Example:
        >>> import provenance
        >>> doc = prov_document(provenance.extract("examples/"))  # doctest: +SKIP
        >>> "np:art_" in doc.get_provn()  # doctest: +SKIP
        True

    Raises:
        UsageError: the ``prov`` package is not installed.
    """
    model = _module("prov.model", "the PROV export")
    prov = model.PROV
    doc = model.ProvDocument()
    np = doc.add_namespace("np", ID_NAMESPACE)
    npt = doc.add_namespace("npt", TERM_NAMESPACE)
    label, kind_of, role = model.PROV_LABEL, model.PROV_TYPE, model.PROV_ROLE

    agents: set[str] = set()

    def agent(agent_id: str, name: str, party: str | None, **extra: object) -> Any:
        if agent_id not in agents:
            agents.add(agent_id)
            attributes: dict[Any, object] = {
                kind_of: prov["Person" if party in _PEOPLE else "Organization"],
                label: name,
            }
            attributes.update({npt[k]: v for k, v in extra.items() if _plain(v) is not None})
            doc.agent(np[agent_id], attributes)
        return np[agent_id]

    articles = tables.articles.to_dict("records")
    version_id = f"news-provenance-{__version__}"
    software = doc.agent(
        np[version_id],
        {kind_of: prov["SoftwareAgent"], label: "news-provenance", npt["version"]: __version__},
    )
    run = doc.activity(
        np[stable_id("ext", __version__, *sorted(str(a["article_id"]) for a in articles))],
        startTime=generated_at or datetime.now(UTC),
        other_attributes={
            kind_of: npt["Extraction"],
            label: "news-provenance extraction",
            npt["version"]: __version__,
        },
    )
    doc.wasAssociatedWith(run, software)

    for source in tables.sources.to_dict("records"):
        kind = str(source["kind"])
        agent(
            str(source["source_id"]),
            str(source["name"]),
            kind,
            kind=kind,
            affiliation=_plain(source["affiliation"]),
        )

    sha256: dict[str, str] = {}
    for article in articles:
        article_id = str(article["article_id"])
        sha256[article_id] = str(article["sha256"])
        attributes = _attrs(npt, article, _ARTICLE_TERMS)
        attributes[label] = str(article["headline"])
        entity = doc.entity(np[article_id], attributes)
        doc.used(run, entity)
        agency = _plain(article["agency"])
        if agency is not None:
            who = agent(_agent_id(str(agency)), str(agency), "agency", kind="agency")
            doc.wasAttributedTo(entity, who, other_attributes={role: "agency"})

    for claim in tables.claims.to_dict("records"):
        attributes = _attrs(npt, claim, _CLAIM_TERMS)
        attributes[label] = str(claim["text"])
        parent = _plain(claim["parent_claim_id"])
        if parent is not None:
            attributes[npt["parentClaim"]] = np[str(parent)]
        entity = doc.entity(np[str(claim["claim_id"])], attributes)
        doc.wasDerivedFrom(entity, np[str(claim["article_id"])])
        doc.wasAttributedTo(entity, np[str(claim["source_id"])], other_attributes={role: "source"})
        doc.wasGeneratedBy(entity, run)

    for figure in tables.figures.to_dict("records"):
        attributes = _attrs(npt, figure, _FIGURE_TERMS)
        attributes[label] = str(figure["text"])
        attributes[npt["articleSha256"]] = sha256.get(str(figure["article_id"]), "")
        attributes[npt["article"]] = np[str(figure["article_id"])]
        entity = doc.entity(np[str(figure["figure_id"])], attributes)
        doc.wasDerivedFrom(entity, np[str(figure["claim_id"])])
        doc.wasGeneratedBy(entity, run)

    photos: set[str] = set()
    for credit in tables.photo_credits.to_dict("records"):
        photo_id = str(credit["photo_id"])
        if photo_id not in photos:
            photos.add(photo_id)
            attributes = _attrs(npt, credit, "credit_line caption")
            attributes[npt["article"]] = np[str(credit["article_id"])]
            attributes[kind_of] = npt["Photo"]
            doc.entity(np[photo_id], attributes)
            doc.wasGeneratedBy(np[photo_id], run)
        name = _plain(credit["name"])
        credit_role = str(credit["role"])
        party = (
            agent(_agent_id(str(name)), str(name), credit_role)
            if name is not None
            else agent(str(credit["credit_id"]), str(credit["as_written"]), credit_role)
        )
        doc.wasAttributedTo(
            np[photo_id],
            party,
            other_attributes={role: credit_role, npt["asWritten"]: str(credit["as_written"])},
        )
    return doc


def write_prov(tables: Tables, fmt: ProvFormat, *, generated_at: datetime | None = None) -> str:
    """The tables serialized as PROV-JSON, PROV-N or PROV-O (Turtle).

    Example:
        >>> import provenance
        >>> text = write_prov(provenance.extract("examples/"), "prov-n")  # doctest: +SKIP

    Raises:
        UsageError: ``fmt`` is unknown, or the ``prov`` extra (``rdflib`` for
            ``prov-o``) is not installed.
    """
    if fmt not in PROV_FORMATS:
        raise UsageError(f"unknown PROV format {fmt!r}; use one of {', '.join(PROV_FORMATS)}")
    doc = prov_document(tables, generated_at=generated_at)
    if fmt == "prov-n":
        return str(doc.get_provn()) + "\n"
    if fmt == "prov-json":
        return str(doc.serialize(format="json", indent=2)) + "\n"
    require_prov(fmt)
    with warnings.catch_warnings():
        # prov's RDF serializer calls rdflib APIs that rdflib 7 deprecates; not ours to fix
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        return str(doc.serialize(format="rdf", rdf_format="turtle"))
