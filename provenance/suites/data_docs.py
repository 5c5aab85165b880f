"""Great Expectations Data Docs for a check, on request (``provenance check --data-docs DIR``).

Data Docs is GX's static HTML site of validation results (about 4 MB, mostly
images). The check itself keeps running its suites in memory; this module runs
them once more through a GX checkpoint whose only action writes the site, in an
ephemeral context whose one site has ``DIR`` as its absolute base directory (the
default ``local_site`` of an ephemeral context points at a temporary folder and
is removed). GX is imported inside :func:`write_data_docs` only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import SuiteError

if TYPE_CHECKING:
    from provenance.findings import CheckResult
    from provenance.suites.spec import SuiteSpec

__all__ = ["SITE_NAME", "write_data_docs"]

SITE_NAME = "provenance"


def _context(folder: Path) -> Any:
    from provenance.suites.gx_engine import quiet_context

    context = quiet_context()
    for name in list(context.get_site_names()):
        context.delete_data_docs_site(name)
    context.add_data_docs_site(
        site_name=SITE_NAME,
        site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(folder.resolve()),
            },
        },
    )
    return context


def write_data_docs(
    result: CheckResult, folder: str | Path, *, suites: str | Path | None = None
) -> Path:
    """Validate ``result``'s tables with the suites through GX and build Data Docs in ``folder``.

    Returns the site's ``index.html``. The suites are the bundled ones unless
    ``suites`` names a directory of suite files (as ``provenance check --suites``).

    Raises:
        OSError: the folder cannot be created or written.
        SuiteError: a suite cannot be loaded, or GX did not write the site.

    Example:
        >>> write_data_docs(result, "docs/")  # doctest: +SKIP
        PosixPath('docs/index.html')
    """
    from provenance.rules.views import rule_views
    from provenance.suites._gx import Checkpoint, UpdateDataDocsAction, ValidationDefinition
    from provenance.suites.gx_engine import _gx_suite
    from provenance.suites.spec import load_suites

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    specs: tuple[SuiteSpec, ...] = load_suites(Path(suites) if suites is not None else None)
    views = rule_views(result.tables)
    context = _context(target)
    source = context.data_sources.add_pandas("provenance")
    definitions: dict[str, Any] = {}
    for number, spec in enumerate(specs):
        if spec.table not in definitions:
            asset = source.add_dataframe_asset(spec.table)
            definitions[spec.table] = asset.add_batch_definition_whole_dataframe(spec.table)
        suite = context.suites.add(_gx_suite(spec))
        validation = context.validation_definitions.add(
            ValidationDefinition(
                name=f"{number}-{spec.name}", data=definitions[spec.table], suite=suite
            )
        )
        checkpoint = context.checkpoints.add(
            Checkpoint(
                name=f"{number}-{spec.name}-checkpoint",
                validation_definitions=[validation],
                actions=[UpdateDataDocsAction(name="data_docs", site_names=[SITE_NAME])],
            )
        )
        checkpoint.run(batch_parameters={"dataframe": views[spec.table]})
    context.build_data_docs(site_names=[SITE_NAME])
    index = target / "index.html"
    if not index.exists():
        raise SuiteError(f"Great Expectations wrote no Data Docs index into {target}")
    return index
