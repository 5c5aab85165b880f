"""The IPTC roles of one chain of parties ("Name/Agency/Distributor").

Who took the picture, which agency supplied it, who passed it on (relays, a wire
relaying another wire, handouts issued by one party and distributed by another) and
which one-word parts are names (a stock contributor's handle, "REUTERS/Name").
"""

from __future__ import annotations

from provenance.enums import CreditRole
from provenance.extractors.credits.kinds import (
    NAME_WORD,
    Segment,
    broadcaster,
    is_capital,
    newspaper_name,
    org_like,
    outlet_name,
    table_lookup,
)
from provenance.extractors.credits.names import title_case_name
from provenance.extractors.credits.patterns import CreditRules, credit_rules
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import CreditLexicon, credit_lexicon

__all__ = ["assign", "maker_slot", "one_word_name", "stock_handles"]


def _label(seg: Segment) -> str | None:
    unnamed = credit_lexicon().unnamed.get(seg.text.casefold())
    return unnamed.label if seg.kind == "unnamed" and unnamed else None


def _handout_issuers(segs: list[Segment], rules: CreditRules, *, passed_on: bool) -> list[Segment]:
    """The agencies of a handout chain that issued the handout, not the wire passing it on.

    A state agency issues handouts that a wire relays. Before a relay word the agency
    ahead of the handout marker issued it ("IRNA / Handout via Reuters"); in one chain the
    wire ends it ("KCNA / Handout / Reuters") or opens it with its photo label ("AFP PHOTO
    / HO / SANA"), and every other agency issued it.
    """
    agencies = [s for s in segs if s.kind == "agency"]
    if passed_on:
        marker = next(i for i, s in enumerate(segs) if _label(s) == "handout")
        return [s for s in agencies[:marker] if s in segs[:marker]]
    if len(agencies) < 2:
        return []
    labelled = rules.trailing_label.search(agencies[0].text) is not None
    wire = agencies[0] if segs[0] is agencies[0] and labelled else agencies[-1]
    return [s for s in agencies if s is not wire]


def _relaying_wires(segs: list[Segment]) -> list[Segment]:
    """The wires that pass on another wire's picture: of two agencies beside one
    photographer, the one farther from the name ("Name/Reuters/Scanpix", "APA/AFP/Name",
    "THE CANADIAN PRESS/AP/Name"), as Getty is in "Name/AFP/Getty Images"."""
    people = [i for i, s in enumerate(segs) if s.kind == "person"]
    wires = [i for i, s in enumerate(segs) if s.kind == "agency"]
    if len(people) != 1 or len(wires) != 2:
        return []
    near = min(wires, key=lambda i: abs(i - people[0]))
    return [segs[i] for i in wires if i != near]


def _wires_after_supplier(segs: list[Segment]) -> tuple[Segment | None, list[Segment]]:
    """The distributor that supplied a photographer's picture and the wires written after
    it, which pass it on: a chain reads maker, supplier, then who relays it ("Name/Sipa
    USA/AP", "Name/NurPhoto/AP", "NAME/GETTY IMAGES/AFP"). ``(None, [])`` when an agency
    or outlet comes before the distributor ("Name/AFP/Getty Images")."""
    kinds = [s.kind for s in segs]
    if "distributor" not in kinds:
        return None, []
    first = kinds.index("distributor")
    if "person" not in kinds[:first] or any(k in ("agency", "org") for k in kinds[:first]):
        return None, []
    wires = [s for s in segs[first + 1 :] if s.kind == "agency"]
    return (segs[first], wires) if wires else (None, [])


def _labelled_relay(segs: list[Segment], rules: CreditRules) -> Segment | None:
    """ "AFP PHOTO / YONHAP": a wire's photo label written first, then another wire and no
    photographer: the labelled wire passes on the other's picture (its distributor)."""
    first = segs[0]
    if first.kind != "agency" or rules.trailing_label.search(first.text) is None:
        return None
    if rules.trailing_label.search(first.name or ""):  # "Getty Images": its name, no label
        return None
    others = [s for s in segs[1:] if s.kind == "agency" and s.name != first.name]
    if not others or any(s.kind == "person" for s in segs):
        return None
    return first


def _staff_paper(segs: list[Segment], i: int, lex: CreditLexicon) -> bool:
    """A newspaper right after a photographer's name ("Name/Yomiuri Shimbun/AFP"): its
    staff took the picture; it supplied it (an agency), a wire after it passes it on."""
    seg = segs[i]
    after_person = i > 0 and segs[i - 1].kind == "person"
    return seg.kind == "org" and after_person and newspaper_name(seg.text, lex)


