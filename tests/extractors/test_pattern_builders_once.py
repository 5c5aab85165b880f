"""The claims rules' per-language pattern builders build each language once.

``functools.cache`` keys a call by how its arguments are spelled: ``_adjuncts()`` and
``_adjuncts("en")`` were two entries, each compiling the same patterns (some 4,400
characters of regex, about 55M instructions). The builders now take the language by
position only, with no default, so every caller spells it one way.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from provenance.extractors.claims import clause_subjects, find_claims, spans
from provenance.extractors.sources import default_sources

_BUILDERS: tuple[Callable[..., Any], ...] = (
    spans._patterns,
    spans._adjuncts,
    clause_subjects._sets,
)

# invented sentences: a clause after "said" (content_after), a told addressee and its
# adjunct (addressee_only), a participle cue with no source (the subject's sets)
_TEXT = (
    "The minister said on Monday that 40 people had died. "
    "Officials told a Senate panel on Wednesday. "
    "The report, published by the agency, said costs rose, adding that 3 firms had closed."
)


@pytest.mark.parametrize("builder", _BUILDERS, ids=lambda f: f.__qualname__)
def test_the_language_is_the_only_key(builder: Callable[..., Any]) -> None:
    """One parameter, positional only, no default: one cache entry per language."""
    params = list(inspect.signature(builder).parameters.values())
    assert [(p.kind, p.default) for p in params] == [
        (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.empty)
    ]


def test_english_claims_build_each_builder_once() -> None:
    """Extracting English text from cold caches builds each builder once, through every
    rule that reads it; the claims are the same as with warm caches."""
    warm = find_claims(_TEXT, sources=default_sources())
    for builder in _BUILDERS:
        builder.cache_clear()  # type: ignore[attr-defined]
    cold = find_claims(_TEXT, sources=default_sources())
    for builder in _BUILDERS:
        builder("en")
        info = builder.cache_info()  # type: ignore[attr-defined]
        assert (info.misses, info.currsize) == (1, 1), builder.__qualname__
    assert cold == warm
