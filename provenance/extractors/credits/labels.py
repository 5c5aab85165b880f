"""Taking role prefixes, labels, wrappers and © off the front of a credit.

"Photo: ", "Foto ", "FILE PHOTO: ", "© 2024 ", "Photographer, ": the label's words
are data (``lexicon/data/credits.yaml``); a label may imply an unnamed supplier
("Pool Photo") or that a creator follows ("Photo by").
"""

from __future__ import annotations

import re

from provenance.enums import CreditRole
from provenance.extractors.credits.kinds import (
    Segment,
    broadcaster,
    is_person,
    known_party,
    newspaper_name,
    outlet_name,
)
from provenance.extractors.credits.patterns import CreditRules, collapse
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import Prefix

__all__ = [
    "BY_MARK",
    "COMPOSITE_MARK",
    "COURTESY_MARK",
    "MAKER_MARK",
    "OUTLET",
    "implied_parties",
    "label_match",
    "name_stop",
    "outlet_colon",
    "strip_labels",
]

_LEAD = re.compile(r"^[\s(\[{\"'“”‘’«»（]+")
_TRAIL = re.compile(r"[\s)\]}\"'“”‘’«».;,:）]+$")
_TRAIL_KEEP_PAREN = re.compile(r"[\s\]}\"'“”‘’«».;,:）]+$")
_COPYRIGHT = re.compile(
    # "(c)" loses its "(" to _LEAD first: "c)" alone at the start is the same sign
    r"^(?:©|\(c\)|c\)|ⓒ|copyright\b)\s*(?:[:：]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\b\s*)?",
    re.I,
)
BY_MARK = "\x00by"  # marks a credit written "Photo by X" / "By X": X is a creator
COURTESY_MARK = "\x00courtesy"  # marks a "photo provided by" label ("사진 제공="): a source follows
MAKER_MARK = (
    "\x00maker"  # marks a photo label ("写真："): a two-character Han name after it took it
)
COMPOSITE_MARK = "\x00composite"  # "Composite: AP/Getty Images": each part is a supplier's
OUTLET = "\x00outlet:"  # marks an outlet's own label ("ST PHOTO": The Straits Times)
_OUTLET_ODD = frozenset(":：/|;()")


def name_stop(text: str) -> tuple[str, str] | None:
    """ "Jane Roe. AFP" as ("Jane Roe", "AFP"): the last stop after a word (not after an
    initial) and a space; the rest holds no other stop."""
    stop = text.rfind(". ")
    head, tail = text[:stop], text[stop + 2 :].strip()
    if stop < 2 or not tail or "." in tail or not all(c.isalpha() for c in head[-2:]):
        return None
    return head, tail


def outlet_colon(text: str) -> tuple[str, str] | None:
    """ "ABC News: Jane Roe" as ("ABC News", "Jane Roe"): an outlet or supplier, a colon and
    a space, then who made or gave the picture (no other colon)."""
    head, colon, rest = text.partition(":")
    org, rest = head.strip(), rest.strip()
    if not colon or not 2 <= len(org) <= 60 or not text[len(head) + 1 : len(head) + 2].isspace():
        return None
    if not rest or ":" in rest or "：" in rest or any(c in _OUTLET_ODD for c in org):
        return None
    return org, rest


def label_match(text: str, rules: CreditRules) -> re.Match[str] | None:
    """A role label at the start of ``text``; one ended by a comma has two words or more."""
    match = rules.prefix.match(text)
    if match is not None and match.group("comma") and " " not in match.group("label").strip():
        return None
    if match is not None and _wire_name(match.group("label").strip()):
        return None  # "MAP/Jane Roe": Maghreb Arabe Presse as written, not "Map:"
    return match


def _paper_or_channel(text: str, rules: CreditRules) -> bool:
    """A paper's or a channel's name ("Le Progrès", "France 2") after a bare label."""
    lex = rules.lex
    return outlet_name(text, lex) or newspaper_name(text, lex) or broadcaster(text, lex)


