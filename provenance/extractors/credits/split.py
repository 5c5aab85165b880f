"""Splitting one photo credit line into parties with IPTC roles.

The vocabulary (role prefixes in any language, role codes, archive markers,
unnamed suppliers, courtesy, relay and client words) is data, read from
``lexicon/data/credits.yaml``; agencies and distributors come from
``lexicon/data/agencies.yaml``. This module holds only the constructions, reading the
others of the splitter: ``labels`` (prefixes and labels taken off the front), ``kinds``
(what one part is: a name, an agency, an organization), ``chains`` (the roles of one
chain, relays and handouts) and ``patterns`` (the regexes built from the lexicon):

- ``Name/Agency/Distributor``, ``Agency/Name``, ``Name | Agency | Distributor``
- ``X via Y``: Y passes X on (a distributor)
- ``Name for Z``: Z commissioned the picture (an agency), or, after an agency,
  Z is the agency's client (a source)
- ``Courtesy (of) X``: X is a source
- ``Left: ...; right: ...``: each part on its own
"""

from __future__ import annotations

import itertools
import re

from provenance.enums import CreditRole
from provenance.extractors.credits.chains import (
    assign,
    maker_slot,
    one_word_name,
    stock_handles,
)
from provenance.extractors.credits.kinds import (
    Segment,
    broadcaster,
    cjk_outlet,
    is_capital,
    is_name_case,
    is_one_word,
    is_person,
    is_supplier,
    known_party,
    newspaper_name,
    org_like,
    org_text,
    outlet_name,
    two_han_name,
)
from provenance.extractors.credits.labels import (
    BY_MARK,
    COMPOSITE_MARK,
    COURTESY_MARK,
    MAKER_MARK,
    OUTLET,
    implied_parties,
    label_match,
    name_stop,
    outlet_colon,
    strip_labels,
)
from provenance.extractors.credits.names import title_case_name
from provenance.extractors.credits.patterns import CreditRules, collapse, credit_rules
from provenance.extractors.records import CreditParty
from provenance.ingest.credit_shapes import (
    provided_by,
    shot_by,
    wire_then_name,
    without_editor_note,
)
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import CreditLexicon

__all__ = ["split_credit"]

_INNER_COPYRIGHT = re.compile(r"\s*(?:©|\([cC]\))\s*(?:\d{4}\b\s*)?")
# image ids: "(12345678a)", a museum's catalogue number "(Q 70214)", "- RTR4JDW4", "#123456",
# a long number ending the line ("- 12345678")
_IMAGE_ID = re.compile(
    r"\s*\(\s*(?:[A-Z]{0,4}\d{5,}[a-z]{0,3}|[A-Z]{1,2} \d{4,}|\d+[a-z]\d*)\s*\)|"
    r"\s+[-–]\s+[A-Z]{2,}\d[A-Z0-9]{3,}\b|\s*#\d{4,}\b|(?:\s+[-–])?\s+\d{6,}$"
)
_SHOULD_READ = re.compile(r"\(?\s*photo\s+credit\s+should\s+read\s+(?P<credit>[^)]+)\)?", re.I)
# a licence clause after the credit: "used under a Creative Commons license", "(CC BY 2.0)"
_LICENCE = re.compile(
    # each run of separators is tried once, from its start (lookbehind, possessive):
    # a long run of spaces was quadratic
    r"(?<![\s,;(])[\s,;(]++(?:(?:used|licen[cs]ed|published|shared|reproduced)\s+)?under\s+"
    r"(?:an?\s+|the\s+)?[^()]{0,60}?licen[cs]e\b.*$|(?<![\s,;])[\s,;]*+\(?"
    r"(?:(?:used|licen[cs]ed)\s+under\s+)?\bCC[\s-]?(?:BY|0)\b[^)]*+\)?\s*$",
    re.I,
)
# the licence between the author and the site in Wikimedia Commons' own attribution:
# "Jane Roe, CC BY-SA 4.0 <https://...>, via Wikimedia Commons", "Jane Roe, Public domain,
# via Wikimedia Commons" (the licence is no party; the site is where the picture was found)
_LICENCE_BEFORE_VIA = re.compile(
    r",\s*(?:CC[\s-]?(?:BY|0)\b[^,()]*|public\s+domain|GFDL\b[^,()]*),\s*(?=via\s)", re.I
)
# a wire's sales restriction set as a part of the credit: "SOUTH KOREA OUT", "JAPAN OUT";
# or after the last name, with no sign ("EPA/Jane Roe POLAND OUT")
_RESTRICTION = re.compile(r"(?:[A-Z]{2,} ){1,3}OUT")
_TRAILING_RESTRICTION = re.compile(r"(?<=[^\W\d_])\s+(?:[A-Z]{2,} ){1,3}OUT$")
# TASS's house style writes a backslash where others write a slash ("Jane Roe\TASS")
_BACKSLASH = re.compile(r"\s*\\\s*")
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_])(?:19|20)\d\d$")
_YEAR = re.compile(r"^(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4})$")
_TRAILING_YEAR = re.compile(r"[\s,]+\d{4}$")
# a comma with no space splits only before a letter ("AP Photo/Jane Roe,File"), not "1,000"
_SEGMENT = re.compile(
    r"\s*(?:/|\|)\s*|\s*,(?:\s+|(?=[^\W\d_]))(?:(?:and|&)\s+)?|\s*;\s*|\s+[-–—]\s+|\s*[—–]\s*"
)
# lower case or shouted: a capitalized "And" is a surname ("Aaa And and Bbb Ccc / AFP")
_AND = re.compile(r"\s+(?:and|&|und|et|y|e|и|AND|UND|ET|Y|E|И)\s+")
_PAREN = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_HYPHEN = re.compile(r"^(?P<left>[^\W\d_][\w .'’]+?)-(?P<right>[^\W\d_][\w .'’-]+)$")

