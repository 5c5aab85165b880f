"""The steady state of ``provenance.extract`` on files, for an instruction count.

Run under callgrind, which counts only the region between the two marker calls
(``os.getppid``, a system call nothing else in the run makes)::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --dump-before=getppid \\
        --callgrind-out-file=/tmp/cg-ss.out .venv/bin/python bench/steady_state.py
    callgrind_annotate /tmp/cg-ss.out.2 | grep "PROGRAM TOTALS"

The first ``--warm-up`` BBC articles are extracted before the counted region, so the
lexicon files read and the patterns compiled lazily on the first text that needs them
are left out; what is counted is the cost of ``--count`` further articles, the figure
throughput depends on. ``bench/pipeline.py --files-only N`` counts the one-off work too.
Without valgrind the script prints the CPU time of the counted region. Reads the research
corpus from ``../shared/corpus`` at run time and skips cleanly when it is absent.

The files go to a folder with a fixed name (``--folder``, new or empty; removed after):
two runs of the same code then count the same to a few instructions, where a random
temporary folder made the same code count up to 0.7% apart (stop 32).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import DEFAULT_SHARED, bbc_texts, write_files

import provenance

#: the script's own folder: a run cut short may leave it behind, so it is emptied first
_DEFAULT_FOLDER = Path(tempfile.gettempdir()) / "provenance-steady-state"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--warm-up", type=int, default=60, help="articles before the count")
    parser.add_argument("--count", type=int, default=200, help="articles counted")
    parser.add_argument(
        "--folder",
        type=Path,
        default=_DEFAULT_FOLDER,
        help="a new or empty folder the articles are written to (removed after)",
    )
    args = parser.parse_args(argv)
    texts = bbc_texts(args.shared)
    if len(texts) < args.warm_up + args.count:
        print(f"skipped: fewer than {args.warm_up + args.count} BBC articles under {args.shared}")
        return 0
    folder = args.folder
    if folder == _DEFAULT_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)
    elif folder.exists() and any(folder.iterdir()):
        parser.error(f"{folder} is not empty: pass a new or empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        write_files(texts[: args.warm_up + args.count], folder)
        paths = sorted(folder.iterdir())
        provenance.extract(paths[: args.warm_up], progress=False)
        os.getppid()  # marker: the counted region starts
        start = time.process_time()
        provenance.extract(paths[args.warm_up :], progress=False)
        seconds = time.process_time() - start
        os.getppid()  # marker: the counted region ends
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{args.count} articles after {args.warm_up}: {seconds:.3f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