def _institution_after_maker(segs: list[Segment], i: int, lex: CreditLexicon) -> bool:
    """An institution right after a photographer's name ("Name/Bundeswehr/dpa"): an army,
    police, ministry or museum whose picture it is (a source); a wire after it passes it on.
    A word of the lexicon's organisations names it; a newspaper is `_staff_paper`'s."""
    seg = segs[i]
    if seg.kind != "org" or seg.courtesy or segs[i - 1].kind != "person":
        return False
    words = seg.text.casefold().replace(",", "").split(" ")
    if any(w in lex.company_suffixes for w in words) or broadcaster(seg.text, lex):
        return False  # "Name/Acme Corp/AFP", "Name/Acme Studios/AFP": a company's, a studio's
    return words[-1] in lex.org_words and not newspaper_name(seg.text, lex)


def _holding_institution(seg: Segment, lex: CreditLexicon) -> bool:
    """A museum, gallery or library (a word of `sited_institutions` in its name): it holds
    pictures others made, a source even after the maker's name."""
    words = seg.text.casefold().split(" ")
    return not newspaper_name(seg.text, lex) and any(w in lex.sited_institutions for w in words)


def _named_pool(seg: Segment, lex: CreditLexicon) -> bool:
    """A pool named after its country or office ("Korea Pool", "Kremlin Pool Photo")."""
    if seg.kind != "agency" or " " not in seg.text:
        return False
    words = seg.text.casefold().split(" ")
    if words[-1] in lex.own_photo_labels:
        words = words[:-1]
    pool = lex.unnamed.get(words[-1]) if len(words) > 1 else None
    return pool is not None and pool.label == "pool"


def _own_library(segs: list[Segment], i: int) -> bool:
    """An agency's own picture library after its wire, no photographer named ("PA Wire/PA
    Images"): the library passes on the wire's picture (its distributor)."""
    table = agency_table()
    own = table.agency(segs[i].text)
    return own is not None and any(
        s.kind == "agency" and s.text != segs[i].text and table.agency(s.text) == own
        for s in segs[:i]
    )


def assign(segs: list[Segment], *, relayed: bool, passed_on: bool = False) -> None:
    """Give each party of one chain ("Name/Agency/Distributor") its IPTC role.

    ``passed_on``: a relay ("via Reuters") follows the chain.
    """
    lex = credit_lexicon()
    # "Korea Pool/Getty Images": a named pool counts as the generic "Pool" does, beside
    # the wire, not as a second agency the wire would pass on
    counted = [s for s in segs if not _named_pool(s, lex)] if len(segs) > 1 else segs
    orgs = [s for s in counted if s.kind in ("agency", "distributor", "org")]
    handout = any(_label(s) == "handout" for s in segs)
    issuers = _handout_issuers(segs, credit_rules(), passed_on=passed_on) if handout else []
    relaying_wires = _relaying_wires(counted) if len(counted) >= 3 else []
    labelled = _labelled_relay(segs, credit_rules()) if len(segs) >= 2 and not handout else None
    person = any(s.kind == "person" for s in segs)
    # "Name/Abaca/Sipa USA", "Name/REX/Shutterstock": with no agency or outlet named
    # ("Name/Chicago Tribune/TNS"), the first distributor supplied the picture as its
    # own; the ones after it pass it on
    supplier = next((s for s in segs if s.kind == "distributor"), None)
    if any(s.kind in ("agency", "org") for s in segs) or not person or handout:
        supplier = None
    passing: list[Segment] = []
    if person and not handout and len(segs) >= 3:
        first, passing = _wires_after_supplier(segs)
        supplier = first or supplier
    for i, seg in enumerate(segs):
        if seg.kind == "person":
            seg.role = CreditRole.PHOTOGRAPHER
        elif seg.kind == "unnamed":
            unnamed = lex.unnamed.get(seg.text.casefold())
            seg.role = unnamed.role if unnamed else CreditRole.SOURCE
        elif relayed:
            seg.role = CreditRole.DISTRIBUTOR
        elif seg.courtesy or (issuers and any(seg is s for s in issuers)):
            seg.role = CreditRole.SOURCE
        elif seg.kind == "agency":
            # a wire passing on a handout, or another party's picture, that it did
            # not take is its distributor ("ITV, ASSOCIATED PRESS")
            relaying = handout or (i > 0 and segs[0].kind == "org" and not segs[0].courtesy)
            relaying = (relaying and not person) or (
                bool(relaying_wires) and any(seg is w for w in relaying_wires)
            )
            relaying = relaying or any(seg is w for w in passing) or seg is labelled
            relaying = relaying or (not person and _own_library(segs, i))
            # "AAP Image/Supplied by NSW Police", "Courtesy of NASA/AP": the wire passes on
            # what the source gave
            relaying = relaying or (not person and any(s.courtesy for s in segs))
            # "Name/Yomiuri Shimbun/AFP": the paper's staff took it, the wire passes it on
            relaying = relaying or any(_staff_paper(segs, k, lex) for k in range(1, i))
            # "Name/Bundeswehr/dpa", "Name/Polizei/dpa": an institution's picture, taken by
            # its own photographer, that the wire passes on
            relaying = relaying or any(_institution_after_maker(segs, k, lex) for k in range(1, i))
            seg.role = CreditRole.DISTRIBUTOR if relaying else CreditRole.AGENCY
        elif seg.kind == "distributor":
            # a distributor alone supplied the picture, unless it passes on a handout
            alone = len(orgs) == 1 and not handout
            seg.role = CreditRole.AGENCY if alone or seg is supplier else CreditRole.DISTRIBUTOR
        elif (seg.name or seg.text).casefold() in lex.platforms or broadcaster(seg.text, lex):
            # "Name/Flickr": where the picture was posted; "Name/NBC": a network's still
            seg.role = CreditRole.SOURCE
        else:
            after_person = i > 0 and segs[i - 1].kind == "person"
            agency_named = any(s.kind == "agency" for s in segs)
            # "NZ Herald/Name", "The Hindu/Name": a paper before its photographer's name
            paper_named = outlet_name(seg.text, lex) or newspaper_name(seg.text, lex)
            own = after_person or (person and paper_named)
            # "Star Tribune", "Boston Herald / Polaris": a paper's own picture (a wire after
            # it passes it on)
            paper = i == 0 and not person and newspaper_name(seg.text, lex)
            # "Name/Yomiuri Shimbun/AFP": the paper's staff took it and it supplied the wire
            own = (own and not agency_named) or paper or _staff_paper(segs, i, lex)
            # "Dorothea Lange/Library of Congress": a library or museum holds the work
            own = own and not _holding_institution(seg, lex)
            seg.role = CreditRole.AGENCY if own else CreditRole.SOURCE


