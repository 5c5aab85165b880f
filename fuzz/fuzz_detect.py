"""Coverage-guided fuzz target: any format, detected as `provenance check` does."""

from __future__ import annotations

from _target import main

if __name__ == "__main__":
    main(None, "fuzz/feed.bin")
