"""Load a claim extractor plug-in by name, lazily: ``module:attr`` or an entry point.

A plug-in is anything satisfying :class:`~provenance.extractors.claims.ClaimExtractor`
(for example a model-based attribution step). Third-party packages can publish
one under the ``provenance.claim_extractors`` entry-point group; nothing is
discovered or imported until a name is asked for.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from provenance.errors import UsageError

if TYPE_CHECKING:
    from provenance.extractors.claims import ClaimExtractor

__all__ = ["ENTRY_POINT_GROUP", "load_claim_extractor"]

ENTRY_POINT_GROUP = "provenance.claim_extractors"

#: Plug-ins shipped with the library, by short name.
_BUILTIN = {
    "rules": "provenance.extractors.claims:RuleBasedExtractor",
    "spacy": "provenance.extractors.spacy_attribution:SpacyClaimExtractor",
}


def _resolve(spec: str) -> Any:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UsageError(f"cannot import claim extractor module {module_name!r}: {exc}") from exc
    try:
        return getattr(module, attr) if attr else module
    except AttributeError:
        raise UsageError(f"module {module_name!r} has no attribute {attr!r}") from None


def load_claim_extractor(spec: str) -> ClaimExtractor:
    """The claim extractor named by ``spec``.

    ``spec`` is a built-in name (``rules``, ``spacy``), an entry-point name in
    the ``provenance.claim_extractors`` group, or ``package.module:attr``. A
    class or factory is called with no arguments; anything else callable is
    used as is.

    Example:
        >>> type(load_claim_extractor("rules")).__name__
        'RuleBasedExtractor'

    Raises:
        UsageError: the name cannot be found, imported or called.
    """
    target = _BUILTIN.get(spec)
    if target is None and ":" not in spec:
        found = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == spec]
        if not found:
            known = ", ".join(sorted(_BUILTIN))
            raise UsageError(
                f"no claim extractor {spec!r}: use one of {known}, an entry point in "
                f"{ENTRY_POINT_GROUP}, or module:attr"
            )
        obj = found[0].load()
    else:
        obj = _resolve(target or spec)
    if isinstance(obj, type):
        obj = obj()
    if not callable(obj):
        raise UsageError(f"claim extractor {spec!r} is not callable")
    return obj  # type: ignore[no-any-return]
