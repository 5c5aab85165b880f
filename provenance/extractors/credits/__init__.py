"""Photo credits: credit lines in every common house style, split into IPTC roles.

A credit line names, in some house style, who took a picture (photographer),
which agency supplied it, who distributes it, who supplied it (source) and who
holds the copyright::

    Drew ANGERER and Gavriil GRIGOROV / various sources / AFP
    (FABRICE COFFRINI/AFP/Getty Images)
    AP Photo/Evan Vucci
    Handout via Reuters
    Photo by Name/Getty Images for Some Festival
    Mandatory Credit: Photo by Name/Rex/Shutterstock (12345678a)

An unnamed supplier ("various sources", "handout", "pool") becomes a party with
``name=None``: it is flagged downstream, never given an invented name;
:func:`party_label` gives its generic label. The vocabulary lives in
``provenance/lexicon/data/credits.yaml`` and ``agencies.yaml``.
"""

from __future__ import annotations

from provenance.enums import CreditRole
from provenance.errors import printable
from provenance.extractors.credits.kinds import known_party
from provenance.extractors.credits.names import title_case_name
from provenance.extractors.credits.patterns import credit_rules
from provenance.extractors.credits.split import split_credit
from provenance.extractors.records import CreditParty
from provenance.ingest.document import Picture
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

__all__ = ["credits_for", "extract_credits", "party_label", "split_credit", "title_case_name"]


def extract_credits(credit: str, *, caption: str | None = None) -> tuple[CreditParty, ...]:
    """The parties of a photo credit line, with their IPTC roles, in written order.

    ``caption`` is used only when ``credit`` is empty: a credit written in the caption
    ("... (Photo: Name / AFP)", "... REUTERS/Name", "... [Name/Reuters]"), found as the
    HTML reader finds one in a page's caption, is then split instead.

    Roles, as the credits dev set's conventions split them:

    - photographer: the person who made the picture (capitals fixed, "AFP" style
      ``Jane ROE`` -> ``Jane Roe``, ``AL-RUBAYE`` -> ``al-Rubaye``).
    - agency: whoever supplied the picture as its own content: a wire, photo or stock
      agency, a photographers' collective ("COLLECTIF NORD"), a pool, and a publication
      whose staff took it or that commissioned it: "Jane Roe/The New York Times" (staff)
      and "Jane Roe for The Washington Post" (commissioned) both make the paper the
      agency. "Yonhap/AFP via Getty Images": Yonhap supplied AFP, both are agencies.
    - distributor: a party passing on someone else's picture ("via Getty Images", the
      trailing "Getty Images" of "Name/AFP/Getty Images", "Name/Chicago Tribune/TNS").
    - source: an origin that is no agency: a company, institution or government, a
      handout's issuer, "Courtesy of X", a platform or a network's still, and the client
      of "Name/Getty Images for X".

    Example:
        >>> def show(line):
        ...     return [(p.name, str(p.role)) for p in extract_credits(line)]
        >>> show("Mehdi TAZROUT/AFP via Getty Images")
        [('Mehdi Tazrout', 'photographer'), ('AFP', 'agency'), ('Getty Images', 'distributor')]
        >>> show("Photographer: Aiko Morimura/Bloomberg")
        [('Aiko Morimura', 'photographer'), ('Bloomberg', 'agency')]
        >>> show("Presidential Press Service/Handout via REUTERS")
        [('Presidential Press Service', 'source'), (None, 'source'), ('Reuters', 'distributor')]
        >>> show("Jane Roe for The Washington Post")
        [('Jane Roe', 'photographer'), ('The Washington Post', 'agency')]
        >>> show("Jane Roe/The New York Times")
        [('Jane Roe', 'photographer'), ('The New York Times', 'agency')]
        >>> show("Yonhap/AFP via Getty Images")
        [('Yonhap', 'agency'), ('AFP', 'agency'), ('Getty Images', 'distributor')]
        >>> show("STR/AFP")
        [('AFP', 'agency')]
        >>> show("")
        []
        >>> show2 = extract_credits("", caption="Kyiv at night. (Photo: Sergei SUPINSKY / AFP)")
        >>> [p.name for p in show2]
        ['Sergei Supinsky', 'AFP']
        >>> [p.name for p in extract_credits("", caption="Rain in Kyiv [Jane Roe/Reuters]")]
        ['Jane Roe', 'Reuters']

    Raises:
        Nothing: an unparseable credit gives what it can (possibly an empty tuple).
    """
    if not (credit and credit.strip()) and caption:
        from provenance.ingest.credit_text import credit_in_caption
        from provenance.ingest.wire import split_caption

        # a wire's caption style first, then the page captions' the HTML reader reads
        split = split_caption(caption) or credit_in_caption(caption)
        credit = split[1] if split else ""
    # the text policy of provenance.ingest: lone surrogates become U+FFFD
    return split_credit(printable(credit or ""))


