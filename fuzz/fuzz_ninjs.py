"""Coverage-guided fuzz target: the ninjs reader; see fuzz/README.md."""

from __future__ import annotations

from _target import main

from provenance.enums import Format

if __name__ == "__main__":
    main(Format.NINJS, "fuzz/item.json")
