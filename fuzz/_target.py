"""What every fuzz target runs: one reader on bytes, where only ``ReadError`` may escape.

Anything else (another exception, a hang past libFuzzer's ``-timeout``, memory
past ``-rss_limit_mb``) is a crash that libFuzzer reports with the input that
caused it, written to ``crash-*``/``timeout-*``/``oom-*`` (see ``-artifact_prefix``).

With ``FUZZ_KEEP_GOING=DIR`` set, an unexpected exception does not stop the run:
its input is saved as ``DIR/<kind>-<sha1>`` and one line per new kind of crash
(exception type and the innermost ``provenance`` frame) is appended to
``DIR/crashes.txt``, so one long run lists every kind of crash it met.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["provenance"]):
    from provenance.enums import Format
    from provenance.errors import ReadError
    from provenance.ingest import default_readers, read_bytes

    # the readers are imported on first use: import them here so they are instrumented too
    default_readers()

_seen: set[str] = set()


def _kind(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "provenance" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__}@{where}"


def _keep(exc: Exception, data: bytes, folder: Path) -> None:
    kind = _kind(exc)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    if kind not in _seen:
        _seen.add(kind)
        (folder / f"{kind.replace(':', '_')}-{digest}").write_bytes(data)
        with (folder / "crashes.txt").open("a", encoding="utf-8") as log:
            log.write(f"{kind}\t{str(exc)[:200]!r}\t{digest}\n")


def one_input(format: Format | None, path: str) -> Callable[[bytes], None]:
    """The libFuzzer callback reading ``data`` as ``format`` (``None``: detect it)."""
    keep = os.environ.get("FUZZ_KEEP_GOING")

    def test_one_input(data: bytes) -> None:
        try:
            try:
                docs = read_bytes(data, path=path, format=format)
            except ReadError as exc:
                if "\n" in str(exc):
                    raise AssertionError(f"a ReadError of several lines: {exc!r}") from exc
                return
            for doc in docs:
                # every field a table will hold must be encodable text
                for text in (doc.headline, doc.body, doc.agency or "", doc.byline or ""):
                    text.encode("utf-8")
        except Exception as exc:
            if not keep:
                raise
            _keep(exc, data, Path(keep))

    return test_one_input


def main(format: Format | None, path: str) -> None:
    """Run libFuzzer on one reader with the command line's options and corpus folders."""
    atheris.Setup(sys.argv, one_input(format, path))
    atheris.Fuzz()
