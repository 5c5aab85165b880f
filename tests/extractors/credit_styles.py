"""A generator of photo credit lines in agencies' and publishers' house styles, with the truth.

Written from the agencies' own conventions, not from any page of the dev set: each
:class:`Style` is a template ("REUTERS/{plain}", "{afp}/AFP via Getty Images") and
the parties it names, by IPTC role. Crossed with :data:`NAMES` (two words,
hyphens, apostrophes, initials, particles, Korean and Vietnamese order, Cyrillic,
Greek, Arabic, Hebrew) it gives lines whose split is known. A style renders a person
as written in its house: ``plain`` ("Jane Roe"), ``afp`` (surname in capitals:
"Jane ROE") or ``upper`` ("JANE ROE", EPA and ANSA). Single names ("Madonna") go
only into the slots where a house style puts its photographer.

Roles: ``P`` photographer, ``A`` agency, ``D`` distributor, ``S`` source. Unnamed
suppliers are written by their generic label ("pool", "handout", "staff").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from provenance.enums import CreditRole

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE
PERSON = "{person}"  # the truth's placeholder for the generated name


@dataclass(frozen=True)
class Name:
    """A person's name and how house styles write it."""

    plain: str
    afp: str  # the surname in capitals, AFP's way
    single: bool = False  # one word: only in a slot that is a photographer's by position

    @property
    def upper(self) -> str:
        return self.plain.upper()


NAMES: tuple[Name, ...] = (
    Name("Jane Roe", "Jane ROE"),
    Name("Evelyn Hockstein", "Evelyn HOCKSTEIN"),
    Name("Jean-Christophe Verhaegen", "Jean-Christophe VERHAEGEN"),
    Name("Mary-Kate O'Neill", "Mary-Kate O'NEILL"),
    Name("J. Scott Applewhite", "J. Scott APPLEWHITE"),
    Name("Juan Carlos de la Fuente", "Juan Carlos DE LA FUENTE"),
    Name("Ludovic van der Berg", "Ludovic VAN DER BERG"),
    Name("Ahn Young-joon", "AHN Young-joon"),
    Name("Nguyễn Văn An", "NGUYỄN Văn An"),
    Name("María José Núñez", "María José NÚÑEZ"),
    Name("Иван Петров", "Иван ПЕТРОВ"),
    Name("Γιώργος Παπαδόπουλος", "Γιώργος ΠΑΠΑΔΟΠΟΥΛΟΣ"),
    Name("محمد العلي", "محمد العلي"),
    Name("נועם כהן", "נועם כהן"),
    Name("Jean\u2011Luc Martin", "Jean\u2011Luc MARTIN"),  # a non-breaking hyphen
    Name("Sean O’Brien", "Sean O’BRIEN"),
    Name("Abu Bakr al-Baghdadi", "Abu Bakr AL-BAGHDADI"),
    Name("John Smith Jr.", "John SMITH Jr."),
    Name("Madonna", "MADONNA", single=True),
)


@dataclass(frozen=True)
class Style:
    """One house style: a template and the parties it names (``{person}`` for the name).

    ``slot`` is the form of the name the house writes: ``plain``, ``afp`` or
    ``upper``; ``singles``: whether a one-word name is still read as a person there
    (the slot is a photographer's by its position: "AP Photo/NAME", "REUTERS/NAME").
    """

    house: str
    template: str
    truth: tuple[tuple[str, CreditRole], ...]
    slot: str = "plain"
    singles: bool = False

    def render(self, name: Name) -> tuple[str, list[tuple[str, CreditRole]]]:
        """The credit line for ``name`` and its parties."""
        written = getattr(name, self.slot)
        line = self.template.replace("{p}", written)
        return line, [(name.plain if who == PERSON else who, role) for who, role in self.truth]


def _s(
    house: str,
    template: str,
    *truth: tuple[str, CreditRole],
    slot: str = "plain",
    singles: bool = False,
) -> Style:
    return Style(house, template, truth, slot, singles)


