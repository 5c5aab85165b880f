"""News agencies and photo distributors, read from ``data/agencies.yaml``.

One list serves the readers (sign-offs, provider codes, domains), the credit
splitter and the source registry, so an agency is added in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from provenance.errors import LexiconError
from provenance.lexicon._files import entries, read_data

__all__ = ["AgencyTable", "agency_table"]

FILE = "agencies.yaml"

_PREFIX = re.compile(r"^(?:nprov|is|web|prov|org)\s*:\s*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?.*$")
_TRAIL = re.compile(r"[\s.,;:()\[\]-]+$")
_LEAD = re.compile(r"^[\s.,;:()\[\]-]+")
# a code of the IPTC news provider vocabulary, as a qcode or as its URI
_PROVIDER_CODE = re.compile(
    r"^\s*(?:nprov\s*:|https?://cv\.iptc\.org/newscodes/newsprovider/)\s*([^\s/#?]+)\s*(?:/\s*)?$",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    key = _PREFIX.sub("", _SPACE.sub(" ", name).strip())
    return _LEAD.sub("", _TRAIL.sub("", key)).casefold()


@dataclass(frozen=True, slots=True)
class AgencyTable:
    """Canonical names of agencies and distributors, and every alias of each.

    Example:
        >>> t = agency_table()
        >>> t.agency("Agence France-Presse"), t.agency("nprov:AFP"), t.agency("www.afp.com/en")
        ('AFP', 'AFP', 'AFP')
        >>> t.agency("Getty Images") is None, t.distributor("GETTY")
        (True, 'Getty Images')
        >>> t.provider("nprov:GYI"), t.provider("http://cv.iptc.org/newscodes/newsprovider/AFP")
        ('Getty Images', 'AFP')
    """

    agencies: MappingProxyType[str, str]
    distributors: MappingProxyType[str, str]
    full_names: MappingProxyType[str, str]
    codes: MappingProxyType[str, str]
    #: names matched only as written (case-sensitive), never given to the source registry:
    #: short capitals that are also a common word or a given name ("APP" but not "the app")
    written_names: MappingProxyType[str, str]

    @property
    def agency_names(self) -> frozenset[str]:
        """Canonical agency names."""
        return frozenset(self.agencies.values())

    @property
    def distributor_names(self) -> frozenset[str]:
        """Canonical distributor names."""
        return frozenset(self.distributors.values())

    def agency(self, name: str, *, written: bool = True) -> str | None:
        """The canonical name of a news agency, or ``None`` if ``name`` is not one.

        ``written=False`` leaves out the names matched only as written in credit lines and
        sign-offs (a ninjs item's info source "DHA" names where the picture came from).

        Example:
            >>> t = agency_table()
            >>> t.agency("APP"), t.agency("app"), "app" in t.aliases("Associated Press of Pakistan")
            ('Associated Press of Pakistan', None, False)
            >>> t.agency("DHA"), t.agency("DHA", written=False)
            ('Demirören Haber Ajansı', None)
        """
        found = _lookup(name, self.agencies)
        if found is None and written:
            found = self.written_names.get(_SPACE.sub(" ", name).strip())
        return found

    def distributor(self, name: str) -> str | None:
        """The canonical name of a photo distributor, or ``None``."""
        return _lookup(name, self.distributors)

    def provider_code(self, name: str) -> str | None:
        """The party an IPTC news provider code names (``nprov:GYI``, or its URI), or ``None``.

        Only the qcode and URI forms are read: a bare ``GYI`` in a credit line is not a code.
        """
        match = _PROVIDER_CODE.match(name)
        if match is None:
            return None
        code = match.group(1).casefold()
        return self.codes.get(code) or self.agencies.get(code) or self.distributors.get(code)

    def provider(self, name: str, *, written: bool = True) -> str | None:
        """The agency or distributor a provider names: its IPTC code, an alias or a domain.

        Agencies win over distributors; ``None`` when the name is in neither list.
        ``written=False``: without the names matched only as written (see :meth:`agency`).
        """
        return (
            self.provider_code(name) or self.agency(name, written=written) or self.distributor(name)
        )

    def aliases(self, canonical: str) -> tuple[str, ...]:
        """Every alias (case-folded) of an agency or distributor, its own name included."""
        table = self.agencies if canonical in self.agency_names else self.distributors
        return tuple(sorted(k for k, v in table.items() if v == canonical))


def _lookup(name: str, table: MappingProxyType[str, str]) -> str | None:
    key = _key(name)
    if not key:
        return None
    if key in table:
        return table[key]
    code = _PROVIDER_CODE.match(key)
    if code:
        return table.get(code.group(1).casefold())
    domain = _DOMAIN.match(key)
    if domain:
        host = domain.group(1)
        return table.get(host) or table.get(host.split(".")[-2])
    return None


def _table(
    data: object,
    key: str,
    full_names: dict[str, str],
    codes: dict[str, str],
    written: dict[str, str] | None = None,
) -> MappingProxyType[str, str]:
    table: dict[str, str] = {}
    for entry in entries(data, FILE, key):
        name = entry.text("name")
        full = entry.opt_text("full_name")
        if full:
            full_names[name] = full
        names = entry.texts("written_names")
        if names and written is None:
            raise entry.error("'written_names' is read for agencies only")
        for w in names:
            if written is not None:
                if written.get(w, name) != name:
                    raise entry.error(f"written name {w!r} already belongs to {written[w]!r}")
                written[w] = name
        for code in entry.texts("codes"):
            folded = code.strip().casefold()
            if not folded or _SPACE.search(folded) or codes.get(folded, name) != name:
                raise entry.error(f"code {code!r} is blank, has spaces or names another party")
            codes[folded] = name
        for alias in (name, *entry.texts("aliases"), *([full] if full else [])):
            folded = _key(alias)
            if table.get(folded, name) != name:
                raise entry.error(f"alias {alias!r} already belongs to {table[folded]!r}")
            table[folded] = name
    return MappingProxyType(table)


@cache
def agency_table() -> AgencyTable:
    """The agency table, read and validated once per process.

    Raises:
        LexiconError: ``agencies.yaml`` is missing or malformed, or an alias
            or a provider code names two parties.
    """
    data = read_data(FILE)
    full: dict[str, str] = {}
    codes: dict[str, str] = {}
    written: dict[str, str] = {}
    agencies = _table(data, "agencies", full, codes, written)
    distributors = _table(data, "distributors", full, codes)
    clash = set(agencies) & set(distributors)
    if clash:
        raise LexiconError(FILE, f"aliases both an agency and a distributor: {sorted(clash)}")
    return AgencyTable(
        agencies,
        distributors,
        MappingProxyType(full),
        MappingProxyType(codes),
        MappingProxyType(written),
    )
