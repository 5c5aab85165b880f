"""Blind matrix 43: number expressions in genres the earlier rounds covered least.

Written before reading the figure extractor or the older matrices, from the wire
annotation guideline (``wire_dev_GUIDELINE.md``) and the README's figures table: every
number that states a quantity, amount, rank, percentage or count is a figure; numbers
inside names or identifiers (flights, runways, models, roads, indices), times of day and
"one" used as a pronoun are not. All sentences are written for this file, in the house
styles of wire services, business pages and regional papers (English: Reuters, the FT,
the Telegraph, Indian, Nigerian, Kenyan and Bangladeshi dailies; French: France's regional
press, Quebec finance pages, Belgian and Swiss economy pages, French-language African
papers).

A form is a text, the figures it must hold (``Want``) and the stretches no figure may
cover (``avoid``). A wanted figure is found when a figure of a counting kind overlaps its
anchor (the anchor's first occurrence in the text) with the wanted value (one of them
when the guideline leaves two readings open, "a quarter-century": 25 years or a quarter
of a century) and, when given, the wanted kind and unit. A score ("won 3-1") has no
value the guideline fixes, so only its presence is asked, and never as a date or a
negative number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

# Kinds the README gives to numbers that are not figures.
NOT_FIGURES = frozenset({"time", "identifier", "marker"})


@dataclass(frozen=True)
class Want:
    """A figure the form must hold."""

    anchor: str
    values: tuple[float, ...] | None  # None: any value (a score)
    kind: str | None = None
    unit: str | None = None
    not_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Form:
    """One sentence of the matrix."""

    id: str
    language: str
    text: str
    want: tuple[Want, ...] = ()
    avoid: tuple[str, ...] = field(default_factory=tuple)


def w(
    anchor: str,
    value: float | tuple[float, ...] | None,
    kind: str | None = None,
    unit: str | None = None,
) -> Want:
    """A wanted figure: ``value`` may be a tuple of the readings the guideline allows."""
    values = None if value is None else value if isinstance(value, tuple) else (value,)
    return Want(anchor, values, kind, unit)


def score(anchor: str) -> Want:
    """A sports score or vote ("3-1", "6-4"): present, never a date or a negative."""
    return Want(anchor, None, not_kinds=frozenset({"date", "year"}))


def f(id_: str, lang: str, text: str, *want: Want, avoid: tuple[str, ...] = ()) -> Form:
    return Form(id_, lang, text, tuple(want), avoid)


FORMS: tuple[Form, ...] = (
    # --- markets and finance (English) ---
    f(
        "m01",
        "en",
        "Shares in the lender rose 4.2% to $12.50 a share in early trading.",
        w("4.2%", 4.2, "percent"),
        w("$12.50", 12.5, "money", "USD"),
    ),
    f(
        "m02",
        "en",
        "The Bank of England raised rates by 25 basis points to 5.25%.",
        w("25 basis points", 25),
        w("5.25%", 5.25, "percent"),
    ),
    f(
        "m03",
        "en",
        "The ECB is expected to cut by 50bps in September, traders said.",
        w("50bps", 50),
    ),
    f(
        "m04",
        "en",
        "Yields on the benchmark note climbed 12 bps to 4.61%.",
        w("12 bps", 12),
        w("4.61%", 4.61, "percent"),
    ),
    f(
        "m05",
        "en",
        "The FTSE 100 fell 42.7 points, or 0.6pc, to 7,512.3.",
        w("42.7", 42.7),
        w("0.6pc", 0.6, "percent"),
        w("7,512.3", 7512.3),
        avoid=("100",),
    ),
    f(
        "m06",
        "en",
        "Tesco shares were up 2.3pc at 312p.",
        w("2.3pc", 2.3, "percent"),
        w("312p", (312, 3.12), "money"),
    ),
    f(
        "m07",
        "en",
        "The stock slipped 4.5p, or 1.2 per cent, to 388.5p.",
        w("4.5p", (4.5, 0.045), "money"),
        w("1.2 per cent", 1.2, "percent"),
        w("388.5p", (388.5, 3.885), "money"),
    ),
    f(
        "m08",
        "en",
        "The S&P 500 gained 0.8 percent to close at 5,102.4 points.",
        w("0.8 percent", 0.8, "percent"),
        w("5,102.4", 5102.4),
        avoid=("500",),
    ),
    f(
        "m09",
        "en",
        "Japan's Nikkei 225 average dropped 1,032 points on Monday.",
        w("1,032", 1032),
        avoid=("225",),
    ),
    f(
        "m10",
        "en",
        "The bank reported a pre-tax profit of £3.2bn, up from £2.9bn a year earlier.",
        w("£3.2bn", 3.2e9, "money", "GBP"),
        w("£2.9bn", 2.9e9, "money", "GBP"),
    ),
    f(
        "m11",
        "en",
        "Brent crude rose $1.14, or 1.4 percent, to $83.20 a barrel.",
        w("$1.14", 1.14, "money", "USD"),
        w("1.4 percent", 1.4, "percent"),
        w("$83.20", 83.2, "money", "USD"),
    ),
    f(
        "m12",
        "en",
        "The dollar fell 0.4% against the yen to 149.85.",
        w("0.4%", 0.4, "percent"),
        w("149.85", 149.85),
    ),
    f(
        "m13",
        "en",
        "The group will pay a dividend of 14.5 cents a share.",
        w("14.5 cents", (14.5, 0.145), "money"),
    ),
    f("m14", "en", "The shares trade at 15x forward earnings.", w("15x", 15)),
    f(
        "m15",
        "en",
        "Spreads on Italian debt widened to 210 basis points over Bunds.",
        w("210 basis points", 210),
    ),
    f(
        "m16",
        "en",
        "Sterling slid to $1.2150, its weakest since March.",
        w("$1.2150", 1.215, "money", "USD"),
    ),
    f(
        "m17",
        "en",
        "Investors pulled $4.7 billion from the fund last month.",
        w("$4.7 billion", 4.7e9, "money", "USD"),
    ),
    f(
        "m18",
        "en",
        "The bond was priced to yield 6.125 percent.",
        w("6.125 percent", 6.125, "percent"),
    ),
    f(
        "m19",
        "en",
        "The Dow Jones Industrial Average shed 533 points, or 1.5%.",
        w("533", 533),
        w("1.5%", 1.5, "percent"),
    ),
    f(
        "m20",
        "en",
        "Gold hit a record $2,431.29 an ounce.",
        w("$2,431.29", 2431.29, "money", "USD"),
    ),
    f(
        "m21",
        "en",
        "Its market capitalisation topped $3tn for the first time.",
        w("$3tn", 3e12, "money", "USD"),
    ),
    f("m22", "en", "The gilt yield jumped 30bp in a single session.", w("30bp", 30)),
    f(
        "m23",
        "en",
        "Revenue was HK$12.3 billion, the company said.",
        w("HK$12.3 billion", 12.3e9, "money", "HKD"),
    ),
    f(
        "m24",
        "en",
        "The loan carries a margin of 175 basis points over Sofr.",
        w("175 basis points", 175),
    ),
    f(
        "m25",
        "en",
        "Pre-tax profit rose 18pc to £1.1bn.",
        w("18pc", 18, "percent"),
        w("£1.1bn", 1.1e9, "money", "GBP"),
    ),
    f(
        "m26",
        "en",
        "The index closed down 1.8 per cent at 3,041 points.",
        w("1.8 per cent", 1.8, "percent"),
        w("3,041", 3041),
    ),
    # --- energy ---
    f("e01", "en", "OPEC+ agreed to cut output by 2 million barrels per day.", w("2 million", 2e6)),
    f("e02", "en", "Exports averaged 1.35 million bpd in May.", w("1.35 million", 1.35e6)),
    f(
        "e03",
        "en",
        "The 450 MW solar farm will power 200,000 homes.",
        w("450", 450),
        w("200,000", 200000),
    ),
    f("e04", "en", "The country added 3.4 GW of wind capacity last year.", w("3.4", 3.4)),
    f("e05", "en", "Nuclear plants generated 320 TWh in 2023.", w("320", 320), w("2023", 2023)),
    f("e06", "en", "The reactor has a capacity of 1,650 megawatts.", w("1,650", 1650)),
    f("e07", "en", "Petrol prices rose to 152.3p a litre.", w("152.3p", (152.3, 1.523), "money")),
    f("e08", "en", "Gas storage sites are 94 percent full.", w("94 percent", 94, "percent")),
    f(
        "e09",
        "en",
        "The pipeline carries 55 billion cubic metres of gas a year.",
        w("55 billion", 55e9),
    ),
    f("e10", "en", "The battery can store 2.5 gigawatt hours.", w("2.5", 2.5)),
    f("e11", "en", "Production fell to 9.8m barrels a day in June.", w("9.8m", 9.8e6)),
    f("e12", "en", "Household energy bills will rise by £94 a year.", w("£94", 94, "money", "GBP")),
    # --- climate and weather ---
    f("c01", "en", "Carbon dioxide levels reached 421 ppm at Mauna Loa.", w("421", 421)),
    f("c02", "en", "Up to 150mm of rain fell in 24 hours.", w("150mm", 150), w("24", 24)),
    f("c03", "en", "Gusts of 130 km/h were recorded on the coast.", w("130", 130)),
    f("c04", "en", "The storm's central pressure dropped to 938 hPa.", w("938", 938)),
    f("c05", "en", "Engineers called it a 1-in-100-year flood.", w("1-in-100", 0.01)),
    f("c06", "en", "Temperatures hit 47.1C in Seville on Thursday.", w("47.1C", 47.1)),
    f("c07", "en", "Warming must be held to 1.5C above pre-industrial levels.", w("1.5C", 1.5)),
    f("c08", "en", "Winds reached 120mph as the hurricane made landfall.", w("120mph", 120)),
    f("c09", "en", "Sea levels have risen 20cm since 1900.", w("20cm", 20), w("1900", 1900)),
    f("c10", "en", "The crater left by the meteorite is 6.5m across.", w("6.5m", 6.5)),
    f("c11", "en", "A tree measuring 2.4m across fell onto the road.", w("2.4m", 2.4)),
    f("c12", "en", "Snow depths of up to 40cm are expected on high ground.", w("40cm", 40)),
    f("c13", "en", "Minus 12C was recorded overnight in Braemar.", w("12C", -12)),
    f("c14", "en", "Rainfall was 35 per cent below average.", w("35 per cent", 35, "percent")),
    f("c15", "en", "Hailstones 5cm wide damaged cars in the town.", w("5cm", 5)),
    f("c16", "en", "The Met Office issued an amber warning for 70mph winds.", w("70mph", 70)),
    f("c17", "en", "The wildfire has burned 12,500 acres.", w("12,500", 12500)),
    f(
        "c18",
        "en",
        "PM2.5 concentrations reached 180 micrograms per cubic metre.",
        w("180", 180),
        avoid=("PM2.5",),
    ),
    f(
        "c19",
        "en",
        "Atmospheric CO2 rose by 2.8 parts per million last year.",
        w("2.8", 2.8),
        avoid=("CO2",),
    ),
    # --- agriculture ---
    f("a01", "en", "Wheat production is forecast at 112 million tonnes.", w("112 million", 112e6)),
    f("a02", "en", "Farmers planted 36.5 million hectares of soybeans.", w("36.5 million", 36.5e6)),
    f(
        "a03",
        "en",
        "Corn futures rose 6 cents to $4.52 a bushel.",
        w("6 cents", (6, 0.06), "money"),
        w("$4.52", 4.52, "money", "USD"),
    ),
    f("a04", "en", "The yield averaged 8.1 tonnes per hectare.", w("8.1", 8.1)),
    f("a05", "en", "Locusts destroyed crops on 200,000 acres.", w("200,000", 200000)),
    f("a06", "en", "The harvest was estimated at 2.3bn bushels.", w("2.3bn", 2.3e9)),
    f("a07", "en", "The state agency bought 4.5 lakh tonnes of paddy.", w("4.5 lakh", 450000)),
    f(
        "a08",
        "en",
        "A kilo of tea fetched $2.85 at the Mombasa auction.",
        w("$2.85", 2.85, "money", "USD"),
    ),
    f(
        "a09",
        "en",
        "Cattle numbers have fallen by a third since 2010.",
        w("a third", 1 / 3),
        w("2010", 2010),
    ),
    f(
        "a10",
        "en",
        "The cooperative has 1,200 members farming 3,000 hectares.",
        w("1,200", 1200),
        w("3,000", 3000),
    ),
    # --- medicine ---
    f("d01", "en", "Patients received 500mg of the drug each morning.", w("500mg", 500)),
    f(
        "d02",
        "en",
        "More than 12 million doses have been administered.",
        w("More than 12 million", 12e6),
    ),
    f("d03", "en", "The incidence was 14.2 cases per 100,000 people.", w("14.2", 14.2)),
    f("d04", "en", "A second dose is given after eight weeks.", w("eight", 8)),
    f("d05", "en", "The trial enrolled 1,204 participants.", w("1,204", 1204)),
    f("d06", "en", "The vaccine was 94.1% effective in the trial.", w("94.1%", 94.1, "percent")),
    f("d07", "en", "One in 10 adults has diabetes, the charity said.", w("One in 10", 0.1)),
    f("d08", "en", "Children under five were most at risk.", w("five", 5)),
    f("d09", "en", "Each tablet contains 2.5mg of the active ingredient.", w("2.5mg", 2.5)),
    f("d10", "en", "The death rate fell to 3.1 per 1,000 live births.", w("3.1", 3.1)),
    f("d11", "en", "The hospital has 40 intensive care beds.", w("40", 40)),
    # --- sport ---
    f("s01", "en", "Arsenal won 3-1 at Villa Park on Saturday.", score("3-1")),
    f("s02", "en", "Alcaraz beat Sinner 6-4, 6-3 in the final.", score("6-4"), score("6-3")),
    f("s03", "en", "City took a 2-0 lead before half-time.", score("2-0")),
    f(
        "s04",
        "en",
        "Kane scored twice, one in the 88th minute.",
        w("88th", 88, "ordinal"),
        avoid=("one",),
    ),
    f("s05", "en", "The Ferrari driver finished 17th in Monaco.", w("17th", 17, "ordinal")),
    f(
        "s06",
        "en",
        "James scored 34 points in a 112-104 win over Denver.",
        w("34", 34),
        score("112-104"),
    ),
    f("s07", "en", "India were bowled out for 46 in the morning session.", w("46", 46)),
    f("s08", "en", "She won the sprint in 10.72 seconds.", w("10.72", 10.72)),
    f("s09", "en", "The Springboks lost 27-26 to France in Paris.", score("27-26")),
    f(
        "s10",
        "en",
        "Liverpool are third in the table, five points behind.",
        w("third", 3, "ordinal"),
        w("five", 5),
    ),
    f("s11", "en", "He cleared 2.05m at the first attempt.", w("2.05m", 2.05)),
    f("s12", "en", "The derby ended in a 1-1 draw.", score("1-1")),
    f("s13", "en", "Djokovic won his 24th Grand Slam title.", w("24th", 24, "ordinal")),
    f("s14", "en", "Pakistan set a target of 287 for victory.", w("287", 287)),
    f("s15", "en", "Ronaldo's penalty made it 2-1 after 67 minutes.", score("2-1"), w("67", 67)),
    f("s16", "en", "In a 5-4 ruling, the court struck down the law.", score("5-4")),
    f(
        "s17",
        "en",
        "The striker has 19 goals in 23 appearances this season.",
        w("19", 19),
        w("23", 23),
    ),
    # --- technology ---
    f("t01", "en", "The phone comes with 256GB of storage.", w("256GB", 256)),
    f("t02", "en", "Download speeds average 74 Mbps in the capital.", w("74", 74)),
    f("t03", "en", "TSMC will make 3-nanometre chips in Arizona.", w("3-nanometre", 3)),
    f("t04", "en", "The chip is built on a 5nm process.", w("5nm", 5)),
    f(
        "t05",
        "en",
        "The iPhone 15 costs $799 in the US.",
        w("$799", 799, "money", "USD"),
        avoid=("15",),
    ),
    f(
        "t06",
        "en",
        "5G coverage reaches 85% of the population.",
        w("85%", 85, "percent"),
        avoid=("5G",),
    ),
    f("t07", "en", "The server has 1.2 terabytes of memory.", w("1.2", 1.2)),
    f(
        "t08",
        "en",
        "Windows 11 now runs on 500 million devices.",
        w("500 million", 5e8),
        avoid=("11",),
    ),
    f("t09", "en", "The fibre network offers 1 Gbps to 2m homes.", w("1 Gbps", 1), w("2m", 2e6)),
    f(
        "t10",
        "en",
        "Nvidia's H100 chips sell for about $30,000 each.",
        w("about $30,000", 30000, "money", "USD"),
        avoid=("H100",),
    ),
    f("t11", "en", "The app has been downloaded 10 million times.", w("10 million", 1e7)),
    # --- Indian, Nigerian, Kenyan and Bangladeshi copy ---
    f(
        "i01",
        "en",
        "The Centre approved a package of Rs 1.7 lakh crore.",
        w("Rs 1.7 lakh crore", 1.7e12, "money", "INR"),
    ),
    f("i02", "en", "He was fined Rs 5 lakh by the court.", w("Rs 5 lakh", 5e5, "money", "INR")),
    f(
        "i03",
        "en",
        "The project will cost ₹1,200 crore.",
        w("₹1,200 crore", 1.2e10, "money", "INR"),
    ),
    f(
        "i04",
        "en",
        "Nearly 3.5 lakh people were evacuated from the coast.",
        w("Nearly 3.5 lakh", 3.5e5),
    ),
    f("i05", "en", "The state has 1.2 crore voters.", w("1.2 crore", 1.2e7)),
    f("i06", "en", "Tickets for the match cost Rs 499.", w("Rs 499", 499, "money", "INR")),
    f(
        "i07",
        "en",
        "Losses were estimated at INR 2,300 crore.",
        w("INR 2,300 crore", 2.3e10, "money", "INR"),
    ),
    f(
        "i08",
        "en",
        "An ex gratia of Rs 2 lakh each will be paid to the families.",
        w("Rs 2 lakh", 2e5, "money", "INR"),
    ),
    f("i09", "en", "Trucks were stuck on NH44 for six hours.", w("six", 6), avoid=("NH44",)),
    f(
        "n01",
        "en",
        "The budget allocates N2.5bn to the scheme.",
        w("N2.5bn", 2.5e9, "money", "NGN"),
    ),
    f("n02", "en", "Petrol now sells at N617 per litre in Lagos.", w("N617", 617, "money", "NGN")),
    f(
        "n03",
        "en",
        "The governor approved ₦500,000 for each family.",
        w("₦500,000", 5e5, "money", "NGN"),
    ),
    f(
        "n04",
        "en",
        "The bank posted a profit of N12.4 billion in the half year.",
        w("N12.4 billion", 12.4e9, "money", "NGN"),
    ),
    f("n05", "en", "Health workers in Kano were given N95 masks.", avoid=("N95",)),
    f("n06", "en", "The naira closed at N1,450 to the dollar.", w("N1,450", 1450, "money", "NGN")),
    f(
        "n07",
        "en",
        "Revenue rose to 3.2 trillion naira last year.",
        w("3.2 trillion", 3.2e12, "money", "NGN"),
    ),
    f(
        "k01",
        "en",
        "The county lost Sh2.3 billion to fraud, the auditor said.",
        w("Sh2.3 billion", 2.3e9, "money", "KES"),
    ),
    f(
        "k02",
        "en",
        "A packet of maize flour costs KSh 180 in Nairobi.",
        w("KSh 180", 180, "money", "KES"),
    ),
    f(
        "k03",
        "en",
        "Treasury plans to borrow Ksh120 million.",
        w("Ksh120 million", 1.2e8, "money", "KES"),
    ),
    f(
        "k04",
        "en",
        "Each household will receive 5,000 shillings a month.",
        w("5,000", 5000, "money"),
    ),
    f(
        "k05",
        "en",
        "Safaricom's net income rose to Sh62.9bn.",
        w("Sh62.9bn", 62.9e9, "money", "KES"),
    ),
    f(
        "b01",
        "en",
        "The government allocated Tk 500 crore for flood relief.",
        w("Tk 500 crore", 5e9, "money", "BDT"),
    ),
    f("b02", "en", "Each family received Tk 1,200 in cash.", w("Tk 1,200", 1200, "money", "BDT")),
    f(
        "b03",
        "en",
        "The price of coarse rice rose to Tk 68 per kg.",
        w("Tk 68", 68, "money", "BDT"),
    ),
    f(
        "b04",
        "en",
        "Garment workers earn a minimum of 12,500 taka a month.",
        w("12,500", 12500, "money", "BDT"),
    ),
    f("b05", "en", "Dhaka's 2.1 crore residents face water shortages.", w("2.1 crore", 2.1e7)),
    f(
        "b06",
        "en",
        "Remittances reached $2.2 billion in March.",
        w("$2.2 billion", 2.2e9, "money", "USD"),
    ),
    # --- families the last round left wrong ---
    f(
        "g01",
        "en",
        "It was the club's first title in a quarter-century.",
        w("quarter-century", (25, 0.25)),
    ),
    f(
        "g02",
        "en",
        "Output has doubled over the past quarter-century.",
        w("quarter-century", (25, 0.25)),
    ),
    f("g03", "en", "Flight PK 8303 crashed near Karachi airport.", avoid=("8303",)),
    f("g04", "en", "The plane overshot runway 28L at San Francisco.", avoid=("28L",)),
    f("g05", "en", "One In Five Britons Struggle To Pay Energy Bills", w("One In Five", 0.2)),
    f("g06", "en", "Three Killed As Storm Hits Coast", w("Three", 3)),
    f("g07", "en", "He was one of the 12 passengers who survived.", w("12", 12), avoid=("one",)),
    f("g08", "en", "Flight AF447 disappeared over the Atlantic.", avoid=("AF447",)),
    f(
        "g09",
        "en",
        "Delta flight DL 1086 skidded off runway 13 at LaGuardia.",
        avoid=("1086", "13"),
    ),
    f("g10", "en", "TWO DEAD AFTER BUS CRASH ON M1", w("TWO", 2), avoid=("M1",)),
    f("g11", "en", "Nine Out Of 10 Voters Back New Plan", w("Nine Out Of 10", 0.9)),
    f("g12", "en", "Two Die As Fire Guts Lagos Market", w("Two", 2)),
    f(
        "g13",
        "en",
        "The plane landed on runway 09R after a 40-minute delay.",
        w("40", 40),
        avoid=("09R",),
    ),
    f("g14", "en", "Emirates flight EK521 returned to Thiruvananthapuram.", avoid=("EK521",)),
    f("g15", "en", "Kenya Airways flight KQ 101 was diverted to Mombasa.", avoid=("101",)),
    # --- neighbours: numbers that are no figures ---
    f("x01", "en", "The G7 summit opened in Hiroshima.", avoid=("G7",)),
    f("x02", "en", "COVID-19 cases rose to 4,200.", w("4,200", 4200), avoid=("19",)),
    f("x03", "en", "The Boeing 737 MAX was grounded worldwide.", avoid=("737",)),
    f("x04", "en", "Traffic was heavy on the M25 near Heathrow.", avoid=("M25",)),
    f("x05", "en", "The retailer filed for Chapter 11 protection.", avoid=("11",)),
    f("x06", "en", "Apollo 11 landed on the Moon in 1969.", w("1969", 1969), avoid=("11",)),
    f("x07", "en", "The Airbus A320 took off at 3pm.", avoid=("A320", "3pm")),
    f("x08", "en", "Passengers waited at Terminal 5 for hours.", avoid=("5",)),
    f("x09", "en", "The government triggered Article 50 of the treaty.", avoid=("50",)),
    f("x10", "en", "He drove the length of Route 66.", avoid=("66",)),
    f("x11", "en", "The neighbours helped one another.", avoid=("one",)),
    f("x12", "en", "The one who called the police was a neighbour.", avoid=("one",)),
    f("x13", "en", "Only one of them answered the door, she said.", avoid=("one",)),
    f("x14", "en", "The H5N1 strain has spread to dairy cattle.", avoid=("H5N1",)),
    f("x15", "en", "The F-35 fighter jets arrived on Tuesday.", avoid=("35",)),
    f("x16", "en", "The firm is listed on the FTSE 250.", avoid=("250",)),
    f("x17", "en", "She presents a programme on BBC Radio 4.", avoid=("4",)),
    f("x18", "en", "The Tesla Model 3 is now cheaper in China.", avoid=("3",)),
    f("x19", "en", "The meeting started at 10.30am.", avoid=("10.30am",)),
    f("x20", "en", "Samsung's Galaxy S24 went on sale in Seoul.", avoid=("S24",)),
    f("x21", "en", "The Omicron BA.2 subvariant is spreading.", avoid=("BA.2",)),
    f("x22", "en", "The council voted for UN Resolution 2334.", avoid=("2334",)),
    f("x23", "en", "The company disclosed the risk in its 10-K filing.", avoid=("10-K",)),
    f("x24", "en", "She took the number 73 bus to work.", avoid=("73",)),
    f("x25", "en", "One day, he said, the war will end.", avoid=("One",)),
    f("x26", "en", "It was a one-off payment, the minister said.", avoid=("one",)),
    f("x27", "en", "The senator cited the Fifth Amendment.", avoid=("Fifth",)),
    f("x28", "en", "Patients lacked vitamin B12 and iron.", avoid=("B12",)),
    f("x29", "en", "Demand for GLP-1 drugs has soared.", avoid=("GLP-1",)),
    f("x30", "en", "Shares in 3M fell 2% on Wednesday.", w("2%", 2, "percent"), avoid=("3M",)),
    f("x31", "en", "The storm knocked Channel 4 News off air.", avoid=("4",)),
    f("x32", "en", "President Biya, 91, returned to Yaounde.", w("91", 91)),
    f("x33", "en", "The sprinter, who ran one of the fastest times, withdrew.", avoid=("one",)),
    f("x34", "en", "Airbus delivered the A350-1000 to Qatar Airways.", avoid=("A350-1000",)),
    f(
        "x35",
        "en",
        "The Nifty 50 index rose 0.7 percent.",
        w("0.7 percent", 0.7, "percent"),
        avoid=("50",),
    ),
    f("x36", "en", "Check-in closes at 18:45 for flight BA 2490.", avoid=("18:45", "2490")),
    # --- Quebec finance (French) ---
    f(
        "q01",
        "fr",
        "Hydro-Québec a enregistré un bénéfice net de 3,3 G$.",
        w("3,3 G$", 3.3e9, "money"),
    ),
    f("q02", "fr", "Le projet coûtera 450 M$ au gouvernement.", w("450 M$", 4.5e8, "money")),
    f(
        "q03",
        "fr",
        "La Caisse a affiché un rendement de 7,2 % en 2023.",
        w("7,2 %", 7.2, "percent"),
        w("2023", 2023),
    ),
    f(
        "q04",
        "fr",
        "Le titre a gagné 1,15 $ à 78,40 $ à la Bourse de Toronto.",
        w("1,15 $", 1.15, "money"),
        w("78,40 $", 78.4, "money"),
    ),
    f(
        "q05",
        "fr",
        "La Banque du Canada a abaissé son taux directeur de 25 points de base.",
        w("25 points de base", 25),
    ),
    f(
        "q06",
        "fr",
        "Ottawa versera 2,1 milliards $ sur cinq ans.",
        w("2,1 milliards $", 2.1e9, "money"),
        w("cinq", 5),
    ),
    f(
        "q07",
        "fr",
        "Le déficit atteindra 11 G$ cette année, selon le ministre.",
        w("11 G$", 11e9, "money"),
    ),
    f("q08", "fr", "L'indice S&P/TSX a cédé 112,5 points vendredi.", w("112,5", 112.5)),
    f("q09", "fr", "Le salaire minimum passera à 15,75 $ l'heure.", w("15,75 $", 15.75, "money")),
    f("q10", "fr", "Le projet de loi 96 a été adopté à Québec.", avoid=("96",)),
    f("q11", "fr", "La société a levé 75 M$ auprès d'investisseurs.", w("75 M$", 7.5e7, "money")),
    # --- France's regional press ---
    f(
        "r01",
        "fr",
        "Le conseil départemental a voté un budget de 1,2 milliard d'euros.",
        w("1,2 milliard", 1.2e9, "money", "EUR"),
    ),
    f("r02", "fr", "Il est tombé 80 mm de pluie en une nuit à Nîmes.", w("80 mm", 80)),
    f("r03", "fr", "Des rafales à 150 km/h ont été relevées au cap Corse.", w("150", 150)),
    f("r04", "fr", "La pression est descendue à 960 hPa au passage de la tempête.", w("960", 960)),
    f("r05", "fr", "Le thermomètre a affiché 41,5 °C à Carpentras.", w("41,5", 41.5)),
    f("r06", "fr", "L'exploitation compte 120 hectares de blé.", w("120", 120)),
    f("r07", "fr", "La récolte est estimée à 33 millions de tonnes.", w("33 millions", 33e6)),
    f("r08", "fr", "Le parc éolien aura une puissance de 500 MW.", w("500", 500)),
    f("r09", "fr", "La centrale produit 6,5 TWh par an.", w("6,5", 6.5)),
    f("r10", "fr", "Le taux d'incidence atteint 250 cas pour 100 000 habitants.", w("250", 250)),
    f("r11", "fr", "Chaque comprimé contient 500 mg de paracétamol.", w("500 mg", 500)),
    f("r12", "fr", "Plus de 2 millions de doses ont été injectées.", w("Plus de 2 millions", 2e6)),
    f("r13", "fr", "Un Français sur cinq renonce à se soigner.", w("sur cinq", 0.2)),
    f("r14", "fr", "Le Stade rennais s'est imposé 3-1 face à Lens.", score("3-1")),
    f("r15", "fr", "Le club s'est qualifié pour les quarts de finale.", avoid=("quarts",)),
    f("r16", "fr", "Mbappé a marqué à la 88e minute.", w("88e", 88, "ordinal")),
    f("r17", "fr", "Le pilote a terminé 17e du Grand Prix.", w("17e", 17, "ordinal")),
    f("r18", "fr", "Le PSG mène 2-0 à la pause.", score("2-0")),
    f(
        "r19",
        "fr",
        "La Française s'est inclinée 6-4, 6-3 au premier tour.",
        score("6-4"),
        score("6-3"),
    ),
    f("r20", "fr", "Le vol AF 447 s'est abîmé dans l'Atlantique.", avoid=("447",)),
    f("r21", "fr", "L'avion a quitté la piste 26R à Roissy.", avoid=("26R",)),
    f(
        "r22",
        "fr",
        "Le CAC 40 a cédé 1,2 % à 7 512 points.",
        w("1,2 %", 1.2, "percent"),
        w("7 512", 7512),
        avoid=("40",),
    ),
    f("r23", "fr", "L'A7 était saturée samedi vers Marseille.", avoid=("A7",)),
    f("r24", "fr", "La Ligue 1 reprend en août.", avoid=("1",)),
    f("r25", "fr", "Le club évolue en Top 14 depuis dix ans.", w("dix", 10), avoid=("14",)),
    f("r26", "fr", "Le taux de chômage a reculé de 0,3 point.", w("0,3 point", 0.3)),
    f(
        "r27",
        "fr",
        "Un quart de siècle après le drame, la ville se souvient.",
        w("quart de siècle", (0.25, 25)),
    ),
    f("r28", "fr", "Les huitièmes de finale auront lieu mardi.", avoid=("huitièmes",)),
    f("r29", "fr", "L'un d'eux a été légèrement blessé.", avoid=("un",)),
    f("r30", "fr", "La ligne 14 du métro sera prolongée de 6 km.", w("6 km", 6), avoid=("14",)),
    f("r31", "fr", "Les prix ont augmenté de 4,8 % sur un an.", w("4,8 %", 4.8, "percent")),
    f("r32", "fr", "La dette représente les deux tiers du PIB.", w("deux tiers", 2 / 3)),
    f("r33", "fr", "Les trois quarts des communes ont voté contre.", w("trois quarts", 0.75)),
    f("r34", "fr", "Un demi-million de manifestants ont défilé.", w("demi-million", 500000)),
    f("r35", "fr", "Les Bleus ont terminé au 3e rang.", w("3e", 3, "ordinal")),
    f("r36", "fr", "Le gouvernement a recours au 49.3.", avoid=("49.3",)),
    # --- Belgian and Swiss economy pages ---
    f(
        "w01",
        "fr",
        "Le déficit belge atteint septante-cinq millions d'euros.",
        w("septante-cinq millions", 75e6, "money", "EUR"),
    ),
    f("w02", "fr", "Nonante personnes ont été licenciées à Charleroi.", w("Nonante", 90)),
    f("w03", "fr", "L'entreprise vaudoise emploie huitante collaborateurs.", w("huitante", 80)),
    f(
        "w04",
        "fr",
        "La BNS a relevé son taux directeur de 0,5 point à 1,75 %.",
        w("0,5 point", 0.5),
        w("1,75 %", 1.75, "percent"),
    ),
    f(
        "w05",
        "fr",
        "Le chiffre d'affaires a atteint 93 milliards de francs.",
        w("93 milliards", 93e9, "money"),
    ),
    f(
        "w06",
        "fr",
        "Le Bel 20 a terminé en hausse de 0,8 %.",
        w("0,8 %", 0.8, "percent"),
        avoid=("20",),
    ),
    f(
        "w07",
        "fr",
        "La Confédération prévoit un excédent de CHF 1,2 milliard.",
        w("CHF 1,2 milliard", 1.2e9, "money", "CHF"),
    ),
    f("w08", "fr", "Le SMI a perdu 45 points en une séance.", w("45", 45)),
    f(
        "w09",
        "fr",
        "La Région wallonne investit 1,5 milliard €.",
        w("1,5 milliard €", 1.5e9, "money", "EUR"),
    ),
    f("w10", "fr", "Le fondateur de la PME a septante ans.", w("septante", 70)),
    f("w11", "fr", "L'inflation a atteint nonante-huit pour mille.", w("nonante-huit", 98)),
    # --- French-language African papers ---
    f(
        "af01",
        "fr",
        "Le budget 2025 s'élève à 2 500 milliards de FCFA.",
        w("2 500 milliards", 2.5e12, "money", "XOF"),
    ),
    f(
        "af02",
        "fr",
        "Le litre d'essence est passé à 775 FCFA à Dakar.",
        w("775 FCFA", 775, "money", "XOF"),
    ),
    f(
        "af03",
        "fr",
        "L'État a débloqué 15 milliards de francs CFA.",
        w("15 milliards", 15e9, "money", "XOF"),
    ),
    f(
        "af04",
        "fr",
        "La production de cacao a atteint 2,2 millions de tonnes.",
        w("2,2 millions", 2.2e6),
    ),
    f(
        "af05",
        "fr",
        "Le prix du kilo de cacao est fixé à 1 800 F CFA.",
        w("1 800 F CFA", 1800, "money", "XOF"),
    ),
    f("af06", "fr", "Les Lions ont battu la Guinée 2-0 à Abidjan.", score("2-0")),
    f("af07", "fr", "Au moins 40 morts dans une attaque au Burkina Faso.", w("Au moins 40", 40)),
    f(
        "af08",
        "fr",
        "Le Sénégal a exporté 1,5 million de tonnes d'arachide.",
        w("1,5 million", 1.5e6),
    ),
    f(
        "af09",
        "fr",
        "Un élève sur trois abandonne avant le CM2.",
        w("sur trois", 1 / 3),
        avoid=("CM2",),
    ),
    f(
        "af10",
        "fr",
        "La Sonatel a réalisé un bénéfice de 307 milliards FCFA.",
        w("307 milliards", 307e9, "money", "XOF"),
    ),
    # --- French neighbours ---
    f("fn01", "fr", "L'une des victimes était âgée de 17 ans.", w("17", 17), avoid=("une",)),
    f("fn02", "fr", "Le G20 se réunit à Rio cette semaine.", avoid=("G20",)),
    f(
        "fn03",
        "fr",
        "Le Covid-19 a fait 160 000 morts en France.",
        w("160 000", 160000),
        avoid=("19",),
    ),
    f("fn04", "fr", "Un Airbus A320 a atterri d'urgence à Nice.", avoid=("A320",)),
    f("fn05", "fr", "Le conseil s'est réuni à 14 h 30.", avoid=("14 h 30",)),
    f("fn06", "fr", "France 2 diffusera la rencontre en direct.", avoid=("2",)),
    f("fn07", "fr", "Il habite au 10, rue de la République.", avoid=("10",)),
    f("fn08", "fr", "Un Mirage 2000 s'est écrasé dans le Jura.", avoid=("2000",)),
    f("fn09", "fr", "La RN 7 est coupée à hauteur de Valence.", avoid=("7",)),
    f("fn10", "fr", "Le Rwanda a atteint les demi-finales.", avoid=("demi",)),
    f("fn11", "fr", "La Formule 1 revient à Magny-Cours.", avoid=("1",)),
    f("fn12", "fr", "Le vol Air Sénégal HC 301 a été annulé.", avoid=("301",)),
)


def first_span(form: Form, anchor: str) -> tuple[int, int]:
    start = form.text.find(anchor)
    if start < 0:
        raise ValueError(f"{form.id}: anchor {anchor!r} not in its text")
    return start, start + len(anchor)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def _value_ok(want: Want, value: float) -> bool:
    if want.values is None:
        return not (value < 0)
    return any(math.isclose(value, v, rel_tol=1e-6, abs_tol=1e-9) for v in want.values)


def problems(form: Form, frame: pd.DataFrame) -> list[str]:
    """What the figures of ``form`` get wrong (empty when the form passes)."""
    rows = [
        (int(r.start), int(r.end), str(r.kind), r.unit, r.value, str(r.text))
        for r in frame.itertuples()
        if str(r.kind) not in NOT_FIGURES
    ]
    out: list[str] = []
    for want in form.want:
        span = first_span(form, want.anchor)
        hits = [r for r in rows if _overlaps(span, (r[0], r[1]))]
        good = [
            r
            for r in hits
            if r[4] is not None
            and not pd.isna(r[4])
            and _value_ok(want, float(r[4]))
            and (want.kind is None or r[2] == want.kind)
            and (want.unit is None or r[3] == want.unit)
            and r[2] not in want.not_kinds
        ]
        if not good:
            out.append(
                f"want {want.anchor!r}={want.values} got {[(h[5], h[2], h[3], h[4]) for h in hits]}"
            )
    for anchor in form.avoid:
        span = first_span(form, anchor)
        hits = [r for r in rows if _overlaps(span, (r[0], r[1]))]
        if hits:
            out.append(f"avoid {anchor!r} got {[(h[5], h[2], h[4]) for h in hits]}")
    return out
