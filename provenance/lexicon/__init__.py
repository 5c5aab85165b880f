"""Language facts as data: cues, currencies, number words, agencies, source aliases.

Each kind of fact is a YAML file under ``data/``: language-neutral ones at the
top, the rest in one folder per language (``data/en/``, ``data/fr/``), so a new
cue verb or currency is one entry in one file and a new language is one folder.
Every file is read once per process and validated on load; a bad entry raises
:class:`~provenance.errors.LexiconError` naming the file and the entry.

The extractors never name a language: they take a language key
(:func:`language_key` turns ``Document.language`` into one) and read the
lexicon for it. Text in a language with no folder gets the language-neutral
rules only (digits, symbols), never English words.
"""

from __future__ import annotations

from provenance.lexicon._files import NEUTRAL, available_languages, language_key
from provenance.lexicon.agencies import AgencyTable, agency_table

__all__ = ["NEUTRAL", "AgencyTable", "agency_table", "available_languages", "language_key"]
