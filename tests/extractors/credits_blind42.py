"""Blind round 42 of photo-credit lines and captions, written before reading the splitter.

Each case is a credit (or a caption with its credit inline) and the parties a reader
would name from it under the credits annotation guideline: the photographer, the agency
that supplied the picture, the distributor that passed it on, and sources (institutions,
platforms, broadcasters' stills, handouts). Role codes, archive markers and image ids are
never parties. Lines that hold no credit expect no party.

The house styles are those the earlier rounds covered least: papers and wires writing in
Spanish, Portuguese, Italian, German, Dutch, Nordic languages, Polish, Turkish, Japanese
and Korean; TV and video stills; social-media embeds; museum and archive credits; science
agencies; and the families the last round left wrong.
"""

from __future__ import annotations

from provenance import CreditRole

Party = tuple[str | None, CreditRole]
Case = tuple[str, tuple[Party, ...]]


def key(text: str) -> str:
    """The id of a case: its last 60 characters (where a caption's credit is)."""
    return text[-60:]


def p(name: str) -> Party:
    """A photographer."""
    return (name, CreditRole.PHOTOGRAPHER)


def a(name: str | None) -> Party:
    """An agency (None: a pool)."""
    return (name, CreditRole.AGENCY)


def d(name: str) -> Party:
    """A distributor."""
    return (name, CreditRole.DISTRIBUTOR)


def s(name: str | None) -> Party:
    """A source (None: a handout)."""
    return (name, CreditRole.SOURCE)


SPANISH: list[Case] = [
    ("Foto: Ana Pérez/EFE", (p("Ana Pérez"), a("EFE"))),
    ("EFE/Juanjo Martín", (a("EFE"), p("Juanjo Martín"))),
    ("(Foto: Europa Press)", (a("Europa Press"),)),
    ("Imagen: Reuters", (a("Reuters"),)),
    ("Fotografía: Carlos Ruiz / AFP", (p("Carlos Ruiz"), a("AFP"))),
    ("EFE/Archivo", (a("EFE"),)),
    ("Foto: Cedida por el Ayuntamiento de Sevilla", (s("el Ayuntamiento de Sevilla"),)),
    ("Cortesía de la Fiscalía General", (s("la Fiscalía General"),)),
    ("Foto: Marta Gil para El País", (p("Marta Gil"), a("El País"))),
    ("Foto de Luis Sevillano", (p("Luis Sevillano"),)),
    ("Imagen: Captura de video / RTVE", (s("RTVE"),)),
    ("EFE/ Mariscal", (a("EFE"), p("Mariscal"))),
    ("Foto: Presidencia de México/AFP", (s("Presidencia de México"), d("AFP"))),
    ("Carlos Ortega (EFE)", (p("Carlos Ortega"), a("EFE"))),
    ("Foto: Archivo El Universal", (a("El Universal"),)),
    ("Crédito: Cuartoscuro", (a("Cuartoscuro"),)),
    ("Foto: Agencia Uno", (a("Agencia Uno"),)),
    ("Imagen: Getty Images", (a("Getty Images"),)),
    ("Foto: EFE/ Sáshenka Gutiérrez", (a("EFE"), p("Sáshenka Gutiérrez"))),
    ("Fotografía: Europa Press/Archivo", (a("Europa Press"),)),
]

PORTUGUESE: list[Case] = [
    ("Foto: Tânia Rêgo/Agência Brasil", (p("Tânia Rêgo"), a("Agência Brasil"))),
    ("Foto: Reprodução/Instagram", (s("Instagram"),)),
    ("Foto: Divulgação", (s(None),)),
    ("LUSA/JOSÉ SENA GOULÃO", (a("Lusa"), p("José Sena Goulão"))),
    ("Foto: Pedro Kirilos/Agência O Globo", (p("Pedro Kirilos"), a("Agência O Globo"))),
    ("Foto: Folhapress", (a("Folhapress"),)),
    ("Foto: Beatriz Lemos/Folhapress", (p("Beatriz Lemos"), a("Folhapress"))),
    ("Imagem: Reprodução/TV Globo", (s("TV Globo"),)),
    ("Foto: Estadão Conteúdo", (a("Estadão Conteúdo"),)),
    ("Fotografia: Rui Duarte Silva / Expresso", (p("Rui Duarte Silva"), a("Expresso"))),
    ("Foto: Lusa", (a("Lusa"),)),
    ("Foto: Marcelo Dias/Agência Brasil/Arquivo", (p("Marcelo Dias"), a("Agência Brasil"))),
]