# a wire's Latin name glued to the relaying wire's CJK name, Jiji's house style ("AFP時事")
_GLUED_WIRES = re.compile(r"^(?P<supplier>[A-Za-z][A-Za-z-]*)(?P<wire>[^\x00-\x7f\s]+)$")
# "로이터 연합뉴스", "AP 연합뉴스": a wire's picture relayed by a national wire, one space apart
_SPACED_WIRES = re.compile(r"^(?P<supplier>[^\s/]+) (?P<wire>[^\x00-\x7f\s/]+)$")
# the signs of one chain ("Name/AFP/Getty Images", "Name | Bloomberg", "Name - AFP")
_CHAIN_SIGN = re.compile(r"[/|—–]|\s-\s")
_STOP = re.compile(r"(?<=[^\W\d_]{2})\s?\.\s+")
# a comma or "and" between two whole credits ("Jane Roe/AFP, John Doe/Reuters")
_JOIN = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# the photographer's e-mail address, which local papers print after the name ("Jane Roe |
# jroe@example.com"): a contact, never a party
_EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _classify(text: str, rules: CreditRules) -> list[Segment]:
    """The parties in one segment of a credit (between slashes, bars or commas)."""
    lex = rules.lex
    implied: list[str] = []
    text = strip_labels(text, rules, implied)
    out = implied_parties(implied)
    # "kod 10080": a filing code (a long number has gone with the image ids: "kod")
    if (text[-1:].isdigit() or text.casefold() in lex.code_labels) and rules.code.fullmatch(text):
        return out
    text = _TRAILING_YEAR.sub("", text)
    if not text or _YEAR.match(text) or lex.is_ignored(text) or _RESTRICTION.fullmatch(text):
        return out
    if text[:1].isdigit() and rules.trailing_date.match(text):  # "12.mar.2024", "1 June 2024"
        return out
    if "@" in text and _EMAIL.fullmatch(text):  # "jroe@example.com", not "@jroe"
        return out
    folded = text.casefold()
    if folded in rules.lex.positions:  # "Jane Roe/AP (left)": where the picture sits
        return out
    if folded in lex.collections:  # "Patrick McMullan": a collection named after a person
        return [*out, Segment(text, "agency", title_case_name(text))]
    if folded in lex.unnamed:
        return [*out, Segment(text, "unnamed", None)]
    paren = _PAREN.match(text)
    if paren and _spelled_out(paren.group("head"), paren.group("inner")):
        # "WANA (West Asia News Agency)": the acronym, then what it stands for: one party
        return out + _classify(paren.group("head"), rules)
    if paren and _same_agency(paren.group("head"), paren.group("inner")):
        # "Demiroren News Agency (DHA)": the name, then its short name in its own language
        return out + _classify(paren.group("head"), rules)
    if paren:
        head = _classify(paren.group("head"), rules)
        inner = _classify(paren.group("inner"), rules)
        acronym = paren.group("inner").strip()
        if len(head) == 1 and head[0].kind == "org" and acronym.isupper() and " " not in acronym:
            # "Helmholtz Centre for Infection Research (HZI)": one name, as written
            # ("courtesy of" in front stays off the name)
            name = f"{head[0].name or head[0].text} ({acronym})"
            return [*out, Segment(text, "org", org_text(name), courtesy=head[0].courtesy)]
        if head and head[-1].kind == "person":  # "Name (Outlet)": the outlet they work for
            for seg in inner:
                if seg.kind == "person":
                    seg.kind, seg.name = "org", org_text(seg.text)
        return out + head + inner
    words = text.split(" ")
    if len(words) > 1 and lex.is_ignored(words[-1]) and (known := known_party(text, rules)):
        return [*out, known]  # "Hulton Archive" is a name, not "Hulton" and a marker
    for size in (2, 1):  # "Oregonian file photo": an archive marker after the name
        tail = " ".join(words[-size:])
        # "courtesy the artist": "artist" ends an unnamed supplier's phrase, not a role code
        phrase = " ".join(words[-size - 1 :]).casefold() in lex.unnamed
        if len(words) > size and lex.is_ignored(tail) and not phrase:
            if tail[0].isupper() and tail.casefold() in lex.org_words and is_name_case(words):
                break  # "Universal History Archive": the archive's own name
            named = _classify(" ".join(words[:-size]), rules)
            if tail.casefold() in lex.own_archive and len(named) == 1 and named[0].kind == "org":
                # "Oregonian file photo", "Times file photo": the paper's own archive (not an
                # institution's: "NASA file photo")
                own = outlet_name(named[0].text, lex) or not org_like(named[0].text, rules)
                named[0].kind = "agency" if own else named[0].kind
            return out + named
    handout = lex.unnamed.get(words[-1].casefold()) if len(words) > 1 else None
    if handout is not None and handout.label == "handout" and is_name_case(words[:-1]):
        # "Siemens handout", "Airbus Handout": the issuer, then the handout it issued
        return [*out, *_classify(" ".join(words[:-1]), rules), Segment(words[-1], "unnamed", None)]
    for size in (2, 1):
        rest = " ".join(words[size:])
        if rest and " ".join(words[:size]).casefold() in lex.own_archive:
            if _listed_or_titled(rest, lex):
                # "Archivo El Universal", "Arquivo O Globo", "Photo archives Le Parisien": the
                # marker first, then the outlet whose own archive it is (its agency)
                return [*out, Segment(text, "agency", org_text(rest))]
            break
    pools = (lex.unnamed.get(" ".join(words[-k:]).casefold()) for k in (1, 2) if len(words) > k)
    if any(p is not None and p.label == "pool" for p in pools) and is_name_case(words):
        # "Korea Pool", "White House Pool": a named pool, an agency as the generic "pool" is
        pool_name = " ".join(words[:-1]) if words[-1].casefold() in lex.own_photo_labels else text
        return [*out, Segment(text, "agency", org_text(pool_name))]
    supplier = _before_kind(words, rules)
    if supplier is not None:  # "YouTube screenshot", "Reuters Graphics": what the picture is
        return out + _classify(supplier, rules)
    user = rules.user.match(text) if " " in text else None
    if user and org_like(user.group("site"), rules) and _user_named(user.group("handle"), rules):
        # "Flickr user fo.ol" (a handle, kept as written), "Flickr user Jane Roe" (a name)
        site, handle = user.group("site"), user.group("handle")
        name = title_case_name(handle) if " " in handle else handle
        return [
            *out,
            Segment(handle, "person", name),
            Segment(site, "org", org_text(site), courtesy=True),
        ]
    host = rules.host.match(text) if " " in text else None
    if host and is_person(host.group("handle"), rules) and org_like(host.group("site"), rules):
        # "Jane Roe on Unsplash": the person made it, the site is where it was found
        # ("Jane Roe from Reuters": a wire stays the agency)
        handle, site = host.group("handle"), host.group("site")
        return [
            *out,
            Segment(handle, "person", title_case_name(handle)),
            known_party(site, rules) or Segment(site, "org", org_text(site), courtesy=True),
        ]
    if host and _site_handle(host.group("handle"), host.group("site"), rules):
        # "jdoe123 on Unsplash", "jdoe123 from Pixabay": a user handle, kept as written
        handle, site = host.group("handle"), host.group("site")
        return [
            *out,
            Segment(handle, "person", handle),
            Segment(site, "org", org_text(site), courtesy=True),
        ]
    courtesy = rules.courtesy.match(text)
    if courtesy and courtesy.end() < len(text):
        rest = text[courtesy.end() :]
        segs = [s for part in _SEGMENT.split(rest) for s in _classify(part, rules)]
        for seg in segs:
            if seg.kind in ("person", "org"):
                seg.kind, seg.courtesy = "org", True
                seg.name = seg.text
        return out + segs
    labelled = rules.labelled_maker.match(text) if " " in text else None
    if labelled and is_person(labelled.group("name"), rules):
        wire = known_party(labelled.group("agency"), rules)
        if wire is not None:  # "Belga Photo Jane Roe": the wire's label, then its photographer
            name = labelled.group("name")
            return [*out, wire, Segment(name, "person", title_case_name(name))]
    shouted = wire_then_name(text) if " " in text and text.isupper() else None
    wire = known_party(shouted[0], rules) if shouted else None
    if shouted and wire is not None:  # "ANP JANE ROE": ANP's style, no label, no sign
        return [*out, wire, Segment(shouted[1], "person", title_case_name(shouted[1]))]
    known = known_party(text, rules)
    if known is None and text[-1:].isdigit():  # "AP2014": a year glued to the agency
        known = known_party(_GLUED_YEAR.sub("", text), rules)
    if known is not None:
        return [*out, known]
    hyphen = _HYPHEN.match(text)
    pool = lex.unnamed.get(hyphen.group("right").casefold()) if hyphen else None
    if (
        hyphen
        and pool
        and pool.label == "pool"
        and (is_person(hyphen.group("left"), rules) or known_party(hyphen.group("left"), rules))
    ):
        # "Jane Roe-Pool/Getty Images": Getty's house style, the pool glued to the name;
        # "dpa-Pool": a wire's pool picture (the wire and the pool both agencies)
        pool_text = hyphen.group("right")  # not "MIN-HO": "HO" is a handout's code, no pool
        return [*out, *_classify(hyphen.group("left"), rules), Segment(pool_text, "unnamed", None)]
    issued = lex.unnamed.get(hyphen.group("left").casefold()) if hyphen else None
    if hyphen and issued is not None and issued.label == "handout":
        # "HO-RCMP", "Handout-Acme Corp": The Canadian Press' handout code before its issuer
        return [*out, Segment(hyphen.group("left"), "unnamed", None), *_org(hyphen, rules)]
    if hyphen and known_party(hyphen.group("right"), rules):  # "Name-USA TODAY Sports"
        return (
            out + _classify(hyphen.group("left"), rules) + _classify(hyphen.group("right"), rules)
        )
    glued = hyphen is not None and "-" in hyphen.group("right")
    name, _, tail_party = text.rpartition("-") if glued else ("", "", "")
    if glued and known_party(tail_party, rules) and is_person(name, rules):
        # "Jayne Kamin-Oncea-USA TODAY Sports": a hyphenated name, then the agency
        return [*out, Segment(name, "person", title_case_name(name)), *_classify(tail_party, rules)]
    names = [n for n in _AND.split(text) if n]
    if len(names) == 2 and " & " in text and all(_ampersand_word(n, rules) for n in names):
        names = [text]  # "Town & Country", "Marks & Spencer": one name with its ampersand
    orgs = len(names) > 1 and all(
        (org_like(n, rules) and not _bare_word(n, rules)) or n.casefold() in lex.unnamed
        for n in names
    )
    if orgs or _word_and_acronym(names):  # "ESA and NASA", "the artist and Acme Gallery"
        return out + [s for n in names for s in _classify(n, rules)]
    if len(names) > 1 and all(is_person(n, rules) or is_one_word(n, rules) for n in names):
        return out + [Segment(n, "person", title_case_name(n)) for n in names]
    untitled = text
    while (titled := rules.title.match(untitled)) is not None:  # "Maj. Gen. Jane Roe"
        untitled = untitled[titled.end() :]
    if untitled != text and is_person(untitled, rules):  # "Sgt. Jane Roe": the rank goes
        return [*out, Segment(text, "person", title_case_name(untitled.rstrip(".")))]
    if is_person(text, rules):
        return [*out, Segment(text, "person", title_case_name(text.rstrip(".")))]
    owner, _, last = text.rpartition(" ")
    if owner and last.casefold() in lex.own_photo_labels and org_like(owner, rules):
        return [*out, Segment(text, "org", org_text(owner))]  # "Times Photo": the Times' own
    folded_words = text.casefold().split(" ")
    ends = len(folded_words) > 1 and folded_words[-1] in lex.photo_agency_ends
    if ends or not lex.photo_agency_words.isdisjoint(folded_words):
        # "COLLECTIF NORD", "Middle East Images": a photographers' collective or agency
        return [*out, Segment(text, "agency", org_text(text))]
    return [*out, Segment(text, "org", org_text(text))]


