"""C2PA Content Credentials: the signer and claim generator of an image's active manifest.

Needs the ``c2pa`` extra (``c2pa-python``); without it, or for a file without
a manifest, both are ``None``.
"""

from __future__ import annotations

import io
import json
from pathlib import PurePath
from typing import Any

__all__ = ["manifest_parties", "read_c2pa"]

_MIME = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def manifest_parties(store: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(signer, claim generator)`` of a manifest store's active manifest.

    Example:
        >>> store = {"active_manifest": "m", "manifests": {"m": {
        ...     "claim_generator_info": [{"name": "Camera", "version": "2"}],
        ...     "signature_info": {"issuer": "Agency CA", "common_name": "AFP"}}}}
        >>> manifest_parties(store)
        ('AFP (Agency CA)', 'Camera 2')
    """
    manifests = store.get("manifests") or {}
    manifest = manifests.get(store.get("active_manifest")) or {}
    if not isinstance(manifest, dict):
        return None, None
    info = manifest.get("signature_info") or {}
    names = [str(info[k]) for k in ("common_name", "issuer") if info.get(k)]
    if len(names) == 2 and names[0] != names[1]:
        signer: str | None = f"{names[0]} ({names[1]})"
    else:
        signer = names[0] if names else None
    generator = manifest.get("claim_generator")
    if not generator:
        tools = [t for t in manifest.get("claim_generator_info") or [] if isinstance(t, dict)]
        parts = [str(tools[0].get(k)) for k in ("name", "version") if tools and tools[0].get(k)]
        generator = " ".join(parts) or None
    return signer, (str(generator) if generator else None)


def read_c2pa(name: str, data: bytes) -> tuple[str | None, str | None]:
    """``(signer, claim generator)`` of the file's C2PA manifest; ``(None, None)`` without one.

    Example:
        >>> read_c2pa("photo.jpg", b"no manifest here")
        (None, None)
    """
    from importlib import import_module

    try:  # imported by name: the extra may be absent where mypy runs
        c2pa = import_module("c2pa")
    except ImportError:
        return None, None
    mime = _MIME.get(PurePath(name).suffix.lower())
    if mime is None:
        return None, None
    try:
        with c2pa.Reader(mime, io.BytesIO(data)) as reader:
            store = json.loads(reader.json())
    except c2pa.C2paError:  # no manifest (the usual case), or one c2pa cannot parse
        return None, None
    return manifest_parties(store) if isinstance(store, dict) else (None, None)
