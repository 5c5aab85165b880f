# ruff: noqa: E501
"""Stop 43's blind matrix of photo-credit lines and captions (a fifth round).

Written from the credits annotation guideline and the house styles of real agencies and
papers, before the extractor's code or the earlier matrices were read: sports picture
agencies, stock and editorial libraries, Chinese and Russian state media in English and
in their own languages, South Asian papers, Latin American papers, Greek, Czech,
Hungarian, Romanian and Arabic-language outlets, AP's file and pool tails,
wedding-and-society lines, reader photos, maps and graphics, and the families stop 42
left wrong. Every name is made up.

Each expectation is the set of parties as ``(name, role)``; ``role`` is one of ``P``
(photographer), ``A`` (agency), ``D`` (distributor), ``S`` (source). The generic entries
of the guideline (``pool``, ``staff``, ``handout``, ``submitted``, ``various sources``)
stand for a party with no name. Names of organisations are compared without case (the
guideline keeps surface names and fixes only all-capital words, which leaves "USA
TODAY" open); a photographer's name is compared exactly (capitals fixed).
"""

from __future__ import annotations

from provenance.enums import CreditRole
from provenance.extractors.records import CreditParty

ROLES = {
    "P": CreditRole.PHOTOGRAPHER,
    "A": CreditRole.AGENCY,
    "D": CreditRole.DISTRIBUTOR,
    "S": CreditRole.SOURCE,
}
GENERIC = frozenset({"pool", "staff", "handout", "submitted", "various sources"})

Party = tuple[str, str]
Case = tuple[str, tuple[Party, ...]]


def _key(name: str | None, role: CreditRole) -> tuple[str | None, CreditRole]:
    if name is None or name.casefold() in GENERIC:
        return (None, role)
    if role is CreditRole.PHOTOGRAPHER:
        return (name, role)
    return (name.casefold(), role)


def expected_set(parties: tuple[Party, ...]) -> frozenset[tuple[str | None, CreditRole]]:
    """The expectation as a set of comparable keys."""
    return frozenset(_key(name, ROLES[role]) for name, role in parties)


def got_set(parties: tuple[CreditParty, ...]) -> frozenset[tuple[str | None, CreditRole]]:
    """What the extractor gave, as comparable keys (copyright lines are not scored)."""
    return frozenset(_key(p.name, p.role) for p in parties if p.role is not CreditRole.COPYRIGHT)