ME = (PERSON, P)
STYLES: tuple[Style, ...] = (
    # Reuters
    _s("reuters", "REUTERS/{p}", ("Reuters", A), ME, singles=True),
    _s("reuters", "{p}/Reuters", ME, ("Reuters", A)),
    _s("reuters", "REUTERS/{p}/File Photo", ("Reuters", A), ME, singles=True),
    _s("reuters", "{p}/Pool via REUTERS", ME, ("pool", A), ("Reuters", D)),
    _s("reuters", "Photo: {p}/Reuters", ME, ("Reuters", A)),
    # AP
    _s("ap", "(AP Photo/{p})", ("AP", A), ME, singles=True),
    _s("ap", "AP Photo/{p}, File", ("AP", A), ME, singles=True),
    _s("ap", "(AP Photo/{p}, Pool)", ("AP", A), ME, ("pool", A), singles=True),
    _s("ap", "({p}/Kyodo News via AP)", ME, ("Kyodo News", A), ("AP", D)),
    _s("ap", "({p}/Yonhap via AP)", ME, ("Yonhap", A), ("AP", D)),
    _s("ap", "{p}/AP", ME, ("AP", A)),
    # AFP
    _s("afp", "{p} / AFP", ME, ("AFP", A), slot="afp"),
    _s("afp", "{p}/AFP via Getty Images", ME, ("AFP", A), ("Getty Images", D), slot="afp"),
    _s("afp", "{p}/AFP/Getty Images", ME, ("AFP", A), ("Getty Images", D), slot="upper"),
    _s("afp", "(Photo by {p} / AFP)", ME, ("AFP", A), slot="afp"),
    _s("afp", "{p} / POOL / AFP", ME, ("pool", A), ("AFP", A), slot="afp"),
    _s("afp", "AFP PHOTO / {p}", ("AFP", A), ME, slot="upper", singles=True),
    _s(
        "afp",
        "(Photo credit should read {p}/AFP via Getty Images)",
        ME,
        ("AFP", A),
        ("Getty Images", D),
        slot="upper",
    ),
    # Getty Images
    _s("getty", "{p}/Getty Images", ME, ("Getty Images", A)),
    _s("getty", "Photo by {p}/Getty Images", ME, ("Getty Images", A), singles=True),
    _s(
        "getty",
        "{p}/Getty Images for Tribeca Festival",
        ME,
        ("Getty Images", A),
        ("Tribeca Festival", S),
    ),
    _s("getty", "{p}/WireImage", ME, ("WireImage", A)),
    _s("getty", "{p}/FilmMagic", ME, ("FilmMagic", A)),
    # EPA
    _s("epa", "EPA/{p}", ("EPA", A), ME, slot="upper", singles=True),
    _s("epa", "EPA-EFE/{p}", ("EPA-EFE", A), ME, slot="upper", singles=True),
    _s("epa", "{p}/EPA-EFE/Shutterstock", ME, ("EPA-EFE", A), ("Shutterstock", D)),
    _s("epa", "{p}/EPA-EFE/REX/Shutterstock", ME, ("EPA-EFE", A), ("Rex", D), ("Shutterstock", D)),
    # PA
    _s("pa", "{p}/PA Wire", ME, ("PA Wire", A)),
    _s("pa", "{p}/PA", ME, ("PA", A)),
    # dpa and picture alliance
    _s("dpa", "{p}/dpa", ME, ("dpa", A)),
    _s("dpa", "Foto: {p}/dpa", ME, ("dpa", A)),
    _s("dpa", "picture alliance/dpa | {p}", ("picture alliance", D), ("dpa", A), ME),
    _s(
        "dpa",
        "{p}/dpa/picture alliance via Getty Images",
        ME,
        ("dpa", A),
        ("picture alliance", D),
        ("Getty Images", D),
    ),
    _s(
        "dpa",
        "{p}/picture alliance via Getty Images",
        ME,
        ("picture alliance", A),
        ("Getty Images", D),
    ),
    # other national agencies
    _s("anp", "ANP/{p}", ("ANP", A), ME, slot="upper", singles=True),
    _s("anp", "{p}/ANP", ME, ("ANP", A)),
    _s("ansa", "ANSA/{p}", ("ANSA", A), ME, slot="upper", singles=True),
    _s("ansa", "{p}/ANSA via AP", ME, ("ANSA", A), ("AP", D)),
    _s("xinhua", "Xinhua/{p}", ("Xinhua", A), ME, singles=True),
    _s("xinhua", "Photo by {p}/Xinhua via Getty Images", ME, ("Xinhua", A), ("Getty Images", D)),
    _s("tass", "{p}/TASS", ME, ("TASS", A)),
    _s("tass", "{p}/TASS via Getty Images", ME, ("TASS", A), ("Getty Images", D)),
    _s("keystone", "KEYSTONE/{p}", ("Keystone", A), ME, slot="upper", singles=True),
    _s("keystone", "{p}/Keystone via AP", ME, ("Keystone", A), ("AP", D)),
    _s(
        "anadolu",
        "{p}/Anadolu Agency via Getty Images",
        ME,
        ("Anadolu Agency", A),
        ("Getty Images", D),
    ),
    _s("anadolu", "{p}/Anadolu via Getty Images", ME, ("Anadolu", A), ("Getty Images", D)),
    # photo agencies and their distributors
    _s(
        "sopa",
        "{p}/SOPA Images/LightRocket via Getty Images",
        ME,
        ("SOPA Images", A),
        ("LightRocket", D),
        ("Getty Images", D),
    ),
    _s("sopa", "{p}/SOPA Images via ZUMA Wire", ME, ("SOPA Images", A), ("ZUMA Wire", D)),
    _s("nurphoto", "{p}/NurPhoto via Getty Images", ME, ("NurPhoto", A), ("Getty Images", D)),
    _s("nurphoto", "{p}/NurPhoto/Shutterstock", ME, ("NurPhoto", A), ("Shutterstock", D)),
    _s("sipa", "{p}/SIPA", ME, ("SIPA", A)),
    _s("sipa", "{p}/Sipa USA", ME, ("Sipa USA", A)),
    _s("abaca", "{p}/ABACAPRESS.COM", ME, ("Abacapress.com", A), slot="upper"),
    _s("abaca", "{p}/Abaca/Sipa USA", ME, ("Abaca", A), ("Sipa USA", D)),
    _s("shutterstock", "{p}/Shutterstock", ME, ("Shutterstock", A)),
    _s(
        "shutterstock",
        "Mandatory Credit: Photo by {p}/REX/Shutterstock (1234567a)",
        ME,
        ("Rex", A),
        ("Shutterstock", D),
        singles=True,
    ),
    _s(
        "shutterstock",
        "Mandatory Credit: Photo by {p}/Shutterstock (13579246c)",
        ME,
        ("Shutterstock", A),
        singles=True,
    ),
    # publishers
    _s("bloomberg", "{p}/Bloomberg", ME, ("Bloomberg", A)),
    _s("bloomberg", "Photographer: {p}/Bloomberg", ME, ("Bloomberg", A)),
    _s("bloomberg", "{p} | Bloomberg | Getty Images", ME, ("Bloomberg", A), ("Getty Images", D)),
    _s("guardian", "Photograph: {p}/Reuters", ME, ("Reuters", A)),
    _s("guardian", "Photograph: {p}/The Guardian", ME, ("The Guardian", A)),
    _s("guardian", "Photograph: {p} for the Guardian", ME, ("the Guardian", A), singles=True),
    _s("guardian", "Illustration: {p}/The Guardian", ME, ("The Guardian", A)),
    _s("nyt", "Credit...{p} for The New York Times", ME, ("The New York Times", A), singles=True),
    _s("nyt", "Credit...{p}/The New York Times", ME, ("The New York Times", A)),
    _s(
        "nyt",
        "Credit...{p}/Agence France-Presse — Getty Images",
        ME,
        ("Agence France-Presse", A),
        ("Getty Images", D),
    ),
    _s("wapo", "({p}/The Washington Post)", ME, ("The Washington Post", A)),
    _s("wapo", "({p}/For The Washington Post)", ME, ("The Washington Post", A)),
    _s("wapo", "({p} for The Washington Post)", ME, ("The Washington Post", A)),
    # newspapers, and "for" in other languages
    _s("cp", "THE CANADIAN PRESS/{p}", ("The Canadian Press", A), ME, singles=True),
    _s("tns", "{p}/Toronto Star via Getty Images", ME, ("Toronto Star", A), ("Getty Images", D)),
    _s("tns", "({p}/Star Tribune via AP)", ME, ("Star Tribune", A), ("AP", D)),
    _s("tns", "{p}/Yomiuri Shimbun via AP Images", ME, ("Yomiuri Shimbun", A), ("AP Images", D)),
    _s("hanslucas", "{p}/Hans Lucas via AFP", ME, ("Hans Lucas", A), ("AFP", D)),
    _s("lemonde", "{p} pour Le Monde", ME, ("Le Monde", A)),
    _s("spiegel", "Foto: {p} für DER SPIEGEL", ME, ("Der Spiegel", A)),
    _s("elpais", "{p} para EL PAÍS", ME, ("El País", A)),
    _s("volkskrant", "{p} voor de Volkskrant", ME, ("de Volkskrant", A)),
    # labels and generic forms
    _s("generic", "© {p}", ME),
    _s("generic", "Photo: © {p}", ME),
    _s("generic", "Illustration by {p}", ME, singles=True),
    _s("generic", "Photo by {p}", ME, singles=True),
    _s("generic", "Picture: {p}/AFP", ME, ("AFP", A), slot="afp"),
    _s("generic", "Credit: {p}/Reuters", ME, ("Reuters", A)),
    _s("generic", "Crédit photo : {p}/AFP", ME, ("AFP", A), slot="afp"),
    _s("generic", "Фото: {p}/ТАСС", ME, ("ТАСС", A)),
    _s(
        "generic",
        "Left: {p}/AFP; right: Ryan Cole/Reuters",
        ME,
        ("AFP", A),
        ("Ryan Cole", P),
        ("Reuters", A),
    ),
    _s("generic", "Staff photo by {p}", ("staff", A), ME, singles=True),
    _s("generic", "Pool photo by {p}", ("pool", A), ME, singles=True),
    _s("generic", "FILE PHOTO: {p}/Reuters", ME, ("Reuters", A)),
    _s("generic", "{p}/File", ME),
    _s("generic", "{p} / Contributing Photographer", ME),
    _s("local", "{p} | Special to The Coast Times", ME, ("The Coast Times", A)),
    _s("local", "{p}/Special to the Times", ME, ("the Times", A)),
    _s(
        "military",
        "U.S. Navy photo by Mass Communication Specialist 2nd Class {p}",
        ("U.S. Navy", S),
        ME,
    ),
    _s("military", "U.S. Army photo by Sgt. {p}", ("U.S. Army", S), ME),
    # "Official" is no part of the name: the White House made the picture
    _s("government", "Official White House Photo by {p}", ("White House", S), ME),
    _s("social", "{p} via Instagram", ME, ("Instagram", S)),
    _s("generic", "{p}/Pool Photo via AP", ME, ("pool", A), ("AP", D)),
    _s(
        "getty",
        "{p}/CQ-Roll Call, Inc via Getty Images",
        ME,
        ("CQ-Roll Call Inc", A),
        ("Getty Images", D),
    ),
    # a chain reads maker, supplier, then the wire that passes the picture on
    _s("sipa", "{p}/Sipa USA/AP", ME, ("Sipa USA", A), ("AP", D)),
    _s("sipa", "{p}/Sipa USA via AP", ME, ("Sipa USA", A), ("AP", D)),
    _s("nurphoto", "{p}/NurPhoto/AP", ME, ("NurPhoto", A), ("AP", D)),
    _s("afp", "{p}/GETTY IMAGES/AFP", ME, ("Getty Images", A), ("AFP", D), slot="upper"),
    # an outlet's own label: its staff took the picture
    _s("straits", "ST PHOTO: {p}", ("ST", A), ME, slot="upper", singles=True),
    _s("straits", "{p}/The Straits Times", ME, ("The Straits Times", A)),
    _s("straits", "BT PHOTO: {p}", ("BT", A), ME, slot="upper"),
    # wires of Asia and South America, French and German spacing and labels
    _s("xinhua", "(Photo: {p}/XINHUA)", ME, ("Xinhua", A)),
    _s("agenciabrasil", "{p} | Agência Brasil", ME, ("Agência Brasil", A)),
    _s("agenciabrasil", "Foto: {p}/Agência Brasil", ME, ("Agência Brasil", A)),
    _s("afp", "Photo : {p} / AFP", ME, ("AFP", A), slot="afp"),
    _s("hanslucas", "© {p} / Hans Lucas", ME, ("Hans Lucas", A)),
    _s("hanslucas", "Crédit photo : {p} / Hans Lucas", ME, ("Hans Lucas", A)),
    _s("dpa", "Bildquelle: {p}/dpa", ME, ("dpa", A)),
    # Wikimedia Commons' own attribution: the licence is no party
    _s("wikimedia", "{p}, CC BY-SA 4.0, via Wikimedia Commons", ME, ("Wikimedia Commons", S)),
    _s(
        "wikimedia",
        "Image: {p} via Wikimedia Commons (CC BY-SA 4.0)",
        ME,
        ("Wikimedia Commons", S),
    ),
    _s("nyt", "{p}/The New York Times/Redux", ME, ("The New York Times", A), ("Redux", D)),
    _s("wapo", "{p} for The Washington Post", ME, ("The Washington Post", A)),
    _s("nyt", "{p} for The New York Times/Redux", ME, ("The New York Times", A), ("Redux", D)),
    _s("reuters", "{p}/REUTERS ATTENTION EDITORS - EDITORIAL USE ONLY.", ME, ("Reuters", A)),
)

