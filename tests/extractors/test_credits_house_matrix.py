"""A matrix of credit lines, one or more per house style, with the IPTC split each must give.

Written from the agencies' and publishers' published credit conventions (AP, Reuters, AFP,
Getty, EPA, dpa, ANP, ANSA, Xinhua, Shutterstock/Rex, Alamy, The Guardian, The New York
Times, the BBC, Le Monde, Spanish, Italian, German, Dutch, Nordic, Polish, Czech, Turkish,
Portuguese and Cyrillic styles, courtesy and handout lines, video grabs, ©, several
photographers), not from any page or line of a credits set; every name is made up. Role
codes and archive markers are never parties, unnamed suppliers are reported by their
generic label, image ids and editors' notes are dropped.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.ingest.credit_text import credit_in_caption

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE

MATRIX: list[tuple[str, list[tuple[str | None, CreditRole]]]] = [
    ("AP Photo/Jane Roe", [("AP", A), ("Jane Roe", P)]),
    ("(AP Photo/Jane Roe, File)", [("AP", A), ("Jane Roe", P)]),
    ("AP Photo/Jane Roe, Pool", [("AP", A), ("Jane Roe", P), ("pool", A)]),
    ("Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ("Jane Roe and John Doe/AP", [("Jane Roe", P), ("John Doe", P), ("AP", A)]),
    ("AP Photo", [("AP", A)]),
    ("REUTERS/Jane Roe", [("Reuters", A), ("Jane Roe", P)]),
    ("Jane Roe/Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ("REUTERS/Stringer", [("Reuters", A)]),
    ("REUTERS/Jane Roe/File Photo", [("Reuters", A), ("Jane Roe", P)]),
    ("REUTERS/Jane Roe/Pool", [("Reuters", A), ("Jane Roe", P), ("pool", A)]),
    ("Handout via Reuters", [("handout", S), ("Reuters", D)]),
    ("Acme Corp/Handout via REUTERS", [("Acme Corp", S), ("handout", S), ("Reuters", D)]),
    ("Jane ROE / AFP", [("Jane Roe", P), ("AFP", A)]),
    ("AFP PHOTO / JANE ROE", [("AFP", A), ("Jane Roe", P)]),
    ("Jane ROE/AFP via Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    ("STR/AFP via Getty Images", [("AFP", A), ("Getty Images", D)]),
    ("JANE ROE/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    ("- / AFP", [("various sources", S), ("AFP", A)]),
    ("Jane Roe/Getty Images", [("Jane Roe", P), ("Getty Images", A)]),
    (
        "Jane Roe/Getty Images for Acme Festival",
        [("Jane Roe", P), ("Getty Images", A), ("Acme Festival", S)],
    ),
    ("Photo by Jane Roe/Getty Images", [("Jane Roe", P), ("Getty Images", A)]),
    ("Getty Images", [("Getty Images", A)]),
    ("EPA-EFE/JANE ROE", [("EPA-EFE", A), ("Jane Roe", P)]),
    ("EPA/JANE ROE", [("EPA", A), ("Jane Roe", P)]),
    ("EPA-EFE/JANE ROE/POOL", [("EPA-EFE", A), ("Jane Roe", P), ("pool", A)]),
    ("Jane Roe/EPA", [("Jane Roe", P), ("EPA", A)]),
    ("Foto: Jane Roe/dpa", [("Jane Roe", P), ("dpa", A)]),
    ("picture alliance/dpa | Jane Roe", [("picture alliance", D), ("dpa", A), ("Jane Roe", P)]),
    ("Jane Roe/dpa/picture alliance", [("Jane Roe", P), ("dpa", A), ("picture alliance", D)]),
    ("Foto: dpa", [("dpa", A)]),
    ("ANP JANE ROE", [("ANP", A), ("Jane Roe", P)]),
    ("ANP / Jane Roe", [("ANP", A), ("Jane Roe", P)]),
    ("Foto: ANP", [("ANP", A)]),
    ("ANSA/MARIO ROSSI", [("ANSA", A), ("Mario Rossi", P)]),
    ("(Foto ANSA)", [("ANSA", A)]),
    ("Xinhua/Li Wei", [("Xinhua", A), ("Li Wei", P)]),
    ("(Xinhua/Li Wei)", [("Xinhua", A), ("Li Wei", P)]),
    ("Li Wei/Xinhua", [("Li Wei", P), ("Xinhua", A)]),
    ("Jane Roe/Shutterstock", [("Jane Roe", P), ("Shutterstock", A)]),
    ("Jane Roe/Rex/Shutterstock", [("Jane Roe", P), ("Rex", A), ("Shutterstock", D)]),
    (
        "Mandatory Credit: Photo by Jane Roe/Shutterstock (12345678a)",
        [("Jane Roe", P), ("Shutterstock", A)],
    ),
    ("Photograph: Jane Roe/Alamy", [("Jane Roe", P), ("Alamy", A)]),
    ("Photograph: Alamy", [("Alamy", A)]),
    ("Photograph: Jane Roe/The Guardian", [("Jane Roe", P), ("The Guardian", A)]),
    ("Photograph: Jane Roe for the Guardian", [("Jane Roe", P), ("the Guardian", A)]),
    ("Composite: Getty Images, Reuters", [("Getty Images", A), ("Reuters", A)]),
    ("Photograph: Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ("Illustration: Jane Roe/The Guardian", [("Jane Roe", P), ("The Guardian", A)]),
    ("Credit...Jane Roe for The New York Times", [("Jane Roe", P), ("The New York Times", A)]),
    ("Credit...Jane Roe/The New York Times", [("Jane Roe", P), ("The New York Times", A)]),
    ("Credit...Reuters", [("Reuters", A)]),
    ("Credit...Pool photo by Jane Roe", [("pool", A), ("Jane Roe", P)]),
    ("Image source, Getty Images", [("Getty Images", A)]),
    ("Image source, Reuters", [("Reuters", A)]),
    ("Image source, Jane Roe", [("Jane Roe", P)]),
    ("Image source, EPA", [("EPA", A)]),
    ("Photo : Jeanne Roe / AFP", [("Jeanne Roe", P), ("AFP", A)]),
    ("© Jeanne Roe", [("Jeanne Roe", P)]),
    ("Jeanne Roe pour « Le Monde »", [("Jeanne Roe", P), ("Le Monde", A)]),
    ("JEANNE ROE / AFP", [("Jeanne Roe", P), ("AFP", A)]),
    ("Photo de Jeanne Roe", [("Jeanne Roe", P)]),
    ("Crédit photo : Jeanne Roe", [("Jeanne Roe", P)]),
    ("Foto: Juan Pérez / EFE", [("Juan Pérez", P), ("EFE", A)]),
    ("Foto: EFE/Juan Pérez", [("EFE", A), ("Juan Pérez", P)]),
    ("Foto: Mario Rossi/LaPresse", [("Mario Rossi", P), ("LaPresse", A)]),
    ("Foto di Mario Rossi", [("Mario Rossi", P)]),
    ("Foto de Juan Pérez", [("Juan Pérez", P)]),
    ("Fotografía de Juan Pérez / EFE", [("Juan Pérez", P), ("EFE", A)]),
    ("Foto von Hans Müller", [("Hans Müller", P)]),
    ("Foto: Hans Müller/dpa", [("Hans Müller", P), ("dpa", A)]),
    ("Imagen: Europa Press", [("Europa Press", A)]),
    ("Foto: Reprodução/Instagram", [("Instagram", S)]),
    ("Фото: Reuters", [("Reuters", A)]),
    ("Photo courtesy of NASA", [("NASA", S)]),
    ("Handout", [("handout", S)]),
    ("Video grab via Reuters", [("Reuters", D)]),
    ("Screenshot via YouTube", [("YouTube", S)]),
    ("© Jane Roe", [("Jane Roe", P)]),
    ("Copyright Jane Roe", [("Jane Roe", P)]),
    ("Illustration: Jane Roe", [("Jane Roe", P)]),
    (
        "Photos: Jane Roe/AFP; John Doe/Reuters",
        [("Jane Roe", P), ("AFP", A), ("John Doe", P), ("Reuters", A)],
    ),
    ("Photos: AP, Reuters", [("AP", A), ("Reuters", A)]),
    ("Photos by Jane Roe and John Doe", [("Jane Roe", P), ("John Doe", P)]),
    ("Jane Roe, John Doe/AP", [("Jane Roe", P), ("John Doe", P), ("AP", A)]),
    ("Staff", [("staff", A)]),
    ("File", []),
    ("STR", []),
    ("(Jane Roe/The Daily Herald via AP)", [("Jane Roe", P), ("The Daily Herald", A), ("AP", D)]),
    ("(NASA via AP)", [("NASA", S), ("AP", D)]),
    ("(Pool via AP)", [("pool", A), ("AP", D)]),
    ("AP Photo/Jane Roe, File", [("AP", A), ("Jane Roe", P)]),
    ("(AP Photo)", [("AP", A)]),
    ("REUTERS/Jane Roe/Illustration/File Photo", [("Reuters", A), ("Jane Roe", P)]),
    ("Jane Roe/Pool via REUTERS", [("Jane Roe", P), ("pool", A), ("Reuters", D)]),
    ("AFP PHOTO / NASA / HANDOUT", [("AFP", D), ("NASA", S), ("handout", S)]),
    ("Jane ROE / POOL / AFP", [("Jane Roe", P), ("pool", A), ("AFP", A)]),
    ("HANDOUT / US NAVY / AFP", [("handout", S), ("US Navy", S), ("AFP", D)]),
    ("AFP/File", [("AFP", A)]),
    ("Jane Roe/AFP/File", [("Jane Roe", P), ("AFP", A)]),
    (
        "Jane Roe/Bloomberg via Getty Images",
        [("Jane Roe", P), ("Bloomberg", A), ("Getty Images", D)],
    ),
    ("Bettmann/Getty Images", [("Bettmann", A), ("Getty Images", D)]),
    ("Jane Roe/WireImage", [("Jane Roe", P), ("WireImage", A)]),
    ("Jane Roe - WPA Pool/Getty Images", [("Jane Roe", P), ("WPA Pool", A), ("Getty Images", A)]),
    ("JANE ROE / EPA-EFE / Shutterstock", [("Jane Roe", P), ("EPA-EFE", A), ("Shutterstock", D)]),
    ("Jane Roe/EPA-EFE/Shutterstock", [("Jane Roe", P), ("EPA-EFE", A), ("Shutterstock", D)]),
    ("© picture alliance / dpa | Jane Roe", [("picture alliance", D), ("dpa", A), ("Jane Roe", P)]),
    ("Foto: IMAGO/Jane Roe", [("Imago", A), ("Jane Roe", P)]),
    ("IMAGO/Jane Roe", [("Imago", A), ("Jane Roe", P)]),
    ("Foto: Jane Roe/IMAGO", [("Jane Roe", P), ("Imago", A)]),
    ("Foto ANSA/MARIO ROSSI", [("ANSA", A), ("Mario Rossi", P)]),
    ("(Photo by Li Wei/Xinhua)", [("Li Wei", P), ("Xinhua", A)]),
    ("Photograph: Jane Roe/PA", [("Jane Roe", P), ("PA", A)]),
    ("Photograph: Handout", [("handout", S)]),
    ("Photograph: Supplied", [("handout", S)]),
    ("Credit...Erin Roe/The New York Times", [("Erin Roe", P), ("The New York Times", A)]),
    ("Credit...Jane Roe/Associated Press", [("Jane Roe", P), ("Associated Press", A)]),
    (
        "Credit...Agence France-Presse — Getty Images",
        [("Agence France-Presse", A), ("Getty Images", D)],
    ),
    ("Credit...The New York Times", [("The New York Times", A)]),
    ("Credit...via Acme Corp", [("Acme Corp", S)]),
    ("Image source, PA Media", [("PA Media", A)]),
    ("Image source, Acme Council", [("Acme Council", S)]),
    ("Image source, BBC", [("BBC", S)]),
    ("(Jane Roe/The Washington Post)", [("Jane Roe", P), ("The Washington Post", A)]),
    (
        "Jeanne Roe / Hans Lucas pour « Le Monde »",
        [("Jeanne Roe", P), ("Hans Lucas", A), ("Le Monde", S)],
    ),
    ("Photo : AFP", [("AFP", A)]),
    ("STÉPHANE DE ROE / AFP", [("Stéphane de Roe", P), ("AFP", A)]),
    ("Crédits : Jeanne Roe", [("Jeanne Roe", P)]),
    ("© Jeanne Roe/Le Monde", [("Jeanne Roe", P), ("Le Monde", A)]),
    ("EFE/Juan Pérez", [("EFE", A), ("Juan Pérez", P)]),
    ("Juan Pérez (EFE)", [("Juan Pérez", P), ("EFE", A)]),
    ("Foto: Cortesía", [("various sources", S)]),
    ("Fuente: Twitter", [("Twitter", S)]),
    ("(Foto: EFE)", [("EFE", A)]),
    ("Fotografía: Juan Pérez", [("Juan Pérez", P)]),
    ("Foto LaPresse", [("LaPresse", A)]),
    ("(foto di Mario Rossi)", [("Mario Rossi", P)]),
    ("Фото: пресс-служба Кремля", [("пресс-служба Кремля", S)]),
    ("Фото: соцсети", [("various sources", S)]),
    ("Фото: Global Look Press", [("Global Look Press", A)]),
    ("Иван Петров / РИА Новости", [("Иван Петров", P), ("РИА Новости", A)]),
    ("Фото: Иван Петров", [("Иван Петров", P)]),
    ("Фото: Иван Петров / Коммерсантъ", [("Иван Петров", P), ("Коммерсантъ", A)]),
    ("Courtesy Acme Gallery", [("Acme Gallery", S)]),
    ("Photo courtesy Acme University", [("Acme University", S)]),
    ("Photo courtesy of the family", [("handout", S)]),
    ("HANDOUT/AFP", [("handout", S), ("AFP", D)]),
    ("Video grab from Acme TV", [("Acme TV", S)]),
    ("© Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ("©AFP", [("AFP", A)]),
    ("Copyright: Jane Roe", [("Jane Roe", P)]),
    ("Illustration by Jane Roe", [("Jane Roe", P)]),
    ("Jane ROE and John DOE / AFP", [("Jane Roe", P), ("John Doe", P), ("AFP", A)]),
    ("Photos: Jane Roe, John Doe/AP", [("Jane Roe", P), ("John Doe", P), ("AP", A)]),
    ("Fotograf: Jane Roe", [("Jane Roe", P)]),
    ("Foto: Jane Roe / NTB", [("Jane Roe", P), ("NTB", A)]),
    ("Bild: Jane Roe/TT", [("Jane Roe", P), ("TT", A)]),
    ("Fot. Jan Kowalski/PAP", [("Jan Kowalski", P), ("PAP", A)]),
    ("Foto: ČTK/Jan Novák", [("ČTK", A), ("Jan Novák", P)]),
    ("Foto: Jan Novák, ČTK", [("Jan Novák", P), ("ČTK", A)]),
    ("Fotoğraf: AA", [("AA", A)]),
    ("Photo: Jane Roe/Bloomberg", [("Jane Roe", P), ("Bloomberg", A)]),
    ("Photo by Jane Roe on Unsplash", [("Jane Roe", P), ("Unsplash", S)]),
    ("Jane Roe/AP/Shutterstock", [("Jane Roe", P), ("AP", A), ("Shutterstock", D)]),
    ("Jane Roe/NurPhoto via Getty Images", [("Jane Roe", P), ("NurPhoto", A), ("Getty Images", D)]),
    ("Jane Roe/Anadolu via Getty Images", [("Jane Roe", P), ("Anadolu", A), ("Getty Images", D)]),
    (
        "Jane Roe/Middle East Images/AFP via Getty Images",
        [("Jane Roe", P), ("Middle East Images", A), ("AFP", D), ("Getty Images", D)],
    ),
    ("Jane Roe/ZUMA Press Wire", [("Jane Roe", P), ("ZUMA Press Wire", A)]),
    ("Jane Roe/Sipa USA", [("Jane Roe", P), ("Sipa USA", A)]),
    ("Jane Roe/Bloomberg", [("Jane Roe", P), ("Bloomberg", A)]),
    ("Jane Roe | Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ("Jane Roe | CNBC", [("Jane Roe", P), ("CNBC", S)]),
    ("Jane Roe/KCNA via REUTERS", [("Jane Roe", P), ("KCNA", A), ("Reuters", D)]),
    (
        "Sputnik/Jane Roe/Kremlin via REUTERS",
        [("Sputnik", A), ("Jane Roe", P), ("Kremlin", S), ("Reuters", D)],
    ),
    (
        "Ukrainian Presidential Press Service/Handout via REUTERS",
        [("Ukrainian Presidential Press Service", S), ("handout", S), ("Reuters", D)],
    ),
    ("Jane Roe/TASS", [("Jane Roe", P), ("TASS", A)]),
    ("Photo: Jane Roe for NPR", [("Jane Roe", P), ("NPR", A)]),
    ("Jane Roe/NPR", [("Jane Roe", P), ("NPR", A)]),
    ("Jane Roe/Sportsfile", [("Jane Roe", P), ("Sportsfile", A)]),
    ("Jane Roe/PA", [("Jane Roe", P), ("PA", A)]),
    ("Jane Roe/AAP Image", [("Jane Roe", P), ("AAP", A)]),
    ("AAP Image/Jane Roe", [("AAP", A), ("Jane Roe", P)]),
    ("THE CANADIAN PRESS/Jane Roe", [("The Canadian Press", A), ("Jane Roe", P)]),
    ("Jane Roe/The Canadian Press via AP", [("Jane Roe", P), ("The Canadian Press", A), ("AP", D)]),
    ("Jane Roe/Yonhap via AP", [("Jane Roe", P), ("Yonhap", A), ("AP", D)]),
    ("Jane Roe / Bloomberg", [("Jane Roe", P), ("Bloomberg", A)]),
    ("PTI Photo", [("PTI", A)]),
    ("Photo: PTI", [("PTI", A)]),
    ("Jane Roe/SOPA Images/Sipa USA", [("Jane Roe", P), ("SOPA Images", A), ("Sipa USA", D)]),
    ("Jane Roe/Hindustan Times", [("Jane Roe", P), ("Hindustan Times", A)]),
    ("Jane Roe/Stuff", [("Jane Roe", P), ("Stuff", A)]),
    ("ABC News: Jane Roe", [("ABC News", S), ("Jane Roe", P)]),
    ("Supplied: Acme Council", [("handout", S), ("Acme Council", S)]),
    ("Jane Roe/Sputnik via AP", [("Jane Roe", P), ("Sputnik", A), ("AP", D)]),
    ("Jane Roe/Reuters/File Photo", [("Jane Roe", P), ("Reuters", A)]),
    ("Anadolu Agency/Getty Images", [("Anadolu Agency", A), ("Getty Images", D)]),
    ("Jane Roe / Special to the Globe and Mail", [("Jane Roe", P), ("the Globe and Mail", A)]),
    ("Jane Roe, Special to The Enquirer", [("Jane Roe", P), ("The Enquirer", A)]),
    ("Staff photo by Jane Roe", [("staff", A), ("Jane Roe", P)]),
    ("Jane Roe / Staff photographer", [("Jane Roe", P), ("staff", A)]),
    ("Jane Roe | Staff Photographer", [("Jane Roe", P), ("staff", A)]),
    ("Jane Roe/Staff", [("Jane Roe", P), ("staff", A)]),
    ("Jane Roe — The Boston Globe", [("Jane Roe", P), ("The Boston Globe", A)]),
    ("Jane Roe, USA TODAY", [("Jane Roe", P), ("USA Today", A)]),
    ("Jane Roe-USA TODAY Sports", [("Jane Roe", P), ("USA TODAY Sports", A)]),
    ("Mandatory Credit: Jane Roe-USA TODAY Sports", [("Jane Roe", P), ("USA TODAY Sports", A)]),
    ("Jane Roe-Imagn Images", [("Jane Roe", P), ("Imagn Images", A)]),
    ("Jane Roe/USA TODAY NETWORK", [("Jane Roe", P), ("USA Today Network", A)]),
    (
        "Jane Roe/Icon Sportswire via Getty Images",
        [("Jane Roe", P), ("Icon Sportswire", A), ("Getty Images", D)],
    ),
    ("Jane Roe/NHLI via Getty Images", [("Jane Roe", P), ("NHLI", A), ("Getty Images", D)]),
    ("Jane Roe/NBAE via Getty Images", [("Jane Roe", P), ("NBAE", A), ("Getty Images", D)]),
    (
        "Jane Roe/MLB Photos via Getty Images",
        [("Jane Roe", P), ("MLB Photos", A), ("Getty Images", D)],
    ),
    ("Jane Roe/Invision/AP", [("Jane Roe", P), ("Invision", A), ("AP", D)]),
    ("(Photo by Jane Roe/Invision/AP)", [("Jane Roe", P), ("Invision", A), ("AP", D)]),
    (
        "Jane Roe/AP Images for Acme Foundation",
        [("Jane Roe", P), ("AP Images", A), ("Acme Foundation", S)],
    ),
    ("Jane Roe/Star Tribune via AP", [("Jane Roe", P), ("Star Tribune", A), ("AP", D)]),
    ("Jane Roe/Chicago Tribune/TNS", [("Jane Roe", P), ("Chicago Tribune", A), ("TNS", D)]),
    (
        "Jane Roe/Miami Herald/Tribune News Service via Getty Images",
        [("Jane Roe", P), ("Miami Herald", A), ("Tribune News Service", D), ("Getty Images", D)],
    ),
    (
        "Jane Roe/MediaNews Group/Boston Herald via Getty Images",
        [("Jane Roe", P), ("MediaNews Group", A), ("Boston Herald", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/Los Angeles Times via Getty Images",
        [("Jane Roe", P), ("Los Angeles Times", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/Future Publishing via Getty Images",
        [("Jane Roe", P), ("Future Publishing", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/ullstein bild via Getty Images",
        [("Jane Roe", P), ("ullstein bild", A), ("Getty Images", D)],
    ),
    (
        "Photo 12/Universal Images Group via Getty Images",
        [("Photo 12", A), ("Universal Images Group", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/Archive Photos/Getty Images",
        [("Jane Roe", P), ("Archive Photos", A), ("Getty Images", D)],
    ),
    ("Keystone/Getty Images", [("Keystone", A), ("Getty Images", D)]),
    (
        "Jane Roe/Barcroft Media via Getty Images",
        [("Jane Roe", P), ("Barcroft Media", A), ("Getty Images", D)],
    ),
    ("Jane Roe/PA Wire/PA Images", [("Jane Roe", P), ("PA Wire", A), ("PA Images", D)]),
    ("Picture: Jane Roe/PA", [("Jane Roe", P), ("PA", A)]),
    ("Picture: SWNS", [("SWNS", A)]),
    ("Pic: Jane Roe", [("Jane Roe", P)]),
    ("Image: Getty", [("Getty", A)]),
    ("(Image: Jane Roe/Daily Mirror)", [("Jane Roe", P), ("Daily Mirror", A)]),
    ("(Picture: Getty)", [("Getty", A)]),
    ("Credit: Jane Roe / Alamy Stock Photo", [("Jane Roe", P), ("Alamy Stock Photo", A)]),
    ("Credit: Shutterstock", [("Shutterstock", A)]),
    ("Picture: Jane Roe/Rex Features", [("Jane Roe", P), ("Rex Features", A)]),
    ("Jane Roe/Camera Press", [("Jane Roe", P), ("Camera Press", A)]),
    ("Jane Roe for The Telegraph", [("Jane Roe", P), ("The Telegraph", A)]),
    ("Jane Roe / Evening Standard", [("Jane Roe", P), ("Evening Standard", A)]),
    ("Jane Roe/Mirrorpix", [("Jane Roe", P), ("Mirrorpix", A)]),
    ("Picture: Jane Roe/NCA NewsWire", [("Jane Roe", P), ("NCA NewsWire", A)]),
    ("Source: AAP", [("AAP", A)]),
    ("Source: Supplied", [("handout", S)]),
    ("Photo: AAP Image/Jane Roe", [("AAP", A), ("Jane Roe", P)]),
    ("(AAP Image/Jane Roe) NO ARCHIVING", [("AAP", A), ("Jane Roe", P)]),
    ("Jane Roe/The Sydney Morning Herald", [("Jane Roe", P), ("The Sydney Morning Herald", A)]),
    ("Express Photo by Jane Roe", [("Express", A), ("Jane Roe", P)]),
    ("Express photo: Jane Roe", [("Express", A), ("Jane Roe", P)]),
    ("(PTI Photo)", [("PTI", A)]),
    ("HT Photo/Jane Roe", [("HT", A), ("Jane Roe", P)]),
    ("Photo: Jane Roe/The Hindu", [("Jane Roe", P), ("The Hindu", A)]),
    ("ANI Photo", [("ANI", A)]),
    ("(Photo: ANI)", [("ANI", A)]),
    ("Twitter/@jroe", [("Twitter", S), ("@jroe", S)]),
    ("Jane Roe/CBC", [("Jane Roe", P), ("CBC", S)]),
    ("Jane Roe/Postmedia", [("Jane Roe", P), ("Postmedia", A)]),
    ("Jane Roe | The Post-Standard", [("Jane Roe", P), ("The Post-Standard", A)]),
    ("Jane Roe | jroe@example.com", [("Jane Roe", P)]),
    ("Jane Roe, jroe@example.com", [("Jane Roe", P)]),
    ("JANE ROE/Staff", [("Jane Roe", P), ("staff", A)]),
    ("Jane Roe, The Dallas Morning News", [("Jane Roe", P), ("The Dallas Morning News", A)]),
    ("Jane Roe / The Enquirer", [("Jane Roe", P), ("The Enquirer", A)]),
    ("Jane Roe/IndyStar", [("Jane Roe", P), ("IndyStar", A)]),
    ("Jane Roe / USA TODAY Network", [("Jane Roe", P), ("USA TODAY Network", A)]),
    ("Jane Roe/The Star via ZUMA Wire", [("Jane Roe", P), ("The Star", A), ("ZUMA Wire", D)]),
    ("Photo: Jane Roe / The Kathmandu Post", [("Jane Roe", P), ("The Kathmandu Post", A)]),
    ("JANE ROE / THE TIMES", [("Jane Roe", P), ("The Times", A)]),
    ("Jane Roe/BFA.com", [("Jane Roe", P), ("BFA.com", A)]),
    (
        "Photo: Jane Roe, The Sydney Morning Herald",
        [("Jane Roe", P), ("The Sydney Morning Herald", A)],
    ),
    ("Jane Roe/News Ltd", [("Jane Roe", P), ("News Ltd", A)]),
    ("Jane Roe/NYT", [("Jane Roe", P), ("NYT", A)]),
    ("Photo: Jane Roe for The Washington Post", [("Jane Roe", P), ("The Washington Post", A)]),
    (
        "Jane Roe/The Washington Post via Getty Images",
        [("Jane Roe", P), ("The Washington Post", A), ("Getty Images", D)],
    ),
    ("Jane Roe/Bloomberg News", [("Jane Roe", P), ("Bloomberg News", A)]),
    ("Photographer: Jane Roe/Bloomberg", [("Jane Roe", P), ("Bloomberg", A)]),
    ("Jane Roe/CNBC", [("Jane Roe", P), ("CNBC", S)]),
    ("Jane Roe | CNN", [("Jane Roe", P), ("CNN", A)]),
    ("Jane Roe/NurPhoto/Shutterstock", [("Jane Roe", P), ("NurPhoto", A), ("Shutterstock", D)]),
    ("Jane Roe/Avalon", [("Jane Roe", P), ("Avalon", A)]),
    ("Image courtesy of Acme Labs", [("Acme Labs", S)]),
    ("Photo provided by Acme Labs", [("Acme Labs", S)]),
    ("Photo provided", [("submitted", S)]),
    ("Submitted photo", [("submitted", S)]),
    ("Jane Roe/for The Times", [("Jane Roe", P), ("The Times", A)]),
    ("Jane Roe for NBC News", [("Jane Roe", P), ("NBC News", A)]),
    ("Jane Roe | NBC News", [("Jane Roe", P), ("NBC News", A)]),
    ("Jane Roe/ESPN", [("Jane Roe", P), ("ESPN", S)]),
    ("JANE ROE/AFP/GETTY IMAGES", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    ("Jane Roe / AFP PHOTO", [("Jane Roe", P), ("AFP", A)]),
    ("AFP/Getty Images", [("AFP", A), ("Getty Images", D)]),
    ("AFP Photo/Jane Roe", [("AFP", A), ("Jane Roe", P)]),
    ("Photo by JANE ROE/AFP via Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    (
        "Jane Roe/TT NEWS AGENCY/via REUTERS",
        [("Jane Roe", P), ("TT News Agency", A), ("Reuters", D)],
    ),
    (
        "Jane Roe/Agencja Gazeta/via REUTERS",
        [("Jane Roe", P), ("Agencja Gazeta", A), ("Reuters", D)],
    ),
    ("Jane Roe/ABACAPRESS.COM", [("Jane Roe", P), ("Abacapress.com", A)]),
    ("Jane Roe/Hans Lucas via AFP", [("Jane Roe", P), ("Hans Lucas", A), ("AFP", D)]),
    ("JANE ROE / HANS LUCAS / AFP", [("Jane Roe", P), ("Hans Lucas", A), ("AFP", D)]),
    ("Jane Roe / MAXPPP", [("Jane Roe", P), ("MAXPPP", A)]),
    ("Jane Roe / Le Parisien / MAXPPP", [("Jane Roe", P), ("Le Parisien", A), ("MAXPPP", D)]),
    ("Jane Roe / IP3 PRESS / MAXPPP", [("Jane Roe", P), ("IP3 Press", A), ("MAXPPP", D)]),
    ("Photo Jeanne Roe / Libération", [("Jeanne Roe", P), ("Libération", A)]),
    ("© D.R.", []),
    ("Foto: privat", [("various sources", S)]),
    ("Foto: Screenshot Twitter", [("Twitter", S)]),
    ("Foto: Screenshot/Twitter", [("Twitter", S)]),
    ("Bild: KEYSTONE/Jane Roe", [("Keystone", A), ("Jane Roe", P)]),
    ("Foto: APA/HELMUT ROE", [("APA", A), ("Helmut Roe", P)]),
    ("Foto: imago images/Jane Roe", [("imago images", A), ("Jane Roe", P)]),
    ("Foto: Jane Roe/ddp", [("Jane Roe", P), ("ddp", A)]),
    ("Foto: AFP/JANE ROE", [("AFP", A), ("Jane Roe", P)]),
    ("FOTO: JANE ROE", [("Jane Roe", P)]),
    ("Foto ANP / Jane Roe", [("ANP", A), ("Jane Roe", P)]),
    ("Beeld ANP", [("ANP", A)]),
    ("Beeld Jane Roe", [("Jane Roe", P)]),
    ("Beeld: Jane Roe / de Volkskrant", [("Jane Roe", P), ("de Volkskrant", A)]),
    ("Foto: Jane Roe, NTB", [("Jane Roe", P), ("NTB", A)]),
    ("FOTO: JANE ROE, NTB SCANPIX", [("Jane Roe", P), ("NTB Scanpix", A)]),
    ("Foto: Jane Roe / Aftenposten", [("Jane Roe", P), ("Aftenposten", A)]),
    ("Fot. Jan Kowalski / Agencja Gazeta", [("Jan Kowalski", P), ("Agencja Gazeta", A)]),
    ("fot. PAP/Jan Kowalski", [("PAP", A), ("Jan Kowalski", P)]),
    ("Fot. East News", [("East News", A)]),
    ("Foto: Jan Novák, Aktuálně.cz", [("Jan Novák", P), ("Aktuálně.cz", A)]),
    ("(AA)", [("AA", A)]),
    ("Foto: Jane Roe/Folhapress", [("Jane Roe", P), ("Folhapress", A)]),
    ("Foto: Reprodução", []),
    ("Foto: Divulgação", [("handout", S)]),
    ("Jane Roe/Agência Brasil", [("Jane Roe", P), ("Agência Brasil", A)]),
    ("Foto: Jane Roe/Agência O Globo", [("Jane Roe", P), ("Agência O Globo", A)]),
    ("Foto: Jane Roe / Estadão", [("Jane Roe", P), ("Estadão", A)]),
    ("(EFE/Juan Pérez)", [("EFE", A), ("Juan Pérez", P)]),
    ("Foto: Juan Pérez / El País", [("Juan Pérez", P), ("El País", A)]),
    ("Fotografía: Juan Pérez | Cuartoscuro", [("Juan Pérez", P), ("Cuartoscuro", A)]),
    ("Foto: Cuartoscuro", [("Cuartoscuro", A)]),
    ("Imagen: Archivo", []),
    ("Foto: Especial", [("handout", S)]),
    ("Juan Pérez | Europa Press", [("Juan Pérez", P), ("Europa Press", A)]),
    ("(Foto: Europa Press)", [("Europa Press", A)]),
    ("Foto Ansa", [("Ansa", A)]),
    ("(foto Ansa)", [("Ansa", A)]),
    ("Mario Rossi/Ansa", [("Mario Rossi", P), ("Ansa", A)]),
    ("(LaPresse)", [("LaPresse", A)]),
    ("Foto: Imagoeconomica", [("Imagoeconomica", A)]),
    ("Фото: Иван Петров / «Коммерсантъ»", [("Иван Петров", P), ("Коммерсантъ", A)]),
    ("Фото: пресс-служба", [("handout", S)]),
    ("Фото: AP", [("AP", A)]),
    ("Фото: РИА Новости/Иван Петров", [("РИА Новости", A), ("Иван Петров", P)]),
    ("Фото: Shutterstock", [("Shutterstock", A)]),
    ("Фото: кадр из видео", []),
    ("Фото: скриншот", []),
    ("Фото: mos.ru", [("mos.ru", S)]),
    ("Фото: Иван Петров / Lenta.ru", [("Иван Петров", P), ("Lenta.ru", A)]),
    ("© Иван Петров / РИА Новости", [("Иван Петров", P), ("РИА Новости", A)]),
    ("© РИА Новости / Иван Петров", [("РИА Новости", A), ("Иван Петров", P)]),
    ("Фото: Укрінформ", [("Укрінформ", A)]),
    ("Фото: Іван Петренко / УНІАН", [("Іван Петренко", P), ("Уніан", A)]),
    ("Фото: Офіс президента", [("Офіс президента", S)]),
    ("Фото: Reuters/Иван Петров", [("Reuters", A), ("Иван Петров", P)]),
    ("Photo: Jane Roe/Reuters/File", [("Jane Roe", P), ("Reuters", A)]),
    ("(Photo by Jane Roe/Getty Images)", [("Jane Roe", P), ("Getty Images", A)]),
    ("Jane Roe / NTB scanpix", [("Jane Roe", P), ("NTB scanpix", A)]),
    ("Jane Roe/Zuma Press/PA Images", [("Jane Roe", P), ("Zuma Press", A), ("PA Images", D)]),
    ("Jane Roe/Sipa Press", [("Jane Roe", P), ("Sipa Press", A)]),
    ("Jane Roe/Bestimage", [("Jane Roe", P), ("Bestimage", A)]),
    ("Photo Jeanne Roe. AFP", [("Jeanne Roe", P), ("AFP", A)]),
    ("Foto: Archiv", []),
    ("Bild: Keystone/Jane Roe", [("Keystone", A), ("Jane Roe", P)]),
    ("Foto: ddp", [("ddp", A)]),
    ("Foto: Jane Roe/SZ", [("Jane Roe", P), ("SZ", A)]),
    (
        "Jane Roe/ZUMA Press Wire/Shutterstock",
        [("Jane Roe", P), ("ZUMA Press Wire", A), ("Shutterstock", D)],
    ),
    ("Jane Roe/Redux/eyevine", [("Jane Roe", P), ("Redux", A), ("eyevine", D)]),
    (
        "Jane Roe/The New York Times/Redux",
        [("Jane Roe", P), ("The New York Times", A), ("Redux", D)],
    ),
    ("Jane Roe/GC Images", [("Jane Roe", P), ("GC Images", A)]),
    ("Jane Roe/Getty Images via AFP", [("Jane Roe", P), ("Getty Images", A), ("AFP", D)]),
    (
        "Jane Roe/NurPhoto via Reuters Connect",
        [("Jane Roe", P), ("NurPhoto", A), ("Reuters Connect", D)],
    ),
    ("Jane Roe/laif/Redux", [("Jane Roe", P), ("laif", A), ("Redux", D)]),
    ("Jane Roe/Magnum Photos", [("Jane Roe", P), ("Magnum Photos", A)]),
    ("Jane Roe/Panos Pictures", [("Jane Roe", P), ("Panos Pictures", A)]),
    ("Jane Roe/Contrasto/Redux", [("Jane Roe", P), ("Contrasto", A), ("Redux", D)]),
    ("Jane Roe/Bloomberg/Getty Images", [("Jane Roe", P), ("Bloomberg", A), ("Getty Images", D)]),
    (
        "Jane Roe/Invision for Acme/AP Images",
        [("Jane Roe", P), ("Invision", A), ("Acme", S), ("AP Images", D)],
    ),
    (
        "Jane Roe/Yomiuri Shimbun via AP Images",
        [("Jane Roe", P), ("Yomiuri Shimbun", A), ("AP Images", D)],
    ),
    ("Jane Roe/Xinhua via AP", [("Jane Roe", P), ("Xinhua", A), ("AP", D)]),
    ("Jane Roe/Lehtikuva via AP", [("Jane Roe", P), ("Lehtikuva", A), ("AP", D)]),
    ("Jane Roe/Ritzau Scanpix via AP", [("Jane Roe", P), ("Ritzau Scanpix", A), ("AP", D)]),
    ("Jane Roe/NTB Scanpix via AP", [("Jane Roe", P), ("NTB Scanpix", A), ("AP", D)]),
    ("Jane Roe/TT News Agency via AP", [("Jane Roe", P), ("TT News Agency", A), ("AP", D)]),
    ("Jane Roe/Keystone via AP", [("Jane Roe", P), ("Keystone", A), ("AP", D)]),
    ("Jane Roe/LaPresse via AP", [("Jane Roe", P), ("LaPresse", A), ("AP", D)]),
    ("Jane Roe/dpa via AP", [("Jane Roe", P), ("dpa", A), ("AP", D)]),
    ("Jane Roe/The Star-Ledger via AP", [("Jane Roe", P), ("The Star-Ledger", A), ("AP", D)]),
    ("Jane Roe/The Journal News via AP", [("Jane Roe", P), ("The Journal News", A), ("AP", D)]),
    ("Jane Roe/The Tennessean via AP", [("Jane Roe", P), ("The Tennessean", A), ("AP", D)]),
    ("Jane Roe/Deseret News via AP", [("Jane Roe", P), ("Deseret News", A), ("AP", D)]),
    ("Jane Roe/Orlando Sentinel via AP", [("Jane Roe", P), ("Orlando Sentinel", A), ("AP", D)]),
    ("Jane Roe/Houston Chronicle via AP", [("Jane Roe", P), ("Houston Chronicle", A), ("AP", D)]),
    (
        "Jane Roe/Las Vegas Review-Journal via AP",
        [("Jane Roe", P), ("Las Vegas Review-Journal", A), ("AP", D)],
    ),
    (
        "Jane Roe/Pittsburgh Post-Gazette via AP",
        [("Jane Roe", P), ("Pittsburgh Post-Gazette", A), ("AP", D)],
    ),
    ("Jane Roe/AJC via AP", [("Jane Roe", P), ("AJC", A), ("AP", D)]),
    (
        "Jane Roe/The Commercial Appeal via AP",
        [("Jane Roe", P), ("The Commercial Appeal", A), ("AP", D)],
    ),
    ("Jane Roe via AP", [("Jane Roe", P), ("AP", D)]),
    ("U.S. Navy via AP", [("U.S. Navy", S), ("AP", D)]),
    (
        "Ukrainian Presidential Press Office via AP",
        [("Ukrainian Presidential Press Office", S), ("AP", D)],
    ),
    ("Planet Labs PBC via AP", [("Planet Labs PBC", S), ("AP", D)]),
    ("Maxar Technologies via AP", [("Maxar Technologies", S), ("AP", D)]),
    ("Satellite image ©2024 Maxar Technologies", [("Maxar Technologies", S)]),
    (
        "Satellite image ©2024 Maxar Technologies/Handout via REUTERS",
        [("Maxar Technologies", S), ("handout", S), ("Reuters", D)],
    ),
    (
        "Planet Labs PBC/Handout via REUTERS",
        [("Planet Labs PBC", S), ("handout", S), ("Reuters", D)],
    ),
    ("Social media/via REUTERS", [("various sources", S), ("Reuters", D)]),
    (
        "Jane Roe/Pool/AFP via Getty Images",
        [("Jane Roe", P), ("pool", A), ("AFP", A), ("Getty Images", D)],
    ),
    ("POOL/AFP via Getty Images", [("pool", A), ("AFP", A), ("Getty Images", D)]),
    ("JANE ROE/POOL/AFP", [("Jane Roe", P), ("pool", A), ("AFP", A)]),
    ("Pool/Reuters", [("pool", A), ("Reuters", A)]),
    ("Pool via REUTERS", [("pool", A), ("Reuters", D)]),
    ("Jane Roe/Pool Photo via AP", [("Jane Roe", P), ("pool", A), ("AP", D)]),
    ("Jane Roe/Pool Photo via USA TODAY", [("Jane Roe", P), ("pool", A), ("USA Today", D)]),
    (
        "Jane Roe/Getty Images for The Recording Academy",
        [("Jane Roe", P), ("Getty Images", A), ("The Recording Academy", S)],
    ),
    ("Jane Roe/WireImage for Acme", [("Jane Roe", P), ("WireImage", A), ("Acme", S)]),
    ("Jane Roe/FilmMagic", [("Jane Roe", P), ("FilmMagic", A)]),
    ("Jane Roe/Variety via Getty Images", [("Jane Roe", P), ("Variety", A), ("Getty Images", D)]),
    (
        "Jane Roe/Penske Media via Getty Images",
        [("Jane Roe", P), ("Penske Media", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/NBC/NBCU Photo Bank via Getty Images",
        [("Jane Roe", P), ("NBC", S), ("NBCU Photo Bank", A), ("Getty Images", D)],
    ),
    ("Jane Roe/CBS via Getty Images", [("Jane Roe", P), ("CBS", S), ("Getty Images", D)]),
    ("Jane Roe/Netflix", [("Jane Roe", P), ("Netflix", S)]),
    ("Courtesy of Netflix", [("Netflix", S)]),
    ("Jane Roe/Courtesy of Netflix", [("Jane Roe", P), ("Netflix", S)]),
    ("© 2024 Acme Pictures. All Rights Reserved.", [("Acme Pictures", S)]),
    (
        "Jane Roe/The Boston Globe via Getty Images",
        [("Jane Roe", P), ("The Boston Globe", A), ("Getty Images", D)],
    ),
    (
        "Jane Roe/The Washington Post/Getty Images",
        [("Jane Roe", P), ("The Washington Post", A), ("Getty Images", D)],
    ),
    ("Jane Roe/Sipa USA via AP", [("Jane Roe", P), ("Sipa USA", A), ("AP", D)]),
    ("Jane Roe/SIPA/Shutterstock", [("Jane Roe", P), ("SIPA", A), ("Shutterstock", D)]),
    ("Jane Roe/Abaca/Sipa USA", [("Jane Roe", P), ("Abaca", A), ("Sipa USA", D)]),
    ("Jane Roe/BACKGRID", [("Jane Roe", P), ("Backgrid", A)]),
    ("Jane Roe/The Image Direct", [("Jane Roe", P), ("The Image Direct", A)]),
    ("Jane Roe/Cover Images", [("Jane Roe", P), ("Cover Images", A)]),
    ("Jane Roe/Landmark Media", [("Jane Roe", P), ("Landmark Media", A)]),
    ("Jane Roe/i-Images", [("Jane Roe", P), ("i-Images", A)]),
    ("Jane Roe/Avalon.red", [("Jane Roe", P), ("Avalon.red", A)]),
    ("Jane Roe/News Licensing", [("Jane Roe", P), ("News Licensing", A)]),
    ("Jane Roe/The Times", [("Jane Roe", P), ("The Times", A)]),
    ("Jane Roe/Alamy Live News", [("Jane Roe", P), ("Alamy Live News", A)]),
    ("Jane Roe/Moment RF/Getty Images", [("Jane Roe", P), ("Moment RF", A), ("Getty Images", D)]),
    (
        "Jane Roe/iStock/Getty Images Plus",
        [("Jane Roe", P), ("iStock", A), ("Getty Images Plus", D)],
    ),
    ("jdoe123/iStock/Getty Images Plus", [("jdoe123", P), ("iStock", A), ("Getty Images Plus", D)]),
    (
        "Photo illustration by Jane Roe/The New York Times; Getty Images",
        [("Jane Roe", P), ("The New York Times", A), ("Getty Images", A)],
    ),
    ("Illustration by Jane Roe; Photos: Getty Images", [("Jane Roe", P), ("Getty Images", A)]),
    ("Jane Roe for Vox", [("Jane Roe", P), ("Vox", A)]),
    ("Jane Roe for NPR", [("Jane Roe", P), ("NPR", A)]),
    ("Jane Roe for CNN", [("Jane Roe", P), ("CNN", A)]),
    ("Jane Roe for Bloomberg Businessweek", [("Jane Roe", P), ("Bloomberg Businessweek", A)]),
    ("Jane Roe for TIME", [("Jane Roe", P), ("TIME", A)]),
    ("Jane Roe for The Atlantic", [("Jane Roe", P), ("The Atlantic", A)]),
    ("Jane Roe—Getty Images", [("Jane Roe", P), ("Getty Images", A)]),
    ("Jane Roe—Bloomberg/Getty Images", [("Jane Roe", P), ("Bloomberg", A), ("Getty Images", D)]),
    ("Jane Roe—AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
    (
        "Jane Roe—The New York Times/Redux",
        [("Jane Roe", P), ("The New York Times", A), ("Redux", D)],
    ),
    ("Jane Roe—Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ("Jane Roe – AFP", [("Jane Roe", P), ("AFP", A)]),
    ("Photo credit: Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ("Photo Credit: Jane Roe", [("Jane Roe", P)]),
    ("Image credit: NASA/JPL-Caltech", [("NASA", S), ("JPL-Caltech", S)]),
    ("NASA/JPL-Caltech/MSSS", [("NASA", S), ("JPL-Caltech", S), ("MSSS", S)]),
    ("NASA, ESA, CSA, STScI", [("NASA", S), ("ESA", S), ("CSA", S), ("STScI", S)]),
    ("Credit: NASA/Bill Ingalls", [("NASA", S), ("Bill Ingalls", P)]),
    ("NASA/Joel Kowsky", [("NASA", S), ("Joel Kowsky", P)]),
    ("U.S. Army photo by Sgt. Jane Roe", [("U.S. Army", S), ("Jane Roe", P)]),
    ("U.S. Air Force photo by Airman 1st Class Jane Roe", [("U.S. Air Force", S), ("Jane Roe", P)]),
    ("DoD photo by Jane Roe", [("DoD", S), ("Jane Roe", P)]),
    ("White House Photo/Jane Roe", [("White House", S), ("Jane Roe", P)]),
    ("Official White House Photo by Jane Roe", [("White House", S), ("Jane Roe", P)]),
    ("IDF/Handout via REUTERS", [("IDF", S), ("handout", S), ("Reuters", D)]),
    (
        "Israel Defense Forces/Handout via REUTERS",
        [("Israel Defense Forces", S), ("handout", S), ("Reuters", D)],
    ),
    ("Courtesy: Acme Labs", [("Acme Labs", S)]),
    ("Photo: courtesy of Acme Labs", [("Acme Labs", S)]),
    ("Photo: Courtesy", [("various sources", S)]),
    ("(Courtesy photo)", [("submitted", S)]),
    ("Photo via Acme Labs/Instagram", [("Acme Labs", S), ("Instagram", S)]),
    ("Image via Twitter/@jroe", [("Twitter", S), ("@jroe", S)]),
    ("Twitter: @jroe", [("Twitter", S), ("@jroe", S)]),
    ("Instagram/@jroe", [("Instagram", S), ("@jroe", S)]),
    ("@jroe/Instagram", [("@jroe", S), ("Instagram", S)]),
    ("Screenshot/X", [("X", S)]),
    ("X/@jroe", [("X", S), ("@jroe", S)]),
    ("TikTok/@jroe", [("TikTok", S), ("@jroe", S)]),
    ("YouTube/Acme TV", [("YouTube", S), ("Acme TV", S)]),
    ("Photo: Jane Roe (Reuters)", [("Jane Roe", P), ("Reuters", A)]),
    ("Jane Roe (AP)", [("Jane Roe", P), ("AP", A)]),
    ("JANE ROE (REUTERS)", [("Jane Roe", P), ("Reuters", A)]),
    ("Jane Roe, Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ("Jane Roe - Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ("Reuters: Jane Roe", [("Reuters", A), ("Jane Roe", P)]),
    ("AFP: Jane Roe", [("AFP", A), ("Jane Roe", P)]),
    ("Getty: Jane Roe", [("Getty", A), ("Jane Roe", P)]),
    ("Jane Roe / The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    ("Jane Roe, The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    ("Jane Roe — The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    ("Jane Roe | The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    ("Jane Roe for The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    ("Photo by Jane Roe | The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
    (
        "Photos by Jane Roe and John Doe/The Coast Times",
        [("Jane Roe", P), ("John Doe", P), ("The Coast Times", A)],
    ),
    ("Jane Roe & John Doe / AFP", [("Jane Roe", P), ("John Doe", P), ("AFP", A)]),
    ("Jane Roe et John Doe / AFP", [("Jane Roe", P), ("John Doe", P), ("AFP", A)]),
    ("Jane Roe und John Doe/dpa", [("Jane Roe", P), ("John Doe", P), ("dpa", A)]),
    ("Jane Roe y John Doe / EFE", [("Jane Roe", P), ("John Doe", P), ("EFE", A)]),
    ("Иван Петров и Пётр Иванов / ТАСС", [("Иван Петров", P), ("Пётр Иванов", P), ("ТАСС", A)]),
    (
        "Jane Roe, John Doe and Kate Fields/Reuters",
        [("Jane Roe", P), ("John Doe", P), ("Kate Fields", P), ("Reuters", A)],
    ),
    (
        "Left: Jane Roe/AP; right: John Doe/Reuters",
        [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
    ),
    (
        "Clockwise from top left: AP, Reuters, Getty Images",
        [("AP", A), ("Reuters", A), ("Getty Images", A)],
    ),
    (
        "From left: Jane Roe/AP, John Doe/Reuters",
        [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
    ),
    (
        "Top: Jane Roe/AP. Bottom: John Doe/Reuters",
        [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
    ),
]


@pytest.mark.parametrize(("line", "parties"), MATRIX)
def test_house_style_matrix(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a photographer's e-mail address after the name (US local papers): a contact
        ("Jane Roe | jroe@example.com", [("Jane Roe", P)]),
        ("Jane Roe, jroe@example.com", [("Jane Roe", P)]),
        ("Photo by Jane Roe, jane.roe+news@example.co.uk", [("Jane Roe", P)]),
        ("Jane Roe | jroe@example.com | Staff", [("Jane Roe", P), ("staff", A)]),
        # neighbours: a user handle is still where the picture was found
        ("@jroe", [("@jroe", S)]),
        ("Twitter/@jroe", [("Twitter", S), ("@jroe", S)]),
    ],
)
def test_email_is_no_party(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a label without its colon before the platform the picture was taken from
        ("Foto: Screenshot Twitter", [("Twitter", S)]),
        ("Screenshot YouTube", [("YouTube", S)]),
        ("Foto Instagram", [("Instagram", S)]),
        ("Photo Facebook/Jane Roe", [("Facebook", S), ("Jane Roe", P)]),
        # neighbours: a name or a known wire after the bare label, and the platform alone
        ("Photo Jane Roe", [("Jane Roe", P)]),
        ("Foto ANSA/Mario Rossi", [("ANSA", A), ("Mario Rossi", P)]),
        ("Instagram", [("Instagram", S)]),
    ],
)
def test_bare_label_before_platform(
    line: str, parties: list[tuple[str | None, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # "D.R." (droits réservés), French: the rights are reserved, no one is named
        ("Photo : D.R.", []),
        ("© D.R.", []),
        ("Jeanne Roe / D.R.", [("Jeanne Roe", P)]),
        ("Crédit photo : droits réservés", []),
        # neighbours: the title "Dr." before a name is taken off the name
        ("Photo: Dr. Jane Roe", [("Jane Roe", P)]),
        ("Dr. Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ],
)
def test_rights_reserved_is_no_party(
    line: str, parties: list[tuple[str | None, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # Russian and Ukrainian labels of a frame from a video: a label, no party
        ("Фото: кадр из видео", []),
        ("Стоп-кадр: Reuters", [("Reuters", A)]),
        ("Кадр з відео: Укрінформ", [("Укрінформ", A)]),
        # a press service not named: a handout; named, it is its issuer
        ("Фото: пресс-служба", [("handout", S)]),
        ("Фото: прес-служба", [("handout", S)]),
        ("Фото: пресс-служба Кремля", [("пресс-служба Кремля", S)]),
        ("Photo: Press Office", [("handout", S)]),
    ],
)
def test_video_frames_and_press_services(
    line: str, parties: list[tuple[str | None, CreditRole]]
) -> None:
    assert split_parties(line) == parties


def test_agency_restriction_is_no_party() -> None:
    # AAP's restriction after the credit names no party
    assert split_parties("(AAP Image/Jane Roe) NO ARCHIVING") == [("AAP", A), ("Jane Roe", P)]
    assert split_parties("AAP Image/Jane Roe") == [("AAP", A), ("Jane Roe", P)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Staff", [("staff", A)]),
        ("File", []),
        ("FILE PHOTO", []),
        ("STR", []),
        ("Stringer", []),
        ("Handout", [("handout", S)]),
        ("HO", [("handout", S)]),
        ("Pool", [("pool", A)]),
    ],
)
def test_role_codes_and_unnamed_alone(
    line: str, parties: list[tuple[str | None, CreditRole]]
) -> None:
    assert split_parties(line) == parties
    assert all(p.name is None for p in extract_credits(line))


@pytest.mark.parametrize(
    "caption",
    [
        "Forecasters gave the storm a 50/50 chance of landfall.",
        "The index rose 24/7 trading volumes to a record.",
        "Rain fell on Kyiv on Monday.",
    ],
)
def test_caption_sentence_with_a_slash_names_no_credit(caption: str) -> None:
    assert credit_in_caption(caption) is None
    assert extract_credits("", caption=caption) == ()


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a photo label after the agency is no part of its name
        ("AP Photo/Jane Roe", [("AP", A), ("Jane Roe", P)]),
        ("AAP Image/Jane Roe", [("AAP", A), ("Jane Roe", P)]),
        ("BERNAMA PIX", [("Bernama", A)]),
        ("ANTARA FOTO/Jane Roe", [("Antara", A), ("Jane Roe", P)]),
        # a plural or a service's word is: the name as written, as "Getty Images"
        ("Jane Roe/AP Images", [("Jane Roe", P), ("AP Images", A)]),
        ("Jane Roe/PA Images", [("Jane Roe", P), ("PA Images", A)]),
        ("Jane Roe/Sipa USA via AP Images", [("Jane Roe", P), ("Sipa USA", A), ("AP Images", D)]),
        ("Reuters TV via REUTERS", [("Reuters TV", A), ("Reuters", D)]),
        ("Jane Roe/Getty Images", [("Jane Roe", P), ("Getty Images", A)]),
    ],
)
def test_agency_names_as_written(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # "Courtesy:" is the courtesy word, then the source (no unnamed supplier)
        ("Courtesy: Acme Labs", [("Acme Labs", S)]),
        ("Cortesía: Acme Labs", [("Acme Labs", S)]),
        ("Courtesy: Twitter", [("Twitter", S)]),
        # neighbours: an unnamed supplier's label and an outlet before a colon stay
        ("Supplied: Queensland Police", [("handout", S), ("Queensland Police", S)]),
        ("ABC News: Jane Roe", [("ABC News", S), ("Jane Roe", P)]),
        ("Courtesy:", [("various sources", S)]),
    ],
)
def test_courtesy_colon(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # "Official" before an organization's own photo label is no part of its name
        ("Official White House Photo by Jane Roe", [("White House", S), ("Jane Roe", P)]),
        ("OFFICIAL WHITE HOUSE PHOTO BY JANE ROE", [("White House", S), ("Jane Roe", P)]),
        ("Official photo by Jane Roe", [("Jane Roe", P)]),
        # neighbours: an organization's photo label without it, a paper's own
        ("U.S. Navy photo by Jane Roe", [("U.S. Navy", S), ("Jane Roe", P)]),
        ("Star Tribune photo by Jane Roe", [("Star Tribune", A), ("Jane Roe", P)]),
    ],
)
def test_official_photo(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties
