"""A blind matrix of credit lines, written at stop 40 before reading the credit code.

Each row of :data:`TABLE` (credit lines) and :data:`CAPTIONS` (captions) is
``line || photographers || organisations`` (an indented line goes on with the row before);
people and organisations are split on ``;``, and each organisation carries its IPTC role as a
prefix (``a:`` agency, ``d:`` distributor, ``s:`` source or copyright holder). The
rows follow the conventions of the credit set's README: capitals fixed in names,
surface names of agencies kept, archive markers and role codes never parties, the
generic parties ``pool``, ``staff`` and ``handout``. The lines are written from house
styles of wires, agencies, stock libraries, newspapers, broadcasters and governments
in many languages; names are made up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One credit line and the parties it names."""

    line: str
    people: tuple[str, ...]
    orgs: tuple[tuple[str, str], ...]  # (role letter, name)


def _parse(table: str) -> tuple[Row, ...]:
    joined: list[str] = []
    for raw in table.strip().splitlines():
        if raw.startswith(" ") and joined:
            joined[-1] += " " + raw.strip()
        elif raw.strip() and not raw.startswith("#"):
            joined.append(raw)
    rows: list[Row] = []
    for raw in joined:
        line, people, orgs = (part.strip() for part in raw.split("||"))
        rows.append(
            Row(
                line,
                tuple(p.strip() for p in people.split(";") if p.strip()),
                tuple((o.strip()[0], o.strip()[2:].strip()) for o in orgs.split(";") if o.strip()),
            )
        )
    return tuple(rows)