def _ampersand_word(word: str, rules: CreditRules) -> bool:
    """One capitalized word, no acronym and no known party, on one side of a name's "&"
    ("Town & Country"; not "Hubble & NASA", three parties with "ESA/")."""
    return (
        " " not in word
        and word[:1].isupper()
        and not word.isupper()
        and known_party(word, rules) is None
    )


def _listed_or_titled(name: str, lex: CreditLexicon) -> bool:
    """A listed outlet or newspaper ("El Universal", "Clarín"), or a title's article and a
    newspaper's name ("El Tiempo", "La Nación"); not "General de la Nación" (an archive's)."""
    folded = name.casefold()
    if folded in lex.outlets or folded in lex.newspapers:
        return True
    return folded.split(" ", 1)[0] in lex.title_articles and newspaper_name(name, lex)


def _same_agency(name: str, short: str) -> bool:
    """Two names of one agency in the agency list ("Demiroren News Agency", "DHA")."""
    table = agency_table()
    canonical = table.agency(name)
    return canonical is not None and canonical == table.agency(short.strip())


def _spelled_out(acronym: str, words: str) -> bool:
    """Whether ``words`` spell out ``acronym``: the initials of their capitalised words
    ("WANA", "West Asia News Agency"; "KCNA", "Korean Central News Agency")."""
    acronym = acronym.strip()
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    return "".join(w[0] for w in words.split() if w[:1].isupper()) == acronym


