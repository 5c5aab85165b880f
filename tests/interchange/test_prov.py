"""W3C PROV export: read back with ``prov``, every figure walks to its claim, source and agency."""

from __future__ import annotations

import json
import os
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from provenance.interchange import ID_NAMESPACE, TERM_NAMESPACE

from .conftest import invoke, run_cli


class Graph:
    """The relations of a PROV document read back with ``prov``, keyed by local id."""

    def __init__(self, doc: Any, model: Any) -> None:
        self.derived: dict[str, set[str]] = defaultdict(set)
        self.attributed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.records: dict[str, dict[str, list[object]]] = {}
        self.agents: dict[str, str] = {}
        self.generated_by: dict[str, str] = {}
        for record in doc.get_records():
            attributes: dict[str, list[object]] = defaultdict(list)
            for key, value in record.attributes:
                attributes[key.localpart].append(value)
            if isinstance(record, model.ProvDerivation):
                self.derived[_local(attributes["generatedEntity"][0])].add(
                    _local(attributes["usedEntity"][0])
                )
            elif isinstance(record, model.ProvAttribution):
                entity, agent = _local(attributes["entity"][0]), _local(attributes["agent"][0])
                for role in attributes.get("role", ["-"]):
                    self.attributed[entity][str(role)].add(agent)
            elif isinstance(record, model.ProvGeneration):
                self.generated_by[_local(attributes["entity"][0])] = _local(
                    attributes["activity"][0]
                )
            elif isinstance(record, model.ProvAgent):
                self.agents[_local(record.identifier)] = str(attributes["label"][0])
                self.records[_local(record.identifier)] = attributes
            elif record.identifier is not None:
                self.records[_local(record.identifier)] = attributes


def _local(name: object) -> str:
    text = str(getattr(name, "uri", name))
    assert text.startswith(ID_NAMESPACE), text
    return text[len(ID_NAMESPACE) :]


def _read_back(text: str, fmt: str, model: Any) -> Graph:
    if fmt == "prov-json":
        return Graph(model.ProvDocument.deserialize(content=text, format="json"), model)
    pytest.importorskip("rdflib", reason="PROV-O needs rdflib")
    with warnings.catch_warnings():
        # prov's RDF parser calls APIs rdflib 7 deprecates (not this project's code)
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        doc = model.ProvDocument.deserialize(content=text, format="rdf", rdf_format="turtle")
    return Graph(doc, model)


def _same_number(got: object, expected: object) -> bool:
    import pandas as pd

    if pd.isna(expected):  # type: ignore[call-overload]  # NA: the attribute is left out
        return got is None
    return got is not None and float(got) == float(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["prov-json", "prov-o"])
def test_seed_every_figure_walks_to_its_claim_source_and_afp(
    prov_model: Any, seed_path: Path, seed_tables: Any, tmp_path: Path, fmt: str
) -> None:
    """The seed's export, read back with prov: figure -> claim -> source, article -> AFP."""
    out = tmp_path / "seed.prov"
    done = invoke(["export", "prov", str(seed_path), "--to", fmt, "--out", str(out)])
    assert done.exit_code == 0, done.stderr
    graph = _read_back(out.read_text(encoding="utf-8"), fmt, prov_model)
    sources = seed_tables.sources.set_index("source_id")["name"].to_dict()
    article = seed_tables.articles.iloc[0]
    assert len(seed_tables.figures) > 5
    for figure in seed_tables.figures.itertuples():
        (claim,) = graph.derived[figure.figure_id]
        assert claim == figure.claim_id
        (source,) = graph.attributed[claim]["source"]
        assert source == figure.source_id
        assert graph.agents[source] == sources[figure.source_id]
        (article_id,) = graph.derived[claim]
        assert article_id == article.article_id
        (agency,) = graph.attributed[article_id]["agency"]
        assert graph.agents[agency] == "AFP"
        attributes = graph.records[figure.figure_id]
        assert attributes["articleSha256"] == [article.sha256]
        assert attributes["start"] == [figure.start]
        assert attributes["end"] == [figure.end]
        assert attributes["label"] == [figure.text]
        body = article.body
        assert body[figure.start : figure.end] == figure.text
        for bound in ("value", "lower", "upper"):
            expected = getattr(figure, bound)
            assert _same_number(attributes.get(bound, [None])[0], expected), (figure, bound)
        assert graph.generated_by[figure.figure_id].startswith("ext_")


