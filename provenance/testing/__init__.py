"""Helpers for users' own tests: hypothesis strategies.

- :mod:`provenance.testing.strategies`: valid, validated tables;
- :mod:`provenance.testing.inputs`: valid and mutated input files of every format
  (text, HTML, ninjs, NewsML-G2, NewsML 1.2), for testing what reads them.

Needs the ``test`` extra (hypothesis): ``pip install 'news-provenance[test]'``.
"""
