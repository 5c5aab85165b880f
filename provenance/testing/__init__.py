"""Helpers for users' own tests: hypothesis strategies that generate valid tables.

Needs the ``test`` extra (hypothesis): ``pip install 'news-provenance[test]'``.
"""