def test_photos_are_attributed_to_every_credited_party_with_its_role(
    prov_model: Any, seed_path: Path, seed_tables: Any
) -> None:
    """Each photo credit row is an attribution of the photo, with the party's IPTC role."""
    done = invoke(["export", "prov", str(seed_path)])
    assert done.exit_code == 0, done.stderr
    graph = _read_back(done.stdout, "prov-json", prov_model)
    credits = seed_tables.photo_credits
    assert {"photographer", "agency"} <= set(credits["role"])
    for credit in credits.itertuples():
        agents = graph.attributed[credit.photo_id][credit.role]
        names = {graph.agents[a] for a in agents}
        assert (credit.name if isinstance(credit.name, str) else credit.as_written) in names


def test_the_extraction_is_an_activity_with_version_and_time(
    prov_model: Any, seed_path: Path
) -> None:
    """One activity, associated with the library as a software agent, carries version and time."""
    import provenance

    done = invoke(["export", "prov", str(seed_path), "--to", "prov-json"])
    data = json.loads(done.stdout)
    (activity,) = data["activity"].values()
    assert activity["npt:version"] == provenance.__version__
    assert activity["prov:startTime"]
    (association,) = data["wasAssociatedWith"].values()
    software = data["agent"][association["prov:agent"]]
    assert software["prov:type"]["$"] == "prov:SoftwareAgent"
    assert data["prefix"] == {"np": ID_NAMESPACE, "npt": TERM_NAMESPACE}


def test_identifiers_are_stable_across_runs_and_match_the_tables(
    prov_model: Any, seed_path: Path, seed_tables: Any
) -> None:
    """Two exports name the same entities and agents: the table ids, nothing run-dependent."""
    from provenance.interchange.prov import prov_document

    def ids() -> set[str]:
        doc = prov_model.ProvDocument.deserialize(
            content=prov_document(seed_tables).serialize(format="json"), format="json"
        )
        return {_local(r.identifier) for r in doc.get_records() if r.identifier is not None}

    first = ids()
    assert first == ids()
    table_ids = {
        *seed_tables.articles["article_id"],
        *seed_tables.claims["claim_id"],
        *seed_tables.figures["figure_id"],
        *seed_tables.photo_credits["photo_id"],
        *seed_tables.sources["source_id"],
    }
    assert table_ids <= first


def test_prov_n_names_every_figure(prov_model: Any, seed_path: Path, seed_tables: Any) -> None:
    """PROV-N has a declaration line for each figure entity and its derivation."""
    done = invoke(["export", "prov", str(seed_path), "--to", "prov-n"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith("document")
    for figure in seed_tables.figures.itertuples():
        assert f"entity(np:{figure.figure_id}," in done.stdout
        assert f"wasDerivedFrom(np:{figure.figure_id}, np:{figure.claim_id}" in done.stdout


def test_a_ledger_exports_the_same_graph_as_the_files(
    prov_model: Any, seed_path: Path, tmp_path: Path
) -> None:
    """--ledger reads the latest tables of a ledger: the same entities as from the file."""
    pytest.importorskip("duckdb", reason="needs the ledger extra")
    ledger = tmp_path / "news.duckdb"
    assert invoke(["ingest", str(seed_path), "--ledger", str(ledger)]).exit_code == 0
    from_ledger = invoke(["export", "prov", "--ledger", str(ledger)])
    from_file = invoke(["export", "prov", str(seed_path)])
    assert from_ledger.exit_code == 0, from_ledger.stderr
    entities = [set(json.loads(d.stdout)["entity"]) for d in (from_ledger, from_file)]
    assert entities[0] == entities[1]
    assert len(entities[0]) > 20


def test_a_missing_prov_package_is_one_line_naming_the_extra(
    seed_path: Path, tmp_path: Path
) -> None:
    """Without prov installed: exit 2 and one line saying which extra to install."""
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "prov.py").write_text("raise ImportError('blocked for the test')\n")
    (blocker / "rdflib.py").write_text("raise ImportError('blocked for the test')\n")
    for fmt in ("prov-json", "prov-o"):
        done = run_cli(
            ["export", "prov", str(seed_path), "--to", fmt],
            env={**os.environ, "PYTHONPATH": str(blocker)},
        )
        assert done.returncode == 2
        assert done.stdout == ""
        (line,) = done.stderr.strip().splitlines()
        assert "news-provenance[prov]" in line
        assert "Traceback" not in done.stderr
