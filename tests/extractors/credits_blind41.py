"""Stop 41's blind matrix: credit lines and captions, written before reading the splitter.

Written from what one knows of house styles the earlier matrices covered least (Asian,
African, Latin American and Middle Eastern wires and papers, European national agencies,
stock and editorial libraries, sports agencies, social and user content), split under
the conventions of ``credits_dev_README.md``: a handout's issuer, a platform, a network
and a government office are sources (with the generic ``handout``), "X via Y" makes Y
the distributor, the last known distributor of a chain after an agency is one, and
archive markers, role codes, dates and editors' notes are never parties. Each entry is
``(credit, photographers, agencies, distributors, sources)``; a caption entry puts the
credit inside its caption (``extract_credits("", caption=...)``). The lines the
extractor misses are listed in ``test_credits_blind41.py`` as strict xfails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from provenance.enums import CreditRole
from provenance.extractors.credits import party_label
from provenance.extractors.records import CreditParty


class Blind(NamedTuple):
    """One credit (or caption holding one) and the parties it names, by IPTC role."""

    text: str
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    distributors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


B = Blind

LINES: tuple[Blind, ...] = (
    # Xinhua, China News Service, VCG, Chinese papers
    B("Xinhua/Li Xin", ("Li Xin",), ("Xinhua",)),
    B("(Xinhua/Wang Ying)", ("Wang Ying",), ("Xinhua",)),
    B("Photo: Xinhua", (), ("Xinhua",)),
    B("Li Xin/Xinhua via Getty Images", ("Li Xin",), ("Xinhua",), ("Getty Images",)),
    B("Xinhua News Agency/Getty Images", (), ("Xinhua News Agency",), ("Getty Images",)),
    B("Xinhua/Shutterstock", (), ("Xinhua",), ("Shutterstock",)),
    B("VCG/VCG via Getty Images", (), ("VCG",), ("Getty Images",)),
    B("Costfoto/NurPhoto via Getty Images", (), ("Costfoto", "NurPhoto"), ("Getty Images",)),
    B("[Photo by Zou Hong/chinadaily.com.cn]", ("Zou Hong",), ("chinadaily.com.cn",)),
    B("[Photo/Xinhua]", (), ("Xinhua",)),
    B("Photo: Li Hao/GT", ("Li Hao",), ("GT",)),
    B("Photo: VCG", (), ("VCG",)),
    # Japan
    B("Kyodo News via Getty Images", (), ("Kyodo News",), ("Getty Images",)),
    B("Kyodo/via REUTERS", (), ("Kyodo",), ("Reuters",)),
    B("KYODO", (), ("Kyodo",)),
    B("JIJI PRESS/AFP via Getty Images", (), ("Jiji Press", "AFP"), ("Getty Images",)),
    B("The Yomiuri Shimbun via AP Images", (), ("The Yomiuri Shimbun",), ("AP Images",)),
    B("Kazuhiro NOGI / AFP", ("Kazuhiro Nogi",), ("AFP",)),
    B("Yasuyoshi CHIBA / AFP", ("Yasuyoshi Chiba",), ("AFP",)),
    B("REUTERS/Issei Kato", ("Issei Kato",), ("Reuters",)),
    # Korea
    B("Yonhap via AP", (), ("Yonhap",), ("AP",)),
    B("YONHAP / AFP", (), ("Yonhap", "AFP")),
    B("Yonhap/via REUTERS", (), ("Yonhap",), ("Reuters",)),
    B("(Yonhap)", (), ("Yonhap",)),
    B("JUNG YEON-JE/AFP via Getty Images", ("Jung Yeon-je",), ("AFP",), ("Getty Images",)),
    B("KIM HONG-JI/REUTERS", ("Kim Hong-ji",), ("Reuters",)),
    B("Ahn Young-joon/AP", ("Ahn Young-joon",), ("AP",)),
    B("KCNA via REUTERS", (), ("KCNA",), ("Reuters",)),
    B("[YONHAP]", (), ("Yonhap",)),
    # Taiwan, Southeast Asia
    B("CNA photo June 1, 2024", (), ("CNA",)),
    B("Photo: Chang Chia-ming, Taipei Times", ("Chang Chia-ming",), ("Taipei Times",)),
    B("ST PHOTO: KELVIN CHNG", ("Kelvin Chng",), ("ST",)),
    B("BERNAMA PIX", (), ("Bernama",)),
    B("ANTARA FOTO/Sigid Kurniawan/rwa", ("Sigid Kurniawan",), ("Antara",)),
    B("(PNA photo by Robert Oswald Alfiler)", ("Robert Oswald Alfiler",), ("PNA",)),
    B("Photo: VNA", (), ("VNA",)),
    # South Asia
    B("PTI Photo", (), ("PTI",)),
    B("(PTI Photo/Kamal Kishore)", ("Kamal Kishore",), ("PTI",)),
    B("Photo: PTI/File", (), ("PTI",)),
    B("ANI Photo", (), ("ANI",)),
    B("(Sanjeev Verma/HT Photo)", ("Sanjeev Verma",), ("HT",)),
    B("Express Photo by Praveen Khanna", ("Praveen Khanna",), ("Express",)),
    B("Money SHARMA / AFP", ("Money Sharma",), ("AFP",)),
    B("REUTERS/Adnan Abidi", ("Adnan Abidi",), ("Reuters",)),
    B(
        "Press Information Bureau/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("Press Information Bureau", "handout"),
    ),
    B("APP photo", (), ("APP",)),
    B("— White Star", (), ("White Star",)),
    B("PHOTO: REUTERS/FILE", (), ("Reuters",)),
    B("UNB photo", (), ("UNB",)),
    B("Photo: Collected"),
    # Turkey, Middle East
    B("Anadolu Agency via Getty Images", (), ("Anadolu Agency",), ("Getty Images",)),
    B(
        "Mustafa Hassona/Anadolu Agency via Getty Images",
        ("Mustafa Hassona",),
        ("Anadolu Agency",),
        ("Getty Images",),
    ),
    B("Mustafa Hassona - Anadolu Agency", ("Mustafa Hassona",), ("Anadolu Agency",)),
    B(
        "Ali Jadallah/Anadolu via Getty Images",
        ("Ali Jadallah",),
        ("Anadolu",),
        ("Getty Images",),
    ),
    B("Photo: AA", (), ("AA",)),
    B("Ozan KOSE / AFP", ("Ozan Kose",), ("AFP",)),
    B("WAFA/Handout via REUTERS", (), (), ("Reuters",), ("WAFA", "handout")),
    B("Photo: WAFA", (), ("WAFA",)),
    B("SANA/Handout via REUTERS", (), (), ("Reuters",), ("SANA", "handout")),
    B("SANA via AP", (), ("SANA",), ("AP",)),
    B("HANDOUT / SANA / AFP", (), (), ("AFP",), ("handout", "SANA")),
    B("MENA via AP", (), ("MENA",), ("AP",)),
    B(
        "Egyptian Presidency/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("Egyptian Presidency", "handout"),
    ),
    B(
        "Saudi Press Agency/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("Saudi Press Agency", "handout"),
    ),
    B("Tasnim News Agency/via REUTERS", (), ("Tasnim News Agency",), ("Reuters",)),
    B(
        "Majid Asgaripour/WANA (West Asia News Agency) via REUTERS",
        ("Majid Asgaripour",),
        ("WANA",),
        ("Reuters",),
    ),
    B("Photo: IRNA", (), ("IRNA",)),
    B("WAM via AP", (), ("WAM",), ("AP",)),
    B("Ahmad AL-RUBAYE / AFP", ("Ahmad al-Rubaye",), ("AFP",)),
    B("Omar HAJ KADOUR / AFP", ("Omar Haj Kadour",), ("AFP",)),
    B("Mohamed el-Shahed / AFP", ("Mohamed el-Shahed",), ("AFP",)),
    B("REUTERS/Mohamed Abd El Ghany", ("Mohamed Abd El Ghany",), ("Reuters",)),
    B("Photo by Yonatan Sindel/Flash90", ("Yonatan Sindel",), ("Flash90",)),
    B("(Photo: Flash90)", (), ("Flash90",)),
    B("Haim Zach/GPO", ("Haim Zach",), (), (), ("GPO",)),
    B(
        "Kobi Gideon/GPO/Handout via REUTERS",
        ("Kobi Gideon",),
        (),
        ("Reuters",),
        ("GPO", "handout"),
    ),
    B(
        "IDF Spokesperson's Unit/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("IDF Spokesperson's Unit", "handout"),
    ),
    B(
        "Mohammed Saber/EPA-EFE/Shutterstock",
        ("Mohammed Saber",),
        ("EPA-EFE",),
        ("Shutterstock",),
    ),
    B("Abir Sultan/Pool via REUTERS", ("Abir Sultan",), ("pool",), ("Reuters",)),
    B("POOL/AFP via Getty Images", (), ("pool", "AFP"), ("Getty Images",)),
    B("Jack Guez/Pool Photo via AP", ("Jack Guez",), ("pool",), ("AP",)),
    # Africa
    B("Photo: NAN", (), ("NAN",)),
    B("PHOTO | JEFF ANGOTE | NATION MEDIA GROUP", ("Jeff Angote",), ("Nation Media Group",)),
    B("PHOTO | FILE | NATION MEDIA GROUP", (), ("Nation Media Group",)),
    B("[Photo: Elvis Ogina, Standard]", ("Elvis Ogina",), ("Standard",)),
    B("Photo: GCIS", (), (), (), ("GCIS",)),
    B(
        "Fani Mahuntsi/Gallo Images via Getty Images",
        ("Fani Mahuntsi",),
        ("Gallo Images",),
        ("Getty Images",),
    ),
    B("Tony KARUMBA / AFP", ("Tony Karumba",), ("AFP",)),
    B("PIUS UTOMI EKPEI/AFP via Getty Images", ("Pius Utomi Ekpei",), ("AFP",), ("Getty Images",)),
    B("REUTERS/Siphiwe Sibeko", ("Siphiwe Sibeko",), ("Reuters",)),
    B("Photo credit: GNA", (), ("GNA",)),
    # Latin America
    B("Foto: Télam", (), ("Télam",)),
    B("Foto: Maxi Luna/Télam", ("Maxi Luna",), ("Télam",)),
    B("Marcelo Camargo/Agência Brasil", ("Marcelo Camargo",), ("Agência Brasil",)),
    B(
        "Foto: Fabio Rodrigues-Pozzebom/ Agência Brasil",
        ("Fabio Rodrigues-Pozzebom",),
        ("Agência Brasil",),
    ),
    B("Foto: Notimex/Archivo", (), ("Notimex",)),
    B("Foto: Cuartoscuro / Galo Cañas", ("Galo Cañas",), ("Cuartoscuro",)),
    B("EFE/Juan Carlos Hidalgo", ("Juan Carlos Hidalgo",), ("EFE",)),
    B("EFE/Archivo", (), ("EFE",)),
    B("AP Foto/Fernando Vergara", ("Fernando Vergara",), ("AP",)),
    B("Foto: Reuters / Carlos Jasso", ("Carlos Jasso",), ("Reuters",)),
    B("Foto: Ricardo Stuckert/PR", ("Ricardo Stuckert",), (), (), ("PR",)),
    B("Foto: Divulgação/Petrobras", (), (), (), ("handout", "Petrobras")),
    B("Foto: Reprodução/Instagram", (), (), (), ("Instagram",)),
    B("Foto: Reprodução/TV Globo", (), (), (), ("TV Globo",)),
    B("Foto: Agencia Uno", (), ("Agencia Uno",)),
    B("Foto: Prensa Latina", (), ("Prensa Latina",)),
    B("Foto: Archivo El Universal", (), ("El Universal",)),
    B("Pedro PARDO / AFP", ("Pedro Pardo",), ("AFP",)),
    B("Evaristo SA / AFP", ("Evaristo Sa",), ("AFP",)),
    # European national agencies
    B("Mikhail Metzel/TASS", ("Mikhail Metzel",), ("TASS",)),
    B(
        "Mikhail Japaridze\\TASS via Getty Images",
        ("Mikhail Japaridze",),
        ("TASS",),
        ("Getty Images",),
    ),
    B("Фото: Сергей Бобылев/ТАСС", ("Сергей Бобылев",), ("ТАСС",)),
    B("Фото: Рамиль Ситдиков / РИА Новости", ("Рамиль Ситдиков",), ("РИА Новости",)),
    B(
        "Sputnik/Mikhail Klimentyev/Kremlin via REUTERS",
        ("Mikhail Klimentyev",),
        ("Sputnik",),
        ("Reuters",),
        ("Kremlin",),
    ),
    B("Photo: Ukrinform", (), ("Ukrinform",)),
    B(
        "Ukrainian Presidential Press Service/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("Ukrainian Presidential Press Service", "handout"),
    ),
    B("PAP/Radek Pietruszka", ("Radek Pietruszka",), ("PAP",)),
    B("Fot. PAP/Leszek Szymański", ("Leszek Szymański",), ("PAP",)),
    B("EPA/Radek Pietruszka POLAND OUT", ("Radek Pietruszka",), ("EPA",)),
    B("ČTK/Michal Kamaryt", ("Michal Kamaryt",), ("ČTK",)),
    B("Michal Kamaryt/CTK via AP Images", ("Michal Kamaryt",), ("CTK",), ("AP Images",)),
    B("Fotó: MTI/Kovács Tamás", ("Kovács Tamás",), ("MTI",)),
    B("Zoltan Mathe/MTI via AP", ("Zoltan Mathe",), ("MTI",), ("AP",)),
    B("BELGA PHOTO NICOLAS MAETERLINCK", ("Nicolas Maeterlinck",), ("Belga",)),
    B("ANP/Remko de Waal", ("Remko de Waal",), ("ANP",)),
    B("Michael Kappeler/dpa", ("Michael Kappeler",), ("dpa",)),
    B("Foto: Bernd von Jutrczenka/dpa", ("Bernd von Jutrczenka",), ("dpa",)),
    B("APA/HELMUT FOHRINGER", ("Helmut Fohringer",), ("APA",)),
    B("Foto: APA/dpa/Kay Nietfeld", ("Kay Nietfeld",), ("APA", "dpa")),
    B("KEYSTONE/Peter Klaunzer", ("Peter Klaunzer",), ("Keystone",)),
    B("Foto: Keystone-SDA", (), ("Keystone-SDA",)),
    B("Bild: Henrik Montgomery/TT", ("Henrik Montgomery",), ("TT",)),
    B("TT NEWS AGENCY/via REUTERS", (), ("TT News Agency",), ("Reuters",)),
    B("Foto: Heiko Junge / NTB", ("Heiko Junge",), ("NTB",)),
    B("NTB/Terje Pedersen via REUTERS", ("Terje Pedersen",), ("NTB",), ("Reuters",)),
    B(
        "Ritzau Scanpix/Mads Claus Rasmussen via REUTERS",
        ("Mads Claus Rasmussen",),
        ("Ritzau Scanpix",),
        ("Reuters",),
    ),
    B("Kuva: Markku Ulander / Lehtikuva", ("Markku Ulander",), ("Lehtikuva",)),
    B("Heikki Saukkomaa / Lehtikuva / AFP", ("Heikki Saukkomaa",), ("Lehtikuva", "AFP")),
    B("ANSA/ETTORE FERRARI", ("Ettore Ferrari",), ("ANSA",)),
    B("Foto LaPresse", (), ("LaPresse",)),
    B("EFE/Chema Moya", ("Chema Moya",), ("EFE",)),
    B("Europa Press via Getty Images", (), ("Europa Press",), ("Getty Images",)),
    # stock and editorial libraries
    B("Photograph: Jane Roe/Alamy", ("Jane Roe",), ("Alamy",)),
    B("Credit: Jane Roe/Alamy Live News", ("Jane Roe",), ("Alamy Live News",)),
    B("Jane Roe/Shutterstock", ("Jane Roe",), ("Shutterstock",)),
    B("Jane Roe/AP/Shutterstock", ("Jane Roe",), ("AP",), ("Shutterstock",)),
    B("Photo: iStock", (), ("iStock",)),
    B("Credit: fizkes/iStock", ("fizkes",), ("iStock",)),
    B("Adobe Stock", (), ("Adobe Stock",)),
    B("Jane Roe/SIPA", ("Jane Roe",), ("SIPA",)),
    B("Jane Roe/Sipa USA via AP", ("Jane Roe",), ("Sipa USA",), ("AP",)),
    B("Jane Roe/ABACAPRESS.COM", ("Jane Roe",), ("ABACAPRESS.COM",)),
    B("Jane Roe/ZUMA Press Wire", ("Jane Roe",), ("ZUMA Press Wire",)),
    B("Jane Roe via ZUMA Wire", ("Jane Roe",), (), ("ZUMA Wire",)),
    B(
        "Jane Roe/SOPA Images/LightRocket via Getty Images",
        ("Jane Roe",),
        ("SOPA Images", "LightRocket"),
        ("Getty Images",),
    ),
    B("Jane Roe/SOPA Images via ZUMA Wire", ("Jane Roe",), ("SOPA Images",), ("ZUMA Wire",)),
    B("Jane Roe/Hans Lucas via AFP", ("Jane Roe",), ("Hans Lucas",), ("AFP",)),
    B("Jane Roe / Hans Lucas", ("Jane Roe",), ("Hans Lucas",)),
    B("Photographer: Jane Roe/Bloomberg", ("Jane Roe",), ("Bloomberg",)),
    B("Jane Roe/Bloomberg via Getty Images", ("Jane Roe",), ("Bloomberg",), ("Getty Images",)),
    B("Jane Roe/The New York Times/Redux", ("Jane Roe",), ("The New York Times",), ("Redux",)),
    B("Jane Roe/Polaris", ("Jane Roe",), ("Polaris",)),
    B("Photograph: Jane Roe/Magnum Photos", ("Jane Roe",), ("Magnum Photos",)),
    B("Jane Roe/VII", ("Jane Roe",), ("VII",)),
    B("Jane Roe/Panos Pictures", ("Jane Roe",), ("Panos Pictures",)),
    B("Foto: Jane Roe/laif", ("Jane Roe",), ("laif",)),
    B("Jane Roe/Agence VU", ("Jane Roe",), ("Agence VU",)),
    # sports agencies
    B("Action Images via Reuters/John Sibley", ("John Sibley",), ("Action Images",), ("Reuters",)),
    B("REUTERS/Phil Noble Livepic", ("Phil Noble",), ("Reuters",)),
    B("Jane Roe/Offside via Getty Images", ("Jane Roe",), ("Offside",), ("Getty Images",)),
    B("Jane Roe/BPI/Shutterstock", ("Jane Roe",), ("BPI",), ("Shutterstock",)),
    B("Photo by Stephen McCarthy/Sportsfile", ("Stephen McCarthy",), ("Sportsfile",)),
    B("©INPHO/Dan Sheridan", ("Dan Sheridan",), ("INPHO",)),
    B(
        "Jane Roe/Icon Sportswire via Getty Images",
        ("Jane Roe",),
        ("Icon Sportswire",),
        ("Getty Images",),
    ),
    B("Kirby Lee-USA TODAY Sports", ("Kirby Lee",), ("USA TODAY Sports",)),
    B("Mandatory Credit: Kirby Lee-USA TODAY Sports", ("Kirby Lee",), ("USA TODAY Sports",)),
    B("Jane Roe-Imagn Images", ("Jane Roe",), ("Imagn Images",)),
    B("Jane Roe / USA TODAY NETWORK", ("Jane Roe",), ("USA TODAY NETWORK",)),
    # social and user content
    B("Screengrab from X/Twitter", (), (), (), ("X/Twitter",)),
    B("Instagram/@janeroe", (), (), (), ("Instagram", "@janeroe")),
    B("Courtesy Jane Roe", (), (), (), ("Jane Roe",)),
    B(
        "Photo courtesy of Ministry of National Defense",
        (),
        (),
        (),
        ("Ministry of National Defense",),
    ),
    B("Supplied", (), (), (), ("submitted",)),
    B("Picture: Supplied", (), (), (), ("submitted",)),
    B("Contributed photo", (), (), (), ("submitted",)),
    B("Screenshot/YouTube", (), (), (), ("YouTube",)),
    B("Reuters TV via REUTERS", (), (), ("Reuters",), ("Reuters TV",)),
    B("SOCIAL MEDIA/via REUTERS", (), (), ("Reuters",), ("social media",)),
    B("Vatican Media/Handout via REUTERS", (), (), ("Reuters",), ("Vatican Media", "handout")),
    # markers and notes that are no party
    B("FILE PHOTO"),
    B("Archivo"),
    B("STR/AFP via Getty Images", (), ("AFP",), ("Getty Images",)),
    B("REUTERS/Stringer/File Photo", (), ("Reuters",)),
    B("-/AFP via Getty Images", (), ("AFP",), ("Getty Images",)),
)

CAPTIONS: tuple[Blind, ...] = (
    B(
        "A woman walks past a mural in Nairobi, Kenya, on March 3, 2024. "
        "(AP Photo/Brian Inganga, File)",
        ("Brian Inganga",),
        ("AP",),
    ),
    B(
        "North Korean leader Kim Jong Un inspects a factory, in this photo released by North "
        "Korea's Korean Central News Agency (KCNA) on June 1, 2024. KCNA via REUTERS",
        (),
        ("KCNA",),
        ("Reuters",),
    ),
    B(
        "Rescuers search the rubble in Hatay, Turkey, February 8, 2023. REUTERS/Umit Bektas",
        ("Umit Bektas",),
        ("Reuters",),
    ),
    B(
        "Palestinians inspect a damaged house in Rafah [Mohammed Salem/Reuters]",
        ("Mohammed Salem",),
        ("Reuters",),
    ),
    B(
        "Protesters gather in Dhaka on Tuesday [Jane Roe/Al Jazeera]",
        ("Jane Roe",),
        ("Al Jazeera",),
    ),
    B("Flooded streets in Lagos on Monday. — Photo: Jane Roe", ("Jane Roe",)),
    B(
        "The rover on the rim of Jezero Crater. Image: NASA/JPL-Caltech",
        (),
        (),
        (),
        ("NASA", "JPL-Caltech"),
    ),
    B("Supporters cheer in Islamabad on Friday. — AFP", (), ("AFP",)),
    B("Prime Minister Narendra Modi addresses a rally in Varanasi. (PTI Photo)", (), ("PTI",)),
    B(
        "Chinese President Xi Jinping meets Brazilian President Luiz Inácio Lula da Silva in "
        "Beijing, April 14, 2023. (Xinhua/Yin Bogu)",
        ("Yin Bogu",),
        ("Xinhua",),
    ),
    B(
        "Japanese Prime Minister Fumio Kishida speaks in Tokyo on Jan. 4, 2024. (Kyodo)",
        (),
        ("Kyodo",),
    ),
    B("South Korean soldiers patrol near the border in Paju on Oct. 3. (Yonhap)", (), ("Yonhap",)),
    B("Rescue workers in Izmir on Saturday. Photo: AA", (), ("AA",)),
    B(
        "Brazilian President Luiz Inácio Lula da Silva speaks in Brasília. "
        "Foto: Ricardo Stuckert/PR",
        ("Ricardo Stuckert",),
        (),
        (),
        ("PR",),
    ),
    B(
        "Kenyan police officers in Nairobi. PHOTO | FILE | NATION MEDIA GROUP",
        (),
        ("Nation Media Group",),
    ),
    B(
        "Lionel Messi celebrates during the match in Miami. "
        "Mandatory Credit: Sam Navarro-USA TODAY Sports",
        ("Sam Navarro",),
        ("USA TODAY Sports",),
    ),
    B(
        "Soccer Football - Premier League - Arsenal v Chelsea - Emirates Stadium, London, "
        "Britain - April 23, 2024 Arsenal's Kai Havertz celebrates scoring their second goal "
        "Action Images via Reuters/John Sibley",
        ("John Sibley",),
        ("Action Images",),
        ("Reuters",),
    ),
    B(
        "Sinn Féin leader Mary Lou McDonald speaks in Dublin. Photograph: Sam Boal/RollingNews.ie",
        ("Sam Boal",),
        ("RollingNews.ie",),
    ),
    B("Ireland's Johnny Sexton in action. ©INPHO/Dan Sheridan", ("Dan Sheridan",), ("INPHO",)),
    B(
        "Dublin's Con O'Callaghan. Photo by Stephen McCarthy/Sportsfile",
        ("Stephen McCarthy",),
        ("Sportsfile",),
    ),
    B(
        "Smoke rises over Port Sudan in this screengrab from a video posted on social media. "
        "SOCIAL MEDIA/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
        (),
        (),
        ("Reuters",),
        ("social media",),
    ),
    B(
        "Firefighters battle a blaze in Valparaíso. (AP Foto/Esteban Felix)",
        ("Esteban Felix",),
        ("AP",),
    ),
    B("Un hombre camina en Buenos Aires. (Foto: Télam)", (), ("Télam",)),
    B("Polish troops at the border. Fot. PAP/Darek Delmanowicz", ("Darek Delmanowicz",), ("PAP",)),
    B("Cyclone damage in Chittagong. — UNB photo", (), ("UNB",)),
    B(
        "An Afghan girl in Kabul on Aug. 15. Wakil Kohsar/AFP via Getty Images",
        ("Wakil Kohsar",),
        ("AFP",),
        ("Getty Images",),
    ),
    B(
        "Pope Francis waves in St Peter's Square. Vatican Media/Handout via REUTERS",
        (),
        (),
        ("Reuters",),
        ("Vatican Media", "handout"),
    ),
    B("Tourists in Bangkok on Sunday. EPA-EFE/RUNGROJ YONGRIT", ("Rungroj Yongrit",), ("EPA-EFE",)),
    # captions that name no credit: nobody in them is a party
    B("Supporters of Imran Khan gather in Lahore on Sunday."),
    B("Photo shows the rally in Delhi on Sunday."),
    B("A photograph of the minister taken in 1998 hangs in the museum in Seoul."),
)


Roles = dict[str, frozenset[str]]
_PUNCT = re.compile(r"[^\w\s-]")
_ORG_ROLES = ("agency", "distributor", "source")


def norm(name: str) -> str:
    """A party's name as the credits scorer compares it: lower case, no punctuation."""
    return " ".join(_PUNCT.sub(" ", name.lower()).split())