def stock_handles(chain: list[Segment], rules: CreditRules) -> None:
    """A one-word part beside a stock library is its contributor's handle, kept as written.

    "Shutterstock / jdoe123", "iStock / Getty Images Plus / username": the handle
    made the picture; an organization's word or a platform stays an organization, and
    with a maker already named, a one-word part is her agency ("Jane Roe/BPI/Shutterstock").
    """
    lex = rules.lex
    if any(seg.kind == "person" for seg in chain):
        return  # "Jane Roe/BPI/Shutterstock": the maker is named; "BPI" is her agency
    handles = [
        seg
        for seg in chain
        if seg.kind == "org" and " " not in seg.text and not seg.courtesy
        if seg.text.casefold() not in lex.platforms and not org_like(seg.text, rules)
    ]
    if not handles:  # the common case ("Name/AFP"): nothing to look up
        return
    table = agency_table()

    def stock(seg: Segment) -> bool:
        if seg.text.casefold() in lex.stock:  # "Unsplash": a platform, not in the agency list
            return True
        if seg.kind not in ("agency", "distributor"):
            return False
        canonical = table_lookup(seg.text, table.agencies, table.agency) or table_lookup(
            seg.text, table.distributors, table.distributor
        )
        names = {seg.text.casefold(), (seg.name or "").casefold(), (canonical or "").casefold()}
        return bool(names & lex.stock)

    if any(stock(seg) for seg in chain):
        for seg in handles:
            seg.kind, seg.name = "person", seg.text


def one_word_name(seg: Segment, rules: CreditRules) -> bool:
    """A one-word part that can be a person's name: capitalised, no organization's,
    platform's or stock library's word, and not a short acronym ("KCNA")."""
    word = seg.text
    if seg.kind != "org" or seg.courtesy or " " in word or not NAME_WORD.fullmatch(word):
        return False
    if not is_capital(word[0]) or (word.isupper() and len(word) < 6) or org_like(word, rules):
        return False
    return word.casefold() not in rules.lex.platforms | rules.lex.stock


def maker_slot(chain: list[Segment], rules: CreditRules) -> None:
    """ "REUTERS/Name", "AP Photo/Name", "EPA/NAME": the part right after a wire written
    first is its photographer, even a one-word name ("REUTERS/Madonna")."""
    if len(chain) >= 2 and chain[0].kind == "agency" and one_word_name(chain[1], rules):
        chain[1].kind, chain[1].name = "person", title_case_name(chain[1].text)