def _word_and_acronym(names: list[str]) -> bool:
    """ "Hubble & NASA", "NASA & CSA": two one-word names, one of them an acronym, are two
    parties (a firm's name of two words, "Johnson & Johnson", "Simon & Schuster Inc", holds
    no acronym; "H & M" no word of two letters)."""
    if len(names) != 2 or not all(n.isalpha() and n[0].isupper() for n in names):
        return False
    acronyms = sum(n.isupper() and len(n) >= 2 for n in names)
    return acronyms >= 1 and all((n.isupper() and len(n) >= 2) or len(n) >= 3 for n in names)


def _user_named(handle: str, rules: CreditRules) -> bool:
    """What follows "Flickr user": one handle ("fo.ol", "@jdoe") or a person's name ("Jane
    Roe"); more words that name nobody ("jdoe via Reuters") are no user's."""
    return " " not in handle or is_person(handle, rules)


def _bare_word(text: str, rules: CreditRules) -> bool:
    """An organization's word alone, no name of its own: "Mail" in "The Globe and Mail"
    (not an acronym, "NASA", nor a known party)."""
    if " " in text or text.casefold() not in rules.lex.org_words:
        return False
    if text.isupper() and text.casefold() not in rules.lex.outlet_words:
        return False  # "NASA"; a shouted paper's word stays one ("THE GLOBE AND MAIL")
    return known_party(text, rules) is None


def _before_kind(words: list[str], rules: CreditRules) -> str | None:
    """The supplier before a word naming what the picture is ("YouTube screenshot", "CNN
    Screenshot", "Reuters Graphics", "NASA illustration"): the kind labels of the lexicon
    (not "photo"), written after the name. A capitalized kind word after a name that is no
    organization's stays ("Jane Still"). A listed paper whose title ends in such a word is
    one name ("Daily Graphic"), never "Daily" and a graphic."""
    lex = rules.lex
    whole = " ".join(words).casefold()
    if whole in lex.newspapers or whole in lex.outlets:
        return None
    for size in (2, 1):
        if len(words) <= size:
            continue
        tail, head = " ".join(words[-size:]), " ".join(words[:-size])
        label = lex.prefixes.get(tail.casefold())
        if label is None or label.kind == "photo":
            continue
        lower = tail == tail.lower()
        acronym = head.isupper() and " " not in head
        if lower or acronym or org_like(head, rules) or head.casefold() in lex.platforms:
            return head
    return None


def _site_handle(handle: str, site: str, rules: CreditRules) -> bool:
    """ "jdoe123 on Unsplash": one word, no organization's, before a photo-sharing site or a
    stock library (the sites' own attribution, "Photo by jdoe123 on Unsplash")."""
    known = rules.lex.platforms | rules.lex.stock
    if " " in handle or site.casefold() not in known or handle.casefold() in known:
        return False
    if handle.casefold() in rules.lex.prefixes:  # "Screengrab from Twitter": a label
        return False
    return not org_like(handle, rules) and not rules.lex.is_ignored(handle)