def _wire_name(text: str) -> bool:
    """A wire's short name as written, case and all ("MAP"), which a label never is."""
    return text in agency_table().written_names


def strip_labels(text: str, rules: CreditRules, implied: list[str]) -> str:
    """Take wrappers, ©, role prefixes and position labels off the front of a credit."""
    if not rules.needs_strip.match(text) and not _TRAIL.search(text):
        return text  # "AFP", "Jane Roe": nothing to take off
    previous = None
    while text != previous:
        previous = text
        text = _LEAD.sub("", text)
        text = (_TRAIL_KEEP_PAREN if "(" in text else _TRAIL).sub("", text)
        label = rules.lex.prefixes.get(text.casefold())
        # "Photo:" with nothing after it; "Pool Photo" names the pool ("MAP" is a wire)
        if label is not None and not _wire_name(text):
            _states(label, implied)
            return ""
        text = _COPYRIGHT.sub("", text)
        text = rules.position.sub("", text)
        text = rules.marker.sub("", text)
        match = label_match(text, rules)
        bare = None if match else rules.bare_prefix.match(text)
        head = bare.group("head").strip() if bare is not None else ""
        # "Foto ANSA/Name", "Photo Jane Roe", "Screenshot Twitter", "Photo Le Progrès / Name",
        # "Capture d'écran France 2": a label without its colon before a name, a known
        # supplier, a paper, or the platform or channel the picture was taken from; a label
        # cut short by its dot ("fot. materiały prasowe") is one before anything
        if bare is not None and (
            text[: bare.start("head")].rstrip().endswith(".")
            or known_party(head, rules) is not None
            or is_person(head, rules)
            or head.casefold() in rules.lex.platforms
            or (head[:1].isupper() and _paper_or_channel(head, rules))
        ):
            text = text[bare.start("head") :]
        if match:
            _states(rules.lex.prefixes[collapse(match.group("label")).casefold()], implied)
            if match.group("origin") is not None:  # "Photo from Acme": a source follows
                implied.append(COURTESY_MARK)
            text = text[match.end() :]
        by = rules.by.match(text)
        by_label = match is not None and (
            match.group("maker") is not None
            or match.group(0).rstrip(" :：").casefold().endswith(" by")
        )
        if by or by_label:
            implied.append(BY_MARK)
            text = text[by.end() :] if by else text
    return text


def _states(label: Prefix, implied: list[str]) -> None:
    """Note what a label states by itself: an unnamed supplier ("Pool photo") or the outlet
    whose own label it is ("ST PHOTO")."""
    if label.implies:
        implied.append(label.implies)
    if label.outlet:
        implied.append(OUTLET + label.outlet)
    if label.by:  # "撮影：山田太郎": as "Photo by"
        implied.append(BY_MARK)
    if label.courtesy:  # "사진 제공=삼성전자": as "Courtesy of"
        implied.append(COURTESY_MARK)
    if label.maker and MAKER_MARK not in implied:  # "写真：王晔": a photo label
        implied.append(MAKER_MARK)
    if label.kind == "composite":  # "Composite: AP/Getty Images": pictures side by side
        implied.append(COMPOSITE_MARK)


def implied_parties(implied: list[str]) -> list[Segment]:
    """The parties the labels of a credit stated: unnamed suppliers, and an outlet's label
    ("ST PHOTO: NAME"), whose staff took the picture: the outlet is its agency."""
    segs: list[Segment] = []
    for word in implied:
        if word.startswith(OUTLET):
            name = word[len(OUTLET) :]
            segs.append(Segment(name, "agency", name, role=CreditRole.AGENCY))
        elif word not in (BY_MARK, COURTESY_MARK, MAKER_MARK, COMPOSITE_MARK):
            segs.append(Segment(word, "unnamed", None))
    return segs
