"""Coverage-guided fuzz target: the newsml_g2 reader; see fuzz/README.md."""

from __future__ import annotations

from _target import main

from provenance.enums import Format

if __name__ == "__main__":
    main(Format.NEWSML_G2, "fuzz/item.xml")