TABLE = """
# wires and national agencies
AP Photo/Evan Vucci || Evan Vucci || a:AP
(AP Photo/Marta Lindqvist, File) || Marta Lindqvist || a:AP
(AP Photo/Tomas Herrera, Pool) || Tomas Herrera || a:AP; a:pool
REUTERS/Kevin Lamarque || Kevin Lamarque || a:Reuters
REUTERS/Oskar Brandt/File Photo || Oskar Brandt || a:Reuters
AFP PHOTO / LUDOVIC MARIN || Ludovic Marin || a:AFP
LUDOVIC MARIN / AFP || Ludovic Marin || a:AFP
Photo: Ines Carvalho/AFP || Ines Carvalho || a:AFP
(Photo by Amadou DIALLO / AFP) || Amadou Diallo || a:AFP
EPA/OLIVIER HOSLET || Olivier Hoslet || a:EPA
EPA-EFE/PIOTR NOWAK || Piotr Nowak || a:EPA-EFE
EFE/Juan Carlos Hidalgo || Juan Carlos Hidalgo || a:EFE
dpa/Kay Nietfeld || Kay Nietfeld || a:dpa
Foto: Kay Nietfeld/dpa || Kay Nietfeld || a:dpa
Bild: Michael Kappler/dpa || Michael Kappler || a:dpa
ANSA/ETTORE FERRARI || Ettore Ferrari || a:ANSA
Foto ANSA/Riccardo Antimi || Riccardo Antimi || a:ANSA
ANP/Robin van Lonkhuizen || Robin van Lonkhuizen || a:ANP
Foto: ANP / Koen van Weelden || Koen van Weelden || a:ANP
ANP REMKO DE WAAL || Remko de Waal || a:ANP
Belga/Benoit Doppagne || Benoit Doppagne || a:Belga
PHOTO BELGA / DIRK WAEMERS || Dirk Waemers || a:Belga
KEYSTONE/Peter Klaus || Peter Klaus || a:Keystone
APA/HELMUT FOHRINGER || Helmut Fohringer || a:APA
Fredrik Sandberg/TT || Fredrik Sandberg || a:TT
Heiko Junge / NTB || Heiko Junge || a:NTB
Ida Marie Odgaard/Ritzau Scanpix || Ida Marie Odgaard || a:Ritzau Scanpix
Lehtikuva/Markku Ulander || Markku Ulander || a:Lehtikuva
PAP/Leszek Szymański || Leszek Szymański || a:PAP
ČTK/Vít Šimánek || Vít Šimánek || a:ČTK
ТАСС/Михаил Метцель || Михаил Метцель || a:ТАСС
Фото: Михаил Метцель/ТАСС || Михаил Метцель || a:ТАСС
РИА Новости/Алексей Никольский || Алексей Никольский || a:РИА Новости
Ali Atmaca/Anadolu Agency via Getty Images || Ali Atmaca || a:Anadolu Agency; d:Getty Images
Xinhua/Li Xin || Li Xin || a:Xinhua
(Xinhua/Wang Ying) || Wang Ying || a:Xinhua
Kyodo || || a:Kyodo
Yonhap || || a:Yonhap
KCNA via REUTERS || || a:KCNA; d:Reuters
PTI Photo || || a:PTI
THE CANADIAN PRESS/Nathan Denette || Nathan Denette || a:The Canadian Press
Stefan Rousseau/PA Wire || Stefan Rousseau || a:PA Wire
Yui Mok/PA || Yui Mok || a:PA
Photo: Yui Mok/PA Media || Yui Mok || a:PA Media
Jane Roe: Reuters || Jane Roe || a:Reuters
Hannah Moreau - Reuters || Hannah Moreau || a:Reuters
Hannah Moreau – AFP || Hannah Moreau || a:AFP
Hannah Moreau | AFP || Hannah Moreau || a:AFP
Noor Haddad via Reuters || Noor Haddad || d:Reuters
# photo agencies and stock libraries
NurPhoto via Getty Images || || a:NurPhoto; d:Getty Images
Patrick McMullan via Getty Images || || a:Patrick McMullan; d:Getty Images
Patrick McMullan/Patrick McMullan via Getty Images || Patrick McMullan ||
    a:Patrick McMullan; d:Getty Images
Getty Images || || a:Getty Images
Chip Somerville/Getty Images || Chip Somerville || a:Getty Images
Photo by Chip Somerville/Getty Images || Chip Somerville || a:Getty Images
Dimitra Kambouri/Getty Images for Tribeca Festival || Dimitra Kambouri ||
    a:Getty Images; s:Tribeca Festival
Jason Alder/Bloomberg via Getty Images || Jason Alder || a:Bloomberg; d:Getty Images
Jason Alder | Bloomberg | Getty Images || Jason Alder || a:Bloomberg; d:Getty Images
Jemal Counts/WireImage || Jemal Counts || a:WireImage
Getty Images/iStockphoto || || a:Getty Images; a:iStockphoto
iStock || || a:iStock
Shutterstock || || a:Shutterstock
Lena Hartmann/Shutterstock || Lena Hartmann || a:Shutterstock
Lena Hartmann/EPA-EFE/Shutterstock || Lena Hartmann || a:EPA-EFE; d:Shutterstock
Photo: Alamy || || a:Alamy
Adobe Stock || || a:Adobe Stock
Photo by Lena Hartmann on Unsplash || Lena Hartmann || a:Unsplash
Photo by Lena Hartmann on Pexels || Lena Hartmann || a:Pexels
STEVE GREENSHAW/SCIENCE PHOTO LIBRARY || Steve Greenshaw || a:Science Photo Library
Lena Hartmann/Magnum Photos || Lena Hartmann || a:Magnum Photos
Lena Hartmann/Redux || Lena Hartmann || a:Redux
Lena Hartmann/ZUMA Wire || Lena Hartmann || a:ZUMA Wire
Lena Hartmann/Sipa USA via AP || Lena Hartmann || a:Sipa USA; d:AP
picture alliance/dpa | Kay Nietfeld || Kay Nietfeld || a:picture alliance; a:dpa
Foto: picture alliance / dpa || || a:picture alliance; a:dpa
IMAGO/Lena Hartmann || Lena Hartmann || a:IMAGO
Bild: Keystone-SDA || || a:Keystone-SDA
Foto: Getty Images || || a:Getty Images
# newspapers' own styles, English
Sofia Brandt/The New York Times || Sofia Brandt || a:The New York Times
Sofia Brandt for The New York Times || Sofia Brandt || a:The New York Times
Sofia Brandt for The Washington Post || Sofia Brandt || a:The Washington Post
Sofia Brandt/The Washington Post via Getty Images || Sofia Brandt ||
    a:The Washington Post; d:Getty Images
Photograph: Sofia Brandt/The Guardian || Sofia Brandt || a:The Guardian
Photograph: Sofia Brandt/Reuters || Sofia Brandt || a:Reuters
Photograph: Alamy || || a:Alamy
(Photo: Sofia Brandt/USA TODAY) || Sofia Brandt || a:USA TODAY
Sofia Brandt/Los Angeles Times || Sofia Brandt || a:Los Angeles Times
Sofia Brandt/Chicago Tribune/TNS || Sofia Brandt || a:Chicago Tribune; d:TNS
STAFF PHOTO BY SOFIA BRANDT || Sofia Brandt || a:staff
Sofia Brandt | The Globe and Mail || Sofia Brandt || a:The Globe and Mail
SOFIA BRANDT/THE GLOBE AND MAIL || Sofia Brandt || a:The Globe and Mail
Sofia Brandt/Toronto Star || Sofia Brandt || a:Toronto Star
Photo: Sofia Brandt || Sofia Brandt ||
Photo by Sofia Brandt || Sofia Brandt ||
photo by sofia brandt || Sofia Brandt ||
PHOTO BY SOFIA BRANDT || Sofia Brandt ||
Photograph by Sofia Brandt || Sofia Brandt ||
Photography: Sofia Brandt || Sofia Brandt ||
Photos: Sofia Brandt and Omar Khalil || Sofia Brandt; Omar Khalil ||
Photos by Sofia Brandt, Omar Khalil and Ana Silva || Sofia Brandt; Omar Khalil; Ana Silva ||
Sofia Brandt and Omar Khalil/Reuters || Sofia Brandt; Omar Khalil || a:Reuters
Credit: Sofia Brandt || Sofia Brandt ||
Credit: Reuters || || a:Reuters
Image: Getty || || a:Getty
Image source, Getty Images || || a:Getty Images
Image source, Reuters || || a:Reuters
Photographer: Sofia Brandt/Bloomberg || Sofia Brandt || a:Bloomberg
Photo: Sofia Brandt for Bloomberg Businessweek || Sofia Brandt || a:Bloomberg Businessweek
Express Photo by Omar Khalil || Omar Khalil || a:Express
(Photo: Omar Khalil/Hindustan Times) || Omar Khalil || a:Hindustan Times
Omar Khalil/The Straits Times || Omar Khalil || a:The Straits Times
Photo: Omar Khalil/AAP || Omar Khalil || a:AAP
Photo: RNZ / Omar Khalil || Omar Khalil || a:RNZ
Omar Khalil/Al Jazeera || Omar Khalil || a:Al Jazeera
# pool, handout, government
Pool/Getty Images || || a:pool; a:Getty Images
POOL/AFP || || a:pool; a:AFP
Omar Khalil/Pool via REUTERS || Omar Khalil || a:pool; d:Reuters
Omar Khalil/POOL/AFP via Getty Images || Omar Khalil || a:pool; a:AFP; d:Getty Images
Pool photo by Omar Khalil || Omar Khalil || a:pool
Handout via REUTERS || || s:handout; d:Reuters
HANDOUT/AFP || || s:handout; d:AFP
Ukrainian Presidential Press Service/Handout via REUTERS || ||
    s:Ukrainian Presidential Press Service; s:handout; d:Reuters
Ukrainian Presidential Press Service via AP || || s:Ukrainian Presidential Press Service; d:AP
- / AFP || || a:AFP
STR/AFP via Getty Images || || a:AFP; d:Getty Images
STRINGER/REUTERS || || a:Reuters
Contributor/Getty Images || || a:Getty Images
U.S. Army photo by Sgt. Mark Ellison || Mark Ellison || s:U.S. Army
U.S. Air Force photo by Staff Sgt. Dana Price || Dana Price || s:U.S. Air Force
Official White House Photo by Adam Schulte || Adam Schulte || s:White House
Courtesy of SpaceX || || s:SpaceX
Courtesy NASA || || s:NASA
NASA/JPL-Caltech || || s:NASA; s:JPL-Caltech
NASA/Bill Ingram || Bill Ingram || s:NASA
ESA/Hubble & NASA || || s:ESA; s:Hubble; s:NASA
Bundesregierung/Jesco Denzler || Jesco Denzler || s:Bundesregierung
Israel Defense Forces/Handout via Reuters || || s:Israel Defense Forces; s:handout; d:Reuters
WAM/Handout via REUTERS || || a:WAM; s:handout; d:Reuters
SANA/Handout via REUTERS || || a:SANA; s:handout; d:Reuters
# broadcasters, TV stills, social media, studios
CNN via AP || || s:CNN; d:AP
Reuters TV via REUTERS || || s:Reuters TV; d:Reuters
Screen grab: BBC News || || s:BBC News
Netflix || || s:Netflix
Omar Khalil/Netflix || Omar Khalil || s:Netflix
Courtesy of Netflix || || s:Netflix
Omar Khalil/HBO || Omar Khalil || s:HBO
Twitter/@ruralnews77 || || s:Twitter; s:ruralnews77
# illustrations and composites
Illustration: Mira Solberg || Mira Solberg ||
Illustration by Mira Solberg || Mira Solberg ||
Illustration: The Washington Post; iStock || || a:The Washington Post; a:iStock
Composite: Getty Images/Reuters || || a:Getty Images; a:Reuters
Illustration: Guardian Design || || a:Guardian Design
Graphic: Mira Solberg || Mira Solberg ||
Getty Images; Reuters; AP || || a:Getty Images; a:Reuters; a:AP
AP, Reuters || || a:AP; a:Reuters
Photos: Mira Solberg/AP; Omar Khalil/Reuters || Mira Solberg; Omar Khalil || a:AP; a:Reuters
Left: Mira Solberg/AP; right: Omar Khalil/Getty Images || Mira Solberg; Omar Khalil ||
    a:AP; a:Getty Images
From left: Getty Images; AP; Reuters || || a:Getty Images; a:AP; a:Reuters
# French
Photo Ludovic Marin. AFP || Ludovic Marin || a:AFP
Crédit photo : Jean Dupuis || Jean Dupuis ||
© Jean Dupuis / Le Parisien || Jean Dupuis || a:Le Parisien
Photo : Jean Dupuis pour Le Monde || Jean Dupuis || a:Le Monde
JEAN DUPUIS / HANS LUCAS || Jean Dupuis || a:Hans Lucas
Jean Dupuis/Hans Lucas via AFP || Jean Dupuis || a:Hans Lucas; d:AFP
© AFP || || a:AFP
Photo : Jean-Pierre Müller / AFP || Jean-Pierre Müller || a:AFP
Jean Dupuis / MAXPPP || Jean Dupuis || a:MAXPPP
Jean Dupuis/SIPA || Jean Dupuis || a:SIPA
Illustration : Jean Dupuis || Jean Dupuis ||
PHOTO JEAN DUPUIS, LA PRESSE || Jean Dupuis || a:La Presse
DR || ||
© DR || ||
Photo DR || ||
# German
Foto: Max Mustermann || Max Mustermann ||
Foto: Max Mustermann/SZ || Max Mustermann || a:SZ
Bild: Max Mustermann für DIE ZEIT || Max Mustermann || a:Die Zeit
Fotos: Max Mustermann, Erika Musterfrau || Max Mustermann; Erika Musterfrau ||
© Max Mustermann || Max Mustermann ||
Quelle: Reuters || || a:Reuters
Bildquelle: dpa || || a:dpa
Foto: Max Mustermann/FUNKE Foto Services || Max Mustermann || a:FUNKE Foto Services
Foto: Getty Images/iStockphoto || || a:Getty Images; a:iStockphoto
# Spanish
Foto: EFE || || a:EFE
Juan Pérez (EFE) || Juan Pérez || a:EFE
Foto: Juan Pérez | EL PAÍS || Juan Pérez || a:El País
Fotografía de Juan Pérez || Juan Pérez ||
Foto de Juan Pérez / Europa Press || Juan Pérez || a:Europa Press
EUROPA PRESS || || a:Europa Press
(Foto: Cuartoscuro) || || a:Cuartoscuro
Foto: Juan Pérez/Clarín || Juan Pérez || a:Clarín
# Italian
Foto di Mario Rossi || Mario Rossi ||
ANSA || || a:ANSA
(foto LaPresse) || || a:LaPresse
Mario Rossi/LaPresse || Mario Rossi || a:LaPresse
Foto Imagoeconomica || || a:Imagoeconomica
# Portuguese
Foto: Pedro Silva/Folhapress || Pedro Silva || a:Folhapress
Marcelo Campos/Agência Brasil || Marcelo Campos || a:Agência Brasil
Foto: Pedro Silva / Agência O Globo || Pedro Silva || a:Agência O Globo
Fotografia: Pedro Silva/Lusa || Pedro Silva || a:Lusa
LUSA/PEDRO SILVA || Pedro Silva || a:Lusa
Pedro Silva/Estadão Conteúdo || Pedro Silva || a:Estadão Conteúdo
# Dutch
Foto: ANP || || a:ANP
Beeld: Jan Jansen || Jan Jansen ||
Beeld Jan Jansen / de Volkskrant || Jan Jansen || a:de Volkskrant
Foto: Jan Jansen / NRC || Jan Jansen || a:NRC
Beeld: Reuters || || a:Reuters
# Nordic
Foto: Jonas Ekström/TT || Jonas Ekström || a:TT
Foto: Lise Åsrud / NTB || Lise Åsrud || a:NTB
Foto: Mads Claus Rasmussen/Ritzau Scanpix || Mads Claus Rasmussen || a:Ritzau Scanpix
Kuva: Markku Ulander / Lehtikuva || Markku Ulander || a:Lehtikuva
# Slavic
Fot. Jan Kowalski || Jan Kowalski ||
Fot. PAP/Paweł Supernak || Paweł Supernak || a:PAP
Foto: Jan Novák, ČTK || Jan Novák || a:ČTK
Фото: Иван Петров || Иван Петров ||
Фото: ТАСС || || a:ТАСС
Фото: Reuters || || a:Reuters
Фото: УНИАН || || a:УНИАН
Фото: Иван Петров / Коммерсантъ || Иван Петров || a:Коммерсантъ
Foto: Hina/Damir Senčar || Damir Senčar || a:Hina
# lower case and all caps
hannah moreau/afp || Hannah Moreau || a:AFP
HANNAH MOREAU/AFP/GETTY IMAGES || Hannah Moreau || a:AFP; d:Getty Images
photo: reuters || || a:Reuters
getty images || || a:Getty Images
# lines that name no party
Image caption, The minister arrived in Kyiv on Tuesday || ||
File photo || ||
FILE PHOTO || ||
"""

