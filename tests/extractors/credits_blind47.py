"""Blind matrix, round 47: credit lines and captions written before reading the splitter.

Regional and local papers in the UK and US, French and Belgian press, Central and
Eastern European, Greek and Cypriot, Southeast Asian and Oceanian wires, wire
composites, archives, illustrations and graphics, TV and streaming stills, drone and
CCTV frames, and reader submissions; each with neighbours that must not give a party.
Every line and caption is made up (no corpus text). Expectations follow the credits
dev set's annotation guideline.

A spec lists the parties as ``name=ROLE`` joined by ``;`` (roles: ``P`` photographer,
``A`` agency, ``D`` distributor, ``S`` source, ``C`` copyright); ``-`` is a party with
no name (pool, staff, handout, submitted); ``a|b`` accepts either surface name; an
empty spec means no party at all. The parties are compared as multisets.
"""

from __future__ import annotations

from collections import Counter

ROLES = {
    "P": "photographer",
    "A": "agency",
    "D": "distributor",
    "S": "source",
    "C": "copyright",
}

# (credit line, expected parties)
LINES: tuple[tuple[str, str], ...] = (
    # --- UK and US regional and local papers
    ("Picture: Tom Ashby / Newsquest", "Tom Ashby=P; Newsquest=A"),
    ("Staff photo by Ellen Marsh/The Daily Progress", "Ellen Marsh=P; The Daily Progress=A"),
    ("Kyle Brandt | The Columbus Dispatch", "Kyle Brandt=P; The Columbus Dispatch=A"),
    ("Dana Holm/Star Tribune via AP", "Dana Holm=P; Star Tribune=A; AP=D"),
    ("Picture: Lancashire Telegraph", "Lancashire Telegraph=A"),
    ("Picture: Owen Pryce/SWNS", "Owen Pryce=P; SWNS=A"),
    ("PIC: MIRRORPIX", "Mirrorpix=A"),
    ("Image: Evening Standard / Harriet Cole", "Evening Standard=A; Harriet Cole=P"),
    ("Photograph: Neil Brody/The Guardian", "Neil Brody=P; The Guardian=A"),
    ("(Image: Liverpool Echo)", "Liverpool Echo=A"),
    ("Picture: Stuart Hale/Hull Daily Mail", "Stuart Hale=P; Hull Daily Mail=A"),
    ("Photo courtesy of Hartford HealthCare", "Hartford HealthCare=S"),
    (
        "Jim Kessel/The Commercial Appeal via Imagn",
        "Jim Kessel=P; The Commercial Appeal=A; Imagn=D",
    ),
    (
        "Mara Lindqvist / Milwaukee Journal Sentinel",
        "Mara Lindqvist=P; Milwaukee Journal Sentinel=A",
    ),
    ("Alyssa Cordero/AJC", "Alyssa Cordero=P; AJC=A"),
    ("Photo by Ryan Ortiz/Herald-Tribune", "Ryan Ortiz=P; Herald-Tribune=A"),
    ("Staff photo", "-=A"),
    ("Brian Castell/Chicago Tribune/TNS", "Brian Castell=P; Chicago Tribune=A; TNS=D"),
    ("ROB CARVER / THE BALTIMORE SUN", "Rob Carver=P; The Baltimore Sun=A"),
    ("Paul Hennig | Orlando Sentinel", "Paul Hennig=P; Orlando Sentinel=A"),
    ("Photo by Beth Woodley, The Post-Standard", "Beth Woodley=P; The Post-Standard=A"),
    ("Contributed photo", "-=S"),
    ("Picture: Google Street View", "Google Street View=S"),
    ("Credit: Kent Police", "Kent Police=S"),
    ("Photo: Ohio State Highway Patrol", "Ohio State Highway Patrol=S"),
    ("Reader photo", "-=S"),
    ("Photo submitted", "-=S"),
    ("Submitted photo", "-=S"),
    ("Photo: Submitted", "-=S"),
    ("Contributed", "-=S"),
    ("Picture: Jon Tasker/Eastern Daily Press", "Jon Tasker=P; Eastern Daily Press=A"),
    ("Photo: Carla Reyes/The Arizona Republic", "Carla Reyes=P; The Arizona Republic=A"),
    ("Staff photo by Grant Ellis", "Grant Ellis=P; -=A"),
    ("Photo by Megan Voss | The Oregonian/OregonLive", "Megan Voss=P; The Oregonian/OregonLive=A"),
    (
        "Nate Billings/The Oklahoman via USA TODAY NETWORK",
        "Nate Billings=P; The Oklahoman=A; USA TODAY NETWORK|USA Today Network=D",
    ),
    ("Photo: PA Media", "PA Media=A"),
    ("Picture: Andrew Milne/PA Wire", "Andrew Milne=P; PA Wire=A"),
    ("Picture: Archant", "Archant=A"),
    ("Photo: Northumbria Police/PA", "Northumbria Police=S; PA=D"),
    ("Picture: Cambridgeshire Fire and Rescue Service", "Cambridgeshire Fire and Rescue Service=S"),
    # --- French and Belgian press
    ("Photo Julien Barret / Le Parisien", "Julien Barret=P; Le Parisien=A"),
    ("© Marie Dubreuil / Hans Lucas", "Marie Dubreuil=P; Hans Lucas=A"),
    ("© Marie Dubreuil / Hans Lucas via AFP", "Marie Dubreuil=P; Hans Lucas=A; AFP=D"),
    ("Belga Image", "Belga Image|Belga=A"),
    ("BELGA PHOTO NICOLAS LAMBERT", "Belga=A; Nicolas Lambert=P"),
    ("Photo DR", ""),
    ("DR", ""),
    ("MAXPPP", "MAXPPP|MaxPPP=A"),
    ("Jean-Luc Petitjean / MAXPPP", "Jean-Luc Petitjean=P; MAXPPP|MaxPPP=A"),
    ("Crédit photo : Sophie Lenoir", "Sophie Lenoir=P"),
    ("Crédit photo : Ouest-France", "Ouest-France=A"),
    ("Photo : Marc Ollier / Ouest-France", "Marc Ollier=P; Ouest-France=A"),
    ("© Le Soir / Pierre Dumont", "Le Soir=A; Pierre Dumont=P"),
    ("PHOTO THOMAS SAUVAGE / AFP", "Thomas Sauvage=P; AFP=A"),
    ("Photo : Ville de Lyon", "Ville de Lyon=S"),
    ("BELGA/Dirk Vanhove", "Belga=A; Dirk Vanhove=P"),
    ("Capture d'écran France 2", "France 2=S"),
    ("Dessin : Plantu", "Plantu=P"),
    ("Photo ISOPIX", "Isopix|ISOPIX=A"),
    ("Photo Le Progrès / Rémi Chabert", "Le Progrès=A; Rémi Chabert=P"),
    ("Crédit photo : DR", ""),
    ("Photo archives Le Parisien", "Le Parisien=A"),
    ("© Photo Nord Littoral / Claire Vasseur", "Nord Littoral=A; Claire Vasseur=P"),
    ("PHOTO AFP", "AFP=A"),
    ("Photo Hans Lucas / Julie Sebadelha", "Hans Lucas=A; Julie Sebadelha=P"),
    ("Photo © Gaëlle Martin / Divergence", "Gaëlle Martin=P; Divergence=A"),
    # --- Central and Eastern Europe
    ("Foto: ČTK / Michal Kamenický", "ČTK=A; Michal Kamenický=P"),
    ("Foto: Michal Kamenický, ČTK", "Michal Kamenický=P; ČTK=A"),
    ("CTK Photo/Vit Simon", "CTK=A; Vit Simon=P"),
    ("PAP/Leszek Szymczak", "PAP=A; Leszek Szymczak=P"),
    ("fot. PAP/Paweł Supniewski", "PAP=A; Paweł Supniewski=P"),
    ("Fot. Adam Stelmach / Agencja Wyborcza.pl", "Adam Stelmach=P; Agencja Wyborcza.pl=A"),
    ("MTI/Koszta Szilárd", "MTI=A; Koszta Szilárd=P"),
    ("Fotó: MTI/Szabó Zsolt", "MTI=A; Szabó Zsolt=P"),
    ("Foto: Tomáš Benko / Denník N", "Tomáš Benko=P; Denník N=A"),
    ("Foto: HINA/ Damir Senković", "HINA=A; Damir Senković=P"),
    ("Foto: Pixsell", "Pixsell=A"),
    ("Снимка: БТА", "БТА=A"),
    ("Foto: Agerpres", "Agerpres=A"),
    ("Foto: Inquam Photos / Octav Ganescu", "Inquam Photos=A; Octav Ganescu=P"),
    ("Fotografija: Matija Habek/PIXSELL", "Matija Habek=P; Pixsell=A"),
    ("Zdjęcie: Jakub Kamiński/East News", "Jakub Kamiński=P; East News=A"),
    ("Foto: TASR/Martin Baran", "TASR=A; Martin Baran=P"),
    ("Foto: STA/Bor Slanič", "STA=A; Bor Slanič=P"),
    ("Foto: Tanjug/Dragan Kuzmanović", "Tanjug=A; Dragan Kuzmanović=P"),
    ("FOTO: Denník N", "Denník N=A"),
    ("Foto: Profimedia", "Profimedia=A"),
    ("Foto: STR/PAP", "PAP=A"),
    ("Fot. Sławomir Kamiński / Agencja Gazeta", "Sławomir Kamiński=P; Agencja Gazeta=A"),
    ("Foto: Attila Kovács/MTI/AP", "Attila Kovács=P; MTI=A; AP=D"),
    # --- Greek and Cypriot
    ("ANA-MPA/ORESTIS PANAGIDIS", "ANA-MPA=A; Orestis Panagidis=P"),
    ("Eurokinissi/Giorgos Kontos", "Eurokinissi=A; Giorgos Kontos=P"),
    ("Φωτογραφία: Eurokinissi", "Eurokinissi=A"),
    ("EUROKINISSI", "Eurokinissi=A"),
    ("Photo: CNA/Christos Theodotou", "CNA=A; Christos Theodotou=P"),
    ("Φωτ.: Intime News", "Intime News=A"),
    ("Photo: Christos Avramidis/Philenews", "Christos Avramidis=P; Philenews=A"),
    ("SOOC/Yorgos Karalis", "SOOC=A; Yorgos Karalis=P"),
    ("ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ=A"),
    ("Photo: Louisa Gouliamou/Reuters", "Louisa Gouliamou=P; Reuters=A"),
    # --- Southeast Asia
    ("ANTARA FOTO/Galih Pradana/wsj.", "Antara|ANTARA=A; Galih Pradana=P"),
    ("Bernama photo", "Bernama=A"),
    ("BERNAMA PIX", "Bernama=A"),
    ("Pic: Bernama", "Bernama=A"),
    ("Photo: VNA", "VNA=A"),
    ("Ảnh: Nguyễn Khánh/TTXVN", "Nguyễn Khánh=P; TTXVN=A"),
    ("PNA photo by Joey Razal", "PNA=A; Joey Razal=P"),
    ("Photo: Mark Chew/The Straits Times", "Mark Chew=P; The Straits Times=A"),
    ("ST PHOTO: GAVIN TAN", "ST=A; Gavin Tan=P"),
    ("Inquirer photo / Grig C. Montes", "Inquirer=A; Grig C. Montes=P"),
    ("INQUIRER PHOTO", "Inquirer=A"),
    ("Photo: Bangkok Post/Wichit Chaiyo", "Bangkok Post=A; Wichit Chaiyo=P"),
    ("Photo: The Star/Azlan Mahmud", "The Star=A; Azlan Mahmud=P"),
    ("Photo by Rappler", "Rappler=A"),
    ("Photo courtesy of PCG", "PCG=S"),
    ("The Jakarta Post/Seto Wardoyo", "The Jakarta Post=A; Seto Wardoyo=P"),
    ("Photo: Kompas/Hendra Setiawan", "Kompas=A; Hendra Setiawan=P"),
    ("VNA/VNS Photo Văn Điệp", "VNA=A; VNS=A; Văn Điệp=P"),
    ("Photo: Xinhua/Then Chih Wey", "Xinhua=A; Then Chih Wey=P"),
    ("Photo: Malay Mail/Hari Anggara", "Malay Mail=A; Hari Anggara=P"),
    ("Khmer Times/Pann Rithy", "Khmer Times=A; Pann Rithy=P"),
    ("Photo: Philippine News Agency", "Philippine News Agency=A"),
    ("Photo by Jam Sta Rosa/AFP", "Jam Sta Rosa=P; AFP=A"),
    # --- Oceania
    ("AAP Image/Dean Lewis", "AAP Image|AAP=A; Dean Lewis=P"),
    ("Photo: AAP", "AAP=A"),
    ("Ricky Wilton/Stuff", "Ricky Wilton=P; Stuff=A"),
    ("Photo / Michael Crane", "Michael Crane=P"),
    ("Photo / NZME", "NZME=A"),
    ("Photo / Supplied", "-=S"),
    ("Photo: RNZ / Samuel Rillston", "RNZ=A; Samuel Rillston=P"),
    ("Picture: NCA NewsWire / Gaye Gerrard", "NCA NewsWire=A; Gaye Gerrard=P"),
    ("Nick Molloy/SMH", "Nick Molloy=P; SMH=A"),
    ("Photo: Supplied", "-=S"),
    ("Picture: Supplied", "-=S"),
    ("Photo / Alex Burtt, NZ Herald", "Alex Burtt=P; NZ Herald=A"),
    ("Photo: Dominion Post", "Dominion Post=A"),
    ("Picture: Ian Curran", "Ian Curran=P"),
    ("AAP Image/Supplied by NSW Police", "AAP Image|AAP=D; NSW Police=S"),
    # --- wire composites
    ("AFP/Reuters composite", "AFP=A; Reuters=A"),
    ("Reuters/AP", "Reuters=A; AP=A"),
    ("Composite: Getty Images/Reuters", "Getty Images=A; Reuters=A"),
    ("Composite: AP; Reuters", "AP=A; Reuters=A"),
    ("Photos: AFP, Reuters", "AFP=A; Reuters=A"),
    ("AP / Reuters / AFP", "AP=A; Reuters=A; AFP=A"),
    ("Left: Jane Roe/AP; right: John Doe/Reuters", "Jane Roe=P; AP=A; John Doe=P; Reuters=A"),
    ("AFP / various sources", "AFP=A; -=S"),
    ("Pool photo by Jane Roe/AP", "Jane Roe=P; -=A; AP=A"),
    ("Reuters/AFP/Getty Images composite", "Reuters=A; AFP=A; Getty Images=A"),
    # --- archive and historical
    ("Keystone/Getty Images", "Keystone=A; Getty Images=D"),
    ("Hulton Archive/Getty Images", "Hulton Archive=A; Getty Images=D"),
    ("Bettmann/Getty Images", "Bettmann=A; Getty Images=D"),
    ("Bettmann Archive", "Bettmann Archive=A"),
    ("Library of Congress", "Library of Congress=S"),
    ("Public domain", ""),
    ("Wikimedia Commons, CC BY-SA 4.0", "Wikimedia Commons=S"),
    ("Photo: John Dale, CC BY-SA 4.0, via Wikimedia Commons", "John Dale=P; Wikimedia Commons=S"),
    ("National Archives", "National Archives=S"),
    ("© IWM (Q 12345)", "IWM=S"),
    ("Popperfoto via Getty Images", "Popperfoto=A; Getty Images=D"),
    ("Underwood Archives/Getty Images", "Underwood Archives=A; Getty Images=D"),
    ("Dorothea Lange/Library of Congress", "Dorothea Lange=P; Library of Congress=S"),
    ("AP Photo/File", "AP=A"),
    ("Photo: Public Domain", ""),
    ("Imperial War Museum", "Imperial War Museum=S"),
    ("Archive photo: Star Tribune", "Star Tribune=A"),
    # --- illustration and graphics
    ("Graphic: Jane Roe", "Jane Roe=P"),
    ("Illustration by Ana Kovač; photos by Getty Images", "Ana Kovač=P; Getty Images=A"),
    ("Map: Lena Hartmann/Datawrapper", "Lena Hartmann=P"),
    ("Graphic: The Times", "The Times=A"),
    ("Illustration by Jane Roe for The Atlantic", "Jane Roe=P; The Atlantic=A"),
    ("Graphic by Ben Walsh/Los Angeles Times", "Ben Walsh=P; Los Angeles Times=A"),
    (
        "Photo illustration by Jane Roe; source photos: Getty Images, AP",
        "Jane Roe=P; Getty Images=A; AP=A",
    ),
    ("Artwork: Tomás Reyes", "Tomás Reyes=P"),
    ("Illustration: Reuters", "Reuters=A"),
    ("Graphic: Sam Ortega | The Columbus Dispatch", "Sam Ortega=P; The Columbus Dispatch=A"),
    # --- TV and streaming stills
    ("Netflix", "Netflix=S"),
    ("Courtesy of HBO", "HBO=S"),
    ("Macall Pinter/HBO", "Macall Pinter=P; HBO=S"),
    ("BBC/Guy Lever", "BBC=S; Guy Lever=P"),
    ("Courtesy of Netflix", "Netflix=S"),
    ("Apple TV+", "Apple TV+=S"),
    ("Jessica Bloom/Netflix", "Jessica Bloom=P; Netflix=S"),
    ("ITV/Shutterstock", "ITV=S; Shutterstock=D"),
    ("CBS via Getty Images", "CBS=S; Getty Images=D"),
    ("Photo: Amazon Prime Video", "Amazon Prime Video=S"),
    ("Image: Disney+", "Disney+=S"),
    ("Channel 4", "Channel 4=S"),
    # --- drones, CCTV and dashcams
    ("Drone footage via Reuters", "Reuters=D"),
    ("Drone photo by Jane Roe/The Columbus Dispatch", "Jane Roe=P; The Columbus Dispatch=A"),
    ("Dashcam", ""),
    ("Dashcam footage", ""),
    ("CCTV image released by Greater Manchester Police", "Greater Manchester Police=S"),
    ("CCTV still: Metropolitan Police", "Metropolitan Police=S"),
    ("Image: Thames Valley Police/PA", "Thames Valley Police=S; PA=D"),
    ("Police handout", "Police=S; -=S"),
    ("Screengrab from drone video by Sky News", "Sky News=S"),
    ("Drone image: Jane Roe", "Jane Roe=P"),
)