ITALIAN: list[Case] = [
    ("ANSA/ETTORE FERRARI", (a("ANSA"), p("Ettore Ferrari"))),
    ("(ANSA)", (a("ANSA"),)),
    ("Foto LaPresse", (a("LaPresse"),)),
    ("Foto di Giulia Rossi", (p("Giulia Rossi"),)),
    ("Foto Imagoeconomica", (a("Imagoeconomica"),)),
    ("Foto: Fabio Frustaci/ANSA", (p("Fabio Frustaci"), a("ANSA"))),
    ("Foto ANSA/ANGELO CARCONI", (a("ANSA"), p("Angelo Carconi"))),
    ("Foto Cecilia Fabiano/LaPresse", (p("Cecilia Fabiano"), a("LaPresse"))),
    ("Fotogramma", (a("Fotogramma"),)),
    ("Foto: Ufficio stampa Palazzo Chigi", (s("Ufficio stampa Palazzo Chigi"),)),
]

GERMAN: list[Case] = [
    ("Foto: Kay Nietfeld/dpa", (p("Kay Nietfeld"), a("dpa"))),
    ("Foto: dpa", (a("dpa"),)),
    ("Bild: Imago/Jens Schicke", (a("Imago"), p("Jens Schicke"))),
    ("Bild: Keystone/Peter Klaunzer", (a("Keystone"), p("Peter Klaunzer"))),
    ("Foto: APA/Helmut Fohringer", (a("APA"), p("Helmut Fohringer"))),
    ("Bild: Reuters/Fabrizio Bensch", (a("Reuters"), p("Fabrizio Bensch"))),
    ("Foto: Sebastian Gollnow/dpa/Archiv", (p("Sebastian Gollnow"), a("dpa"))),
    ("Foto: AFP/JOHN MCDOUGALL", (a("AFP"), p("John McDougall"))),
    ("Quelle: Reuters", (a("Reuters"),)),
    ("Foto: Bernd von Jutrczenka/dpa", (p("Bernd von Jutrczenka"), a("dpa"))),
    ("Foto: Britta Pedersen/dpa-Zentralbild", (p("Britta Pedersen"), a("dpa-Zentralbild"))),
    ("Foto: Thomas Möller für DIE ZEIT", (p("Thomas Möller"), a("Die Zeit"))),
    ("Foto von Anna Becker", (p("Anna Becker"),)),
    ("Fotos: Bundesregierung/Steffen Kugler", (s("Bundesregierung"), p("Steffen Kugler"))),
    ("Bildquelle: Reuters", (a("Reuters"),)),
    ("Foto: Michael Kappeler/dpa-Pool/dpa", (p("Michael Kappeler"), a(None), a("dpa"))),
]

DUTCH: list[Case] = [
    ("Foto: ANP/Koen van Weel", (a("ANP"), p("Koen van Weel"))),
    ("ANP KOEN VAN WEEL", (a("ANP"), p("Koen van Weel"))),
    ("Beeld: ANP", (a("ANP"),)),
    ("Beeld Reuters", (a("Reuters"),)),
    ("Foto: Hollandse Hoogte/Lex van Lieshout", (a("Hollandse Hoogte"), p("Lex van Lieshout"))),
    ("Beeld: Jiri Büller/de Volkskrant", (p("Jiri Büller"), a("de Volkskrant"))),
    ("Foto: Belga", (a("Belga"),)),
    ("BELGA PHOTO NICOLAS MAETERLINCK", (a("Belga"), p("Nicolas Maeterlinck"))),
    ("Beeld: AFP", (a("AFP"),)),
    ("Foto: Sem van der Wal/ANP", (p("Sem van der Wal"), a("ANP"))),
]

NORDIC: list[Case] = [
    ("Foto: Jonas Ekströmer/TT", (p("Jonas Ekströmer"), a("TT"))),
    ("Bild: TT Nyhetsbyrån", (a("TT Nyhetsbyrån"),)),
    ("Kuva: Heikki Saukkomaa / Lehtikuva", (p("Heikki Saukkomaa"), a("Lehtikuva"))),
    ("Kuva: Lehtikuva", (a("Lehtikuva"),)),
    ("Foto: Lise Åserud / NTB", (p("Lise Åserud"), a("NTB"))),
    ("Foto: NTB", (a("NTB"),)),
    ("Foto: Ritzau Scanpix", (a("Ritzau Scanpix"),)),
    ("Foto: Mads Claus Rasmussen/Ritzau Scanpix", (p("Mads Claus Rasmussen"), a("Ritzau Scanpix"))),
    ("Bild: Fredrik Sandberg/TT", (p("Fredrik Sandberg"), a("TT"))),
    ("Kuva: Markku Ulander / LEHTIKUVA", (p("Markku Ulander"), a("Lehtikuva"))),
    ("Foto: Scanpix", (a("Scanpix"),)),
]

