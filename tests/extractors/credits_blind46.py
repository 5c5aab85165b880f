# ruff: noqa: E501
"""Stop 46's blind matrix of photo-credit lines (written before reading the code).

House styles the earlier rounds covered least: South Asian, Chinese and Hong Kong,
Russian and Ukrainian, Gulf and Arab, African and Latin American wires; sports
agencies; stock and creative libraries; space and satellite imagery; social media,
video stills and police handouts; and the families left wrong before (pools named
after a country or a wire, "Supplied", museums, an institution's picture passed on
by a wire).

Every line is made up in the house style of a real agency or paper; no line is
copied from the corpus. Each case reads ``credit || parties``: the parties are
``role:name`` pairs separated by ``;`` (``P`` photographer, ``A`` agency, ``D``
distributor, ``S`` source), ``-`` for an unnamed supplier (pool, staff, handout,
supplied), and nothing after ``||`` when the line names no party. A named pool
("Korea Pool") keeps its surface name, as the guideline keeps every agency's; the
generic entry ``pool`` is for a pool the line does not name. Expectations
follow the annotation guideline (``credits_dev_README.md``): role codes (STR, STF),
archive markers (File) and image ids are never parties; "X via Y" makes Y the
distributor; a trailing Getty or Shutterstock after a wire is the distributor; a
pool without "via" is an agency beside the wire; institutions, companies,
governments, handout issuers, social networks and broadcasters' stills are sources.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import provenance

_ROLES = {"P": "photographer", "A": "agency", "D": "distributor", "S": "source"}


@dataclass(frozen=True)
class Case:
    """One credit line and the parties the guideline gives it."""

    line: str
    parties: tuple[tuple[str, str | None], ...]
    family: str


def parse_parties(spec: str, roles: dict[str, str]) -> list[tuple[str, str | None]]:
    """``"P:Name; A:Agency; S:-"`` -> ``[(role, name)]``, ``None`` for an unnamed party."""
    parties: list[tuple[str, str | None]] = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        code, _, name = item.partition(":")
        value = name.strip()
        parties.append((roles[code.strip()], None if value == "-" else value))
    return parties


def _parse(row: str, family: str) -> Case:
    line, _, rest = row.partition("||")
    return Case(line.strip(), tuple(parse_parties(rest, _ROLES)), family)


_SOUTH_ASIAN = """
PTI Photo || A:PTI
(PTI Photo) || A:PTI
PTI Photo/Kamal Kishore || P:Kamal Kishore; A:PTI
ANI Photo || A:ANI
Photo: ANI || A:ANI
ANI Photo/File || A:ANI
IANS || A:IANS
Photo: IANS || A:IANS
Express Photo by Praveen Khanna || P:Praveen Khanna; A:Express
Express photo by Amit Mehra || P:Amit Mehra; A:Express
HT Photo || A:HT
HT Photo/Raj K Raj || P:Raj K Raj; A:HT
Photo: Prothom Alo || A:Prothom Alo
Photo: White Star || A:White Star
White Star/Fahim Siddiqi || P:Fahim Siddiqi; A:White Star
Photo: Dawn || A:Dawn
UNB Photo || A:UNB
Photo: APP || A:APP
APP Photo/File || A:APP
Sajjad Hussain/AFP via Getty Images || P:Sajjad Hussain; A:AFP; D:Getty Images
ARIF ALI/AFP via Getty Images || P:Arif Ali; A:AFP; D:Getty Images
Photo: Special Arrangement || S:-
Photo: Twitter/@PMOIndia || S:Twitter; S:@PMOIndia
"""

_CHINESE = """
Xinhua/Wang Ying || P:Wang Ying; A:Xinhua
(Xinhua/Li Xin) || P:Li Xin; A:Xinhua
Photo: Xinhua || A:Xinhua
Xinhua/Handout via Reuters || S:Xinhua; S:-; D:Reuters
CNS photo || A:CNS
Photo: CNS || A:CNS
Photo: VCG || A:VCG
VCG via Getty Images || A:VCG; D:Getty Images
Visual China Group via Getty Images || A:Visual China Group; D:Getty Images
China Daily || A:China Daily
Photo: Zou Hong/China Daily || P:Zou Hong; A:China Daily
Photo: Sam Tsang || P:Sam Tsang
Photo: Dickson Lee || P:Dickson Lee
Photo: Handout || S:-
Photo: Reuters || A:Reuters
Photo: Bloomberg || A:Bloomberg
Photo: Jelly Tse || P:Jelly Tse
新华社记者 王晔 摄 || P:王晔; A:新华社
中新社记者 张亨伟 摄 || P:张亨伟; A:中新社
图片来源：视觉中国 || A:视觉中国
Peter Parks/AFP via Getty Images || P:Peter Parks; A:AFP; D:Getty Images
CCTV via AP || S:CCTV; D:AP
CCTV/Handout via Reuters || S:CCTV; S:-; D:Reuters
"""

_RUSSIAN = """
Mikhail Metzel/TASS || P:Mikhail Metzel; A:TASS
Sergei Bobylev/TASS via Getty Images || P:Sergei Bobylev; A:TASS; D:Getty Images
Фото: ТАСС || A:ТАСС
Фото: Михаил Метцель/ТАСС || P:Михаил Метцель; A:ТАСС
Ramil Sitdikov/RIA Novosti || P:Ramil Sitdikov; A:RIA Novosti
Фото: РИА Новости || A:РИА Новости
Sputnik/Alexei Nikolsky/Kremlin via Reuters || P:Alexei Nikolsky; A:Sputnik; S:Kremlin; D:Reuters
Sputnik/Gavriil Grigorov/Pool via Reuters || P:Gavriil Grigorov; A:Sputnik; A:-; D:Reuters
Gavriil Grigorov/Kremlin Pool Photo via AP || P:Gavriil Grigorov; A:Kremlin Pool; D:AP
Alexander Kazakov/Sputnik/AFP via Getty Images || P:Alexander Kazakov; A:Sputnik; D:AFP; D:Getty Images
Photo: Ukrinform || A:Ukrinform
Ukrinform/NurPhoto via Getty Images || A:Ukrinform; D:NurPhoto; D:Getty Images
Фото: Укрінформ || A:Укрінформ
Ukrainian Presidential Press Service/Handout via Reuters || S:Ukrainian Presidential Press Service; S:-; D:Reuters
Ukrainian Presidential Press Office via AP || S:Ukrainian Presidential Press Office; D:AP
Russian Defense Ministry Press Service via AP || S:Russian Defense Ministry Press Service; D:AP
Photo: Efrem Lukatsky/AP || P:Efrem Lukatsky; A:AP
Roman Pilipey/AFP via Getty Images || P:Roman Pilipey; A:AFP; D:Getty Images
Фото: Андрей Рудьков || P:Андрей Рудьков
"""

_GULF = """
WAM || A:WAM
Photo: WAM || A:WAM
Photo: SPA || A:SPA
Photo: QNA || A:QNA
Anadolu Agency via Getty Images || A:Anadolu Agency; D:Getty Images
Mustafa Hassona/Anadolu via Getty Images || P:Mustafa Hassona; A:Anadolu; D:Getty Images
Jane Roe/Anadolu Agency || P:Jane Roe; A:Anadolu Agency
Saudi Press Agency/Handout via Reuters || S:Saudi Press Agency; S:-; D:Reuters
Emirates News Agency via AP || A:Emirates News Agency; D:AP
Photo: Gulf News Archives || A:Gulf News
Karim Sahib/AFP via Getty Images || P:Karim Sahib; A:AFP; D:Getty Images
Mohammed Salem/Reuters || P:Mohammed Salem; A:Reuters
Photo: Khalid Al-Mousily || P:Khalid Al-Mousily
"""

_AFRICAN = """
NAN || A:NAN
Photo: NAN || A:NAN
Photo: APS || A:APS
Photo: Nation Media Group || A:Nation Media Group
PHOTO | FILE | NATION MEDIA GROUP || A:Nation Media Group
PHOTO | EVANS HABIL | NATION MEDIA GROUP || P:Evans Habil; A:Nation Media Group
Alet Pretorius/Gallo Images via Getty Images || P:Alet Pretorius; A:Gallo Images; D:Getty Images
Photo: Gallo Images || A:Gallo Images
Luis Tato/AFP via Getty Images || P:Luis Tato; A:AFP; D:Getty Images
Photo: Supplied || S:-
Supplied || S:-
Photo: MAP || A:MAP
Photo: Xinhua/Charles Onyango || P:Charles Onyango; A:Xinhua
"""

_LATIN = """
Foto: Notimex || A:Notimex
Foto: Notimex/Archivo || A:Notimex
Foto: Télam || A:Télam
Foto: Télam/Juan Pérez || P:Juan Pérez; A:Télam
Foto: AGN || A:AGN
Foto: Cuartoscuro || A:Cuartoscuro
Foto: Galo Cañas/Cuartoscuro || P:Galo Cañas; A:Cuartoscuro
Marcelo Camargo/Agência Brasil || P:Marcelo Camargo; A:Agência Brasil
Foto: Fernando Frazão/Agência Brasil || P:Fernando Frazão; A:Agência Brasil
Foto: Agência Brasil || A:Agência Brasil
Foto: EFE/Mario Guzmán || P:Mario Guzmán; A:EFE
EFE/Mario Guzmán || P:Mario Guzmán; A:EFE
Foto: Presidencia de México || S:Presidencia de México
Foto: Cortesía || S:-
Foto: Cortesía Presidencia de la República || S:Presidencia de la República
Foto: Archivo ||
Juan Mabromata/AFP via Getty Images || P:Juan Mabromata; A:AFP; D:Getty Images
Foto: Reuters/Henry Romero || P:Henry Romero; A:Reuters
"""

_SPORTS = """
Kirby Lee-USA TODAY Sports || P:Kirby Lee; A:USA Today Sports
Mandatory Credit: Jayne Kamin-Oncea-USA TODAY Sports || P:Jayne Kamin-Oncea; A:USA Today Sports
Kirby Lee-USA TODAY Sports via Reuters || P:Kirby Lee; A:USA Today Sports; D:Reuters
Sportsfile || A:Sportsfile
Photo by Stephen McCarthy/Sportsfile || P:Stephen McCarthy; A:Sportsfile
Stephen McCarthy / SPORTSFILE || P:Stephen McCarthy; A:Sportsfile
©INPHO/Ryan Byrne || P:Ryan Byrne; A:INPHO
Action Images via Reuters/Paul Childs || P:Paul Childs; A:Action Images; D:Reuters
Action Images via Reuters || A:Action Images; D:Reuters
Icon Sportswire via Getty Images || A:Icon Sportswire; D:Getty Images
Photo by Ric Tapia/Icon Sportswire via Getty Images || P:Ric Tapia; A:Icon Sportswire; D:Getty Images
Photo by Mark Leech/Offside/Getty Images || P:Mark Leech; A:Offside; D:Getty Images
Mark Leech/Offside/Getty Images || P:Mark Leech; A:Offside; D:Getty Images
Mike Egerton/PA Images via Getty Images || P:Mike Egerton; A:PA Images; D:Getty Images
PA Images via Getty Images || A:PA Images; D:Getty Images
Adam Davy/PA Wire || P:Adam Davy; A:PA Wire
Photo by Clive Mason/Getty Images || P:Clive Mason; A:Getty Images
Photo by Matthias Hangst/Getty Images for DFB || P:Matthias Hangst; A:Getty Images; S:DFB
Matt Impey/Shutterstock || P:Matt Impey; A:Shutterstock
Photo by Simon Stacpoole/Offside via Getty Images || P:Simon Stacpoole; A:Offside; D:Getty Images
Ezra Shaw/Getty Images || P:Ezra Shaw; A:Getty Images
"""

_STOCK = """
Alamy || A:Alamy
Photograph: Jane Roe/Alamy || P:Jane Roe; A:Alamy
Photo: Alamy || A:Alamy
Jane Roe/Shutterstock || P:Jane Roe; A:Shutterstock
Photo by Jane Roe/Shutterstock (14567890a) || P:Jane Roe; A:Shutterstock
EPA-EFE/Shutterstock || A:EPA-EFE; D:Shutterstock
Jane Roe/EPA-EFE/Shutterstock || P:Jane Roe; A:EPA-EFE; D:Shutterstock
Photo: Shutterstock || A:Shutterstock
Photo: iStock || A:iStock
iStock || A:iStock
Photo by Jane Roe on Unsplash || P:Jane Roe; A:Unsplash
Photo by Marco Bianchetti on Unsplash || P:Marco Bianchetti; A:Unsplash
Image: Unsplash || A:Unsplash
Photo: Adobe Stock || A:Adobe Stock
Photo: Pexels || A:Pexels
Photo by Jane Roe from Pexels || P:Jane Roe; A:Pexels
Rex Features || A:Rex Features
Photo: Dreamstime || A:Dreamstime
"""

_SPACE = """
NASA/JPL-Caltech || S:NASA; S:JPL-Caltech
NASA/JPL-Caltech/MSSS || S:NASA; S:JPL-Caltech; S:MSSS
Image: NASA/JPL-Caltech || S:NASA; S:JPL-Caltech
ESA/Webb || S:ESA; S:Webb
Image: NASA, ESA, CSA, STScI || S:NASA; S:ESA; S:CSA; S:STScI
Satellite image ©2025 Maxar Technologies || S:Maxar Technologies
Satellite image (c) 2025 Maxar Technologies via AP || S:Maxar Technologies; D:AP
Satellite image ©2025 Maxar Technologies/Handout via Reuters || S:Maxar Technologies; S:-; D:Reuters
Planet Labs PBC || S:Planet Labs PBC
Planet Labs PBC via AP || S:Planet Labs PBC; D:AP
Image: Planet Labs PBC || S:Planet Labs PBC
Photo: NASA || S:NASA
NASA via AP || S:NASA; D:AP
Photo: SpaceX || S:SpaceX
Image: Copernicus Sentinel-2 || S:Copernicus Sentinel-2
"""

_SOCIAL = """
Screenshot/X || S:X
Photo: Instagram/@janeroe || S:Instagram; S:@janeroe
Image: YouTube || S:YouTube
Police handout || S:Police; S:-
Metropolitan Police/Handout via Reuters || S:Metropolitan Police; S:-; D:Reuters
Handout/Metropolitan Police || S:-; S:Metropolitan Police
Bodycam footage released by the Memphis Police Department || S:Memphis Police Department
Video grab from Telegram || S:Telegram
Screengrab/Telegram || S:Telegram
Image: TikTok/@janeroe || S:TikTok; S:@janeroe
Photo: Facebook || S:Facebook
Courtesy of Jane Roe || S:Jane Roe
Courtesy Jane Roe || S:Jane Roe
Handout via Reuters || S:-; D:Reuters
Social media via Reuters || S:-; D:Reuters
"""

_FAMILIES = """
Korea Pool/Getty Images || A:Korea Pool; A:Getty Images
Foto: Michael Kappeler/dpa-Pool/dpa || P:Michael Kappeler; A:-; A:dpa
Michael Kappeler/dpa-Pool/dpa || P:Michael Kappeler; A:-; A:dpa
Rijksmuseum, Amsterdam || S:Rijksmuseum
Photo: Rijksmuseum, Amsterdam || S:Rijksmuseum
Jane Roe/Bundeswehr/dpa || P:Jane Roe; S:Bundeswehr; D:dpa
Foto: Jane Roe/Bundeswehr/dpa || P:Jane Roe; S:Bundeswehr; D:dpa
Jane Roe/Polizei/dpa || P:Jane Roe; S:Polizei; D:dpa
Jane Roe/Pool/AFP || P:Jane Roe; A:-; A:AFP
Pool/AFP via Getty Images || A:-; A:AFP; D:Getty Images
Japan Pool/Jiji Press via AFP || A:Japan Pool; A:Jiji Press; D:AFP
Yonhap via Reuters || A:Yonhap; D:Reuters
The Metropolitan Museum of Art, New York || S:The Metropolitan Museum of Art
Photo: Jane Roe/Supplied || P:Jane Roe; S:-
"""

_NEIGHBOURS = """
STR/AFP via Getty Images || A:AFP; D:Getty Images
AFP PHOTO / STR || A:AFP
STF/AFP || A:AFP
AFP/File || A:AFP
File photo ||
FILE PHOTO ||
Photo: File ||
Stringer/Reuters || A:Reuters
Reuters/Stringer || A:Reuters
Contributor/Getty Images || A:Getty Images
AP Photo/File || A:AP
Jane Roe/Getty Images (12345678) || P:Jane Roe; A:Getty Images
ANI Photo (file) || A:ANI
Xinhua/STR || A:Xinhua
Photo: TASS/File || A:TASS
"""

_FAMILY_ROWS = {
    "south_asian": _SOUTH_ASIAN,
    "chinese": _CHINESE,
    "russian": _RUSSIAN,
    "gulf": _GULF,
    "african": _AFRICAN,
    "latin": _LATIN,
    "sports": _SPORTS,
    "stock": _STOCK,
    "space": _SPACE,
    "social": _SOCIAL,
    "families": _FAMILIES,
    "neighbours": _NEIGHBOURS,
}

CASES: tuple[Case, ...] = tuple(
    _parse(row, family)
    for family, rows in _FAMILY_ROWS.items()
    for row in rows.strip().splitlines()
    if row.strip()
)


def key(role: str, name: str | None) -> tuple[str, str | None]:
    """A party as scored: organisations' names compared without case."""
    if name is None or role == "photographer":
        return role, name
    return role, name.casefold()


def expected(case: Case) -> Counter[tuple[str, str | None]]:
    """The parties the guideline gives the case's line."""
    return Counter(key(role, name) for role, name in case.parties)


def found(line: str) -> Counter[tuple[str, str | None]]:
    """The parties ``provenance.extract_credits`` reads in the line."""
    return Counter(key(party.role.value, party.name) for party in provenance.extract_credits(line))


def passes(case: Case) -> bool:
    """Whether the line gives exactly the expected parties, each with its role."""
    return found(case.line) == expected(case)


if __name__ == "__main__":
    missed = [case for case in CASES if not passes(case)]
    for case in missed:
        print(f"MISS [{case.family}] {case.line!r}")
        print(f"   want {sorted(expected(case).elements(), key=str)}")
        print(f"   got  {sorted(found(case.line).elements(), key=str)}")
    print(f"{len(CASES) - len(missed)}/{len(CASES)} lines pass")