def _chain(text: str, rules: CreditRules) -> list[Segment]:
    text = _INNER_COPYRIGHT.sub(" / ", text)
    if "," in text:  # "CQ-Roll Call, Inc": a company's legal form stays with its name
        text = rules.company.sub(" ", text)
    parts = [part for part in _SEGMENT.split(text) if part]
    if len(parts) > 1 and "/" in text:
        parts = _platform_names(parts, rules)
    if len(parts) > 1 and "," in text:  # "Rijksmuseum, Amsterdam": where it is, no party
        parts = parts[:1] + [
            place
            for institution, place in itertools.pairwise(parts)
            if not _sited(institution, place, text, rules)
        ]
    return [seg for part in parts for seg in _classify(part, rules)]


def _sited(institution: str, place: str, text: str, rules: CreditRules) -> bool:
    """Whether a part of a credit, after a comma, is the city of the institution
    before it ("Rijksmuseum, Amsterdam", "The Metropolitan Museum of Art, New York"): a
    museum's, gallery's or library's name (`sited_institutions`) and, after it, one to three
    capitalised words that name no organization, supplier or unnamed party."""
    if f"{institution}, {place}" not in text:
        return False  # "Acme Museum/Jane Roe": a chain sign, not a comma, before it
    sites = rules.lex.sited_institutions
    if not any(word.endswith(sites) for word in institution.casefold().split(" ")):
        return False
    words = place.split(" ")
    if len(words) > 3 or not all(is_capital(w[:1]) for w in words):
        return False
    if place.casefold() in rules.lex.unnamed or rules.lex.is_ignored(place):
        return False
    return not org_like(place, rules) and known_party(place, rules) is None


def _platform_names(parts: list[str], rules: CreditRules) -> list[str]:
    """The parts of a chain with a platform's name written with a slash ("X/Twitter") kept
    whole: one site under its two names, never two sources."""
    out: list[str] = []
    for part in parts:
        if out and f"{out[-1]}/{part}".casefold() in rules.lex.platforms:
            out[-1] = f"{out[-1]}/{part}"
        else:
            out.append(part)
    return out


def _outlet(text: str, rules: CreditRules) -> bool:
    """A publication's or agency's name: known, "The ...", or with an organization's word."""
    text = text.strip(" «»\"“”„'‘’")  # "pour « Le Monde »": the title in quotes
    first = text.split(" ", 1)[0].casefold()
    starts = rules.lex.non_person_starts | rules.lex.title_articles  # "The ...", "Le Monde"
    return org_like(text, rules) or first in starts


def _names_a_maker(head: str, client: str, rules: CreditRules) -> bool:
    """Whether "HEAD for Z" reads "Name for Z" / "Name/Agency for Z", not "Centre for Research".

    A one-word head is a name only before an outlet ("Madonna for The Guardian", not
    "Americans for Prosperity")."""
    chain = _chain(head, rules)
    if not chain:
        return False
    last = chain[-1]
    if last.kind in ("person", "agency", "distributor"):
        return True
    return one_word_name(last, rules) and _outlet(client, rules)


def _issuer(text: str, rules: CreditRules) -> str:
    """ "新华社发" as "新华社": a known agency and the word saying it issued the picture."""
    for word in rules.lex.issued_words:
        head = text[: -len(word)].rstrip() if text.endswith(word) else ""
        if head and known_party(head, rules) is not None:
            return head
    return text


def _supplier_list(head: str, chain: list[Segment]) -> None:
    """ "Photos: AP, Reuters, Getty Images": known suppliers in a list (commas, "and"), no
    chain sign between them and no one's name, supplied a picture each: every one is an
    agency, none passes another's picture on (as Getty does in "AFP/Getty Images")."""
    if len(chain) < 2 or _CHAIN_SIGN.search(head):
        return
    if all(seg.kind in ("agency", "distributor") for seg in chain):
        for seg in chain:
            seg.kind = "agency"


_INITIALS = re.compile(r"\s*/\s*[a-z]{2,4}\.?$")


def _editor_initials(text: str, rules: CreditRules) -> str:
    """The credit without the photo editor's initials a wire writes last, in lower case
    ("ANTARA FOTO/Jane Roe/foc."); unchanged for any other wire or line."""
    initials = _INITIALS.search(text)
    if initials is None or text.count("/") < 2:
        return text
    if not text.casefold().startswith(rules.lex.initialled_wires):
        return text
    return text[: initials.start()]


def _named_twice(chain: list[Segment], rules: CreditRules) -> None:
    """ "Patrick McMullan/Patrick McMullan via Getty Images": a collection named after its
    photographer, written after the name: the first is the photographer."""
    for seg, after in itertools.pairwise(chain):
        same = seg.text.casefold() == after.text.casefold()
        if same and seg.kind == "agency" and seg.text.casefold() in rules.lex.collections:
            seg.kind, seg.name = "person", title_case_name(seg.text)


def _wire_first(text: str, rules: CreditRules) -> bool:
    """Whether a credit starts with a known agency or distributor ("Reuters", "AFP via Getty
    Images", "AP/File")."""
    first = _SEGMENT.split(rules.relay.split(text, maxsplit=1)[0], maxsplit=1)[0]
    return known_party(first.strip(), rules) is not None


_STAFF = "staff"  # the unnamed supplier "Staff photo" states


