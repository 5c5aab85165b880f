"""The three entry points: read, extract, check.

``read`` turns files into documents, ``extract`` turns them into validated
tables, ``check`` runs the expectation suites over the tables. Each accepts
paths (files or directories, read recursively) or the previous step's output,
and never loses good data to a bad file beside it: unreadable inputs are
collected on the result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from provenance._collector import earlier_objects_frozen
from provenance.enums import Format
from provenance.errors import ExtractionError, ReadError, UsageError, printable
from provenance.ingest.document import Document
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import pandas as pd

    from provenance.extractors.pipeline import Extraction, Extractors
    from provenance.findings import CheckResult
    from provenance.suites import Engine, SuiteSpec
    from provenance.tables.bundle import Tables
    from provenance.tables.frames import Languages, Texts

__all__ = ["ReadResult", "check", "extract", "extract_claims", "extract_figures", "read"]

PathLike: TypeAlias = str | os.PathLike[str]
Inputs: TypeAlias = PathLike | Document | Iterable[PathLike | Document]

#: Show a progress bar from this many files on, when stderr is a terminal.
PROGRESS_FROM = 20


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Documents read from the inputs, and the inputs that could not be read."""

    documents: tuple[Document, ...]
    errors: tuple[ReadError, ...]


def _inputs(inputs: Inputs) -> Iterable[PathLike | Document]:
    """The items of ``inputs``, not materialized: a generator of documents stays a stream."""
    if isinstance(inputs, (str, os.PathLike, Document)):
        return [inputs]
    return inputs


def _as_list(inputs: Inputs) -> list[PathLike | Document]:
    return list(_inputs(inputs))


def _parse_format(format: Format | str | None) -> Format | None:
    if format is None or isinstance(format, Format):
        return format
    try:
        return Format(format)
    except ValueError:
        allowed = ", ".join(f.value for f in Format)
        raise UsageError(f"unknown format {format!r}; use one of {allowed}") from None


def _progress(items: list[Path], progress: bool | None) -> Iterable[Path]:
    show = progress if progress is not None else len(items) >= PROGRESS_FROM and sys.stderr.isatty()
    if not show:
        return items
    from tqdm import tqdm

    bar: Iterable[Path] = tqdm(items, desc="reading", unit="file", file=sys.stderr, leave=False)
    return bar


def expand_inputs(inputs: Inputs, errors: list[ReadError]) -> Iterator[Path | Document]:
    """The given documents and every file under the given paths, in order.

    A path that cannot be walked (missing, unreadable folder) is recorded on
    ``errors``; the rest go on.
    """
    from provenance.ingest import iter_paths

    for item in _inputs(inputs):
        if isinstance(item, Document):
            yield item
            continue
        try:
            yield from iter_paths([item], on_error=errors.append)
        except ReadError as exc:
            errors.append(exc)


def _documents(
    inputs: Inputs,
    format: Format | None,
    errors: list[ReadError],
    progress: bool | None,
    limits: Limits,
) -> Iterator[Document]:
    from provenance.engines.rows import read_documents
    from provenance.ingest import settle_document

    paths: list[Path] = []
    for item in expand_inputs(inputs, errors):
        if isinstance(item, Document):
            try:  # the text policy and the field limit hold for given documents too
                yield settle_document(item, limits)
            except ReadError as exc:
                errors.append(exc)
        else:
            paths.append(item)
    for path in _progress(paths, progress):
        try:
            yield from read_documents(path, format=format, limits=limits, errors=errors)
        except ReadError as exc:
            errors.append(exc)


#: Documents extracted together, one step at a time (see ``extract_documents``).
EXTRACT_CHUNK = 16


def _safely(
    documents: Iterable[Document], extractors: Extractors, errors: list[ReadError], limits: Limits
) -> Iterator[Extraction]:
    """Extract each document; a failure on one is recorded and the rest go on.

    Documents are taken in chunks of :data:`EXTRACT_CHUNK` and extracted one step
    at a time (:func:`~provenance.extractors.pipeline.extract_documents`). The
    errors reading appends to ``errors`` while a chunk is taken are held back and
    put back in front of the document they came before, so ``errors`` lists read
    and extraction failures in input order, as one document at a time would.
    """
    from provenance.extractors.pipeline import extract_documents

    stream = iter(documents)
    while True:
        mark = len(errors)
        chunk: list[Document] = []
        before: list[list[ReadError]] = []  # the read errors that came before each document
        for doc in stream:
            before.append(errors[mark:])
            del errors[mark:]
            chunk.append(doc)
            if len(chunk) == EXTRACT_CHUNK:
                break
        after = errors[mark:]  # read errors after the last document of the input
        del errors[mark:]
        for doc, came_before, got in zip(
            chunk, before, extract_documents(chunk, extractors, limits), strict=True
        ):
            errors.extend(came_before)
            if isinstance(got, ReadError):  # a LimitError: the document broke its time budget
                errors.append(got)
            # A bug in an extractor (ours or a user's plug-in) must not lose the batch.
            elif isinstance(got, Exception):
                errors.append(
                    ExtractionError(
                        doc.path,
                        f"extraction failed ({type(got).__name__}: {got})",
                        "this is a bug: please report it with the file",
                    )
                )
            else:
                yield got
        errors.extend(after)
        if len(chunk) < EXTRACT_CHUNK:
            return