LINES: tuple[Case, ...] = (
    # --- sports picture agencies -------------------------------------------------------
    (
        "Mandatory Credit: Kirby Delaney-USA TODAY Sports",
        (("Kirby Delaney", "P"), ("USA TODAY Sports", "A")),
    ),
    ("Mandatory Credit: Ramona Quist-Imagn Images", (("Ramona Quist", "P"), ("Imagn Images", "A"))),
    ("Kirby Delaney-USA TODAY Sports", (("Kirby Delaney", "P"), ("USA TODAY Sports", "A"))),
    ("Kirby Delaney / USA TODAY Sports", (("Kirby Delaney", "P"), ("USA TODAY Sports", "A"))),
    ("Photo: Kirby Delaney-USA TODAY Sports", (("Kirby Delaney", "P"), ("USA TODAY Sports", "A"))),
    (
        "Kirby Delaney-USA TODAY Sports via Reuters",
        (("Kirby Delaney", "P"), ("USA TODAY Sports", "A"), ("Reuters", "D")),
    ),
    (
        "Action Images via Reuters/Lee Hartwell",
        (("Lee Hartwell", "P"), ("Action Images", "A"), ("Reuters", "D")),
    ),
    (
        "Action Images via Reuters/Lee Hartwell/File Photo",
        (("Lee Hartwell", "P"), ("Action Images", "A"), ("Reuters", "D")),
    ),
    ("Action Images/Lee Hartwell", (("Lee Hartwell", "P"), ("Action Images", "A"))),
    (
        "Photo by Dana Kowalczyk/Icon Sportswire via Getty Images",
        (("Dana Kowalczyk", "P"), ("Icon Sportswire", "A"), ("Getty Images", "D")),
    ),
    ("Dana Kowalczyk/Icon Sportswire", (("Dana Kowalczyk", "P"), ("Icon Sportswire", "A"))),
    (
        "Photo: Dana Kowalczyk/Icon Sportswire/AP",
        (("Dana Kowalczyk", "P"), ("Icon Sportswire", "A"), ("AP", "D")),
    ),
    (
        "Photo by Pim Ostergaard/Offside/Getty Images",
        (("Pim Ostergaard", "P"), ("Offside", "A"), ("Getty Images", "D")),
    ),
    ("Offside/Pim Ostergaard", (("Pim Ostergaard", "P"), ("Offside", "A"))),
    ("Ciarán Mulhall/Sportsfile", (("Ciarán Mulhall", "P"), ("Sportsfile", "A"))),
    ("Photo: Ciarán Mulhall / Sportsfile", (("Ciarán Mulhall", "P"), ("Sportsfile", "A"))),
    ("©INPHO/Ciarán Mulhall", (("Ciarán Mulhall", "P"), ("INPHO", "A"))),
    (
        "Photo by Ciarán Mulhall/Sportsfile via Getty Images",
        (("Ciarán Mulhall", "P"), ("Sportsfile", "A"), ("Getty Images", "D")),
    ),
    ("Sportsfile", (("Sportsfile", "A"),)),
    (
        "Photo by Marcus Bellweather/Backpage Images/Getty Images",
        (("Marcus Bellweather", "P"), ("Backpage Images", "A"), ("Getty Images", "D")),
    ),
    ("Marcus Bellweather/Backpage Images", (("Marcus Bellweather", "P"), ("Backpage Images", "A"))),
    ("Photo: PA Images/Alamy", (("PA Images", "A"), ("Alamy", "D"))),
    (
        "Photo by Tess Abernathy/NHLI via Getty Images",
        (("Tess Abernathy", "P"), ("NHLI", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo by Tess Abernathy/NBAE via Getty Images",
        (("Tess Abernathy", "P"), ("NBAE", "A"), ("Getty Images", "D")),
    ),
    ("Tess Abernathy/PA Wire", (("Tess Abernathy", "P"), ("PA Wire", "A"))),
    (
        "Tess Abernathy/PA Wire/PA Images",
        (("Tess Abernathy", "P"), ("PA Wire", "A"), ("PA Images", "D")),
    ),
    ("PA Wire/PA Images", (("PA Wire", "A"), ("PA Images", "D"))),
    (
        "Photo by Karl Bremer/Bongarts/Getty Images",
        (("Karl Bremer", "P"), ("Bongarts", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo by Karl Bremer/CameraSport via Getty Images",
        (("Karl Bremer", "P"), ("CameraSport", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo: Karl Bremer/ProSports/Shutterstock",
        (("Karl Bremer", "P"), ("ProSports", "A"), ("Shutterstock", "D")),
    ),
    # --- stock and editorial libraries -------------------------------------------------
    ("Photo: Selma Rydberg/Alamy", (("Selma Rydberg", "P"), ("Alamy", "A"))),
    ("Selma Rydberg / Alamy Stock Photo", (("Selma Rydberg", "P"), ("Alamy", "A"))),
    ("Alamy Stock Photo", (("Alamy", "A"),)),
    ("Photo: Alamy", (("Alamy", "A"),)),
    (
        "Selma Rydberg/ZUMA Wire/Alamy Live News",
        (("Selma Rydberg", "P"), ("ZUMA Wire", "A"), ("Alamy Live News", "D")),
    ),
    (
        "Selma Rydberg/SOPA Images via ZUMA Wire",
        (("Selma Rydberg", "P"), ("SOPA Images", "A"), ("ZUMA Wire", "D")),
    ),
    ("© Selma Rydberg/ZUMA Press Wire", (("Selma Rydberg", "P"), ("ZUMA Press Wire", "A"))),
    (
        "Photo: Selma Rydberg/ZUMA Press/Shutterstock",
        (("Selma Rydberg", "P"), ("ZUMA Press", "A"), ("Shutterstock", "D")),
    ),
    ("Selma Rydberg/Shutterstock", (("Selma Rydberg", "P"), ("Shutterstock", "A"))),
    ("Photo: Shutterstock", (("Shutterstock", "A"),)),
    (
        "Mandatory Credit: Photo by Selma Rydberg/Shutterstock (13892211c)",
        (("Selma Rydberg", "P"), ("Shutterstock", "A")),
    ),
    (
        "Mandatory Credit: Photo by Selma Rydberg/REX/Shutterstock (9912345b)",
        (("Selma Rydberg", "P"), ("REX", "A"), ("Shutterstock", "D")),
    ),
    (
        "Photo by Selma Rydberg/Anadolu Agency via Getty Images",
        (("Selma Rydberg", "P"), ("Anadolu Agency", "A"), ("Getty Images", "D")),
    ),
    (
        "Selma Rydberg/Anadolu via Getty Images",
        (("Selma Rydberg", "P"), ("Anadolu", "A"), ("Getty Images", "D")),
    ),
    ("Photo: Selma Rydberg/Anadolu", (("Selma Rydberg", "P"), ("Anadolu", "A"))),
    ("Selma Rydberg - Anadolu Agency", (("Selma Rydberg", "P"), ("Anadolu Agency", "A"))),
    ("Photo: iStock", (("iStock", "A"),)),
    (
        "Selma Rydberg/NurPhoto via Getty Images",
        (("Selma Rydberg", "P"), ("NurPhoto", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo: Selma Rydberg/Bloomberg via Getty Images",
        (("Selma Rydberg", "P"), ("Bloomberg", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo by Selma Rydberg/Universal Images Group via Getty Images",
        (("Selma Rydberg", "P"), ("Universal Images Group", "A"), ("Getty Images", "D")),
    ),
    (
        "Photo by Selma Rydberg/Hindustan Times via Getty Images",
        (("Selma Rydberg", "P"), ("Hindustan Times", "A"), ("Getty Images", "D")),
    ),
    (
        "Selma Rydberg/Middle East Images/AFP via Getty Images",
        # the wire after the photo agency passes its picture on, as the guideline's
        # "Name/Chicago Tribune/TNS" and the dev set's "Name/SOPA Images/LightRocket via ..."
        (("Selma Rydberg", "P"), ("Middle East Images", "A"), ("AFP", "D"), ("Getty Images", "D")),
    ),
    # --- Chinese state media -----------------------------------------------------------
    ("Xinhua/Zhao Dingxin", (("Zhao Dingxin", "P"), ("Xinhua", "A"))),
    ("(Xinhua/Zhao Dingxin)", (("Zhao Dingxin", "P"), ("Xinhua", "A"))),
    ("Photo: Xinhua", (("Xinhua", "A"),)),
    (
        "Zhao Dingxin/Xinhua via Getty Images",
        (("Zhao Dingxin", "P"), ("Xinhua", "A"), ("Getty Images", "D")),
    ),
    ("Xinhua News Agency/Zhao Dingxin", (("Zhao Dingxin", "P"), ("Xinhua News Agency", "A"))),
    ("Photo: CFP", (("CFP", "A"),)),
    ("CFP/Zhao Dingxin", (("Zhao Dingxin", "P"), ("CFP", "A"))),
    ("Photo: VCG", (("VCG", "A"),)),
    (
        "Zhao Dingxin/VCG via Getty Images",
        (("Zhao Dingxin", "P"), ("VCG", "A"), ("Getty Images", "D")),
    ),
    ("Photo: Zhao Dingxin/China Daily", (("Zhao Dingxin", "P"), ("China Daily", "A"))),
    ("Photo: Zhao Dingxin/GT", (("Zhao Dingxin", "P"), ("GT", "A"))),
    ("Zhao Dingxin/China News Service", (("Zhao Dingxin", "P"), ("China News Service", "A"))),
    ("新华社记者 赵鼎新 摄", (("赵鼎新", "P"), ("新华社", "A"))),
    ("新华社发（赵鼎新 摄）", (("赵鼎新", "P"), ("新华社", "A"))),
    ("图片来源：视觉中国", (("视觉中国", "A"),)),
    ("中新社记者 赵鼎新 摄", (("赵鼎新", "P"), ("中新社", "A"))),
    # --- Russian state media -----------------------------------------------------------
    ("Фото: Сергей Бобров/ТАСС", (("Сергей Бобров", "P"), ("ТАСС", "A"))),
    ("Фото: Сергей Бобров / ТАСС", (("Сергей Бобров", "P"), ("ТАСС", "A"))),
    ("Фото: ТАСС", (("ТАСС", "A"),)),
    ("Фото: РИА Новости", (("РИА Новости", "A"),)),
    ("Фото: Рамиль Сафиуллин / РИА Новости", (("Рамиль Сафиуллин", "P"), ("РИА Новости", "A"))),
    ("Фото: Глеб Ковалёв / Коммерсантъ", (("Глеб Ковалёв", "P"), ("Коммерсантъ", "A"))),
    ("Фото: пресс-служба Кремля", (("пресс-служба Кремля", "S"),)),
    ("Фото: kremlin.ru", (("kremlin.ru", "S"),)),
    ("Sergei Bobrov/TASS", (("Sergei Bobrov", "P"), ("TASS", "A"))),
    (
        "Sergei Bobrov\\TASS via Getty Images",
        (("Sergei Bobrov", "P"), ("TASS", "A"), ("Getty Images", "D")),
    ),
    ("Photo: Ramil Safiullin/RIA Novosti", (("Ramil Safiullin", "P"), ("RIA Novosti", "A"))),
    (
        "Sputnik/Ramil Safiullin/Kremlin via REUTERS",
        (("Ramil Safiullin", "P"), ("Sputnik", "A"), ("Kremlin", "S"), ("Reuters", "D")),
    ),
    (
        "Sputnik/Ramil Safiullin/Pool via REUTERS",
        (("Ramil Safiullin", "P"), ("Sputnik", "A"), ("pool", "A"), ("Reuters", "D")),
    ),
    ("RIA Novosti/Ramil Safiullin", (("Ramil Safiullin", "P"), ("RIA Novosti", "A"))),
    ("Photo: Izvestia/Gleb Kovalev", (("Gleb Kovalev", "P"), ("Izvestia", "A"))),
    # --- India, Pakistan, Bangladesh ---------------------------------------------------
    ("PTI Photo", (("PTI", "A"),)),
    ("(PTI Photo/Kamal Singhania)", (("Kamal Singhania", "P"), ("PTI", "A"))),
    ("PTI Photo by Kamal Singhania", (("Kamal Singhania", "P"), ("PTI", "A"))),
    ("File photo: PTI", (("PTI", "A"),)),
    ("ANI Photo", (("ANI", "A"),)),
    ("Photo: ANI", (("ANI", "A"),)),
    ("Photo: IANS", (("IANS", "A"),)),
    ("Express photo by Praveen Kaushal", (("Praveen Kaushal", "P"), ("Express", "A"))),
    ("Express Photo: Praveen Kaushal", (("Praveen Kaushal", "P"), ("Express", "A"))),
    ("Express photo", (("Express", "A"),)),
    ("(Express Photo by Praveen Kaushal)", (("Praveen Kaushal", "P"), ("Express", "A"))),
    ("HT Photo/Raj K Bhatia", (("Raj K Bhatia", "P"), ("HT", "A"))),
    ("Photo: Raj K Bhatia/HT", (("Raj K Bhatia", "P"), ("HT", "A"))),
    ("Photo: The Hindu", (("The Hindu", "A"),)),
    ("Photo: Special Arrangement", (("handout", "S"),)),
    ("Photo: White Star", (("White Star", "A"),)),
    ("Photo: White Star/Fahim Qureshi", (("Fahim Qureshi", "P"), ("White Star", "A"))),
    ("— Photo: APP", (("APP", "A"),)),
    ("Photo: Express/Fahim Qureshi", (("Fahim Qureshi", "P"), ("Express", "A"))),
    ("Photo: Prabir Chowdhury", (("Prabir Chowdhury", "P"),)),
    ("Photo: Star/Prabir Chowdhury", (("Prabir Chowdhury", "P"), ("Star", "A"))),
    ("Photo: UNB", (("UNB", "A"),)),
    ("Photo: BSS", (("BSS", "A"),)),
    ("Photo: Focus Bangla", (("Focus Bangla", "A"),)),
    # --- Latin America -----------------------------------------------------------------
    ("Foto: Cuartoscuro", (("Cuartoscuro", "A"),)),
    ("Foto: Moisés Pantoja / Cuartoscuro", (("Moisés Pantoja", "P"), ("Cuartoscuro", "A"))),
    ("Foto: Cuartoscuro/Moisés Pantoja", (("Moisés Pantoja", "P"), ("Cuartoscuro", "A"))),
    ("Foto: Agencia Uno", (("Agencia Uno", "A"),)),
    ("Foto: Sebastián Ibarra/Agencia Uno", (("Sebastián Ibarra", "P"), ("Agencia Uno", "A"))),
    ("Foto: EFE/Mario Gutiérrez", (("Mario Gutiérrez", "P"), ("EFE", "A"))),
    ("Foto: Archivo El Universal", (("El Universal", "A"),)),
    ("Foto: Presidencia", (("Presidencia", "S"),)),
    ("Foto: Reprodução/Instagram", (("Instagram", "S"),)),
    ("Foto: Marcelo Campos/Agência Brasil", (("Marcelo Campos", "P"), ("Agência Brasil", "A"))),
    ("Foto: Télam", (("Télam", "A"),)),
    ("Foto: Andina", (("Andina", "A"),)),
    ("Foto: Reuters/Henry Romero", (("Henry Romero", "P"), ("Reuters", "A"))),
    ("Fotografía: Mario Gutiérrez / La Nación", (("Mario Gutiérrez", "P"), ("La Nación", "A"))),
    ("Foto: Mario Gutiérrez | Clarín", (("Mario Gutiérrez", "P"), ("Clarín", "A"))),
    ("Foto: cortesía de la familia Ortega", (("la familia Ortega", "S"),)),
    # --- Greek, Czech, Hungarian, Romanian, Arabic -------------------------------------
    ("ΦΩΤΟ: EUROKINISSI", (("Eurokinissi", "A"),)),
    ("EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΠΑΔΑΚΗΣ", (("Γιάννης Παπαδάκης", "P"), ("Eurokinissi", "A"))),
    ("Φωτογραφία: ΑΠΕ-ΜΠΕ", (("ΑΠΕ-ΜΠΕ", "A"),)),
    ("ΑΠΕ-ΜΠΕ/Ορέστης Παπαδάκης", (("Ορέστης Παπαδάκης", "P"), ("ΑΠΕ-ΜΠΕ", "A"))),
    ("Φωτ.: Intime News", (("Intime News", "A"),)),
    ("ANA-MPA/Orestis Papadakis", (("Orestis Papadakis", "P"), ("ANA-MPA", "A"))),
    ("Foto: ČTK / Vít Šimek", (("Vít Šimek", "P"), ("ČTK", "A"))),
    ("Foto: Vít Šimek, MAFRA", (("Vít Šimek", "P"), ("MAFRA", "A"))),
    ("Foto: Profimedia", (("Profimedia", "A"),)),
    ("Foto: Vít Šimek, Seznam Zprávy", (("Vít Šimek", "P"), ("Seznam Zprávy", "A"))),
    ("Fotó: MTI/Koszta Szilárd", (("Koszta Szilárd", "P"), ("MTI", "A"))),
    ("Fotó: Koszta Szilárd / MTI", (("Koszta Szilárd", "P"), ("MTI", "A"))),
    ("Fotó: Facebook", (("Facebook", "S"),)),
    ("Fotó: Index / Huszár István", (("Huszár István", "P"), ("Index", "A"))),
    ("Foto: Inquam Photos / Octavian Gavrilă", (("Octavian Gavrilă", "P"), ("Inquam Photos", "A"))),
    ("Sursa foto: Agerpres", (("Agerpres", "A"),)),
    ("Foto: Agerpres", (("Agerpres", "A"),)),
    ("تصوير: محمد حسنين", (("محمد حسنين", "P"),)),
    ("الصورة: رويترز", (("رويترز", "A"),)),
    ("(رويترز)", (("رويترز", "A"),)),
    ("تصوير: محمد حسنين - الأناضول", (("محمد حسنين", "P"), ("الأناضول", "A"))),
    # --- AP tails ----------------------------------------------------------------------
    ("(AP Photo/Hollis Brandt, File)", (("Hollis Brandt", "P"), ("AP", "A"))),
    ("(AP Photo/Hollis Brandt, Pool)", (("Hollis Brandt", "P"), ("AP", "A"), ("pool", "A"))),
    ("(AP Photo/Hollis Brandt, Pool, File)", (("Hollis Brandt", "P"), ("AP", "A"), ("pool", "A"))),
    ("(AP Photo)", (("AP", "A"),)),
    ("(AP Photo, File)", (("AP", "A"),)),
    ("(AP Photo/Hollis Brandt, file)", (("Hollis Brandt", "P"), ("AP", "A"))),
    (
        "(Hollis Brandt/The Gazette via AP)",
        (("Hollis Brandt", "P"), ("The Gazette", "A"), ("AP", "D")),
    ),
    ("(Courtesy of Meridian Robotics via AP)", (("Meridian Robotics", "S"), ("AP", "D"))),
    (
        "(Kelso County Sheriff's Office via AP)",
        (("Kelso County Sheriff's Office", "S"), ("AP", "D")),
    ),
    (
        "(AP Photo/Hollis Brandt and Mei Tanaka)",
        (("Hollis Brandt", "P"), ("Mei Tanaka", "P"), ("AP", "A")),
    ),
    (
        "(Hollis Brandt/The Gazette via AP, File)",
        (("Hollis Brandt", "P"), ("The Gazette", "A"), ("AP", "D")),
    ),
    # --- wedding and society -----------------------------------------------------------
    (
        "Photo by Patrick McMullan/Patrick McMullan via Getty Images",
        (("Patrick McMullan", "P"), ("Patrick McMullan", "A"), ("Getty Images", "D")),
    ),
    ("Photo: Nadine Lebrun/BFA.com", (("Nadine Lebrun", "P"), ("BFA.com", "A"))),
    ("Courtesy of the couple", (("the couple", "S"),)),
    ("Photo courtesy of the bride's family", (("the bride's family", "S"),)),
    (
        "Photograph by Nadine Lebrun for Town & Country",
        (("Nadine Lebrun", "P"), ("Town & Country", "A")),
    ),
    ("Photo: Nadine Lebrun/WireImage", (("Nadine Lebrun", "P"), ("WireImage", "A"))),
    (
        "Nadine Lebrun/Getty Images for Harbor Gala",
        (("Nadine Lebrun", "P"), ("Getty Images", "A"), ("Harbor Gala", "S")),
    ),
    ("Photo by Nadine Lebrun/FilmMagic", (("Nadine Lebrun", "P"), ("FilmMagic", "A"))),
    # --- readers and user-generated ----------------------------------------------------
    ("Photo: Supplied", (("submitted", "S"),)),
    ("Supplied", (("submitted", "S"),)),
    ("Reader photo", (("submitted", "S"),)),
    ("Photo: Reader submitted", (("submitted", "S"),)),
    # "CONTRIBUTED IMAGE" is a marker in the dev set, as the role code "Contributor": no party
    ("Picture: Contributed", ()),
    ("Photo: Supplied by the family", (("the family", "S"),)),
    ("Photo: Jody Marsh/Supplied", (("Jody Marsh", "P"), ("submitted", "S"))),
    ("Submitted by Jody Marsh", (("Jody Marsh", "S"),)),
    ("Photo courtesy of Jody Marsh", (("Jody Marsh", "S"),)),
    ("Courtesy photo", (("submitted", "S"),)),
    ("Photo: @jodymarsh/X", (("@jodymarsh", "S"), ("X", "S"))),
    # --- maps and graphics -------------------------------------------------------------
    ("Graphic: Reuters", (("Reuters", "A"),)),
    ("Graphic: AFP", (("AFP", "A"),)),
    ("Graphic: Nell Arbuthnot", (("Nell Arbuthnot", "P"),)),
    (
        "Graphic: Nell Arbuthnot/The Washington Post",
        (("Nell Arbuthnot", "P"), ("The Washington Post", "A")),
    ),
    ("Map: Nell Arbuthnot", (("Nell Arbuthnot", "P"),)),
    ("Illustration: Nell Arbuthnot", (("Nell Arbuthnot", "P"),)),
    (
        "Illustration by Nell Arbuthnot for The Atlantic",
        (("Nell Arbuthnot", "P"), ("The Atlantic", "A")),
    ),
    (
        "Graphic by Nell Arbuthnot | The Dallas Morning News",
        (("Nell Arbuthnot", "P"), ("The Dallas Morning News", "A")),
    ),
    ("Map: OpenStreetMap", (("OpenStreetMap", "S"),)),
    ("Image: NASA/ESA", (("NASA", "S"), ("ESA", "S"))),
    ("Satellite image ©2026 Maxar Technologies", (("Maxar Technologies", "S"),)),
    ("Satellite image: Planet Labs PBC via AP", (("Planet Labs PBC", "S"), ("AP", "D"))),
    # --- families stop 42 left wrong ---------------------------------------------------
    ("Foto: DHA", (("DHA", "A"),)),
    ("Foto: dpa-Pool", (("dpa", "A"), ("pool", "A"))),
    ("dpa-Pool/Karin Weller", (("Karin Weller", "P"), ("dpa", "A"), ("pool", "A"))),
    (
        "Courtesy of the Estate of Ruth Okafor and Abel Fenn",
        (("the Estate of Ruth Okafor and Abel Fenn", "S"),),
    ),
    ("Reuters TV", (("Reuters TV", "A"),)),
    ("REUTERS TV via REUTERS", (("Reuters TV", "A"), ("Reuters", "D"))),
    ("NASA/JPL-Caltech", (("NASA", "S"), ("JPL-Caltech", "S"))),
    ("NASA/JPL-Caltech/MSSS", (("NASA", "S"), ("JPL-Caltech", "S"), ("MSSS", "S"))),
    # --- role codes, ids, unnamed suppliers --------------------------------------------
    ("STR/AFP", (("AFP", "A"),)),
    ("STF/AFP via Getty Images", (("AFP", "A"), ("Getty Images", "D"))),
    ("Stringer/Reuters", (("Reuters", "A"),)),
    ("Various sources/AFP", (("various sources", "S"), ("AFP", "A"))),
    ("Pool/AFP", (("pool", "A"), ("AFP", "A"))),
    ("HANDOUT/EPA", (("handout", "S"), ("EPA", "D"))),
    ("Handout/Kelso Police/AFP", (("handout", "S"), ("Kelso Police", "S"), ("AFP", "D"))),
    ("REUTERS/Hollis Brandt TPX IMAGES OF THE DAY", (("Hollis Brandt", "P"), ("Reuters", "A"))),
)

# Captions holding their own credit (the credit argument empty), and captions or
# figcaptions that hold no credit at all (expected: no party).
CAPTIONS: tuple[Case, ...] = (
    (
        "Firefighters battle a wildfire near Marathon on Tuesday. (AP Photo/Hollis Brandt, File)",
        (("Hollis Brandt", "P"), ("AP", "A")),
    ),
    ("Rescuers search the rubble in Hatay. Photo: DHA", (("DHA", "A"),)),
    ("Fans celebrate in the city centre. Foto: Télam", (("Télam", "A"),)),
    (
        "Workers clear snow in Harbin on Monday. (Xinhua/Zhao Dingxin)",
        (("Zhao Dingxin", "P"), ("Xinhua", "A")),
    ),
    (
        "Protesters gather outside parliament in Dhaka. Photo: Star/Prabir Chowdhury",
        (("Prabir Chowdhury", "P"), ("Star", "A")),
    ),
    ("Commuters wait at a station in Mumbai. (PTI Photo)", (("PTI", "A"),)),
    ("Новый мост через реку. Фото: Сергей Бобров/ТАСС", (("Сергей Бобров", "P"), ("ТАСС", "A"))),
    (
        "Striker Jonah Pike scores in the first half. Mandatory Credit: Kirby Delaney-USA TODAY Sports",
        (("Kirby Delaney", "P"), ("USA TODAY Sports", "A")),
    ),
    (
        "Soldiers patrol the border town. REUTERS/Hollis Brandt/File Photo",
        (("Hollis Brandt", "P"), ("Reuters", "A")),
    ),
    (
        "The couple at their reception in Newport. Photo courtesy of the bride's family",
        (("the bride's family", "S"),),
    ),
    ("Flooding on Main Street on Sunday. Photo: Supplied", (("submitted", "S"),)),
    (
        "Manifestantes marchan por el centro. Foto: Moisés Pantoja / Cuartoscuro",
        (("Moisés Pantoja", "P"), ("Cuartoscuro", "A")),
    ),
    (
        "The route of the new line. Graphic: Nell Arbuthnot/The Washington Post",
        (("Nell Arbuthnot", "P"), ("The Washington Post", "A")),
    ),
    ("Mars as seen by the orbiter. NASA/JPL-Caltech", (("NASA", "S"), ("JPL-Caltech", "S"))),
    ("NASA/JPL-Caltech", (("NASA", "S"), ("JPL-Caltech", "S"))),
    ("Reuters TV", (("Reuters TV", "A"),)),
    ("Sportsfile", (("Sportsfile", "A"),)),
    ("Foto: dpa-Pool", (("dpa", "A"), ("pool", "A"))),
    (
        "Courtesy of the Estate of Ruth Okafor and Abel Fenn",
        (("the Estate of Ruth Okafor and Abel Fenn", "S"),),
    ),
    # neighbours: no credit
    ("USA/Joe Biden", ()),
    ("Berlin/Brüssel", ()),
    ("Bild 3 von 12", ()),
    ("Photo 4 of 9", ()),
    ("Kyiv/Moscow", ()),
    ("Mumbai/New Delhi", ()),
    ("Left to right: Ruth Okafor, Abel Fenn and Jonah Pike.", ()),
    ("The minister told AFP on Monday that talks would resume.", ()),
    ("Ruth Okafor (left) and Abel Fenn at the gala in Paris.", ()),
    ("Imagen 2 de 10", ()),
    ("Jonah Pike celebrates his goal against Wexford.", ()),
    ("Map of the flooded districts", ()),
)
