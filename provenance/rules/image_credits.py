"""``credit.metadata_mismatch``: the image file's own metadata contradicts its caption credit.

The photo_credits view carries the embedded metadata (``image_creator``,
``image_credit_line``) when image files were read (``provenance check --images``);
without them no credit is flagged.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["metadata_mismatch", "name_tokens"]

_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s*[;/|]\s*")


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, case and accents folded (``"Drew ANGERER"`` ~ ``"drew angerer"``).

    Example:
        >>> sorted(name_tokens("Gavriil GRIGOROV"))
        ['gavriil', 'grigorov']
    """
    # Fold case before stripping accents: a letter with a combining mark may upper-case to
    # two letters ("ᾀ" -> "ἈΙ"), and only folding first gives both spellings the same words.
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    # Dotless ı has no case partner of its own: "ı".upper() is "I", which folds to "i".
    return frozenset(_WORD.findall(plain.casefold().replace("ı", "i")))


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names are the same party when their words agree (one may add a middle name)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and small <= large and (small == large or len(small) >= 2)


def _photo_mismatch(
    parties: list[frozenset[str]], creators: str | None, credit_line: str | None
) -> bool:
    if not parties:
        return False
    if creators:
        embedded = [name_tokens(c) for c in _SEPARATOR.split(creators) if c.strip()]
        if embedded and not any(_same(e, p) for e in embedded for p in parties):
            return True
    if credit_line:
        words = name_tokens(credit_line)
        if words and not any(p <= words for p in parties):
            return True
    return False


def metadata_mismatch(credits: pd.DataFrame) -> pd.Series:
    """The first credit row of each photo whose file's creator or credit line the caption belies.

    A photo is flagged when its file names a creator that is none of the
    parties of its caption credit, or a credit line that names none of them.
    A caption that names no party, or a file without metadata, is never flagged.

    Example:
        >>> import pandas as pd
        >>> credits = pd.DataFrame({"photo_id": ["p", "q"], "name": ["Jane Roe", "AFP"],
        ...     "image_creator": ["John Doe", "AFP"], "image_credit_line": [None, "AFP"]})
        >>> metadata_mismatch(credits).tolist()
        [True, False]
    """
    import pandas as pd

    flags = pd.Series(False, index=credits.index, dtype=bool)
    if "image_creator" not in credits.columns or credits.empty:
        return flags
    has_file = credits["image_creator"].notna() | credits["image_credit_line"].notna()
    for _, group in credits[has_file].groupby("photo_id", sort=False):
        parties = [name_tokens(str(n)) for n in group["name"].dropna()]
        first = group.iloc[0]
        creator, line = first["image_creator"], first["image_credit_line"]
        if _photo_mismatch(
            [p for p in parties if p],
            None if pd.isna(creator) else str(creator),
            None if pd.isna(line) else str(line),
        ):
            flags.loc[group.index[0]] = True
    return flags