def _one(text: str, rules: CreditRules) -> list[Segment]:
    """The parties of one credit (no ';'-separated parts)."""
    implied: list[str] = []
    text = strip_labels(text, rules, implied)
    head_words, _, last = text.rpartition(" ")
    kind = rules.lex.prefixes.get(last.casefold()) if head_words else None
    if kind is not None and kind.kind == "composite":  # "AFP/Reuters composite"
        text = head_words
        implied.append(COMPOSITE_MARK)
    if text[-1:].islower() or text.endswith("."):
        text = _editor_initials(text, rules)  # "ANTARA FOTO/Jane Roe/foc.": the editor's
    if text.endswith(rules.lex.issued_words):  # "新华社发": Xinhua issued it
        text = _issuer(text, rules)
    marked = rules.marks.search(text) is not None  # a mark of the CJK forms below
    if marked:  # "연합뉴스 자료사진", "AFP=연합뉴스"
        lead = rules.relay_mark.match(text)  # "＝共同" at the start: the mark ends a label
        text = text[lead.end() :] if lead else text
        text = rules.relay_mark.sub(" via ", rules.trailing_marker.sub("", text))
    glued = (_GLUED_WIRES.match(text) or _SPACED_WIRES.match(text)) if not text.isascii() else None
    if glued and all(known_party(glued.group(k), rules) for k in ("supplier", "wire")):
        text = f"{glued.group('supplier')} via {glued.group('wire')}"  # "AFP時事": Jiji relays
    stop = name_stop(text) if ". " in text else None
    # "Jane Roe. AFP", "Jane Roe. Hans Lucas pour Libération" (Libération's house style)
    if stop is not None and is_supplier(rules.client.split(stop[1], maxsplit=1)[0], rules):
        text = f"{stop[0]} / {stop[1]}"
    outlet = outlet_colon(text) if ":" in text else None
    if outlet is not None and rules.courtesy.fullmatch(f"{outlet[0]}:"):
        outlet = None  # "Courtesy: Acme Labs": the courtesy word, then the source
    if outlet is not None:
        org, rest = outlet
        named = org_like(org, rules) or rules.lex.unnamed.get(org.casefold()) is not None
        maker = is_person(rest, rules) or org_like(rest, rules) or rest.startswith("@")
        if named and maker:  # "ABC News: Jane Roe", "Supplied: Queensland Police", "X: @user"
            text = f"{org} / {rest}"
        elif is_person(org, rules) and _wire_first(rest, rules):
            text = f"{org} / {rest}"  # "Jane Roe: Reuters": the maker, then her wire
    by_creator = BY_MARK in implied
    segs = implied_parties(implied)
    stated = list(segs)
    if COURTESY_MARK in implied and text:  # "사진 제공=삼성전자": a source, as "courtesy of"
        assign(segs, relayed=False)  # "Handout photo from Airbus": the label's own handout
        return segs + _one(f"courtesy of {text}", rules)
    provider = provided_by(text) if marked else None
    if provider is not None:  # "[삼성전자 제공]", "東京電力提供": a source, as "courtesy of"
        chain = _classify(f"courtesy of {provider}", rules)
        assign(chain, relayed=False)
        return segs + chain
    shot = shot_by(text) if marked else None
    if by_creator and shot is None and any(w in text for w in rules.lex.reporter_words):
        shot = shot_by(text, labelled=True)  # "摄影：新华社记者 李伟": the label is the mark
    if shot is not None:  # "新华社记者 李伟 摄": the agency's reporter took it
        agency, name = shot
        chain = _chain(agency, rules) if agency else []
        chain.append(Segment(name, "person", name))
        assign(chain, relayed=False)
        assign(segs, relayed=False)
        return segs + chain
    made = rules.made_by.match(text)
    if made and not is_person(made.group("org"), rules):
        # "U.S. Navy photo by NAME": the organization made it through its photographer
        org = made.group("org")
        first, _, rest = org.partition(" ")
        if first.casefold() in rules.lex.official_words:
            org = rest  # "Official White House Photo by NAME": the White House ("Official
            # photo by NAME": no organization)
        for seg in _chain(org, rules):
            # "Star Tribune photo by", "The Hindu photo by": the paper's own staff
            own = seg.kind == "agency" or outlet_name(seg.text, rules.lex)
            own = own or newspaper_name(seg.text, rules.lex)
            seg.role = CreditRole.AGENCY if own else CreditRole.SOURCE
            if seg.kind == "person":
                seg.kind, seg.name = "org", seg.text
            segs.append(seg)
        return segs + _one(f"by {made.group('rest')}", rules)
    pieces = rules.relay.split(text)
    head, relays = pieces[0], [p for p in pieces[1:] if p]
    client: str | None = None
    parts = rules.client.split(head, maxsplit=1)
    maker = len(parts) == 2 and _names_a_maker(parts[0], parts[1], rules)
    if maker:
        head, client = parts
    chain = _chain(head, rules)
    _supplier_list(head, chain)
    # "Madonna for The Guardian": a one-word maker ("Jane Roe/Signatures pour Le Monde": her
    # agency, the maker is named)
    named = any(seg.kind == "person" for seg in chain)
    if maker and chain and not named and one_word_name(chain[-1], rules):
        chain[-1].kind, chain[-1].name = "person", title_case_name(chain[-1].text)
    maker_slot(chain, rules)
    # "写真：王晔", "写真：王晔/新华社": after a photo label, two Han characters name its maker
    head_seg = chain[0] if chain and chain[0].kind == "org" and not chain[0].courtesy else None
    if head_seg is not None and MAKER_MARK in implied and two_han_name(head_seg.text, rules.lex):
        head_seg.kind, head_seg.name = "person", head_seg.text
    outlet_label = any(w.startswith(OUTLET) for w in implied)
    if outlet_label and chain and one_word_name(chain[0], rules):  # "ST PHOTO: MADONNA"
        chain[0].kind, chain[0].name = "person", title_case_name(chain[0].text)
    first = chain[0] if chain else None
    one_word = first is not None and first.kind == "org" and " " not in first.text
    # "Photo by gargantiopa": a one-word creator, not an organization; but
    # "Keystone-France", capitalized on both sides of a hyphen, is a company's name
    compound = first is not None and "-" in first.text and first.text.split("-")[1][:1].isupper()
    handle = first is not None and not first.text.isupper() and not first.courtesy
    # "Photo by Unsplash / name": a stock library or platform is never the creator
    handle = handle and first is not None and first.text.casefold() not in rules.lex.stock
    # "Photo by Rappler": a news site's own picture, never a handle
    handle = handle and first is not None and not newspaper_name(first.text, rules.lex)
    labelled = by_creator or MAKER_MARK in implied
    if labelled and first and one_word and cjk_outlet(first.text, rules.lex):
        first.kind = "agency"  # "摄影：人民网", "写真：読売新聞": the outlet's own, its staff's
    elif by_creator and first and one_word and handle and not compound:
        first.kind, first.name = "person", first.text
    stock_handles(chain, rules)
    _named_twice(chain, rules)
    assign(chain, relayed=False, passed_on=bool(relays))
    if not head.strip() and relays:  # "Via Facebook": where the picture was found
        sources = _chain(relays[0], rules)
        assign(sources, relayed=False)
        for seg in sources:
            # "Via Facebook": where it was found; "via Reuters": a wire passing it on
            if seg.kind in ("agency", "distributor"):
                seg.role = CreditRole.DISTRIBUTOR
            elif seg.kind != "person":
                seg.role = CreditRole.SOURCE
        relays = relays[1:]
        chain = sources
    if COMPOSITE_MARK in implied and not any(seg.kind == "person" for seg in chain):
        # "Composite: Reuters/Getty Images": each supplied a picture of it
        for seg in chain:
            if seg.role is CreditRole.DISTRIBUTOR:
                seg.role = CreditRole.AGENCY
    segs.extend(chain)
    if client:
        named_org = any(s.kind in ("agency", "distributor", "org") for s in chain)
        for k, seg in enumerate(_chain(client, rules)):
            # "Jane Roe for HBO": a network's publicity picture, a source
            own = not named_org and not broadcaster(seg.text, rules.lex)
            seg.role = CreditRole.AGENCY if own else CreditRole.SOURCE
            if k and seg.kind in ("agency", "distributor"):  # "for The Times/Redux": passes it on
                seg.role = CreditRole.DISTRIBUTOR
            if seg.kind == "person":
                seg.kind, seg.name = "org", seg.text
            segs.append(seg)
    for relay in relays:
        relayed = _chain(relay, rules)
        assign(relayed, relayed=True)
        for seg in relayed:  # "@user via Twitter": where it was found, never a distributor
            if (seg.name or seg.text).casefold() in rules.lex.platforms:
                seg.role = CreditRole.SOURCE
        segs.extend(relayed)
    for seg in segs:
        if seg.role is None:
            unnamed = rules.lex.unnamed.get(seg.text.casefold()) if seg.kind == "unnamed" else None
            seg.role = unnamed.role if unnamed else CreditRole.SOURCE
    # "Map: Jane Roe/Datawrapper": the tool the graphic was made with
    segs = [seg for seg in segs if seg.text.casefold() not in rules.lex.chart_tools]
    if stated and any(seg.name is not None and seg.role is CreditRole.AGENCY for seg in segs):
        # "Staff photo by Name/The Daily Progress": the staff of the agency it names
        segs = [seg for seg in segs if not any(seg is own for own in stated if own.text == _STAFF)]
    return segs