# captions holding their credit (split with ``extract_credits("", caption=...)``), and
# captions holding none
CAPTIONS = """
President Macron speaks in Paris on Monday. (AP Photo/Michel Euler) || Michel Euler || a:AP
Firefighters battle the blaze near the port. Photo: Hannah Moreau/Reuters || Hannah Moreau ||
    a:Reuters
Rescue workers search the rubble in Antakya, Turkey. REUTERS/Umit Bekir || Umit Bekir || a:Reuters
Protesters march in Berlin on Saturday. Photograph: Hannah Moreau/EPA || Hannah Moreau || a:EPA
A view of the damaged building (Hannah Moreau/AFP via Getty Images) || Hannah Moreau ||
    a:AFP; d:Getty Images
The senator at the hearing on Thursday [Hannah Moreau/Reuters] || Hannah Moreau || a:Reuters
Soldiers patrol near the front line [File: Hannah Moreau/AP Photo] || Hannah Moreau || a:AP
A caption with no credit at all. || ||
Jane Roe, a teacher, speaks at the rally. || ||
The museum in Berlin, Germany. || ||
Leaders of the EU and NATO meet in Brussels (left to right) || ||
"""

ROWS: tuple[Row, ...] = _parse(TABLE)
CAPTION_ROWS: tuple[Row, ...] = _parse(CAPTIONS)