POLISH: list[Case] = [
    ("Zdjęcie: PAP/Leszek Szymański", (a("PAP"), p("Leszek Szymański"))),
    ("Fot. PAP/Radek Pietruszka", (a("PAP"), p("Radek Pietruszka"))),
    ("fot. Agencja Gazeta", (a("Agencja Gazeta"),)),
    ("Fot. Jakub Kamiński/East News", (p("Jakub Kamiński"), a("East News"))),
    ("Fot. Adam Stępień / Agencja Wyborcza.pl", (p("Adam Stępień"), a("Agencja Wyborcza.pl"))),
    ("Zdjęcie: Reuters", (a("Reuters"),)),
    ("fot. materiały prasowe", (s(None),)),
    ("Fot. Shutterstock", (a("Shutterstock"),)),
    ("Źródło: PAP", (a("PAP"),)),
]

TURKISH: list[Case] = [
    ("Fotoğraf: AA", (a("AA"),)),
    ("Fotoğraf: Anadolu Ajansı", (a("Anadolu Ajansı"),)),
    ("Foto: DHA", (a("DHA"),)),
    ("Fotoğraf: Ali Balıkçı/AA", (p("Ali Balıkçı"), a("AA"))),
    ("Fotoğraf: İHA", (a("İHA"),)),
    ("Kaynak: Reuters", (a("Reuters"),)),
    ("Fotoğraf: Reuters/Umut Sezer", (a("Reuters"), p("Umut Sezer"))),
]

JAPANESE: list[Case] = [
    ("写真:共同通信", (a("共同通信"),)),
    ("写真：ロイター", (a("ロイター"),)),
    ("写真：AP", (a("AP"),)),
    ("撮影：山田太郎", (p("山田太郎"),)),
    ("写真：読売新聞", (a("読売新聞"),)),
    ("（共同）", (a("共同"),)),
    ("写真：時事", (a("時事"),)),
    ("写真提供：防衛省", (s("防衛省"),)),
]

KOREAN: list[Case] = [
    ("사진=연합뉴스", (a("연합뉴스"),)),
    ("사진=로이터 연합뉴스", (a("로이터"), d("연합뉴스"))),
    ("사진=뉴스1", (a("뉴스1"),)),
    ("사진=청와대 제공", (s("청와대"),)),
    ("사진=김철수 기자", (p("김철수"),)),
    ("사진=AP 연합뉴스", (a("AP"), d("연합뉴스"))),
    ("사진=뉴시스", (a("뉴시스"),)),
]

TV_AND_VIDEO: list[Case] = [
    ("Reuters TV", (a("Reuters TV"),)),
    ("REUTERS TV via REUTERS", (a("Reuters TV"), d("Reuters"))),
    ("ITV via AP", (s("ITV"), d("AP"))),
    ("Screengrab/BBC", (s("BBC"),)),
    ("Video grab from BBC footage", (s("BBC"),)),
    (
        "Frame grab from a video released by the Ukrainian Defence Ministry",
        (s("the Ukrainian Defence Ministry"),),
    ),
    (
        "Ukrainian Defence Ministry/Handout via Reuters",
        (s("Ukrainian Defence Ministry"), s(None), d("Reuters")),
    ),
    ("Still from Sky News", (s("Sky News"),)),
    ("Video still: CNN", (s("CNN"),)),
    ("Photo: Channel 4 News", (s("Channel 4 News"),)),
    ("Courtesy of Netflix", (s("Netflix"),)),
    ("Russian Defence Ministry/AFP", (s("Russian Defence Ministry"), d("AFP"))),
    ("Screenshot from YouTube", (s("YouTube"),)),
    ("Image: Reuters TV", (a("Reuters TV"),)),
]

