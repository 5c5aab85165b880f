"""Every number in a news text, by concern.

- :mod:`.scan`: the scanner loop, :func:`find_figures` and :func:`figures_frame`;
- :mod:`.patterns`: the regexes, compiled once per language from its lexicon;
- :mod:`.reader`: reading one scanner hit into values (digits, words, ranges);
- :mod:`.numwords`: numbers spelled in words, in any language the lexicon describes;
- :mod:`.context`: what surrounds a number (scale, currency, percent, unit; qualifiers);
- :mod:`.nouns`: the noun phrase a number counts;
- :mod:`.units`, :mod:`.dates`: time units, scales and dates to ISO 8601.

The language facts themselves are data: :mod:`provenance.lexicon.numbers` and
:mod:`provenance.lexicon.currencies`.
"""

from __future__ import annotations

from provenance.extractors.figures.scan import FRAME_COLUMNS, figures_frame, find_figures

__all__ = ["FRAME_COLUMNS", "figures_frame", "find_figures"]