def _org(hyphen: re.Match[str], rules: CreditRules) -> list[Segment]:
    """The issuer after a handout's code: an organization, never a person's name ("RCMP")."""
    segs = _classify(hyphen.group("right"), rules)
    for seg in segs:
        if seg.kind == "person":
            seg.kind, seg.name = "org", org_text(seg.text)
    return segs


def _dedupe(parties: list[CreditParty]) -> tuple[CreditParty, ...]:
    """Each party once; a wire named again at the end of its own pool's line ("Name/dpa-Pool/
    dpa") is its agency only, never also the distributor of its own picture."""
    seen: set[tuple[str, CreditRole]] = set()
    agencies = {p.name.casefold() for p in parties if p.name and p.role is CreditRole.AGENCY}
    out: list[CreditParty] = []
    for party in parties:
        key = ((party.name or party.as_written).casefold(), party.role)
        if party.role is CreditRole.DISTRIBUTOR and key[0] in agencies:
            continue
        if key not in seen:
            seen.add(key)
            out.append(party)
    return tuple(out)


def _prepare(line: str) -> str:
    text = collapse(line)
    if "\\" in text:
        text = _BACKSLASH.sub("/", text)
    if text.endswith(" OUT"):
        text = _without_restriction(text)
    rules = credit_rules()
    if text[-1:].isdigit() or text.endswith(")"):
        text = rules.trailing_date.sub("", text)  # "CNA photo June 1, 2024"
    text = without_editor_note(text)  # "KYODO/via REUTERS ATTENTION EDITORS - ..."
    should = _SHOULD_READ.search(text)
    if should:
        text = should.group("credit")
    if ", via " in text:  # "Jane Roe, CC BY-SA 4.0, via Wikimedia Commons"
        text = _LICENCE_BEFORE_VIA.sub(" ", text)
    if "licen" in text or "CC" in text:
        text = _LICENCE.sub("", text)
    if any(word in text.casefold() for word in rules.rights_words):
        text = rules.rights_notice.sub("", text)  # "Acme Inc. All rights reserved."
    return _IMAGE_ID.sub("", text)