# lines without a person: codes, markers, handouts, courtesy, labels before an organization
FIXED: tuple[tuple[str, tuple[tuple[str, CreditRole], ...]], ...] = (
    ("AFP via Getty Images", (("AFP", A), ("Getty Images", D))),
    ("STR/AFP via Getty Images", (("AFP", A), ("Getty Images", D))),
    ("STF/AFP", (("AFP", A),)),
    ("Stringer/Reuters", (("Reuters", A),)),
    ("REUTERS/Stringer", (("Reuters", A),)),
    ("REUTERS/Stringer/File Photo", (("Reuters", A),)),
    ("(AP Photo/File)", (("AP", A),)),
    ("(AP Photo)", (("AP", A),)),
    ("Handout via REUTERS", (("handout", S), ("Reuters", D))),
    ("HANDOUT/AFP", (("handout", S), ("AFP", D))),
    ("Handout/Getty Images", (("handout", S), ("Getty Images", D))),
    ("KCNA via REUTERS", (("KCNA", A), ("Reuters", D))),  # a state wire, relayed
    ("POOL/AFP", (("pool", A), ("AFP", A))),
    ("Pool/Getty Images", (("pool", A), ("Getty Images", A))),
    ("PA Images", (("PA Images", A),)),  # its name as written, as "Getty Images"
    ("picture alliance/dpa", (("picture alliance", D), ("dpa", A))),
    ("Photo courtesy of Northwind Aerospace", (("Northwind Aerospace", S),)),
    ("Image: Northwind Aerospace", (("Northwind Aerospace", S),)),
    ("Video grab: BBC News", (("BBC News", S),)),
    ("Photograph: Alamy", (("Alamy", A),)),
    ("Photograph: Getty Images", (("Getty Images", A),)),
    ("Credit...Getty Images", (("Getty Images", A),)),
    ("Credit...via Reuters", (("Reuters", D),)),
    (
        "Composite: Guardian Design; Getty Images; AP",
        (("Guardian Design", S), ("Getty Images", A), ("AP", A)),
    ),
    ("Xinhua/Getty Images", (("Xinhua", A), ("Getty Images", D))),
    ("IMAGO/Xinhua", (("Imago", D), ("Xinhua", A))),
    ("NASA/JPL-Caltech", (("NASA", S), ("JPL-Caltech", S))),
    ("Pool Photo", (("pool", A),)),
    ("Provided photo", (("submitted", S),)),
    ("@janeroe via Twitter", (("@janeroe", S), ("Twitter", S))),
    ("Bettmann/Getty Images", (("Bettmann", A), ("Getty Images", D))),
    ("Hulton Archive/Getty Images", (("Hulton Archive", A), ("Getty Images", D))),
    ("ST FILE PHOTO", (("ST", A),)),
    ("PHOTO: ST FILE", (("ST", A),)),
    ("新华社发（李伟 摄）", (("新华社", A), ("李伟", P))),
    ("新华社发 李伟 摄", (("新华社", A), ("李伟", P))),
    ("新華社發（李偉 攝）", (("新華社", A), ("李偉", P))),
    ("（新华社记者 李伟 摄）", (("新华社", A), ("李伟", P))),
    ("(Yonhap)", (("Yonhap", A),)),
    ("Yonhap via REUTERS", (("Yonhap", A), ("Reuters", D))),
    ("(Kyodo)", (("Kyodo", A),)),
    ("KYODO/via REUTERS", (("Kyodo", A), ("Reuters", D))),
    ("Bildquelle: picture alliance/dpa", (("picture alliance", D), ("dpa", A))),
    ("Screenshot/X", (("X", S),)),
    ("Photo courtesy of the family", (("handout", S),)),
    ("Supplied", (("handout", S),)),
    ("Getty Images/iStockphoto", (("Getty Images", D), ("iStockphoto", A))),
    ("Shutterstock", (("Shutterstock", A),)),
    ("Pool via REUTERS", (("pool", A), ("Reuters", D))),
)