SOCIAL: list[Case] = [
    ("Photo: X/@jdoe_photos", (s("X"), s("@jdoe_photos"))),
    ("Screenshot from Telegram", (s("Telegram"),)),
    ("X/Twitter", (s("X/Twitter"),)),
    ("Screenshot: X/Twitter", (s("X/Twitter"),)),
    ("Instagram/@maria.lopes", (s("Instagram"), s("@maria.lopes"))),
    ("Telegram/@rybar", (s("Telegram"), s("@rybar"))),
    ("Source: TikTok", (s("TikTok"),)),
    ("Photo: Facebook", (s("Facebook"),)),
    ("Twitter/@NASA", (s("Twitter"), s("@NASA"))),
    ("Screenshot/YouTube", (s("YouTube"),)),
]

MUSEUMS_AND_ARCHIVES: list[Case] = [
    ("Courtesy of the Library of Congress", (s("the Library of Congress"),)),
    ("Library of Congress", (s("Library of Congress"),)),
    ("© Estate of Jane Roe", (s("Estate of Jane Roe"),)),
    ("Courtesy of the Metropolitan Museum of Art", (s("the Metropolitan Museum of Art"),)),
    ("National Archives", (s("National Archives"),)),
    ("Photo: Imperial War Museum", (s("Imperial War Museum"),)),
    ("Courtesy Gagosian", (s("Gagosian"),)),
    ("Smithsonian Institution Archives", (s("Smithsonian Institution Archives"),)),
    ("Photo courtesy of the Anne Frank House", (s("the Anne Frank House"),)),
    ("Bridgeman Images", (a("Bridgeman Images"),)),
    ("Imperial War Museums via Getty Images", (s("Imperial War Museums"), d("Getty Images"))),
    (
        "Courtesy of the Estate of Jane Roe and Hauser & Wirth",
        (s("the Estate of Jane Roe"), s("Hauser & Wirth")),
    ),
    ("Museo del Prado", (s("Museo del Prado"),)),
]

SCIENCE: list[Case] = [
    ("NASA/JPL-Caltech", (s("NASA"), s("JPL-Caltech"))),
    ("NASA, ESA, CSA, STScI", (s("NASA"), s("ESA"), s("CSA"), s("STScI"))),
    ("NASA/Bill Ingalls", (s("NASA"), p("Bill Ingalls"))),
    ("ESA/Webb", (s("ESA"), s("Webb"))),
    ("NASA/JPL-Caltech/MSSS", (s("NASA"), s("JPL-Caltech"), s("MSSS"))),
    ("ESA", (s("ESA"),)),
    ("NOAA via AP", (s("NOAA"), d("AP"))),
    ("Photo: NASA/Joel Kowsky", (s("NASA"), p("Joel Kowsky"))),
    ("SpaceX", (s("SpaceX"),)),
    ("Maxar Technologies via AP", (s("Maxar Technologies"), d("AP"))),
    ("Satellite image ©2024 Maxar Technologies", (s("Maxar Technologies"),)),
    (
        "Planet Labs PBC/Handout via Reuters",
        (s("Planet Labs PBC"), s(None), d("Reuters")),
    ),
    ("Image: ESA/NASA", (s("ESA"), s("NASA"))),
]

