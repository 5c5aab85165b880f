"""The sixth blind matrix of number expressions (stop 44), English and French.

Written from the annotation guideline (``wire_dev_GUIDELINE.md``: every number that states a
quantity, amount, rank, date-with-a-number, percentage or count is a figure; numbers inside
names or identifiers, times of day and "one" as a pronoun are not) before the extractor was
read. The sentences are the writer's own, in the house styles of courts, election, census,
property, transport, military and health reporting, and of Australian, New Zealand, South
African, Irish, Canadian, Philippine, Swiss, Luxembourg, Maghreb and Haitian papers.

Each case is ``(language, text, expected)``; ``expected`` holds ``(anchor, value)`` pairs,
the anchor a substring of the text that the figure's span must overlap and the value the
figure's value (``None`` for a date with no year). A case with no pair is a neighbour: no
figure at all. A case passes when every expected figure is found (same value, overlapping
span) and no other figure is (the kinds ``time``, ``identifier`` and ``marker`` are not
figures).
"""

from __future__ import annotations

Expected = tuple[tuple[str, float | None], ...]
Case = tuple[str, str, Expected]

TWO_THIRDS = 2 / 3

EN: tuple[tuple[str, Expected], ...] = (
    # courts and justice
    (
        "A former council leader was jailed for 12 years at Leeds Crown Court on Friday.",
        (("12 years", 12),),
    ),
    (
        "She was given a suspended sentence of 18 months and ordered to do 200 hours of"
        " unpaid work.",
        (("18 months", 18), ("200 hours", 200)),
    ),
    (
        "The company was fined £450,000 after admitting breaching safety rules.",
        (("£450,000", 450000),),
    ),
    ("The jury awarded $2.3 million in damages to the family.", (("$2.3 million", 2.3e6),)),
    (
        "He must serve at least 25 years before he can be considered for parole.",
        (("at least 25 years", 25),),
    ),
    (
        "Judge Patricia Moore sentenced the pair to a combined 31 years in prison.",
        (("31 years", 31),),
    ),
    (
        "The 34-year-old was remanded in custody until March 14.",
        (("34-year-old", 34), ("March 14", None)),
    ),
    (
        "Three men were convicted of manslaughter and a fourth was acquitted.",
        (("Three", 3), ("fourth", 4)),
    ),
    (
        "He was ordered to pay costs of R45,000 by the Johannesburg magistrate.",
        (("R45,000", 45000),),
    ),
    (
        "The Court of Appeal cut his sentence from nine years to seven.",
        (("nine years", 9), ("seven", 7)),
    ),
    (
        "Each defendant was fined NZ$12,500 and disqualified from driving for 18 months.",
        (("NZ$12,500", 12500), ("18 months", 18)),
    ),
    ("The tribunal awarded her €68,000 for unfair dismissal.", (("€68,000", 68000),)),
    ("The judge imposed a 10-year driving ban.", (("10-year", 10),)),
    ("She was jailed for life with a minimum term of 28 years.", (("28 years", 28),)),
    (
        "About 1,200 cases are waiting to be heard at the court, the clerk said.",
        (("About 1,200", 1200),),
    ),
    ("He was sentenced to 240 hours of community service.", (("240 hours", 240),)),
    (
        "He admitted two counts of fraud and was given five years' probation.",
        (("two", 2), ("five years", 5)),
    ),
    ("The jury deliberated for nine hours before reaching a verdict.", (("nine hours", 9),)),
    ("The five-member bench was split.", (("five", 5),)),
    # elections
    (
        "Lopez won 51.3% to 48.7%, according to the electoral commission.",
        (("51.3%", 51.3), ("48.7%", 48.7)),
    ),
    (
        "Turnout was 67.4 per cent, the highest since 1992.",
        (("67.4 per cent", 67.4), ("1992", 1992)),
    ),
    ("Labour won 326 of the 650 seats in the House of Commons.", (("326", 326), ("650", 650))),
    ("She held the seat by 4,000 votes.", (("4,000", 4000),)),
    ("The incumbent lost by a margin of just 312 votes.", (("312", 312),)),
    (
        "The party took 12.5 percent of the vote, up from 8.1 percent in 2019.",
        (("12.5 percent", 12.5), ("8.1 percent", 8.1), ("2019", 2019)),
    ),
    ("Nearly 48 million people were registered to vote.", (("Nearly 48 million", 48e6),)),
    ("The bill passed by 310 votes to 215.", (("310", 310), ("215", 215))),
    ("A two-thirds majority is needed to amend the constitution.", (("two-thirds", TWO_THIRDS),)),
    ("He finished third with 14 percent of the vote.", (("third", 3), ("14 percent", 14))),
    (
        "The Liberals won 160 seats, short of the 172 needed for a majority in Ottawa.",
        (("160", 160), ("172", 172)),
    ),
    ("The Greens' candidate polled 9,871 votes in Dublin Bay South.", (("9,871", 9871),)),
    ("Marcos won more than 31 million votes.", (("more than 31 million", 31e6),)),
    (
        "The ANC's share fell below 50% in the 2024 election, from 57.5% in 2019.",
        (("50%", 50), ("2024", 2024), ("57.5%", 57.5), ("2019", 2019)),
    ),
    ("The Coalition needs a swing of 1.8 points to win Bass.", (("1.8", 1.8),)),
    ("The government has a majority of 80.", (("80", 80),)),
    ("A candidate needs 270 of the 538 electoral votes.", (("270", 270), ("538", 538))),
    ("Exit polls gave the party 34%.", (("34%", 34),)),
    ("Half of voters backed the plan.", (("Half", 0.5),)),
    # census and demographics
    (
        "The infant mortality rate fell to 4.2 deaths per 1,000 live births.",
        (("4.2", 4.2), ("1,000", 1000)),
    ),
    ("The median age in the county rose to 41.7 years.", (("41.7", 41.7),)),
    ("A woman in her 70s was taken to hospital.", (("70s", 70),)),
    ("A man aged 45 has been charged.", (("45", 45),)),
    ("House prices have risen sharply since the 1990s.", (("1990s", 1990),)),
    ("The town's population peaked in the mid-2000s.", (("2000s", 2000),)),
    (
        "The population grew by 1.2 million to 26.6 million, the Australian Bureau of"
        " Statistics said.",
        (("1.2 million", 1.2e6), ("26.6 million", 26.6e6)),
    ),
    ("One in four children lives in poverty.", (("One in four", 0.25),)),
    ("Some 14% of residents were born overseas.", (("14%", 14),)),
    ("The fertility rate is 1.49 children per woman.", (("1.49", 1.49),)),
    ("Births fell for a sixth consecutive year.", (("sixth", 6),)),
    ("Life expectancy for men is 79.3 years.", (("79.3", 79.3),)),
    ("The 2021 census counted 5.12 million people.", (("2021", 2021), ("5.12 million", 5.12e6))),
    ("People in their twenties are the most likely to rent.", (("twenties", 20),)),
    ("He drove a mid-1980s Ford Escort.", (("1980s", 1980),)),
    ("A 23-year-old man has been arrested.", (("23-year-old", 23),)),
    ("He has three children.", (("three", 3),)),
    # housing and property
    ("The 2,400 sq ft house sold for $1.1 million.", (("2,400", 2400), ("$1.1 million", 1.1e6))),
    ("Average mortgage rates rose to 6.8%.", (("6.8%", 6.8),)),
    ("The five-year fixed rate is now 4.99%.", (("five-year", 5), ("4.99%", 4.99))),
    (
        "A three-bedroom semi in the area costs about £320,000.",
        (("three-bedroom", 3), ("about £320,000", 320000)),
    ),
    ("The flat on the 14th floor has two bathrooms.", (("14th", 14), ("two", 2))),
    ("Rents rose 7.5% in the year to March.", (("7.5%", 7.5),)),
    ("The apartment is 85 square metres.", (("85", 85),)),
    (
        "The Reserve Bank of New Zealand held the official cash rate at 5.5 per cent.",
        (("5.5 per cent", 5.5),),
    ),
    ("The median house price in Sydney hit A$1.59 million.", (("A$1.59 million", 1.59e6),)),
    ("The developer plans 1,500 homes on the 40-hectare site.", (("1,500", 1500), ("40", 40))),
    ("The firm leased about 40,000 square feet of office space.", (("about 40,000", 40000),)),
    ("The property comes with a 999-year lease.", (("999", 999),)),
    ("They bought a two-storey house near the sea.", (("two", 2),)),
    # transport, aviation and shipping
    ("The airport handled 4.5 million passengers last year.", (("4.5 million", 4.5e6),)),
    ("The ship can carry 24,000 TEU.", (("24,000", 24000),)),
    ("The ferry was travelling at 18 knots.", (("18", 18),)),
    ("The 300,000-deadweight-tonne tanker ran aground.", (("300,000", 300000),)),
    ("The airline ordered 50 Boeing 737 Max 8 jets.", (("50", 50),)),
    ("It will lease four Airbus A320neo aircraft.", (("four", 4),)),
    ("The airport will build a runway 3 km long.", (("3 km", 3),)),
    ("The Boeing 787-9 seats 290 passengers.", (("290", 290),)),
    ("The Elizabeth line carried 200 million journeys.", (("200 million", 200e6),)),
    ("The cruise ship has 2,100 cabins across 15 decks.", (("2,100", 2100), ("15", 15))),
    ("The train was travelling at 125mph.", (("125", 125),)),
    ("The vessel, carrying 65,000 tonnes of grain, left Odesa.", (("65,000", 65000),)),
    ("Ships waited 10 days to transit the Panama Canal.", (("10 days", 10),)),
    ("The aircraft climbed to 35,000 feet.", (("35,000", 35000),)),
    ("Wind gusts of 120 km/h were recorded.", (("120", 120),)),
    ("The bridge is 1.2 miles long.", (("1.2", 1.2),)),
    ("The Tube strike affected 4 million commuters.", (("4 million", 4e6),)),
    ("The Boeing 737 Max 8 was grounded in 2019.", (("2019", 2019),)),
    # military
    ("Germany pledged 10,000 155mm shells.", (("10,000", 10000), ("155", 155))),
    ("About 1,500 troops were deployed.", (("About 1,500", 1500),)),
    ("The drone has a range of 2,500 km.", (("2,500", 2500),)),
    ("Soldiers fired 120mm mortar rounds.", (("120", 120),)),
    ("The Patriot battery costs about $1 billion.", (("about $1 billion", 1e9),)),
    ("A 48-hour ceasefire began at midnight.", (("48-hour", 48),)),
    ("Hamas released 13 hostages on Friday.", (("13", 13),)),
    ("The president began a three-day visit to Kenya.", (("three-day", 3),)),
    ("Troops will withdraw within 30 days.", (("30 days", 30),)),
    # public health
    ("An R number of 0.8 means the epidemic is shrinking.", (("0.8", 0.8),)),
    ("Covid-19 cases rose by 12% over seven days.", (("12%", 12), ("seven", 7))),
    ("The vaccine is 95% effective.", (("95%", 95),)),
    ("Hospital admissions reached 1,340 on Tuesday.", (("1,340", 1340),)),
    ("The NHS has a waiting list of 7.6 million.", (("7.6 million", 7.6e6),)),
    ("Patients waited more than 18 weeks for treatment.", (("more than 18 weeks", 18),)),
    (
        "Only 70% of patients were seen within the four-hour target.",
        (("70%", 70), ("four-hour", 4)),
    ),
    ("The WHO said 2.1 billion people lack safe water.", (("2.1 billion", 2.1e9),)),
    ("A magnitude 7.1 quake struck off Mindanao.", (("7.1", 7.1),)),
    # durations
    ("He spent two decades at the bank.", (("two decades", 2),)),
    ("The strike lasted 11 weeks.", (("11 weeks", 11),)),
    # a quarter of one century (0.25, unit century), as "two decades" is 2 decades
    ("After a quarter-century in office, he stepped down.", (("a quarter-century", 0.25),)),
    ("The 90-minute meeting ended without agreement.", (("90-minute", 90),)),
    ("Ministers ordered a six-month review.", (("six-month", 6),)),
    # Australian, New Zealand, South African, Irish, Canadian, Philippine, Kenyan copy
    ("The government will spend A$3.2 billion on the scheme.", (("A$3.2 billion", 3.2e9),)),
    ("Fonterra lifted its forecast to NZ$7.80 a kilogram.", (("NZ$7.80", 7.8),)),
    ("Eskom needs R2.5bn to repair the plant.", (("R2.5bn", 2.5e9),)),
    ("The social grant will rise to R350 a month.", (("R350", 350),)),
    (
        "The project will cost P1.2 billion, the Department of Public Works and Highways said.",
        (("P1.2 billion", 1.2e9),),
    ),
    ("Jeepney fares rose to P13.", (("P13", 13),)),
    (
        "Shares in the Toronto-listed miner fell C$1.25 to C$18.40.",
        (("C$1.25", 1.25), ("C$18.40", 18.4)),
    ),
    ("Ryanair posted a profit of €1.92bn.", (("€1.92bn", 1.92e9),)),
    ("A loaf costs 60 shillings in Nairobi.", (("60 shillings", 60),)),
    ("Farmers are paid 45 shillings per kilo.", (("45 shillings", 45),)),
    (
        "The budget sets aside 1.5 trillion shillings for roads.",
        (("1.5 trillion shillings", 1.5e12),),
    ),
    ("The fund raised KSh 2.4 billion.", (("KSh 2.4 billion", 2.4e9),)),
    ("Ottawa announced a C$50 billion housing fund.", (("C$50 billion", 50e9),)),
    ("Each family receives ₱5,000 in cash aid.", (("₱5,000", 5000),)),
    ("The flat sold for HK$12.8 million.", (("HK$12.8 million", 12.8e6),)),
    ("The Philippine peso weakened to 58.2 per dollar.", (("58.2", 58.2),)),
    ("Statistics Canada said 1.1 million jobs were created.", (("1.1 million", 1.1e6),)),
    ("The Bank of Canada cut its key rate to 4.5%.", (("4.5%", 4.5),)),
    ("In South Africa, unemployment rose to 32.9%.", (("32.9%", 32.9),)),
    ("One In Five Britons Now Work From Home", (("One In Five", 0.2),)),
    ("The FTSE 100 rose 0.4%.", (("0.4%", 0.4),)),
    ("The S&P 500 fell 1.2%.", (("1.2%", 1.2),)),
    # neighbours: identifiers, names, times, pronouns
    ("He was sentenced under Section 18 of the Offences Against the Person Act.", ()),
    ("The case was heard in Court 4 of the Old Bailey.", ()),
    ("Polls close at 10pm.", ()),
    ("Voters in District 9 go to the polls on Thursday.", ()),
    ("Police were called to a flat on 22 Acacia Avenue.", ()),
    ("Traffic was queuing on the M25 near Junction 10.", ()),
    ("A crash closed Interstate 95 in both directions.", ()),
    ("The diner sits on Route 66 in Arizona.", ()),
    ("Passengers on flight U2 8123 were delayed.", ()),
    ("He caught the number 73 bus to Oxford Circus.", ()),
    ("Flight QF1 from Sydney landed at 6.15am.", ()),
    ("Services on Platform 9 were suspended.", ()),
    ("The N7 was closed between Naas and Kildare.", ()),
    ("Highway 401 was closed near Toronto.", ()),
    ("Roadworks on the M1 will last until May.", ()),
    ("The Cessna 172 crashed shortly after take-off.", ()),
    ("Ukraine has received F-16 jets from Denmark.", ()),
    ("Russia deployed S-400 air defence systems.", ()),
    ("A Type 45 destroyer was sent to the Red Sea.", ()),
    ("The 101st Airborne Division arrived.", ()),
    ("Gunmen armed with AK-47 rifles attacked the village.", ()),
    ("A C-130 transport plane landed in Kabul.", ()),
    ("G7 leaders met in Apulia.", ()),
    ("H5N1 bird flu was found on a farm.", ()),
    ("A replica of R2-D2 was auctioned.", ()),
    ("Pupils in P1 start school in August.", ()),
    ("The iPhone 15 Pro goes on sale on Friday.", ()),
    ("Witnesses called 999.", ()),
    ("He told BBC Radio 4's Today programme.", ()),
    ("At COP28 in Dubai, delegates argued late into the night.", ()),
    ("One of the jurors said the evidence was clear.", ()),
    ("The A14 reopened after the crash.", ()),
    ("A Number 10 spokesman said the plan was on track.", ()),
    ("The Airbus A380 superjumbo landed safely.", ()),
    ("A Bell 412 helicopter joined the search.", ()),
    ("The Tesla Model 3 was recalled.", ()),
    ("California's Proposition 22 passed.", ()),
    ("Traffic on I-95 was backed up.", ()),
    ("Commuters on MRT-3 faced delays.", ()),
    ("NATO's Article 5 guarantees collective defence.", ()),
    ("The navy's 7th Fleet is based in Japan.", ()),
    ("The 1st Battalion, Royal Irish Regiment, took part.", ()),
)