_PUNCT = re.compile(r"[^\w\s-]")


def norm(label: str) -> str:
    """A party's name compared as the dev scorer does (lower case, no punctuation), and
    without accents: a name written in capitals loses them ("PAPADOPOULOS" in Greek)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", label) if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", bare.lower()).split())


def lines() -> list[tuple[str, str, list[tuple[str, CreditRole]]]]:
    """Every (style id, line, truth) of the cross, bounded (a few hundred lines)."""
    out: list[tuple[str, str, list[tuple[str, CreditRole]]]] = []
    for i, style in enumerate(STYLES):
        for name in NAMES:
            if name.single and not style.singles:
                continue
            line, truth = style.render(name)
            out.append((f"{style.house}{i}", line, truth))
    return out


# role labels a page sets before any credit line, in several languages
PREFIXES: tuple[str, ...] = (
    "Photo: ",
    "Photos: ",
    "Photograph: ",
    "Picture: ",
    "Pic: ",
    "Image: ",
    "Image credit: ",
    "Photo credit: ",
    "Credit: ",
    "Credits: ",
    "Credit...",
    "Source: ",
    "Copyright: ",
    "Foto: ",
    "Fotos: ",
    "Bild: ",
    "Kuva: ",
    "Crédit photo : ",
    "Crédito: ",
    "Фото: ",
    "© ",
    "Photo © ",
)
# lines without a label of their own, and their parties
BASES: tuple[tuple[str, tuple[tuple[str, CreditRole], ...]], ...] = (
    ("Jane Roe/AFP via Getty Images", (("Jane Roe", P), ("AFP", A), ("Getty Images", D))),
    ("REUTERS/Jane Roe", (("Reuters", A), ("Jane Roe", P))),
    ("Jane ROE / AFP", (("Jane Roe", P), ("AFP", A))),
    ("EPA-EFE/JANE ROE", (("EPA-EFE", A), ("Jane Roe", P))),
    ("Jane Roe for The New York Times", (("Jane Roe", P), ("The New York Times", A))),
    (
        "Jane Roe | Bloomberg | Getty Images",
        (("Jane Roe", P), ("Bloomberg", A), ("Getty Images", D)),
    ),
    ("AFP", (("AFP", A),)),
    ("Getty Images", (("Getty Images", A),)),
    ("Handout via Reuters", (("handout", S), ("Reuters", D))),
)


def spaced(line: str) -> list[str]:
    """The same credit with the spacing and separators pages use: "A/B", "A / B", "A | B"."""
    out = [line]
    if "/" in line:
        out.append(line.replace(" / ", "/").replace("/", " / "))
        out.append(line.replace(" / ", "/").replace("/", " | "))
    return out


def labelled() -> list[tuple[str, list[tuple[str, CreditRole]]]]:
    """Every label before every base line, in each spacing (a few hundred lines)."""
    return [
        (prefix + form, list(truth))
        for prefix in PREFIXES
        for base, truth in BASES
        for form in spaced(base)
    ]


def split_parties(line: str) -> list[tuple[str | None, CreditRole]]:
    """The parties :func:`provenance.extract_credits` reads in ``line``: (label, role) in order."""
    from provenance.extractors.credits import extract_credits, party_label

    return [(party_label(p), p.role) for p in extract_credits(line)]