CHAINS_AND_WIRES: list[Case] = [
    (
        "Jane Roe/SOPA Images/LightRocket via Getty Images",
        (p("Jane Roe"), a("SOPA Images"), d("LightRocket"), d("Getty Images")),
    ),
    ("Mario Lutz/NurPhoto via Getty Images", (p("Mario Lutz"), a("NurPhoto"), d("Getty Images"))),
    ("Ahmet Kaya/Anadolu via Getty Images", (p("Ahmet Kaya"), a("Anadolu"), d("Getty Images"))),
    (
        "Sara Lind/Middle East Images/AFP via Getty Images",
        (p("Sara Lind"), a("Middle East Images"), d("AFP"), d("Getty Images")),
    ),
    (
        "Tom Hale/ZUMA Press Wire/Shutterstock",
        (p("Tom Hale"), a("ZUMA Press Wire"), d("Shutterstock")),
    ),
    ("Lena Fox/EPA-EFE/Shutterstock", (p("Lena Fox"), a("EPA-EFE"), d("Shutterstock"))),
    ("Paul Crane/Bloomberg via Getty Images", (p("Paul Crane"), a("Bloomberg"), d("Getty Images"))),
    ("Omar Haj/Xinhua via Getty Images", (p("Omar Haj"), a("Xinhua"), d("Getty Images"))),
    ("Yuri Ponomar/Sputnik via AP", (p("Yuri Ponomar"), a("Sputnik"), d("AP"))),
    ("Li Wen/VCG via Getty Images", (p("Li Wen"), a("VCG"), d("Getty Images"))),
    ("KCNA via Reuters", (a("KCNA"), d("Reuters"))),
    ("KCNA via REUTERS", (a("KCNA"), d("Reuters"))),
    ("KCNA/via REUTERS", (a("KCNA"), d("Reuters"))),
    ("Dan Ross - Reuters", (p("Dan Ross"), a("Reuters"))),
    ("Alma Kerr - Pool/Getty Images", (p("Alma Kerr"), a(None), a("Getty Images"))),
    ("Carla Muñoz (EFE)", (p("Carla Muñoz"), a("EFE"))),
    ("Jane Roe/AP", (p("Jane Roe"), a("AP"))),
    ("AP Photo/Jane Roe", (a("AP"), p("Jane Roe"))),
    ("(AP Photo/Jane Roe, File)", (a("AP"), p("Jane Roe"))),
    ("STR/AFP", (a("AFP"),)),
    ("STF/AFP via Getty Images", (a("AFP"), d("Getty Images"))),
    ("Stringer/Reuters", (a("Reuters"),)),
    ("Pool via AP", (a(None), d("AP"))),
    ("Jane Roe/Pool via Reuters", (p("Jane Roe"), a(None), d("Reuters"))),
    ("Handout/Reuters", (s(None), d("Reuters"))),
    ("Jane Roe for The New York Times", (p("Jane Roe"), a("The New York Times"))),
    ("Jane Roe/Getty Images for Netflix", (p("Jane Roe"), a("Getty Images"), s("Netflix"))),
    (
        "Sputnik/Gavriil Orlov/Pool via Reuters",
        (a("Sputnik"), p("Gavriil Orlov"), a(None), d("Reuters")),
    ),
    (
        "Jane Roe/The Washington Post via Getty Images",
        (p("Jane Roe"), a("The Washington Post"), d("Getty Images")),
    ),
    (
        "Ximena Borja/SOPA Images via ZUMA Press Wire",
        (p("Ximena Borja"), a("SOPA Images"), d("ZUMA Press Wire")),
    ),
    ("Image: GETTY", (a("Getty"),)),
    ("Photograph: Jane Roe/The Guardian", (p("Jane Roe"), a("The Guardian"))),
    ("Picture: PA", (a("PA"),)),
    ("Tom Hale/PA Wire", (p("Tom Hale"), a("PA Wire"))),
    ("Mehmet Arslan - Anadolu Agency", (p("Mehmet Arslan"), a("Anadolu Agency"))),
    ("Kin Cheung - AP", (p("Kin Cheung"), a("AP"))),
    ("Pedro Nunes (Reuters)", (p("Pedro Nunes"), a("Reuters"))),
    ("Yonhap via REUTERS", (a("Yonhap"), d("Reuters"))),
    ("KCNA/KNS via AP", (a("KCNA"), d("KNS"), d("AP"))),
]

NOT_CREDITS: list[Case] = [
    ("USA/Joe Biden", ()),
    ("Bild 3 von 12", ()),
    ("Foto", ()),
    ("Archivo", ()),
    ("File", ()),
    ("STR", ()),
    ("Berlin/Brüssel", ()),
    ("Foto: privat/Archiv", (s(None),)),
]

LINES: list[Case] = [
    *SPANISH,
    *PORTUGUESE,
    *ITALIAN,
    *GERMAN,
    *DUTCH,
    *NORDIC,
    *POLISH,
    *TURKISH,
    *JAPANESE,
    *KOREAN,
    *TV_AND_VIDEO,
    *SOCIAL,
    *MUSEUMS_AND_ARCHIVES,
    *SCIENCE,
    *CHAINS_AND_WIRES,
    *NOT_CREDITS,
]