def party_label(party: CreditParty) -> str | None:
    """The party's name, or the generic label of an unnamed supplier ("pool", "handout").

    Example:
        >>> [party_label(p) for p in extract_credits("HO/Pool via AP")]
        ['handout', 'pool', 'AP']
    """
    if party.name is not None:
        return party.name
    unnamed = credit_lexicon().unnamed.get(party.as_written.casefold().strip())
    return unnamed.label if unnamed else None


def _structured(name: str, role: CreditRole) -> list[CreditParty]:
    text = " ".join(name.split())
    if not text:
        return []
    if role is CreditRole.PHOTOGRAPHER:
        parties = split_credit(text)
        if "/" in text or len(parties) != 1 or parties[0].role is not CreditRole.PHOTOGRAPHER:
            # a creator field holding a credit line, or naming no person
            return [p for p in parties if p.name or p.role is not CreditRole.PHOTOGRAPHER]
        return [CreditParty(title_case_name(text), role, text)]
    table = agency_table()
    known = table.agency(text) or table.distributor(text)
    if known is not None:
        kind = CreditRole.AGENCY if table.agency(text) else CreditRole.DISTRIBUTOR
        # the name as written ("Anadolu Agency", not the list's "Anadolu"), shouting tamed;
        # a provider code ("nprov:AFP", a cv.iptc.org URI) gives the list's name
        coded = ":" in text or "/" in text
        seg = None if coded else known_party(text, credit_rules())
        name = seg.name if seg is not None and seg.name else known
        return [CreditParty(name, role if role is CreditRole.COPYRIGHT else kind, text)]
    parties = split_credit(text)
    if role is CreditRole.COPYRIGHT:
        return [CreditParty(p.name, role, p.as_written) for p in parties if p.name][:1]
    # a provider that is not an agency or distributor is a (named) source
    return [
        p if p.role is not CreditRole.PHOTOGRAPHER else CreditParty(text, CreditRole.SOURCE, text)
        for p in parties
    ]


def _dedupe(parties: list[CreditParty]) -> tuple[CreditParty, ...]:
    seen: set[tuple[str, CreditRole]] = set()
    out: list[CreditParty] = []
    for party in parties:
        key = ((party.name or party.as_written).casefold(), party.role)
        if key not in seen:
            seen.add(key)
            out.append(party)
    return tuple(out)


def credits_for(picture: Picture) -> tuple[CreditParty, ...]:
    """All parties credited for a picture: its credit line plus structured fields.

    Parties from ``creators``, ``provider`` and ``copyright_holder`` are added
    only when the credit line does not already name them.

    Example:
        >>> pic = Picture(credit_line="Spencer Platt/Getty Images", creators=("Spencer Platt",))
        >>> [p.name for p in credits_for(pic)]
        ['Spencer Platt', 'Getty Images']

    Raises:
        Nothing.
    """
    parties = list(split_credit(picture.credit_line)) if picture.credit_line else []
    named = {p.name.casefold() for p in parties if p.name}
    extra: list[CreditParty] = []
    for creator in picture.creators:
        extra.extend(_structured(creator, CreditRole.PHOTOGRAPHER))
    if picture.provider:
        extra.extend(_structured(picture.provider, CreditRole.SOURCE))
    if picture.copyright_holder:
        extra.extend(_structured(picture.copyright_holder, CreditRole.COPYRIGHT))
    for party in extra:
        if party.name and party.name.casefold() in named:
            continue
        parties.append(party)
        if party.name:
            named.add(party.name.casefold())
    return _dedupe(parties)
