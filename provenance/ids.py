"""Identifiers derived from content, so the same input gives the same ids everywhere."""

from __future__ import annotations

import hashlib
import importlib
import unicodedata
from collections.abc import Callable
from typing import Any

__all__ = ["id_digits", "normalize_name", "sha256_hex", "stable_id"]


def _builtin_sha256() -> Callable[[bytes], Any]:
    """CPython's own SHA-256 (``_sha256``, the one ``hashlib`` falls back on), else
    ``hashlib.sha256``: the same digest of the same bytes either way.

    An id hashes a few dozen bytes, where a call costs more than the hashing: the
    OpenSSL hash sets up, copies and frees an EVP context per call. Counted on CPython
    3.11 (hash, 8 digest bytes in hex): one block 5.1K instructions against 6.6K, two
    8.2K against 8.7K, three 11.3K against 10.8K (OpenSSL's block function is the
    faster one), hence :data:`_SHORT_INPUT`.
    """
    try:
        sha256: Callable[[bytes], Any] = importlib.import_module("_sha256").sha256
    except (ImportError, AttributeError):  # a build without it (newer CPython: ``_sha2``)
        return hashlib.sha256
    return sha256


_SHORT_SHA256 = _builtin_sha256()
#: Inputs shorter than this many bytes (at most two blocks with the padding) go to
#: :func:`_builtin_sha256`'s hash; longer ones (an article's headline and body) to OpenSSL's.
_SHORT_INPUT = 120


def sha256_hex(data: bytes | str) -> str:
    """The hex SHA-256 of bytes, or of a string encoded as UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A short id from a prefix and the parts it is derived from.

    Parts are joined with a separator that cannot occur in them (``\\x1f``),
    so ``("ab", "c")`` and ``("a", "bc")`` differ.

    Example:
        >>> stable_id("src", "volodymyr zelensky")[:4]
        'src_'
    """
    # a list, not a generator: ``join`` builds one anyway (ids are made per row)
    joined = "\x1f".join(["" if p is None else p if type(p) is str else str(p) for p in parts])
    return f"{prefix}_{id_digits(joined)}"


def id_digits(joined: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``joined`` encoded as UTF-8: an id's tail.

    Example:
        >>> id_digits("abc") == sha256_hex("abc")[:16]
        True
    """
    data = joined.encode()
    sha256 = _SHORT_SHA256 if len(data) < _SHORT_INPUT else hashlib.sha256
    # the first 8 bytes of the digest in hex: the first 16 digits of the hex digest
    return sha256(data).digest()[:8].hex()


def normalize_name(name: str) -> str:
    """Case-fold, strip accents and collapse spaces: the key a source id is made from.

    Example:
        >>> normalize_name("  Volodymyr  ZELENSKY ")
        'volodymyr zelensky'
    """
    # ``str.split()`` splits on exactly the characters ``\s`` matches (str.isspace), so
    # joining its words is the regex's collapse of every run and the strip, in one C pass
    if name.isascii():  # nothing to decompose or strip: skip the per-character pass
        return " ".join(name.split()).casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split()).casefold()
