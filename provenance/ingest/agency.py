"""Names of news agencies, normalized to one short form.

An *agency* here is the party that wrote and delivered an article (AFP,
Reuters, AP, dpa, ...). Photo distributors such as Getty Images are not
article agencies; they are listed separately for the credit splitter.
"""

from __future__ import annotations

import re
from types import MappingProxyType

__all__ = ["DISTRIBUTORS", "KNOWN_AGENCIES", "normalize_agency", "normalize_distributor"]

# canonical name -> spellings seen in bylines, provider codes, domains and sign-offs
_AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "AFP": ("afp", "agence france-presse", "agence france presse", "afp.com", "afp photo"),
    "Reuters": ("reuters", "thomson reuters", "reuters.com", "thomsonreuters.com"),
    "AP": ("ap", "associated press", "the associated press", "ap.org", "ap photo"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutsche presse agentur", "dpa.com", "dpa.de"),
    "ANP": ("anp", "algemeen nederlands persbureau", "anp.nl"),
    "NTB": ("ntb", "norsk telegrambyrå", "norsk telegrambyra", "ntb.no"),
    "TT": ("tt", "tt nyhetsbyrån", "tt nyhetsbyran", "tt.se"),
    "EFE": ("efe", "agencia efe", "efe.com"),
    "ANSA": ("ansa", "agenzia nazionale stampa associata", "ansa.it"),
    "Kyodo": ("kyodo", "kyodo news", "kyodonews.jp"),
    "Xinhua": ("xinhua", "xinhua news agency", "xinhuanet.com"),
    "PA": ("pa", "press association", "pa media", "pa wire", "pa images"),
    "UPI": ("upi", "united press international", "upi.com"),
    "Bloomberg": ("bloomberg", "bloomberg news", "bloomberg.com"),
    "APA": ("apa", "austria presse agentur", "apa.at"),
    "Belga": ("belga", "belga.be"),
    "Keystone-SDA": ("keystone-sda", "sda", "keystone", "keystone-ats", "ats"),
    "Ritzau": ("ritzau", "ritzau scanpix"),
    "STT": ("stt", "stt-info"),
    "Anadolu": ("anadolu", "anadolu agency", "aa"),
    "Yonhap": ("yonhap", "yonhap news agency"),
    "TASS": ("tass", "itar-tass"),
    "RIA Novosti": ("ria novosti", "ria"),
    "Interfax": ("interfax",),
    "Ukrinform": ("ukrinform",),
    "PAP": ("pap", "polska agencja prasowa"),
    "CTK": ("ctk", "čtk"),
    "Lusa": ("lusa",),
    "AAP": ("aap", "australian associated press"),
    "CP": ("the canadian press", "canadian press"),
    "PTI": ("pti", "press trust of india"),
    "ANI": ("ani", "asian news international"),
    "IANS": ("ians",),
    "SIPA": ("sipa", "sipa press"),
    "EPA": ("epa", "european pressphoto agency", "epa-efe"),
    "Dow Jones": ("dow jones", "dow jones newswires"),
}

# photo distributors: they sell pictures made by others
_DISTRIBUTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Getty Images": ("getty images", "getty", "gettyimages.com", "getty images inc."),
    "Shutterstock": ("shutterstock", "rex/shutterstock", "rex features"),
    "Alamy": ("alamy", "alamy stock photo"),
    "Abaca": ("abaca", "abacapress"),
    "NurPhoto": ("nurphoto",),
    "ZUMA Press": ("zuma press", "zuma wire", "zuma"),
    "SOPA Images": ("sopa images", "sopa"),
    "LightRocket": ("lightrocket",),
    "Sipa USA": ("sipa usa",),
    "Imago": ("imago", "imago images"),
    "Picture Alliance": ("picture alliance", "picture-alliance"),
}

_PREFIX = re.compile(r"^(?:nprov|is|web|prov|org)\s*:\s*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?.*$")
_TRAIL = re.compile(r"[\s.,;:()\[\]-]+$")
_LEAD = re.compile(r"^[\s.,;:()\[\]-]+")


def _build(aliases: dict[str, tuple[str, ...]]) -> MappingProxyType[str, str]:
    table: dict[str, str] = {}
    for canonical, spellings in aliases.items():
        table[canonical.casefold()] = canonical
        for spelling in spellings:
            table[spelling.casefold()] = canonical
    return MappingProxyType(table)


_AGENCY_TABLE = _build(_AGENCY_ALIASES)
_DISTRIBUTOR_TABLE = _build(_DISTRIBUTOR_ALIASES)

KNOWN_AGENCIES: frozenset[str] = frozenset(_AGENCY_ALIASES)
"""Canonical names :func:`normalize_agency` can return."""

DISTRIBUTORS: frozenset[str] = frozenset(_DISTRIBUTOR_ALIASES)
"""Canonical names of photo distributors (not article agencies)."""


def _key(name: str) -> str:
    key = _SPACE.sub(" ", name).strip()
    key = _PREFIX.sub("", key)
    key = _LEAD.sub("", _TRAIL.sub("", key))
    return key.casefold()


def _lookup(name: str, table: MappingProxyType[str, str]) -> str | None:
    key = _key(name)
    if not key:
        return None
    if key in table:
        return table[key]
    domain = _DOMAIN.match(key)
    if domain:
        host = domain.group(1)
        if host in table:
            return table[host]
        # "www.afp.com/en" -> "afp"
        label = host.split(".")[-2]
        return table.get(label)
    return None


def normalize_agency(name: str) -> str | None:
    """The canonical short name of a news agency, or ``None`` if it is not one.

    Provider codes (``nprov:AFP``), domains (``afp.com``), full names and
    all-caps sign-offs are all understood. Photo distributors such as Getty
    Images are *not* agencies and give ``None``.

    Example:
        >>> normalize_agency("Agence France-Presse")
        'AFP'
        >>> normalize_agency("THOMSON REUTERS")
        'Reuters'
        >>> normalize_agency("Getty Images") is None
        True

    Raises:
        Nothing: unknown names give ``None``.
    """
    return _lookup(name, _AGENCY_TABLE)


def normalize_distributor(name: str) -> str | None:
    """The canonical name of a photo distributor (Getty Images, ...), or ``None``.

    Example:
        >>> normalize_distributor("GETTY IMAGES")
        'Getty Images'

    Raises:
        Nothing: unknown names give ``None``.
    """
    return _lookup(name, _DISTRIBUTOR_TABLE)