# (caption holding its credit, expected parties); the credit argument is empty
CAPTIONS: tuple[tuple[str, str], ...] = (
    (
        "Flooding on the A59 near Harrogate on Sunday. Picture: Gerald Binns / Newsquest",
        "Gerald Binns=P; Newsquest=A",
    ),
    (
        "Fans celebrate in Lyon on Saturday night. (Photo Jean Martel / Le Progrès)",
        "Jean Martel=P; Le Progrès=A",
    ),
    ("Prague's Old Town Square on Sunday. Foto: ČTK / Ondřej Dvořák", "ČTK=A; Ondřej Dvořák=P"),
    ("A worker at a garment factory in Hanoi. Photo: VNA", "VNA=A"),
    ("Commuters in central Auckland. Photo / Dean Purvis", "Dean Purvis=P"),
    ("Mayor Jane Roe speaks at the council meeting.", ""),
    ("Staff at the Columbus Dispatch watch the election results.", ""),
    ("A photo submitted by a reader shows the fire on Main Street.", ""),
    ("The house on Elm Street in 1932. (Library of Congress)", "Library of Congress=S"),
    ("Claire Foy in a scene from the series. (Netflix)", "Netflix=S"),
    ("Rescuers at the scene in Athens. (Eurokinissi)", "Eurokinissi=A"),
    ("Coast guard ships off Manila. (PNA photo by Joey Razal)", "PNA=A; Joey Razal=P"),
    ("A view of Warsaw's old town. Fot. PAP/Albert Zawadzki", "PAP=A; Albert Zawadzki=P"),
    ("Police released this CCTV image. Picture: Metropolitan Police", "Metropolitan Police=S"),
    ("The newsroom of the Star Tribune in 1965.", ""),
    ("Belga Image photographers at the stadium.", ""),
    ("Netflix headquarters in Los Gatos, California.", ""),
    ("Firefighters at the scene on Tuesday. Photo: Submitted", "-=S"),
    ("Traffic on the M62 near Leeds. (Image: Google Street View)", "Google Street View=S"),
    ("Snow in Sofia on Monday. Photo: BTA", "BTA=A"),
    (
        "Protesters in Bucharest. Foto: Inquam Photos / George Călin",
        "Inquam Photos=A; George Călin=P",
    ),
    ("Supporters wave flags in Kuala Lumpur. — Bernama pic", "Bernama=A"),
    ("The harbour in Wellington. Photo / Mark Mitchel, NZ Herald", "Mark Mitchel=P; NZ Herald=A"),
    ("Ministers arrive for the summit. AP/Reuters composite", "AP=A; Reuters=A"),
    (
        "The ship in dry dock in 1912. Photograph: Hulton Archive/Getty Images",
        "Hulton Archive=A; Getty Images=D",
    ),
    ("The burned-out car on the A1. Photo: Dashcam footage", ""),
    ("Lava flows near the village. Drone footage via Reuters", "Reuters=D"),
    ("The square in Budapest. MTI/Mohai Balázs", "MTI=A; Mohai Balázs=P"),
    ("Voters queue in Bratislava. Foto: Denník N/Tomáš Hrivňák", "Denník N=A; Tomáš Hrivňák=P"),
    ("The Parthenon at dawn. ANA-MPA/Yannis Kolesidis", "ANA-MPA=A; Yannis Kolesidis=P"),
)


def parse_spec(spec: str) -> list[tuple[tuple[str | None, ...], str]]:
    """The parties of a spec: (accepted names, role value) pairs."""
    parties: list[tuple[tuple[str | None, ...], str]] = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        names, _, code = item.rpartition("=")
        accepted = tuple(None if n == "-" else n for n in names.split("|"))
        parties.append((accepted, ROLES[code]))
    return parties


def matches(got: list[tuple[str | None, str]], spec: str) -> bool:
    """Whether ``got`` (name, role) pairs are the spec's parties, as multisets."""
    want = parse_spec(spec)
    if len(got) != len(want):
        return False
    left = Counter(got)
    for accepted, role in want:
        for name in accepted:
            if left[(name, role)] > 0:
                left[(name, role)] -= 1
                break
        else:
            return False
    return True
