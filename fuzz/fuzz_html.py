"""Coverage-guided fuzz target: the html reader; see fuzz/README.md."""

from __future__ import annotations

from _target import main

from provenance.enums import Format

if __name__ == "__main__":
    main(Format.HTML, "fuzz/page.html")