FR: tuple[tuple[str, Expected], ...] = (
    # justice
    ("Il a été condamné à 18 mois de prison avec sursis.", (("18 mois", 18),)),
    ("Le prévenu devra payer 5 000 euros d'amende.", (("5 000 euros", 5000),)),
    ("Elle a écopé de deux ans de prison ferme.", (("deux ans", 2),)),
    (
        "Le tribunal correctionnel l'a condamné à trois ans d'emprisonnement, dont un avec sursis.",
        (("trois ans", 3), ("un avec", 1)),
    ),
    (
        "La cour d'assises a prononcé une peine de 30 ans de réclusion criminelle.",
        (("30 ans", 30),),
    ),
    (
        "Il devra verser 12\u202f000 euros de dommages et intérêts à la victime.",
        (("12\u202f000 euros", 12000),),
    ),
    (
        "Il a été condamné à 6 mois avec sursis et 3 000 euros d'amende.",
        (("6 mois", 6), ("3 000 euros", 3000)),
    ),
    (
        "Le tribunal l'a condamné à verser 800 euros au titre de l'article 475-1.",
        (("800 euros", 800),),
    ),
    # elections
    ("Le candidat a obtenu 52,3 % des suffrages exprimés.", (("52,3 %", 52.3),)),
    ("L'Assemblée nationale compte 577 sièges.", (("577", 577),)),
    ("Le taux de participation s'est établi à 47,5 %.", (("47,5 %", 47.5),)),
    ("La majorité absolue est fixée à 289 sièges.", (("289", 289),)),
    ("Il l'a emporté avec 1 245 voix d'avance.", (("1 245", 1245),)),
    ("Le parti a remporté 143 des 577 sièges.", (("143", 143), ("577", 577))),
    # census, families of the last round
    ("Un Français Sur Cinq Renonce Aux Soins", (("Un Français Sur Cinq", 0.2),)),
    ("Un Français sur cinq renonce à partir en vacances.", (("Un Français sur cinq", 0.2),)),
    ("Une femme âgée de 45 ans a été interpellée.", (("45 ans", 45),)),
    ("Un homme d'une soixantaine d'années a été blessé.", (("soixantaine", 60),)),
    ("Le chômage a reculé dans les années 1990.", (("1990", 1990),)),
    ("La ville a grandi au milieu des années 2000.", (("2000", 2000),)),
    (
        "Le taux de mortalité infantile est de 3,7 pour 1 000 naissances.",
        (("3,7", 3.7), ("1 000", 1000)),
    ),
    ("Une quinzaine de personnes ont été blessées.", (("quinzaine", 15),)),
    # housing
    (
        "Le loyer d'un appartement de trois pièces atteint 1 450 euros.",
        (("trois", 3), ("1 450 euros", 1450)),
    ),
    ("Le taux moyen des crédits immobiliers est de 3,9 %.", (("3,9 %", 3.9),)),
    ("La maison de 120 m² a été vendue 450 000 euros.", (("120", 120), ("450 000 euros", 450000))),
    # durations, transport, military, health
    ("Le cessez-le-feu de 48 heures a été respecté.", (("48 heures", 48),)),
    ("Le président entame une visite de trois jours au Maroc.", (("trois jours", 3),)),
    ("Le vol a duré 7 heures.", (("7 heures", 7),)),
    ("Le navire filait à 12 nœuds.", (("12", 12),)),
    ("Le porte-conteneurs peut transporter 23 000 EVP.", (("23 000", 23000),)),
    ("L'aéroport a accueilli 4,5 millions de passagers.", (("4,5 millions", 4.5e6),)),
    ("Le taux de reproduction est descendu à 0,8.", (("0,8", 0.8),)),
    ("La France a livré 30 000 obus de 155 mm.", (("30 000", 30000), ("155", 155))),
    # Swiss, Luxembourg, Maghreb, Haitian, Canadian French money
    ("L'amende s'élève à 1'000 francs.", (("1'000 francs", 1000),)),
    ("Le Conseil fédéral a débloqué CHF 2,5 millions.", (("CHF 2,5 millions", 2.5e6),)),
    ("Le loyer moyen à Genève dépasse 2'300 francs par mois.", (("2'300 francs", 2300),)),
    ("La Confédération versera 12'500 francs par personne.", (("12'500 francs", 12500),)),
    ("Le salaire social minimum passe à 2 570,93 euros.", (("2 570,93 euros", 2570.93),)),
    ("Le projet coûtera 3 milliards de dinars.", (("3 milliards de dinars", 3e9),)),
    ("Le prix du pain est fixé à 1,20 DH.", (("1,20 DH", 1.2),)),
    ("L'ONEE a investi 1,2 milliard de dirhams.", (("1,2 milliard de dirhams", 1.2e9),)),
    ("Il a écopé d'une amende de 500 000 DH.", (("500 000 DH", 500000),)),
    ("Le kilo de tomates se vend à 150 dinars à Alger.", (("150 dinars", 150),)),
    ("Le gallon d'essence coûte désormais 570 gourdes.", (("570 gourdes", 570),)),
    ("Le gouvernement a débloqué 2 milliards de gourdes.", (("2 milliards de gourdes", 2e9),)),
    ("Le salaire minimum journalier passe à 685 gourdes.", (("685 gourdes", 685),)),
    ("Ottawa investira 1,5 milliard $ dans le logement.", (("1,5 milliard $", 1.5e9),)),
    ("Le billet coûte 25 $.", (("25 $", 25),)),
    ("Hydro-Québec a annoncé des investissements de 185 G$.", (("185 G$", 185e9),)),
    ("La Ville a accordé un contrat de 30 M$.", (("30 M$", 30e6),)),
    ("Le CAC 40 a gagné 0,8 %.", (("0,8 %", 0.8),)),
    # neighbours
    ("L'Airbus A320 s'est posé sans encombre.", ()),
    ("La RN7 est coupée à la circulation.", ()),
    ("Un bouchon s'est formé sur l'autoroute A6.", ()),
    ("Le Rafale F4 entrera en service.", ()),
    ("Les familles des passagers du vol AF447 ont été reçues.", ()),
    ("La ligne 13 du métro est saturée.", ()),
    ("Il a pris le bus 38 vers la gare.", ()),
    ("La pandémie de Covid-19 a frappé le pays.", ()),
    ("Le sommet du G20 s'ouvre à Rio.", ()),
    ("Le gouvernement a utilisé le 49.3.", ()),
    ("Il a été entendu à 14 h 30.", ()),
    ("L'un d'eux a été condamné.", ()),
    ("Le train n° 17854 a été supprimé.", ()),
    ("Le Boeing 737 MAX 8 d'Ethiopian Airlines s'est écrasé.", ()),
    ("La Turquie a acheté des S-400 russes.", ()),
    ("Les F-16 promis à l'Ukraine sont arrivés.", ()),
    ("Des Mirage 2000-5 ont été livrés.", ()),
    ("L'accident s'est produit sur la RN1 près de Kénitra.", ()),
    ("Il a appelé le 17.", ()),
)

CASES: tuple[Case, ...] = tuple(("en", text, exp) for text, exp in EN) + tuple(
    ("fr", text, exp) for text, exp in FR
)