def read(
    inputs: Inputs,
    *,
    format: Format | str | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ReadResult:
    """Read files (or directories, recursively) into documents.

    ``limits`` bounds what one file may cost (:class:`~provenance.settings.Limits`);
    a file that breaks one is an error of that file alone.

    Example:
        >>> result = read("examples/afp_putin_trump_talks.txt")
        >>> result.documents[0].agency
        'AFP'

    Raises:
        UsageError: an unknown ``format``. Unreadable files do not raise: they
            are returned in ``ReadResult.errors``.
    """
    errors: list[ReadError] = []
    documents = tuple(_documents(inputs, _parse_format(format), errors, progress, limits))
    return ReadResult(documents=documents, errors=tuple(errors))


def extract(
    inputs: Inputs,
    *,
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    progress: bool | None = None,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
) -> Tables:
    """Read the inputs and extract the five validated tables.

    A file that cannot be read, or breaks one of ``limits``, is on
    ``Tables.errors``; a value one article cannot carry (a date outside
    1677-2262) is dropped from its row and noted on ``Tables.warnings``.
    ``jobs`` other than 1 extracts on that many worker processes (0: one per
    core; see :mod:`provenance.engines.processes`): the same tables, in the
    order of :func:`provenance.engines.canonical`. On one process, the garbage
    collector skips the objects alive before the call until it returns
    (:func:`gc.freeze`, undone at the end; not done when objects are frozen already):
    a batch of thousands of files spends less time in full collections. Its young
    collections come after 50,000 new objects instead of 700 until the call returns
    (the threshold is put back, even on an error; see :mod:`provenance._collector`).

    Example:
        >>> tables = extract("examples/afp_putin_trump_talks.txt")
        >>> sorted(tables.figures["text"])[:2]
        ['1,000', '1,200']

    Raises:
        UsageError: an unknown ``format``, or ``jobs`` below 0.
        SchemaError: the tables break their contract (a bug: please report it).
    """
    if jobs != 1:
        from provenance.engines import processes

        return processes.extract(
            inputs,
            jobs=jobs,
            format=format,
            extractors=extractors,
            progress=progress,
            validate=validate,
            limits=limits,
        )
    from provenance.extractors.pipeline import shared_extractors
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    errors: list[ReadError] = []
    ex = extractors or shared_extractors()
    # the collector's passes skip what was alive before the call, and the young
    # generation is collected less often inside it (see _collector)
    with earlier_objects_frozen():
        documents = _documents(inputs, _parse_format(format), errors, progress, limits)
        tables = build_tables(_safely(documents, ex, errors, limits), typed=validate)
        if validate:  # the frames were just built here: coerced in place, not copied
            tables = validate_tables(tables, inplace=True)
    return replace(tables, errors=tuple(errors))


def check(
    inputs: Inputs | Tables,
    *,
    format: Format | str | None = None,
    suites: tuple[SuiteSpec, ...] | Path | None = None,
    engine: Engine = "gx",
    extractors: Extractors | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULT_LIMITS,
    images: bool = False,
    jobs: int = 1,
    cross: bool = False,
) -> CheckResult:
    """Extract the tables (unless given) and run the expectation suites over them.

    With ``images``, the photo metadata of the image files the articles name
    (or image files among the inputs) is read and compared with the caption
    credits (``credit.metadata_mismatch``; needs the ``images`` extra).
    ``jobs`` other than 1 extracts on worker processes as in :func:`extract`
    (with ``images``, the whole extraction runs in one process); the findings are the same.
    ``cross`` adds the cross-article rules of ``check --ledger`` over the inputs
    (figures matched across articles, denials in other stories) and the result's
    ``figure_groups``.

    Example:
        >>> result = check("examples/afp_putin_trump_talks.txt", engine="pandas")
        >>> sorted(set(result.findings["kind"]))
        ['contradiction', 'integrity', 'uncorroborated', 'unverified']

    Raises:
        UsageError: an unknown ``format``, or ``jobs`` below 0.
        SuiteError: a suite file is missing or invalid.
    """
    from provenance.findings import CheckResult
    from provenance.suites import load_suites, run_suites
    from provenance.tables.bundle import Tables

    given: tuple[str, ...] = ()
    checked: Tables | None = None  # with the photo metadata beside the credits (images=True)
    specs = load_suites(suites) if suites is None or isinstance(suites, Path) else suites
    if jobs != 1 and not images and not cross and not isinstance(inputs, Tables):
        # The workers extract, then compute the views and run the suites on parts of whole
        # articles; only the one cross-article view column is computed in this process.
        from provenance.engines import processes

        items = _as_list(inputs)
        tables, findings, outcomes = processes.extract_and_check(
            items,
            jobs=jobs,
            suites=specs,
            engine=engine,
            format=format,
            extractors=extractors,
            progress=progress,
            limits=limits,
        )
        return CheckResult(
            tables=tables,
            findings=findings,
            outcomes=outcomes,
            errors=tables.errors,
            inputs=tuple(printable(str(i)) for i in items if not isinstance(i, Document)),
        )
    if isinstance(inputs, Tables):
        tables = inputs
    else:
        items = _as_list(inputs)  # once: the inputs may be a one-shot iterator
        if images:
            from provenance.images import extract_with_images

            tables, checked = extract_with_images(
                items, format=format, extractors=extractors, progress=progress, limits=limits
            )
        else:
            tables = extract(
                items,
                format=format,
                extractors=extractors,
                progress=progress,
                limits=limits,
                jobs=jobs,
            )
        given = tuple(printable(str(i)) for i in items if not isinstance(i, Document))
    groups = None
    if cross:
        from provenance.ledger.check import check_across

        folder = suites if isinstance(suites, Path) else None
        findings, outcomes, groups = check_across(
            checked or tables, specs, engine=engine, directory=folder
        )
    else:
        findings, outcomes = run_suites(checked or tables, specs, engine=engine)
    return CheckResult(
        tables=tables,
        findings=findings,
        outcomes=outcomes,
        errors=tables.errors,
        inputs=given,
        figure_groups=groups,
    )


def extract_figures(text: Texts, *, language: Languages = "en") -> pd.DataFrame:
    """Every number in a plain string, or in many, one row each (no headline or sign-off parsing).

    Columns: text, value, lower, upper, approximate, kind, unit, normalized,
    qualifier, start, end; ``text == string[start:end]``.

    ``text`` is one string, or a list, tuple or pandas Series of strings: then
    the result is ONE dataframe for all of them, with a ``doc`` column in front
    holding each row's text by its index (a Series' labels, a list's positions);
    texts without figures have no rows. ``language`` is a BCP 47 tag or a
    lexicon key ("en", "fr-FR", "und"; read with
    :func:`provenance.lexicon.language_key`; ``None`` means English), or one per
    text (a list of the same length, or a Series with the same index as the
    texts).

    Example:
        >>> df = extract_figures("about 53,000 Russian soldiers")
        >>> df[["text", "value", "unit"]].values.tolist()
        [['about 53,000', 53000.0, 'Russian soldiers']]
        >>> import pandas as pd
        >>> texts = pd.Series(["No figure here.", "Up 5 pct in 1987."], index=["a", "b"])
        >>> extract_figures(texts)[["doc", "text", "kind"]].values.tolist()
        [['b', '5 pct', 'percent'], ['b', '1987', 'year']]

    Raises:
        UsageError: an entry is not a string (the message names its position),
            or the languages do not match the texts one to one.
    """
    from provenance.tables.frames import figures_frame

    return figures_frame(text, language=language)


def extract_claims(text: Texts, *, language: Languages = "en") -> pd.DataFrame:
    """Every claim in a plain string, or in many, with its source, cue, attribution and status.

    Narrator claims (said by no one in the text) are included with a null
    source. ``parent`` is the row label of the claim a nested claim sits in.

    ``text`` and ``language`` work as in :func:`extract_figures`: a list,
    tuple or Series of texts gives one dataframe with a ``doc`` column. Cues
    are read in the languages the claims step has a lexicon for (English);
    text in another language gets narrator claims only.

    Example:
        >>> df = extract_claims("Zelensky said the war must end.")
        >>> df.loc[df["attribution"] != "narrator", "source"].tolist()
        ['Volodymyr Zelensky']
        >>> df = extract_claims(["It rained.", "Zelensky said the war must end."])
        >>> df.loc[df["attribution"] != "narrator", ["doc", "source"]].values.tolist()
        [[1, 'Volodymyr Zelensky']]

    Raises:
        UsageError: an entry is not a string (the message names its position),
            or the languages do not match the texts one to one.
    """
    from provenance.tables.frames import claims_frame

    return claims_frame(text, language=language)