def wanted(entry: Blind | Any) -> Roles:
    """The matrix's parties of ``entry`` by role, names normalised."""
    return {
        "photographer": frozenset(norm(x) for x in entry.photographers),
        "agency": frozenset(norm(x) for x in entry.agencies),
        "distributor": frozenset(norm(x) for x in entry.distributors),
        "source": frozenset(norm(x) for x in entry.sources),
    }


def found(parties: Iterable[CreditParty], want: Roles) -> Roles:
    """The parties found by role; a copyright holder takes the org role the matrix gives it."""
    out: dict[str, set[str]] = {"photographer": set(), **{r: set() for r in _ORG_ROLES}}
    for party in parties:
        label = party_label(party)
        if not label:
            continue
        name = norm(label)
        role = party.role.value
        if party.role is CreditRole.COPYRIGHT:
            role = next((r for r in _ORG_ROLES if name in want[r]), "source")
        out[role].add(name)
    return {role: frozenset(names) for role, names in out.items()}


def organisations(roles: Roles) -> frozenset[str]:
    """Every organisation named, whatever its role."""
    return roles["agency"] | roles["distributor"] | roles["source"]


def same_names(got: Roles, want: Roles) -> bool:
    """The scorer's exact match: the same people and the same organisations."""
    return got["photographer"] == want["photographer"] and organisations(got) == organisations(want)