def _without_restriction(text: str) -> str:
    """The line without a sales restriction after its last name ("EPA/Jane Roe POLAND OUT"),
    read only after a name in mixed case: in a shouted line the name's words are capitals too."""
    found = _TRAILING_RESTRICTION.search(text)
    if found is None or text[: found.start()].isupper():
        return text
    return text[: found.start()]


def _chained(text: str) -> bool:
    return "/" in text or "|" in text


def _joined(text: str, rules: CreditRules) -> list[str]:
    """Whole credits joined by a comma or "and": "Jane Roe/AFP, John Doe/Reuters", "Photos
    by Jane Roe/AP and John Doe/Reuters". Each side is a chain of its own (a slash or bar
    on both sides); "Jane Roe and John Doe/AFP" (one chain for two names) stays whole."""
    if "/" not in text and "|" not in text:
        return [text]
    out: list[str] = []
    start = 0
    for join in _JOIN.finditer(text):
        if rules.company.match(text, join.start()):  # "Jane Roe/Acme, Inc./AFP"
            continue
        head, rest = text[start : join.start()], text[join.end() :]
        after = _JOIN.split(rest, maxsplit=1)[0]
        if _chained(head) and _chained(after):
            out.append(head)
            start = join.end()
    out.append(text[start:])
    return out


def _parts(text: str, rules: CreditRules) -> list[str]:
    """The credits of a line: "A; B", "A/AFP, B/Reuters", and "Animation by A. Photo by B."
    (a label after a stop)."""
    parts: list[str] = []
    for part in (piece for chunk in text.split(";") for piece in _joined(chunk, rules)):
        start = 0
        for stop in _STOP.finditer(part):
            rest = part[stop.end() :]
            if label_match(rest, rules) or rules.position.match(rest):
                parts.append(part[start : stop.start() + 1])
                start = stop.end()
        parts.append(part[start:])
    return parts


def split_credit(credit_line: str) -> tuple[CreditParty, ...]:
    """Split a photo credit line into parties with their IPTC roles, in written order.

    Role codes (STR, Stringer) and archive markers (File) are dropped; unnamed
    suppliers ("Pool", "Handout", "various sources") have ``name=None``.

    Example:
        >>> [(p.name, str(p.role)) for p in split_credit("(FABRICE COFFRINI/AFP/Getty Images)")]
        [('Fabrice Coffrini', 'photographer'), ('AFP', 'agency'), ('Getty Images', 'distributor')]
        >>> [(p.name, str(p.role)) for p in split_credit("Foto: Dana Reed for The Guardian")]
        [('Dana Reed', 'photographer'), ('The Guardian', 'agency')]
        >>> split_credit("Drew ANGERER / various sources / AFP")[1]
        CreditParty(name=None, role=<CreditRole.SOURCE: 'source'>, as_written='various sources')

    Raises:
        Nothing: an unparseable credit gives what it can (possibly an empty tuple).
    """
    rules = credit_rules()
    text = _prepare(credit_line)
    if rules.caption_label.match(text):  # "Image caption, Rain over Kyiv": no credit
        return ()
    if "/" in text and text.partition("/")[0].strip().casefold() in rules.lex.place_codes:
        return ()  # "USA/Joe Biden": a topic line's place over its subject, no credit
    uncased = _uncased(text)
    cased = _capitalized(text, rules) if uncased else text
    parties: list[CreditParty] = []
    for part in _parts(cased, rules):
        if rules.contributor.match(part):  # "Styling by Name": not the picture's maker
            continue
        for seg in _one(part, rules):
            assert seg.role is not None
            parties.append(CreditParty(seg.name, seg.role, seg.text))
    if uncased:
        parties = [_as_written(party, text, cased) for party in parties]
    return _dedupe(parties)


_LETTER = re.compile(r"[^\W\d_]+")


def _uncased(text: str) -> bool:
    """A line written all in lower case ("photo by jane roe", "jane roe/afp"): letters, none
    of them a capital, in a script that has capitals."""
    return text.islower() and text != text.upper()


def _capitalized(text: str, rules: CreditRules) -> str:
    """A lower-case line with every word that is no word of the credit lexicon capitalized
    ("photo by jane roe" -> "photo by Jane Roe"), the same length as the line: the splitter
    tells names by their capitals."""

    def cap(match: re.Match[str]) -> str:
        word = match.group()
        head = word[0].upper()
        if word in rules.grammar_words or len(head) != 1:
            return word
        return head + word[1:]

    return _LETTER.sub(cap, text)


def _as_written(party: CreditParty, line: str, cased: str) -> CreditParty:
    """A party split from the capitalized form of a lower-case line, with the line's own
    words: as written, and as its name unless it is a person's (capitals fixed, as a reader
    writes a name; a one-word handle stays as written)."""
    start = cased.find(party.as_written)
    if start < 0:
        return party
    written = line[start : start + len(party.as_written)]
    name = party.name
    person = party.role is CreditRole.PHOTOGRAPHER and name is not None and " " in name
    at = cased.find(name) if name is not None and not person else -1
    if name is not None and at >= 0:
        name = line[at : at + len(name)]  # "afp", "istockphoto.com", "jroe": as written
    return CreditParty(name, party.role, written)
