"""Blind matrix of stop 46: number expressions in markets, energy, climate, technology,
sports, weather, lotteries, farming and regional money, English and French.

Written from the annotation guideline (``wire_dev_GUIDELINE.md``: every number that states
a quantity, amount, rank, date-with-a-number, percentage or count is a figure; numbers
inside names or identifiers, times of day and "one" as a pronoun are not) before the
extractor's code was read. Every sentence is the project's own.

Each form lists, in the order they appear, every figure the sentence holds as
``(surface, value)``: the surface is found in the text after the previous figure's end, and
a predicted figure matches when its span overlaps that surface and its value is equal
(``ANY`` takes any value: vague amounts and dates without a year). A form passes when every
expected figure is matched by its own predicted figure and no other figure is predicted
(identifiers, markers and clock times are no figures). An empty list is a neighbour that
must not be a figure at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

import pandas as pd

ANY: Final = None
"""A value that any predicted value matches (vague amounts, dates without a year)."""

NOT_FIGURES: Final = frozenset({"identifier", "marker", "time"})


@dataclass(frozen=True)
class Form:
    """One sentence and the figures the guideline finds in it."""

    id: str
    language: str
    text: str
    figures: tuple[tuple[str, float | None], ...]

    @property
    def neighbour(self) -> bool:
        """True for a form whose point is what must not be read (or read once)."""
        return self.id.startswith("n-")


def _forms(
    language: str, rows: list[tuple[str, str, list[tuple[str, float | None]]]]
) -> list[Form]:
    return [Form(f"{key}-{language}", language, text, tuple(figs)) for key, text, figs in rows]


_EN: list[tuple[str, str, list[tuple[str, float | None]]]] = [
    # --- markets and finance
    (
        "fin-bp-cut",
        "The Federal Reserve cut rates by 25 basis points on Wednesday.",
        [("25 basis points", 25)],
    ),
    ("fin-bp-short", "Economists expect a 25bp cut at the June meeting.", [("25bp", 25)]),
    (
        "fin-bps-yield",
        "Ten-year yields rose 12 bps to 4.31% after the jobs data.",
        [("Ten-year", 10), ("12 bps", 12), ("4.31%", 4.31)],
    ),
    ("fin-close", "The index closed up 1.2% at 7,654.3.", [("1.2%", 1.2), ("7,654.3", 7654.3)]),
    ("fin-eps", "The bank reported EPS of $1.23, above forecasts.", [("$1.23", 1.23)]),
    ("fin-split", "The chipmaker announced a 3-for-1 stock split.", [("3", 3), ("1", 1)]),
    ("fin-ftse", "The FTSE 100 fell 0.4% in early trade.", [("0.4%", 0.4)]),
    (
        "fin-sp",
        "The S&P 500 gained 18.6 points, or 0.3%, to 5,432.1.",
        [("18.6", 18.6), ("0.3%", 0.3), ("5,432.1", 5432.1)],
    ),
    ("fin-nikkei", "Japan's Nikkei 225 slid 2.1% to 38,120.", [("2.1%", 2.1), ("38,120", 38120)]),
    ("fin-pence", "Shares in the retailer jumped 14% to 212p.", [("14%", 14), ("212p", 212)]),
    ("fin-mcap", "The group is now worth $3 trillion in market value.", [("$3 trillion", 3e12)]),
    ("fin-bn", "The lender posted a net profit of £1.6bn for the half.", [("£1.6bn", 1.6e9)]),
    ("fin-euro-m", "Revenue rose to €845m in the quarter.", [("€845m", 845e6)]),
    ("fin-dividend", "The board proposed a dividend of 42 cents a share.", [("42 cents", 42)]),
    ("fin-rate-range", "The central bank held its key rate at 5.25%.", [("5.25%", 5.25)]),
    (
        "fin-bond",
        "The government sold $42 billion of 10-year notes.",
        [("$42 billion", 42e9), ("10", 10)],
    ),
    ("fin-dollar-yen", "The dollar rose 0.5% to 151.20 yen.", [("0.5%", 0.5), ("151.20", 151.2)]),
    ("fin-stake", "The fund raised its stake to 9.9 percent.", [("9.9 percent", 9.9)]),
    (
        "fin-bid",
        "The offer values the company at about $4.5 billion.",
        [("about $4.5 billion", 4.5e9)],
    ),
    ("fin-per-share", "The bidder offered $54 per share in cash.", [("$54", 54)]),
    ("fin-jobs", "Employers added 175,000 jobs last month.", [("175,000", 175000)]),
    (
        "fin-inflation",
        "Inflation slowed to 2.4 per cent in September.",
        [("2.4 per cent", 2.4)],
    ),
    ("fin-gdp-q", "The economy grew 0.6% in the third quarter.", [("0.6%", 0.6), ("third", 3)]),
    ("fin-h1-year", "Sales fell in H1 2025 as demand cooled.", [("2025", 2025)]),
    ("fin-fiscal-year", "The company expects margins to widen in fiscal 2026.", [("2026", 2026)]),
    (
        "fin-gold-ounce",
        "Spot gold rose 1% to $2,384.50 an ounce.",
        [("1%", 1), ("$2,384.50", 2384.5)],
    ),
    (
        "fin-bitcoin",
        "Bitcoin fell below $60,000 for the first time since May.",
        [("below $60,000", 60000), ("first", 1)],
    ),
    ("fin-layoffs", "The bank will cut some 3,000 jobs.", [("some 3,000", 3000)]),
    ("fin-ipo", "The shares were priced at HK$38 each in the listing.", [("HK$38", 38)]),
    ("fin-sgd", "The developer paid S$1.2 billion for the site.", [("S$1.2 billion", 1.2e9)]),
    (
        "fin-percentage-points",
        "Unemployment rose 0.3 percentage point to 4.1%.",
        [("0.3 percentage point", 0.3), ("4.1%", 4.1)],
    ),
    ("fin-times-earnings", "The stock trades at 25 times forward earnings.", [("25 times", 25)]),
    # --- energy and commodities
    (
        "en-bpd-long",
        "The cartel will cut output by 1.2 million barrels per day.",
        [("1.2 million", 1.2e6)],
    ),
    (
        "en-bpd",
        "Exports averaged 2.3 million bpd in March.",
        [("2.3 million", 2.3e6)],
    ),
    ("en-bpd-thousand", "The refinery processes 400,000 bpd of crude.", [("400,000", 400000)]),
    ("en-mw", "The 500MW solar farm opens next year.", [("500MW", 500)]),
    ("en-gw", "The country added 3 GW of wind capacity.", [("3 GW", 3)]),
    ("en-twh", "Nuclear output fell to 320 TWh last year.", [("320 TWh", 320)]),
    ("en-barrel", "Brent crude settled at $82 a barrel.", [("$82", 82)]),
    (
        "en-barrel-rose",
        "Brent rose 64 cents, or 0.8%, to $83.12 a barrel.",
        [("64 cents", 64), ("0.8%", 0.8), ("$83.12", 83.12)],
    ),
    ("en-bcm", "Europe imported 40 bcm of liquefied gas.", [("40 bcm", 40)]),
    ("en-mmbtu", "Henry Hub futures traded at $2.85 per mmBtu.", [("$2.85", 2.85)]),
    (
        "en-bushels",
        "Farmers will harvest 15.1 billion bushels of corn.",
        [("15.1 billion", 15.1e9)],
    ),
    ("en-bushel-price", "Soybeans slipped to $11.40 a bushel.", [("$11.40", 11.4)]),
    ("en-tonnes", "The mine produced 1.1 million tonnes of copper.", [("1.1 million", 1.1e6)]),
    ("en-kwh", "Households pay 28 cents per kWh.", [("28 cents", 28)]),
    ("en-mwh", "Power for next-day delivery rose to €95 per megawatt hour.", [("€95", 95)]),
    (
        "en-rigs",
        "Drillers added four oil rigs this week, the first rise in a month.",
        [("four", 4), ("first", 1)],
    ),
    ("en-reactors", "The utility runs 56 reactors.", [("56", 56)]),
    ("en-lng-mtpa", "The plant will ship 13 million tonnes a year of LNG.", [("13 million", 13e6)]),
    # --- climate and environment
    ("cl-1-5c", "Scientists warn the world will pass 1.5C of warming.", [("1.5C", 1.5)]),
    (
        "cl-2-degrees",
        "The accord aims to hold warming below 2 degrees Celsius.",
        [("below 2 degrees", 2)],
    ),
    ("cl-ppm", "Carbon dioxide in the air reached 420 ppm.", [("420", 420)]),
    ("cl-hectares", "The fire burned through 12,000 hectares of forest.", [("12,000", 12000)]),
    ("cl-sq-km", "The ice shelf lost 450 sq km in a single week.", [("450", 450), ("single", 1)]),
    ("cl-gigatonnes", "Emissions hit 37.4 gigatonnes of CO2 last year.", [("37.4", 37.4)]),
    ("cl-celsius-temp", "Temperatures reached 47.6C in the city on Sunday.", [("47.6C", 47.6)]),
    ("cl-fahrenheit", "The mercury hit 104F in Phoenix.", [("104F", 104)]),
    ("cl-acres", "The blaze has scorched more than 20,000 acres.", [("more than 20,000", 20000)]),
    (
        "cl-sea-level",
        "Seas could rise by up to 1 metre by 2100.",
        [("up to 1 metre", 1), ("2100", 2100)],
    ),
    (
        "cl-species",
        "Nearly a third of the species assessed face extinction.",
        [("Nearly a third", 1 / 3)],
    ),
    # --- technology
    ("te-gb", "The base model ships with 128GB of storage.", [("128GB", 128)]),
    ("te-nm", "The foundry will make 3nm chips in Arizona.", [("3nm", 3)]),
    ("te-ghz", "The router runs on the 2.4GHz band.", [("2.4GHz", 2.4)]),
    ("te-users", "The app has 1.2 billion monthly users.", [("1.2 billion", 1.2e9)]),
    ("te-tb", "Each drive holds 24 terabytes.", [("24", 24)]),
    ("te-pixels", "The camera has a 48-megapixel sensor.", [("48", 48)]),
    ("te-price", "The phone will sell for $999 in the United States.", [("$999", 999)]),
    # --- sports
    ("sp-won-3-1", "Arsenal won 3-1 at Villa Park on Saturday.", [("3", 3), ("1", 1)]),
    ("sp-lead-2-0", "The visitors took a 2-0 lead before half-time.", [("2", 2), ("0", 0)]),
    ("sp-seconds", "He won in 9.58 seconds, a world record.", [("9.58 seconds", 9.58)]),
    ("sp-golf", "She carded a four-under-par 68 in the final round.", [("four", 4), ("68", 68)]),
    ("sp-points", "James scored 32 points and grabbed 11 rebounds.", [("32", 32), ("11", 11)]),
    ("sp-odds", "Bookmakers made the colt 5-1 favourite.", [("5", 5), ("1", 1)]),
    ("sp-seed", "The No. 1 seed lost in straight sets.", [("No. 1", 1)]),
    ("sp-100m", "She took gold in the 100m in Paris.", [("100m", 100)]),
    ("sp-1500m", "He ran a 1,500m personal best of 3:29.8.", [("1,500m", 1500), ("3:29.8", ANY)]),
    ("sp-minute", "Salah scored in the 88th minute.", [("88th", 88)]),
    ("sp-goals-season", "The striker has 22 goals this season.", [("22", 22)]),
    (
        "sp-wickets",
        "India were bowled out for 185 with three overs left.",
        [("185", 185), ("three", 3)],
    ),
    ("sp-marathon", "Kipchoge finished in 2:02:40.", [("2:02:40", ANY)]),
    ("sp-transfer", "The club paid a fee of £85m for the midfielder.", [("£85m", 85e6)]),
    (
        "sp-sets",
        "Sinner won 6-4, 7-6 to reach the final.",
        [("6", 6), ("4", 4), ("7", 7), ("6", 6)],
    ),
    ("sp-place", "She finished second behind the world champion.", [("second", 2)]),
    ("sp-laps", "Verstappen led for 52 of the 57 laps.", [("52", 52), ("57", 57)]),
    # --- weather
    ("we-kmh", "Winds of 120 km/h toppled trees across the coast.", [("120 km/h", 120)]),
    ("we-mph", "Gusts of 80mph were recorded on the bridge.", [("80mph", 80)]),
    ("we-rain", "Up to 50mm of rain fell overnight.", [("Up to 50mm", 50)]),
    ("we-category", "The storm strengthened into a Category 4 hurricane.", [("Category 4", 4)]),
    ("we-snow", "Forecasters expect 30cm of snow in the hills.", [("30cm", 30)]),
    ("we-inches", "The city got 4 inches of rain in two hours.", [("4", 4), ("two", 2)]),
    ("we-below-zero", "Temperatures fell to minus 20C overnight.", [("minus 20C", -20)]),
    # --- lotteries
    ("lo-jackpot", "The Powerball jackpot has grown to $1.2 billion.", [("$1.2 billion", 1.2e9)]),
    (
        "lo-odds",
        "The odds of winning are 1 in 292.2 million.",
        [("1 in 292.2 million", 1 / 292.2e6)],
    ),
    ("lo-numbers", "The ticket matched five numbers but missed the Powerball.", [("five", 5)]),
    ("lo-winners", "Two tickets shared the £14m EuroMillions prize.", [("Two", 2), ("£14m", 14e6)]),
    # --- agriculture
    ("ag-yield", "Wheat yields averaged 3.2 tonnes per hectare.", [("3.2", 3.2)]),
    (
        "ag-harvest",
        "The ministry forecast a grain harvest of 132 million tonnes.",
        [("132 million", 132e6)],
    ),
    ("ag-herd", "The herd has shrunk to 28.2 million head of cattle.", [("28.2 million", 28.2e6)]),
    ("ag-milk", "Farmers are paid 38p a litre for their milk.", [("38p", 38)]),
    (
        "ag-locusts",
        "Swarms destroyed tens of thousands of acres of crops.",
        [("tens of thousands", ANY)],
    ),
    # --- regional money
    ("in-crore", "The firm was fined Rs 5 crore by the regulator.", [("Rs 5 crore", 5e7)]),
    ("in-lakh", "The scheme gives farmers 2 lakh rupees each.", [("2 lakh", 2e5)]),
    ("in-rupee-sign", "Tickets cost ₹1,200 at the gate.", [("₹1,200", 1200)]),
    ("in-rs", "He was paid Rs 50,000 a month.", [("Rs 50,000", 50000)]),
    (
        "in-lakh-crore",
        "The budget sets aside Rs 2.5 lakh crore for roads.",
        [("Rs 2.5 lakh crore", 2.5e12)],
    ),
    ("in-crore-people", "Nearly 80 crore people get free grain.", [("Nearly 80 crore", 8e8)]),
    ("in-rs-dot", "Petrol costs Rs. 102 a litre in Mumbai.", [("Rs. 102", 102)]),
    ("pk-rs", "Pakistan raised petrol prices by Rs 8 a litre.", [("Rs 8", 8)]),
    (
        "pk-billion",
        "The province allocated Rs 3.5 billion for flood relief.",
        [("Rs 3.5 billion", 3.5e9)],
    ),
    ("bd-tk", "Garment workers earn Tk 12,500 a month.", [("Tk 12,500", 12500)]),
    ("bd-taka-crore", "The project will cost Tk 500 crore.", [("Tk 500 crore", 5e9)]),
    ("ng-bn", "The state spent N5bn on the bridge.", [("N5bn", 5e9)]),
    ("ng-naira-sign", "A bag of rice now sells for ₦85,000.", [("₦85,000", 85000)]),
    ("ng-trillion", "The budget totals N27.5 trillion.", [("N27.5 trillion", 27.5e12)]),
    ("ke-sh", "Traders pay Sh 2,000 a day for a stall.", [("Sh 2,000", 2000)]),
    ("ke-shillings", "The levy will raise 50 billion shillings.", [("50 billion shillings", 50e9)]),
    ("ke-sh-bn", "The county lost Sh3.2 billion to graft.", [("Sh3.2 billion", 3.2e9)]),
    ("ug-shs", "Boda riders pay Shs 5,000 for a permit.", [("Shs 5,000", 5000)]),
    ("sg-sdollar", "Condo prices rose to S$2,100 per sq ft.", [("S$2,100", 2100)]),
    ("hk-hkdollar", "The minimum wage rises to HK$42.1 an hour.", [("HK$42.1", 42.1)]),
    ("cn-yuan", "Buyers get a subsidy of 10,000 yuan per car.", [("10,000 yuan", 10000)]),
    ("cn-rmb", "The fund raised RMB 2 billion from investors.", [("RMB 2 billion", 2e9)]),
    (
        "cn-yuan-million",
        "The city will spend 100 million yuan on parks.",
        [("100 million yuan", 1e8)],
    ),
    ("jp-yen-sign", "The stimulus is worth ¥3 trillion.", [("¥3 trillion", 3e12)]),
    ("jp-yen-sign-small", "A bowl of ramen costs ¥1,100 in Tokyo.", [("¥1,100", 1100)]),
    ("ph-peso-p", "Jeepney fares rose to P13.", [("P13", 13)]),
    ("ph-peso-bn", "The agency asked for P2.5 billion in new funds.", [("P2.5 billion", 2.5e9)]),
    # --- last round's families
    ("yr-ruling", "The Supreme Court's 2015 ruling legalised same-sex marriage.", [("2015", 2015)]),
    ("yr-possessive", "The company's 2024 results beat forecasts.", [("2024", 2024)]),
]

_EN_NEIGHBOURS: list[tuple[str, str, list[tuple[str, float | None]]]] = [
    ("n-ftse-name", "Shares in the FTSE 100 group fell.", []),
    ("n-sp-name", "Tech stocks led the S&P 500 higher on Friday.", []),
    ("n-nikkei-name", "Exporters weighed on the Nikkei 225.", []),
    ("fin-q3", "The company will report Q3 results next week.", [("Q3", ANY)]),
    ("fin-fy25", "The bank raised its FY25 guidance.", [("FY25", 2025)]),
    ("n-dax", "Carmakers dragged the DAX 40 down.", []),
    ("n-stoxx", "The STOXX 600 hit a record.", []),
    ("n-g7", "G7 finance ministers met in Stresa.", []),
    ("n-5g", "The operator switched on its 5G network.", []),
    ("n-iphone", "Apple unveiled the iPhone 16 on Monday.", []),
    ("n-windows", "Microsoft will stop supporting Windows 10 devices.", []),
    ("n-gpt", "OpenAI released GPT-4o to all users.", []),
    ("n-galaxy", "Samsung's Galaxy S24 went on sale.", []),
    ("n-chip-name", "The laptop uses Apple's M4 chip.", []),
    ("n-ps5", "Sony cut the price of the PS5 in Japan.", []),
    ("n-wifi", "The router supports Wi-Fi 7.", []),
    ("n-co2", "The plant captures CO2 from the air.", []),
    ("n-cop", "Delegates arrived in Baku for COP29.", []),
    ("n-covid", "The ward treats COVID-19 patients.", []),
    ("n-a380", "Emirates flies the A380 to Sydney.", []),
    ("n-boeing-b2", "The carrier flies Boeing B2 200 jets.", []),
    ("n-737", "Regulators grounded the 737 MAX fleet.", []),
    ("n-f1", "Formula 1 returns to Las Vegas.", []),
    ("n-n95", "Nurses ran short of N95 masks.", []),
    ("n-route", "Traffic backed up on Route 66.", []),
    ("n-m25", "A crash closed the M25 near Heathrow.", []),
    ("n-lotto", "Nobody won the Lotto 6/49 draw.", []),
    ("n-pronoun", "One of the traders said the mood had soured.", []),
    ("n-clock", "Trading opens at 9:30 a.m. in New York.", []),
    ("n-clock-gmt", "The index was flat at 0815 GMT.", []),
    ("n-section", "The tariffs were imposed under Section 232.", []),
    ("n-air-force", "The president boarded Air Force One.", []),
    ("n-brent", "Brent and WTI both fell.", []),
    ("fin-h1", "Guidance for H1 was left unchanged.", [("H1", ANY)]),
    ("n-euro-stoxx", "The Euro Stoxx 50 index slipped.", []),
    ("n-hang-seng", "The Hang Seng Tech index rallied.", []),
    ("n-sh-name", "Sh. Abdullah addressed the rally.", []),
    ("n-tk-word", "The Tk is expected to weaken.", []),
    ("n-rs-unit", "Rs and Tk are both used along the border.", []),
    ("n-ipl", "The IPL final drew a record crowd.", []),
    ("n-one-big", "The one big risk is inflation.", []),
    # --- one figure, not two
    ("n-one-bpd", "Output hit 1.2 million barrels a day.", [("1.2 million", 1.2e6)]),
    ("n-one-crore", "The bail was set at Rs 1 crore.", [("Rs 1 crore", 1e7)]),
    ("n-one-naira", "He was fined N2.5m.", [("N2.5m", 2.5e6)]),
    ("n-one-feet", "The wave was 5ft 10in tall.", [("5ft 10in", ANY)]),
    ("n-one-hk-bn", "The deal is worth HK$1.5 billion.", [("HK$1.5 billion", 1.5e9)]),
    ("n-one-yuan-bn", "Beijing pledged 1 trillion yuan in bonds.", [("1 trillion yuan", 1e12)]),
]

_FR: list[tuple[str, str, list[tuple[str, float | None]]]] = [
    # --- Belgian and Swiss numbers
    ("be-septante", "Le village compte septante habitants.", [("septante", 70)]),
    ("be-nonante", "Il a vécu jusqu'à nonante ans.", [("nonante", 90)]),
    ("ch-huitante", "Le canton a recensé huitante cas.", [("huitante", 80)]),
    ("fr-quatre-vingts", "Quatre-vingts salariés ont été licenciés.", [("Quatre-vingts", 80)]),
    ("be-septante-cinq", "La commune a reçu septante-cinq plaintes.", [("septante-cinq", 75)]),
    ("be-nonante-neuf", "Le billet coûte nonante-neuf euros.", [("nonante-neuf euros", 99)]),
    (
        "fr-quatre-vingt-dix",
        "Quatre-vingt-dix élèves ont passé l'examen.",
        [("Quatre-vingt-dix", 90)],
    ),
    ("ch-francs", "L'amende s'élève à 1200 francs.", [("1200 francs", 1200)]),
    (
        "ch-chf",
        "Le groupe a dégagé un bénéfice de 3,2 milliards de CHF.",
        [("3,2 milliards de CHF", 3.2e9)],
    ),
    # --- African press
    ("af-fcfa", "Le sac de riz se vend à 25 000 FCFA.", [("25 000 FCFA", 25000)]),
    (
        "af-francs-cfa",
        "L'Etat a débloqué 2 milliards de francs CFA.",
        [("2 milliards de francs CFA", 2e9)],
    ),
    ("af-f-cfa", "Le ticket coûte 500 F CFA.", [("500 F CFA", 500)]),
    (
        "af-fcfa-mds",
        "Le budget atteint 3 500 milliards de FCFA.",
        [("3 500 milliards de FCFA", 3.5e12)],
    ),
    # --- finance
    ("fi-pdb", "La BCE a relevé ses taux de 25 points de base.", [("25 points de base", 25)]),
    ("fi-cac", "Le CAC 40 a cédé 1,2 % à 7 512 points.", [("1,2 %", 1.2), ("7 512", 7512)]),
    (
        "fi-md",
        "Le groupe a réalisé un chiffre d'affaires de 12,4 milliards d'euros.",
        [("12,4 milliards d'euros", 12.4e9)],
    ),
    ("fi-m-euros", "La banque a provisionné 450 M€.", [("450 M€", 450e6)]),
    ("fi-bond", "Le taux à dix ans est monté à 3,12 %.", [("dix", 10), ("3,12 %", 3.12)]),
    ("fi-action", "L'action a bondi de 8 % à 54,20 euros.", [("8 %", 8), ("54,20 euros", 54.2)]),
    ("fi-salaries", "Le constructeur va supprimer 2 500 postes.", [("2 500", 2500)]),
    ("fi-dividende", "Le dividende sera de 1,50 euro par action.", [("1,50 euro", 1.5)]),
    ("fi-trimestre", "Les ventes ont progressé au troisième trimestre.", [("troisième", 3)]),
    # --- energy
    ("nr-mw", "Le parc éolien aura une puissance de 300 mégawatts.", [("300", 300)]),
    ("nr-mwh", "Le prix a atteint 95 euros le MWh.", [("95 euros", 95)]),
    ("nr-twh", "Les réacteurs ont produit 320 TWh l'an dernier.", [("320", 320)]),
    ("nr-baril", "Le baril de Brent s'échangeait à 82 dollars.", [("82 dollars", 82)]),
    (
        "nr-barils-jour",
        "L'Opep+ réduit sa production de 2 millions de barils par jour.",
        [("2 millions", 2e6)],
    ),
    ("nr-gw", "La France veut installer 40 GW d'éolien en mer.", [("40 GW", 40)]),
    # --- weather and climate
    ("me-rafales", "Des rafales à 120 km/h sont attendues sur la côte.", [("120 km/h", 120)]),
    ("me-pluie", "Il est tombé 80 mm de pluie en une nuit.", [("80 mm", 80), ("une", 1)]),
    ("me-degres", "Le thermomètre a atteint 42,3 °C à Perpignan.", [("42,3 °C", 42.3)]),
    ("me-hectares", "L'incendie a parcouru 6 000 hectares.", [("6 000", 6000)]),
    ("me-1-5", "Le réchauffement devrait dépasser 1,5 °C.", [("1,5 °C", 1.5)]),
    ("me-km2", "La zone protégée couvre 1 200 km2.", [("1 200", 1200)]),
    # --- sports
    ("sp-impose", "Le PSG s'est imposé 3-1 face à Lyon.", [("3", 3), ("1", 1)]),
    ("sp-9s58", "Il a couru le 100 m en 9 s 58.", [("100 m", 100), ("9 s 58", 9.58)]),
    ("sp-buts", "L'attaquant a inscrit 18 buts cette saison.", [("18", 18)]),
    ("sp-tete", "Le Français a pris la tête à la 55e minute.", [("55e", 55)]),
    ("sp-place", "Elle a terminé deuxième du slalom.", [("deuxième", 2)]),
    ("sp-temps", "Il a remporté l'étape en 4 h 12 min.", [("4 h 12 min", ANY)]),
    # --- approximations
    ("ap-quelque", "Quelque 200 personnes ont manifesté.", [("Quelque 200", 200)]),
    ("ap-dizaine", "Une dizaine de blessés ont été hospitalisés.", [("Une dizaine", 10)]),
    ("ap-centaine", "Une centaine de camions bloquaient la route.", [("Une centaine", 100)]),
    ("ap-milliers", "Des milliers de fidèles sont venus.", [("Des milliers", ANY)]),
    ("ap-moitie", "La moitié des salariés était en grève.", [("La moitié", 0.5)]),
    ("ap-tiers", "Un tiers des électeurs s'est abstenu.", [("Un tiers", 1 / 3)]),
    ("ap-environ", "Environ 1 500 soldats ont été déployés.", [("Environ 1 500", 1500)]),
    (
        "ap-pres-de",
        "Près de 3 millions de foyers sont privés d'électricité.",
        [("Près de 3 millions", 3e6)],
    ),
    ("ap-plus-de", "Plus de 40 % des sondés jugent la mesure injuste.", [("Plus de 40 %", 40)]),
    # --- centuries and Roman numerals
    ("ro-siecle", "Le château date du XVe siècle.", [("XVe", 15)]),
    ("ro-xxe", "C'est la pire crue du XXe siècle.", [("XXe", 20)]),
    ("ro-xxie", "Ce défi du XXIe siècle inquiète les experts.", [("XXIe", 21)]),
    # --- dates and years
    ("da-annee", "La réforme de 2023 a été contestée.", [("2023", 2023)]),
    ("da-jour", "Le scrutin aura lieu le 12 juin 2025.", [("12 juin 2025", 2025)]),
    # --- regional money in French
    ("ma-dirhams", "Le prix du mouton dépasse 4 000 dirhams.", [("4 000 dirhams", 4000)]),
    ("dz-dinars", "Le salaire minimum passe à 20 000 dinars.", [("20 000 dinars", 20000)]),
]

_FR_NEIGHBOURS: list[tuple[str, str, list[tuple[str, float | None]]]] = [
    ("n-cac-name", "Les valeurs bancaires ont pesé sur le CAC 40.", []),
    ("n-sbf", "Le titre fait partie du SBF 120.", []),
    ("n-train", "Le train n° 17854 a été supprimé.", []),
    ("n-louis", "Le palais a été bâti sous Louis XIV.", []),
    ("n-jean-paul", "La statue de Jean-Paul II a été restaurée.", []),
    ("n-republique", "La Ve République a été fondée en 1958.", [("1958", 1958)]),
    ("n-heure", "La séance reprendra à 14h30.", []),
    ("n-heure-pile", "Le conseil se réunit à 9 heures.", []),
    ("n-pronom", "L'un des manifestants a été interpellé.", []),
    ("n-ligue", "Le club évolue en Ligue 1 depuis dix ans.", [("dix", 10)]),
    ("n-a6", "Un accident a bloqué l'autoroute A6.", []),
    ("n-france-2", "Il s'est exprimé sur France 2.", []),
    ("n-covid", "Le service accueille des malades du Covid-19.", []),
    ("n-g20", "Les ministres du G20 se réunissent à Rio.", []),
    ("n-article", "Le gouvernement a recouru au 49.3.", []),
    ("n-5g", "L'opérateur déploie la 5G en zone rurale.", []),
    ("n-quatre-quarts", "Elle a servi un quatre-quarts au goûter.", []),
    # --- one figure, not two
    ("n-one-9s58", "Son record est de 9 s 58.", [("9 s 58", 9.58)]),
    (
        "n-one-quatre-vingt-dix-neuf",
        "Quatre-vingt-dix-neuf députés ont voté contre.",
        [("Quatre-vingt-dix-neuf", 99)],
    ),
    ("n-one-fcfa", "Il réclame 1,5 milliard de FCFA.", [("1,5 milliard de FCFA", 1.5e9)]),
    (
        "n-one-mille",
        "Deux mille cinq cents emplois sont menacés.",
        [("Deux mille cinq cents", 2500)],
    ),
]

FORMS: Final[tuple[Form, ...]] = tuple(
    _forms("en", _EN)
    + _forms("en", _EN_NEIGHBOURS)
    + _forms("fr", _FR)
    + _forms("fr", _FR_NEIGHBOURS)
)


def _spans(form: Form) -> list[tuple[int, int, float | None]]:
    """Locate each expected surface after the previous one, as a whole token."""
    out: list[tuple[int, int, float | None]] = []
    pos = 0
    for surface, value in form.figures:
        pattern = r"(?<![\w.,])" + re.escape(surface) + r"(?!\w|[.,]\d)"
        found = re.compile(pattern).search(form.text, pos)
        if found is None:
            raise ValueError(f"{form.id}: {surface!r} not found in {form.text!r}")
        out.append((found.start(), found.end(), value))
        pos = found.end()
    return out


def _same(expected: float | None, got: object) -> bool:
    if expected is None:
        return True
    if not isinstance(got, (int, float)) or isinstance(got, bool) or math.isnan(float(got)):
        return False
    return math.isclose(float(got), expected, rel_tol=1e-6, abs_tol=1e-12)


def misses(form: Form, frame: pd.DataFrame) -> list[str]:
    """What the extractor's frame gets wrong on a form (empty when it passes)."""
    rows = [r for r in frame.itertuples(index=False) if str(r.kind) not in NOT_FIGURES]
    used: set[int] = set()
    problems: list[str] = []
    for start, end, value in _spans(form):
        hit = next(
            (
                i
                for i, r in enumerate(rows)
                if i not in used
                and int(r.start) < end
                and start < int(r.end)
                and _same(value, r.value)
            ),
            None,
        )
        if hit is None:
            problems.append(f"missing {form.text[start:end]!r}={value}")
        else:
            used.add(hit)
    for i, r in enumerate(rows):
        if i not in used:
            problems.append(f"extra {r.text!r}={r.value} ({r.kind})")
    return problems