CAPTIONS: list[Case] = [
    (
        "Rescuers search the rubble in Antakya, Turkey, February 8, 2024. REUTERS/Umut Kaya",
        (a("Reuters"), p("Umut Kaya")),
    ),
    (
        "Rescuers search the rubble in Antakya, Turkey, February 8, 2024. "
        "REUTERS/Umut Kaya/File Photo Purchase Licensing Rights",
        (a("Reuters"), p("Umut Kaya")),
    ),
    (
        "A man walks past a destroyed building in Gaza City, October 9, 2023. "
        "REUTERS/Jane Roe EDITOR'S NOTE: THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
        (a("Reuters"), p("Jane Roe")),
    ),
    (
        "Soldiers stand guard near the border, Monday, March 4, 2024. "
        "(AP Photo/Jane Roe) EDITORS NOTE: Graphic content",
        (a("AP"), p("Jane Roe")),
    ),
    (
        "Smoke rises over the harbour. REUTERS/Jane Roe TPX IMAGES OF THE DAY",
        (a("Reuters"), p("Jane Roe")),
    ),
    ("Manifestantes marchan en Madrid. (Foto: EFE/Juanjo Martín)", (a("EFE"), p("Juanjo Martín"))),
    ("Bomberos trabajan en la zona afectada. EFE/Mariscal", (a("EFE"), p("Mariscal"))),
    ("Calles inundadas en Valencia. Carlos Ortega (EFE)", (p("Carlos Ortega"), a("EFE"))),
    (
        "Der Kanzler spricht im Bundestag. Foto: Kay Nietfeld/dpa",
        (p("Kay Nietfeld"), a("dpa")),
    ),
    ("Wahlkampf in den USA/Joe Biden spricht in Philadelphia", ()),
    (
        "Kim Jong Un attends a parade in Pyongyang in this photo released by the state "
        "news agency. KCNA via REUTERS",
        (a("KCNA"), d("Reuters")),
    ),
    (
        "Smoke rises over the city after a strike. Reuters TV via REUTERS",
        (a("Reuters TV"), d("Reuters")),
    ),
    ("서울 도심에서 열린 집회 모습. 사진=연합뉴스", (a("연합뉴스"),)),
    ("Demonstranten op het Malieveld. Beeld ANP", (a("ANP"),)),
    ("Il premier a Palazzo Chigi (ANSA/ETTORE FERRARI)", (a("ANSA"), p("Ettore Ferrari"))),
    ("The crater seen from orbit. (Image: NASA/JPL-Caltech)", (s("NASA"), s("JPL-Caltech"))),
    ("Residents flee the fighting. Screenshot from Telegram", (s("Telegram"),)),
    (
        "The senator at the Capitol on Tuesday. Photo: Jane Roe/Bloomberg",
        (p("Jane Roe"), a("Bloomberg")),
    ),
    ("The senator at the Capitol. [Jane Roe/Reuters]", (p("Jane Roe"), a("Reuters"))),
    ("Protestocular Taksim Meydanı'nda. (Fotoğraf: AA)", (a("AA"),)),
    ("Premier w Sejmie. Fot. PAP/Radek Pietruszka", (a("PAP"), p("Radek Pietruszka"))),
    ("President Joe Biden speaks in Washington, D.C., U.S., on May 1.", ()),
    ("Photo of the day: sunrise over the harbour", ()),
    (
        "Polisen på plats i centrala Stockholm. Foto: Jonas Ekströmer/TT",
        (p("Jonas Ekströmer"), a("TT")),
    ),
    (
        "Enchente em Porto Alegre. Foto: Tânia Rêgo/Agência Brasil",
        (p("Tânia Rêgo"), a("Agência Brasil")),
    ),
    ("Fans celebrate in Buenos Aires on Sunday. Dan Ross/Reuters", (p("Dan Ross"), a("Reuters"))),
    (
        "Protesters in Hong Kong. (Photo by Jane Roe/SOPA Images/LightRocket via Getty Images)",
        (p("Jane Roe"), a("SOPA Images"), d("LightRocket"), d("Getty Images")),
    ),
    (
        "Migrant workers in California, 1936. Courtesy of the Library of Congress",
        (s("the Library of Congress"),),
    ),
    ("Kim Jong Un inspects a factory. (KCNA/via Reuters)", (a("KCNA"), d("Reuters"))),
    ("The spacecraft before launch. (Photo: NASA/Bill Ingalls)", (s("NASA"), p("Bill Ingalls"))),
    (
        "Ihmisiä Helsingin keskustassa. Kuva: Heikki Saukkomaa / Lehtikuva",
        (p("Heikki Saukkomaa"), a("Lehtikuva")),
    ),
]

# Cases the base (432c777) missed when the matrix was written; flipped as they are fixed.
XFAIL_LINES: frozenset[str] = frozenset(
    {
        "Berlin/Brüssel",
        "Bild 3 von 12",
        "Courtesy of the Estate of Jane Roe and Hauser & Wirth",
        "Foto: Michael Kappeler/dpa-Pool/dpa",
    }
)
XFAIL_CAPTIONS: frozenset[str] = frozenset()
