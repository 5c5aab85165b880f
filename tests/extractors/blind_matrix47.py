"""Blind matrix 47: number expressions written before reading the figure extractor.

Areas the earlier rounds covered least: medicine and pharmacology, polls and surveys,
justice, education and rankings, science and space, shipping and trade, crypto, real
estate, demography and ages, money of Latin America, of the Middle East and North
Africa, of Eastern Europe and Turkey; in French, the Quebec, Maghreb and Swiss press,
approximations and ranges, medicine, justice and polls. Every sentence is written for
this file in the house style of a paper or an agency.

Each form is a text, its language and what must be read from it:

- `Fig(surface, value, kind, lower, upper)`: one figure whose span overlaps the
  surface's; `value`, `kind`, `lower` and `upper` are checked when they are not None.
  The surface follows the annotation guideline (qualifier and scale words in, the
  counted noun out), but only an overlap is required, not the exact span.
- `Not(surface)`: a number that is no figure (a name, an identifier, a code, a phone
  number): no figure may overlap it (rows of kind time, identifier or marker may).

A form holds when each `Fig` is matched by its own row, no figure overlaps a `Not`, and
no other figure is read from the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

NO_FIGURE_KINDS = frozenset({"time", "identifier", "marker"})


@dataclass(frozen=True)
class Fig:
    """A figure the text must yield."""

    surface: str
    value: float | None = None
    kind: str | None = None
    lower: float | None = None
    upper: float | None = None
    nth: int = 0


@dataclass(frozen=True)
class Not:
    """A number in the text that is no figure."""

    surface: str
    nth: int = 0


Expect = Fig | Not


@dataclass(frozen=True)
class Form:
    """A text and what must be read from it."""

    name: str
    text: str
    expects: tuple[Expect, ...]
    lang: str = "en"


def _en(name: str, text: str, *expects: Expect) -> Form:
    return Form(name, text, expects, "en")


def _fr(name: str, text: str, *expects: Expect) -> Form:
    return Form(name, text, expects, "fr")


THIRD = 1 / 3

EN_MEDICINE: tuple[Form, ...] = (
    _en(
        "mg_dose",
        "Patients were given 500mg of paracetamol every six hours.",
        Fig("500mg", 500),
        Fig("six", 6),
    ),
    _en(
        "mmol",
        "Her blood glucose was 2.5 mmol/L when she arrived at the hospital.",
        Fig("2.5 mmol/L", 2.5),
    ),
    _en(
        "blood_pressure",
        "A reading of 120/80 mmHg is considered normal, the nurse said.",
        Fig("120", 120),
        Fig("80", 80),
    ),
    _en("bmi", "Adults with a BMI of 31 were eligible for the trial.", Fig("31", 31)),
    _en(
        "efficacy",
        "The vaccine showed an efficacy of 94.5% in the late-stage trial.",
        Fig("94.5%", 94.5, "percent"),
    ),
    _en(
        "one_in_doses",
        "Serious side effects were reported in about 1 in 10,000 doses.",
        Fig("about 1 in 10,000", 0.0001),
    ),
    _en(
        "micrograms",
        "The tablets contain 25 micrograms of levothyroxine.",
        Fig("25 micrograms", 25),
    ),
    _en(
        "ml_per_kg",
        "Doctors infused 20 ml per kilogram of body weight over an hour.",
        Fig("20 ml", 20),
        Fig("an hour", 1, "duration"),
    ),
    _en(
        "trial_size",
        "The phase 3 trial enrolled 43,548 participants across six countries.",
        Not("3"),
        Fig("43,548", 43548),
        Fig("six", 6),
    ),
    _en(
        "covid_name",
        "Covid-19 cases rose by 12% in the week to Sunday, the UKHSA said.",
        Not("19"),
        Fig("12%", 12, "percent"),
    ),
    _en(
        "hr_ratio",
        "The drug cut the risk of death by 31 percent over two years.",
        Fig("31 percent", 31, "percent"),
        Fig("two", 2),
    ),
    _en(
        "fever",
        "The boy had a temperature of 39.5C and was taken to A&E.",
        Fig("39.5C", 39.5),
    ),
    _en(
        "heart_rate",
        "His resting heart rate had fallen to 48 beats per minute.",
        Fig("48", 48),
    ),
    _en(
        "per_100k",
        "The incidence was 14.2 cases per 100,000 people last year.",
        Fig("14.2", 14.2),
        Fig("100,000", 100000),
    ),
    _en(
        "iu_dose",
        "Adults should take 400 IU of vitamin D a day in winter.",
        Fig("400 IU", 400),
    ),
    _en(
        "mg_dl",
        "His cholesterol was 240 mg/dL, well above the target.",
        Fig("240 mg/dL", 240),
    ),
    _en(
        "two_doses",
        "Children will get two doses, eight weeks apart.",
        Fig("two", 2),
        Fig("eight weeks", 8),
    ),
    _en(
        "h5n1",
        "The H5N1 strain has killed 18 people in the province since January.",
        Not("5"),
        Not("1"),
        Fig("18", 18),
    ),
    _en(
        "type2",
        "Some 4.3 million people in the UK live with type 2 diabetes.",
        Fig("Some 4.3 million", 4300000),
        Not("2"),
    ),
)

EN_POLLS: tuple[Form, ...] = (
    _en(
        "poll_two_percents",
        "The poll put Labour ahead by 48% to 45% among likely voters.",
        Fig("48%", 48, "percent"),
        Fig("45%", 45, "percent"),
    ),
    _en(
        "margin_error",
        "The survey has a margin of error of plus or minus 3 percentage points.",
        Fig("3 percentage points", 3),
    ),
    _en(
        "n_equals",
        "The online panel (n=1,024) was weighted by age and region.",
        Fig("1,024", 1024),
    ),
    _en(
        "point_lead",
        "The senator holds a 7-point lead over her Republican challenger.",
        Fig("7", 7),
    ),
    _en(
        "sampled",
        "YouGov sampled 2,117 adults between Oct. 3 and Oct. 5.",
        Fig("2,117", 2117),
        Fig("Oct. 3", None, "date"),
        Fig("Oct. 5", None, "date"),
    ),
    _en(
        "approval",
        "His approval rating slipped to 38 percent, the lowest of his term.",
        Fig("38 percent", 38, "percent"),
    ),
    _en(
        "undecided",
        "Roughly one in five voters remain undecided.",
        Fig("Roughly one in five", 0.2),
    ),
    _en(
        "pp_rise",
        "Support for independence rose 4 percentage points to 52%.",
        Fig("4 percentage points", 4),
        Fig("52%", 52, "percent"),
    ),
    _en(
        "two_to_one",
        "Voters backed the measure by a margin of nearly two to one.",
        Fig("two", 2),
        Fig("one", 1),
    ),
    _en(
        "turnout",
        "Turnout was 67.3%, up from 61.4% in the last election.",
        Fig("67.3%", 67.3, "percent"),
        Fig("61.4%", 61.4, "percent"),
    ),
    _en(
        "double_digit",
        "A majority of 56 percent said the country was on the wrong track.",
        Fig("56 percent", 56, "percent"),
    ),
    _en(
        "eight_in_ten",
        "Eight in 10 Republicans approve of the way he handles the economy.",
        Fig("Eight in 10", 0.8),
    ),
)

EN_JUSTICE: tuple[Form, ...] = (
    _en(
        "jailed_years",
        "He was jailed for 12 years at Southwark Crown Court on Friday.",
        Fig("12 years", 12, "duration"),
    ),
    _en(
        "suspended",
        "She was handed a suspended sentence of 18 months.",
        Fig("18 months", 18, "duration"),
    ),
    _en(
        "fined_eur",
        "The bank was fined EUR 2.5m by the regulator.",
        Fig("EUR 2.5m", 2500000, "money"),
    ),
    _en(
        "counts",
        "He pleaded guilty to three counts of fraud and one of money laundering.",
        Fig("three", 3),
        Fig("one", 1),
    ),
    _en(
        "case_number",
        "The case, No. 1:21-cr-00175, was heard in Washington.",
        Not("1:21-cr-00175"),
    ),
    _en(
        "article5",
        "Allies invoked Article 5 for the first time after the attacks.",
        Not("5"),
        Fig("first", 1, "ordinal"),
    ),
    _en(
        "life_min_term",
        "He was given a life sentence with a minimum term of 25 years.",
        Fig("25 years", 25, "duration"),
    ),
    _en(
        "community_hours",
        "The judge ordered him to carry out 200 hours of unpaid work.",
        Fig("200 hours", 200, "duration"),
    ),
    _en(
        "damages",
        "A jury awarded the family $4.6 million in damages.",
        Fig("$4.6 million", 4600000, "money"),
    ),
    _en(
        "section",
        "He was charged under Section 18 of the Offences Against the Person Act 1861.",
        Not("18"),
        Not("1861"),
    ),
    _en(
        "jurors",
        "The jury of seven women and five men deliberated for 11 hours.",
        Fig("seven", 7),
        Fig("five", 5),
        Fig("11 hours", 11, "duration"),
    ),
    _en(
        "verdict_ratio",
        "The jury convicted him by a majority of 10 to 2.",
        Fig("10", 10),
        Fig("2", 2),
    ),
    _en(
        "bail",
        "He was released on bail of 50,000 Hong Kong dollars.",
        Fig("50,000 Hong Kong dollars", 50000, "money"),
    ),
    _en(
        "served",
        "He had served half of his sentence before being freed.",
        Fig("half", 0.5),
    ),
)

EN_EDUCATION: tuple[Form, ...] = (
    _en("gpa", "She graduated with a GPA of 3.8 from Howard.", Fig("3.8", 3.8)),
    _en(
        "ranked",
        "The university was ranked 12th in the world this year.",
        Fig("12th", 12, "ordinal"),
    ),
    _en(
        "top_percent",
        "Only students in the top 10% of their class are admitted.",
        Fig("10%", 10, "percent"),
    ),
    _en(
        "a_levels",
        "Some 27.2% of A-level entries were awarded an A or A*.",
        Fig("Some 27.2%", 27.2, "percent"),
    ),
    _en(
        "pupils_per_teacher",
        "Classes average 31 pupils per teacher in the state sector.",
        Fig("31", 31),
    ),
    _en(
        "year11",
        "Year 11 pupils sit their GCSEs in May.",
        Not("11"),
    ),
    _en(
        "fees",
        "Tuition fees will rise to 9,535 pounds a year.",
        Fig("9,535 pounds", 9535, "money"),
    ),
    _en(
        "rank_no1",
        "Oxford kept its No. 1 spot for the eighth year running.",
        Fig("No. 1", 1, "ordinal"),
        Fig("eighth", 8, "ordinal"),
    ),
    _en(
        "sat",
        "He scored 1,480 out of 1,600 on the SAT.",
        Fig("1,480 out of 1,600", 1480 / 1600),
    ),
    _en(
        "dropout",
        "The dropout rate fell to 6.1 per cent in 2023.",
        Fig("6.1 per cent", 6.1, "percent"),
        Fig("2023", 2023, "year"),
    ),
)

EN_SCIENCE: tuple[Form, ...] = (
    _en(
        "light_years",
        "Proxima Centauri lies 4.2 light-years from the Sun.",
        Fig("4.2 light-years", 4.2),
    ),
    _en(
        "magnitude",
        "A magnitude 6.8 earthquake struck off the coast on Tuesday.",
        Fig("6.8", 6.8),
    ),
    _en(
        "minus_c",
        "The probe's instruments are cooled to minus 270C.",
        Fig("minus 270C", -270),
    ),
    _en(
        "universe_age",
        "The universe is about 13.8 billion years old.",
        Fig("about 13.8 billion years", 13.8e9),
    ),
    _en(
        "sci_notation",
        "The measured rate was 1.2e-5 per second.",
        Fig("1.2e-5", 1.2e-5),
    ),
    _en(
        "power_ten",
        "The chip performs 10^9 operations a second.",
        Fig("10^9", 1e9),
    ),
    _en(
        "depth_km",
        "The quake was 10 km (6 miles) deep, the USGS said.",
        Fig("10 km", 10),
        Fig("6 miles", 6),
    ),
    _en(
        "orbit",
        "The telescope orbits 1.5 million km from Earth.",
        Fig("1.5 million km", 1500000),
    ),
    _en(
        "kelvin",
        "The sample was heated to 3,000 kelvin.",
        Fig("3,000 kelvin", 3000),
    ),
    _en(
        "apollo",
        "Apollo 11 landed on the Moon in July 1969.",
        Not("11"),
        Fig("July 1969", None, "date"),
    ),
    _en(
        "aftershocks",
        "More than 200 aftershocks followed, the strongest of magnitude 5.1.",
        Fig("More than 200", 200),
        Fig("5.1", 5.1),
    ),
    _en(
        "co2_ppm",
        "Carbon dioxide reached 424 parts per million in May.",
        Fig("424", 424),
    ),
    _en(
        "nanometres",
        "The chips are made on a 3-nanometre process.",
        Fig("3", 3),
    ),
    _en(
        "half_life",
        "Caesium-137 has a half-life of about 30 years.",
        Not("137"),
        Fig("about 30 years", 30),
    ),
    _en(
        "speed_light",
        "Light travels at 299,792 km per second.",
        Fig("299,792 km", 299792),
    ),
    _en(
        "exoplanets",
        "Astronomers have now confirmed more than 5,500 exoplanets.",
        Fig("more than 5,500", 5500),
    ),
    _en(
        "richter_storm",
        "The storm packed winds of 150 mph as it made landfall.",
        Fig("150 mph", 150),
    ),
)

EN_SHIPPING: tuple[Form, ...] = (
    _en(
        "teu",
        "The new vessels can carry 20,000 TEU each.",
        Fig("20,000 TEU", 20000),
    ),
    _en(
        "dwt",
        "A 300,000 deadweight-tonne tanker was seized in the Gulf.",
        Fig("300,000", 300000),
    ),
    _en(
        "knots",
        "The ship was sailing at 14 knots when it struck the bridge.",
        Fig("14 knots", 14),
    ),
    _en(
        "nautical",
        "The boat was intercepted 200 nautical miles off the coast.",
        Fig("200 nautical miles", 200),
    ),
    _en(
        "freight_rate",
        "Spot rates fell to $1,850 per 40-foot container.",
        Fig("$1,850", 1850, "money"),
        Fig("40", 40),
    ),
    _en(
        "tonnes_grain",
        "Ukraine exported 3.2 million tonnes of grain in October.",
        Fig("3.2 million tonnes", 3200000),
    ),
    _en(
        "transits",
        "Suez Canal transits fell by 42% over two months.",
        Fig("42%", 42, "percent"),
        Fig("two months", 2),
    ),
    _en(
        "trade_surplus",
        "China's trade surplus widened to $96.7 billion in September.",
        Fig("$96.7 billion", 96.7e9, "money"),
    ),
    _en(
        "tariff",
        "The U.S. will impose a 25% tariff on steel from March 12.",
        Fig("25%", 25, "percent"),
        Fig("March 12", None, "date"),
    ),
    _en(
        "barrels_day",
        "The tanker was loading 2 million barrels of crude.",
        Fig("2 million barrels", 2000000),
    ),
    _en(
        "berths",
        "Berth 7 at the port reopened on Monday.",
        Not("7"),
    ),
)

EN_CRYPTO: tuple[Form, ...] = (
    _en("btc_half", "He sent 0.5 BTC to the scammers.", Fig("0.5 BTC", 0.5)),
    _en(
        "bitcoin_hit",
        "Bitcoin hit $68,000 for the first time on Friday.",
        Fig("$68,000", 68000, "money"),
        Fig("first", 1, "ordinal"),
    ),
    _en("one_ether", "The NFT sold for 1 ether last year.", Fig("1 ether", 1)),
    _en(
        "crypto_market",
        "The crypto market lost more than $200bn in a day.",
        Fig("more than $200bn", 200e9, "money"),
    ),
    _en(
        "web3",
        "Web3 start-ups raised less in the quarter.",
        Not("3"),
    ),
    _en(
        "eth_coins",
        "The hackers stole 120,000 ETH from the bridge.",
        Fig("120,000 ETH", 120000),
    ),
)

EN_REAL_ESTATE: tuple[Form, ...] = (
    _en(
        "three_bed",
        "A 3-bed flat in the area now costs £450,000.",
        Fig("3", 3),
        Fig("£450,000", 450000, "money"),
    ),
    _en(
        "sq_ft",
        "The penthouse covers 1,200 sq ft over two floors.",
        Fig("1,200 sq ft", 1200),
        Fig("two", 2),
    ),
    _en(
        "per_sqm",
        "Prices reached 12,000 euros per square metre in central Paris.",
        Fig("12,000 euros", 12000, "money"),
    ),
    _en(
        "mortgage_rate",
        "The average two-year fixed mortgage rate rose to 6.85%.",
        Fig("two", 2),
        Fig("6.85%", 6.85, "percent"),
    ),
    _en(
        "postcode",
        "House prices in SW1A 1AA and E14 5AB fell.",
        Not("1", 0),
        Not("14"),
        Not("5"),
    ),
    _en(
        "address_flat",
        "The fire started at Flat 12, 47 Grenfell Road.",
        Not("12"),
        Not("47"),
    ),
    _en(
        "homes_target",
        "The government wants 1.5 million new homes built by 2029.",
        Fig("1.5 million", 1500000),
        Fig("2029", 2029, "year"),
    ),
    _en(
        "acres",
        "The estate sits on 40 acres of parkland.",
        Fig("40 acres", 40),
    ),
    _en(
        "rent_month",
        "Rents average $3,400 a month in Manhattan.",
        Fig("$3,400", 3400, "money"),
    ),
)

EN_AGES: tuple[Form, ...] = (
    _en(
        "aged_range",
        "Unemployment among those aged 18 to 24 rose sharply.",
        Fig("18 to 24", None, None, 18, 24),
    ),
    _en(
        "in_his_60s",
        "The victim, a man in his 60s, died at the scene.",
        Fig("60s", None),
    ),
    _en(
        "nineties",
        "The law dates from the 1990s.",
        Fig("1990s", None),
    ),
    _en(
        "year_old",
        "A 75-year-old woman was taken to hospital.",
        Fig("75", 75),
    ),
    _en(
        "over_65",
        "More than a fifth of people are now over 65.",
        Fig("More than a fifth", 0.2),
        Fig("over 65", 65),
    ),
    _en(
        "life_expectancy",
        "Life expectancy at birth fell to 76.4 years.",
        Fig("76.4 years", 76.4),
    ),
    _en(
        "birth_rate",
        "The fertility rate dropped to 1.44 children per woman.",
        Fig("1.44", 1.44),
    ),
    _en(
        "teenagers",
        "Two teenagers, aged 15 and 16, were arrested.",
        Fig("Two", 2),
        Fig("15", 15),
        Fig("16", 16),
    ),
    _en(
        "generation_z",
        "Millions of under-30s have never owned a home.",
        Fig("Millions", None, "vague"),
        Fig("30", 30),
    ),
    _en(
        "population",
        "The population shrank by 531,000 to 123.9 million.",
        Fig("531,000", 531000),
        Fig("123.9 million", 123.9e6),
    ),
    _en(
        "centenarians",
        "The number of centenarians has risen to 15,120.",
        Fig("15,120", 15120),
    ),
    _en(
        "age_parens",
        "John Smith, 42, of Leeds, denies the charge.",
        Fig("42", 42),
    ),
)

EN_LATAM: tuple[Form, ...] = (
    _en(
        "reais_symbol",
        "Petrobras will invest R$5 billion in the refinery.",
        Fig("R$5 billion", 5e9, "money"),
    ),
    _en(
        "pesos",
        "The mayor was accused of taking 1.2 million pesos in bribes.",
        Fig("1.2 million pesos", 1.2e6, "money"),
    ),
    _en("mxn", "Tickets cost MXN 300 at the door.", Fig("MXN 300", 300, "money")),
    _en(
        "cop",
        "The minimum wage rises to COP 1.3 million a month.",
        Fig("COP 1.3 million", 1.3e6, "money"),
    ),
    _en(
        "soles",
        "The fine was set at 4,950 soles.",
        Fig("4,950 soles", 4950, "money"),
    ),
    _en(
        "bolivars",
        "A kilo of cheese costs 180 bolivars in Caracas.",
        Fig("180 bolivars", 180, "money"),
    ),
    _en(
        "reais_word",
        "The bank posted a profit of 9.4 billion reais.",
        Fig("9.4 billion reais", 9.4e9, "money"),
    ),
    _en(
        "argentine_pesos",
        "The official rate weakened to 850 pesos per dollar.",
        Fig("850 pesos", 850, "money"),
    ),
    _en(
        "clp",
        "Codelco reported sales of CLP 2.1 trillion.",
        Fig("CLP 2.1 trillion", 2.1e12, "money"),
    ),
    _en(
        "brl_code",
        "The bonds raised BRL 750 million.",
        Fig("BRL 750 million", 750e6, "money"),
    ),
    _en(
        "mex_dollar_sign",
        "In Mexico City a taxi ride costs around 150 pesos.",
        Fig("around 150 pesos", 150, "money"),
    ),
)

EN_MENA: tuple[Form, ...] = (
    _en(
        "sar",
        "Aramco set aside SAR 10 billion for the project.",
        Fig("SAR 10 billion", 10e9, "money"),
    ),
    _en(
        "riyals",
        "The fund will spend 2 billion riyals on housing.",
        Fig("2 billion riyals", 2e9, "money"),
    ),
    _en("aed", "Fines of up to AED 50,000 apply.", Fig("up to AED 50,000", 50000, "money")),
    _en(
        "dirhams",
        "The apartment sold for 3.4 million dirhams.",
        Fig("3.4 million dirhams", 3.4e6, "money"),
    ),
    _en("le", "A bag of rice now costs LE 500.", Fig("LE 500", 500, "money")),
    _en("egp_sign", "Fuel prices rose to E£13.75 a litre.", Fig("E£13.75", 13.75, "money")),
    _en(
        "tomans",
        "The dollar traded at 600,000 tomans in Tehran.",
        Fig("600,000 tomans", 6e6, "money"),
    ),
    _en(
        "rials",
        "The currency fell to 1,050,000 rials to the dollar.",
        Fig("1,050,000 rials", 1050000, "money"),
    ),
    _en(
        "qar",
        "Qatar Airways posted a profit of QAR 6.1 billion.",
        Fig("QAR 6.1 billion", 6.1e9, "money"),
    ),
    _en(
        "egyptian_pounds",
        "The loan is worth 20 billion Egyptian pounds.",
        Fig("20 billion Egyptian pounds", 20e9, "money"),
    ),
    _en(
        "dinars_kwd",
        "Kuwait approved a budget of 24.5 billion dinars.",
        Fig("24.5 billion dinars", 24.5e9, "money"),
    ),
    _en(
        "shekels",
        "The minimum wage rose to 5,880 shekels.",
        Fig("5,880 shekels", 5880, "money"),
    ),
    _en(
        "vision2030",
        "Vision 2030 aims to cut reliance on oil.",
        Not("2030"),
    ),
)

EN_EASTERN: tuple[Form, ...] = (
    _en(
        "zloty",
        "The project will cost 4 billion zloty.",
        Fig("4 billion zloty", 4e9, "money"),
    ),
    _en("zl", "A ticket costs 120 zł.", Fig("120 zł", 120, "money")),
    _en(
        "hryvnias",
        "Pensions will rise to 2,361 hryvnias.",
        Fig("2,361 hryvnias", 2361, "money"),
    ),
    _en("uah", "Fines start at UAH 1,000.", Fig("UAH 1,000", 1000, "money")),
    _en(
        "forints",
        "The government froze the price at 480 forints a litre.",
        Fig("480 forints", 480, "money"),
    ),
    _en(
        "lei",
        "The average net wage reached 5,000 lei.",
        Fig("5,000 lei", 5000, "money"),
    ),
    _en("tl", "A kilo of tomatoes costs TL 50 in Istanbul.", Fig("TL 50", 50, "money")),
    _en(
        "lira",
        "The central bank sold $2 billion to prop up the lira, which hit 32.5 per dollar.",
        Fig("$2 billion", 2e9, "money"),
        Fig("32.5", 32.5),
    ),
    _en(
        "lira_amount",
        "The minimum wage was raised to 17,002 lira.",
        Fig("17,002 lira", 17002, "money"),
    ),
    _en(
        "kuna",
        "Before the euro, a coffee cost 10 kuna in Zagreb.",
        Fig("10 kuna", 10, "money"),
    ),
    _en(
        "pln",
        "The bank earned PLN 1.7 billion in the quarter.",
        Fig("PLN 1.7 billion", 1.7e9, "money"),
    ),
    _en(
        "czk",
        "The fine was 250,000 koruna.",
        Fig("250,000 koruna", 250000, "money"),
    ),
    _en(
        "rubles",
        "The ruble weakened past 100 to the dollar; a loaf costs 60 rubles.",
        Fig("100", 100),
        Fig("60 rubles", 60, "money"),
    ),
)

EN_NEIGHBOURS: tuple[Form, ...] = (
    _en("g7", "G7 leaders met in Hiroshima.", Not("7")),
    _en("a380", "The A380 landed safely in Dubai.", Not("380")),
    _en(
        "flight370",
        "Flight 370 vanished with 239 people on board.",
        Not("370"),
        Fig("239", 239),
    ),
    _en(
        "phone",
        "Readers can call the helpline on 0800 123 4567.",
        Not("0800 123 4567"),
    ),
    _en(
        "phone_us",
        "Call (202) 555-0143 for details.",
        Not("(202) 555-0143"),
    ),
    _en("zip", "He lived at 1401 Elm St, Dallas, TX 75202.", Not("1401"), Not("75202")),
    _en("boeing", "The Boeing 737 MAX 9 was grounded.", Not("737"), Not("9")),
    _en(
        "f35",
        "The country will buy 32 F-35 fighters.",
        Fig("32", 32),
        Not("35"),
    ),
    _en("m25", "Traffic was queuing on the M25 near junction 10.", Not("25"), Not("10")),
    _en("covid_only", "The Covid-19 inquiry resumed on Monday.", Not("19")),
    _en("iphone", "The iPhone 15 Pro goes on sale on Friday.", Not("15")),
    _en("g20", "The G20 summit opened in New Delhi.", Not("20")),
    _en("cop28", "Delegates at COP28 agreed to move away from fossil fuels.", Not("28")),
    _en(
        "rule_4",
        "Under Rule 4 of the procedure, members may speak for five minutes.",
        Not("4"),
        Fig("five minutes", 5),
    ),
    _en("one_pronoun", "One of the suspects was later released.", Not("One")),
    _en("ps5", "Sony sold 4.5 million PS5 consoles.", Fig("4.5 million", 4.5e6), Not("5", 1)),
    _en("route66", "They drove Route 66 to Santa Monica.", Not("66")),
    _en("b52", "Two B-52 bombers flew over the region.", Fig("Two", 2), Not("52")),
    _en("mh17", "MH17 was shot down over eastern Ukraine.", Not("17")),
    _en("bill_c18", "Bill C-18 became law last June.", Not("18")),
    _en("ward", "She was treated on Ward 9 at St Thomas'.", Not("9")),
    _en("iso", "The plant is ISO 9001 certified.", Not("9001")),
    _en("chapter11", "The retailer filed for Chapter 11 protection.", Not("11")),
    _en("windows", "The update for Windows 11 caused crashes.", Not("11")),
    _en("ftse100", "The FTSE 100 rose 0.4%.", Not("100"), Fig("0.4%", 0.4, "percent")),
    _en("channel4", "Channel 4 News reported the leak.", Not("4")),
    _en("p45", "He was handed his P45 on Friday.", Not("45")),
    _en("one_day", "One day, he said, he would return.", Not("One")),
    _en(
        "score_not_range",
        "Arsenal won 3-1 at the Emirates.",
        Fig("3", 3),
        Fig("1", 1),
    ),
    _en(
        "one_figure_percent_range",
        "Inflation is expected at 2-3% next year.",
        Fig("2-3%", None, "percent", 2, 3),
    ),
    _en(
        "one_figure_money_range",
        "The deal is worth $5-6 billion.",
        Fig("$5-6 billion", None, "money", 5e9, 6e9),
    ),
    _en(
        "ratio_not_fraction",
        "The board approved a 3-for-1 stock split.",
        Fig("3", 3),
        Fig("1", 1),
    ),
)

FR_FORMS: tuple[Form, ...] = (
    _fr(
        "gs_quebec",
        "Québec investira 1,5 G$ dans le réseau électrique.",
        Fig("1,5 G$", 1.5e9, "money"),
    ),
    _fr(
        "ms_quebec",
        "Le projet coûtera 25 M$ à la Ville de Montréal.",
        Fig("25 M$", 25e6, "money"),
    ),
    _fr(
        "dollar_ca",
        "Le billet coûte 45 $ CA, taxes en sus.",
        Fig("45 $ CA", 45, "money"),
    ),
    _fr(
        "mille_dollars",
        "Il a reçu une prime de mille dollars.",
        Fig("mille dollars", 1000, "money"),
    ),
    _fr(
        "le_quart",
        "Le quart des ménages peine à payer son loyer.",
        Fig("Le quart", 0.25),
    ),
    _fr(
        "dinars",
        "Le budget prévoit 2,5 milliards de dinars pour la santé.",
        Fig("2,5 milliards de dinars", 2.5e9, "money"),
    ),
    _fr(
        "dh",
        "Le litre de gazole a atteint 14 DH à Casablanca.",
        Fig("14 DH", 14, "money"),
    ),
    _fr(
        "millions_dirhams",
        "L'office a investi 300 millions de dirhams dans l'usine.",
        Fig("300 millions de dirhams", 300e6, "money"),
    ),
    _fr(
        "da",
        "Le kilo de pomme de terre est vendu à 120 DA à Alger.",
        Fig("120 DA", 120, "money"),
    ),
    _fr("chf", "L'amende s'élève à CHF 5000.", Fig("CHF 5000", 5000, "money")),
    _fr("fr_point", "Le menu coûte 28 fr. à midi.", Fig("28 fr.", 28, "money")),
    _fr(
        "apostrophe",
        "La commune compte 1'000 habitants de plus qu'en 2010.",
        Fig("1'000", 1000),
        Fig("2010", 2010, "year"),
    ),
    _fr(
        "apostrophe_chf",
        "Le loyer moyen atteint 1'850 francs par mois à Genève.",
        Fig("1'850 francs", 1850, "money"),
    ),
    _fr(
        "entre_pct",
        "La hausse devrait se situer entre 10 et 15 % cette année.",
        Fig("entre 10 et 15 %", None, "percent", 10, 15),
    ),
    _fr(
        "de_a_milliards",
        "Le chantier coûterait de 3 à 5 milliards d'euros.",
        Fig("de 3 à 5 milliards d'euros", None, "money", 3e9, 5e9),
    ),
    _fr(
        "quinzaine",
        "Une quinzaine de manifestants ont été interpellés.",
        Fig("Une quinzaine", 15),
    ),
    _fr(
        "plus_tiers",
        "Plus d'un tiers des électeurs se sont abstenus.",
        Fig("Plus d'un tiers", THIRD),
    ),
    _fr(
        "pres_moitie",
        "Près de la moitié des entreprises ont gelé les embauches.",
        Fig("Près de la moitié", 0.5),
    ),
    _fr(
        "mg",
        "Il ne faut pas dépasser 500 mg de paracétamol par prise.",
        Fig("500 mg", 500),
    ),
    _fr(
        "mmhg",
        "Une tension supérieure à 140 mmHg doit être surveillée.",
        Fig("supérieure à 140 mmHg", 140),
    ),
    _fr(
        "tension_12_8",
        "Sa tension était de 12/8, tout à fait normale.",
        Fig("12", 12),
        Fig("8", 8),
    ),
    _fr(
        "condamne",
        "Il a été condamné à 12 ans de prison par la cour d'assises.",
        Fig("12 ans", 12, "duration"),
    ),
    _fr(
        "amende",
        "Elle a écopé d'une amende de 2 500 euros.",
        Fig("2 500 euros", 2500, "money"),
    ),
    _fr(
        "sursis",
        "Il a été condamné à 18 mois de prison, dont 6 avec sursis.",
        Fig("18 mois", 18, "duration"),
        Fig("6", 6),
    ),
    _fr(
        "sondage_contre",
        "Le candidat l'emporterait par 48 % contre 45 %.",
        Fig("48 %", 48, "percent"),
        Fig("45 %", 45, "percent"),
    ),
    _fr(
        "points_pct",
        "Le oui progresse de 3 points de pourcentage.",
        Fig("3 points de pourcentage", 3),
    ),
    _fr(
        "marge_erreur",
        "La marge d'erreur est de plus ou moins 3,1 points.",
        Fig("3,1 points", 3.1),
    ),
    _fr(
        "echantillon",
        "L'enquête a été menée auprès d'un échantillon de 1 012 personnes.",
        Fig("1 012", 1012),
    ),
    _fr(
        "covid_fr",
        "Le Covid-19 a fait 14 morts cette semaine.",
        Not("19"),
        Fig("14", 14),
    ),
    _fr(
        "article_fr",
        "L'article 49.3 de la Constitution a été utilisé pour la 23e fois.",
        Not("49.3"),
        Fig("23e", 23, "ordinal"),
    ),
    _fr("code_postal", "Il habite au 12, rue des Lilas, 75011 Paris.", Not("12"), Not("75011")),
    _fr(
        "telephone_fr",
        "Contactez le 01 45 67 89 10 pour vous inscrire.",
        Not("01 45 67 89 10"),
    ),
    _fr("vol_fr", "Le vol AF447 s'est abîmé en mer.", Not("447")),
    _fr("g7_fr", "Le sommet du G7 s'ouvre à Biarritz.", Not("7")),
    _fr(
        "age_fr",
        "Un homme de 75 ans a été blessé.",
        Fig("75 ans", 75),
    ),
    _fr(
        "quarantaine_age",
        "La victime, une femme d'une quarantaine d'années, a été hospitalisée.",
        Fig("une quarantaine d'années", 40),
    ),
    _fr(
        "annees_90",
        "La loi date des années 1990.",
        Fig("années 1990", None),
    ),
    _fr(
        "ages_18_24",
        "Le chômage des 18-24 ans a reculé.",
        Fig("18-24 ans", None, None, 18, 24),
    ),
    _fr(
        "classement",
        "L'université est classée 12e au niveau mondial.",
        Fig("12e", 12, "ordinal"),
    ),
    _fr(
        "magnitude_fr",
        "Un séisme de magnitude 6,8 a frappé le Maroc.",
        Fig("6,8", 6.8),
    ),
    _fr(
        "annees_lumiere",
        "L'étoile se trouve à 4,2 années-lumière.",
        Fig("4,2 années-lumière", 4.2),
    ),
    _fr(
        "moins_degres",
        "Il faisait moins 15 degrés à Québec.",
        Fig("moins 15 degrés", -15),
    ),
    _fr(
        "noeuds",
        "Le navire filait à 12 nœuds.",
        Fig("12 nœuds", 12),
    ),
    _fr(
        "milles_nautiques",
        "Le chalutier a été arraisonné à 20 milles nautiques des côtes.",
        Fig("20 milles nautiques", 20),
    ),
    _fr(
        "evp",
        "Le porte-conteneurs peut embarquer 24 000 EVP.",
        Fig("24 000 EVP", 24000),
    ),
    _fr(
        "bitcoin_fr",
        "Le bitcoin a dépassé les 60 000 dollars.",
        Fig("60 000 dollars", 60000, "money"),
    ),
    _fr(
        "m2",
        "Le prix atteint 10 500 euros le mètre carré à Paris.",
        Fig("10 500 euros", 10500, "money"),
    ),
    _fr(
        "trois_pieces",
        "Un trois-pièces de 65 m² se loue 1 400 euros.",
        Fig("65 m²", 65),
        Fig("1 400 euros", 1400, "money"),
    ),
    _fr(
        "vaccin_efficacite",
        "Le vaccin est efficace à 94,5 %.",
        Fig("94,5 %", 94.5, "percent"),
    ),
    _fr(
        "un_sur",
        "Les effets graves touchent un patient sur 10 000.",
        Fig("un patient sur 10 000", 0.0001),
    ),
    _fr(
        "moitie_seule",
        "La moitié des lits sont occupés.",
        Fig("La moitié", 0.5),
    ),
    _fr(
        "centaine",
        "Une centaine de personnes ont manifesté devant le tribunal.",
        Fig("Une centaine", 100),
    ),
    _fr(
        "dizaines_milliers",
        "Des dizaines de milliers de personnes ont défilé.",
        Fig("Des dizaines de milliers", None, "vague"),
    ),
    _fr(
        "milliards_fcfa",
        "Le pays a levé 500 milliards de francs CFA.",
        Fig("500 milliards de francs CFA", 500e9, "money"),
    ),
    _fr(
        "pct_hausse",
        "Les prix ont augmenté de 4,9 % sur un an.",
        Fig("4,9 %", 4.9, "percent"),
        Fig("un an", 1),
    ),
    _fr(
        "cinq_chefs",
        "Il est poursuivi pour cinq chefs d'accusation.",
        Fig("cinq", 5),
    ),
    _fr(
        "amende_chf",
        "Le tribunal lui a infligé une amende de 10'000 francs.",
        Fig("10'000 francs", 10000, "money"),
    ),
    _fr(
        "sondage_points",
        "Il devance son rival de 7 points.",
        Fig("7 points", 7),
    ),
    _fr(
        "tiers_seul",
        "Un tiers des sondés se disent indécis.",
        Fig("Un tiers", THIRD),
    ),
    _fr(
        "pres_de_pct",
        "Près de 30 % des jeunes ont renoncé à se soigner.",
        Fig("Près de 30 %", 30, "percent"),
    ),
    _fr(
        "millions_dh",
        "La société a réalisé un chiffre d'affaires de 1,2 milliard de DH.",
        Fig("1,2 milliard de DH", 1.2e9, "money"),
    ),
    _fr(
        "dinars_tunisiens",
        "Le salaire minimum passe à 460 dinars.",
        Fig("460 dinars", 460, "money"),
    ),
    _fr(
        "score_fr",
        "Le Wydad s'est imposé 2-0 face au Raja.",
        Fig("2", 2),
        Fig("0", 0),
    ),
    _fr(
        "une_pronom",
        "L'une des victimes a succombé à ses blessures.",
        Not("une"),
    ),
    _fr(
        "a320_fr",
        "L'A320 a dû se poser en urgence à Nantes.",
        Not("320"),
    ),
    _fr(
        "ligne_fr",
        "La ligne 14 du métro sera prolongée jusqu'à Orly.",
        Not("14"),
    ),
    _fr(
        "vingtaine_pays",
        "Une vingtaine de pays ont signé l'accord en 2019.",
        Fig("Une vingtaine", 20),
        Fig("2019", 2019, "year"),
    ),
    _fr(
        "milliers_dollars_ca",
        "Les dons ont atteint 2,3 millions $.",
        Fig("2,3 millions $", 2.3e6, "money"),
    ),
    _fr(
        "quart_heure",
        "Les secours sont arrivés un quart d'heure plus tard.",
        Fig("un quart d'heure", None),
    ),
    _fr(
        "premier_ministre",
        "Le premier ministre a promis 500 millions d'euros.",
        Not("premier"),
        Fig("500 millions d'euros", 500e6, "money"),
    ),
)

FORMS: tuple[Form, ...] = (
    EN_MEDICINE
    + EN_POLLS
    + EN_JUSTICE
    + EN_EDUCATION
    + EN_SCIENCE
    + EN_SHIPPING
    + EN_CRYPTO
    + EN_REAL_ESTATE
    + EN_AGES
    + EN_LATAM
    + EN_MENA
    + EN_EASTERN
    + EN_NEIGHBOURS
    + FR_FORMS
)


def span(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of surface in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} is not in {text!r}")
    return start, start + len(surface)


def _same(want: float | None, got: Any) -> bool:
    if want is None:
        return True
    if got is None or (isinstance(got, float) and math.isnan(got)):
        return False
    return math.isclose(float(got), want, rel_tol=1e-6, abs_tol=1e-12)


def _fits(want: Fig, row: dict[str, Any], text: str) -> bool:
    start, end = span(text, want.surface, want.nth)
    return (
        int(row["start"]) < end
        and start < int(row["end"])
        and _same(want.value, row["value"])
        and (want.kind is None or row["kind"] == want.kind)
        and _same(want.lower, row["lower"])
        and _same(want.upper, row["upper"])
    )


def misses(form: Form, rows: list[dict[str, Any]]) -> list[str]:
    """What the rows read from form.text get wrong (empty when the form holds)."""
    figures = [row for row in rows if row["kind"] not in NO_FIGURE_KINDS]
    used: set[int] = set()
    problems: list[str] = []
    for want in form.expects:
        if isinstance(want, Not):
            start, end = span(form.text, want.surface, want.nth)
            for i, row in enumerate(figures):
                if int(row["start"]) < end and start < int(row["end"]):
                    used.add(i)
                    problems.append(f"{want.surface!r} read as a figure: {row['text']!r}")
            continue
        found = next(
            (i for i, row in enumerate(figures) if i not in used and _fits(want, row, form.text)),
            None,
        )
        if found is None:
            problems.append(f"missed {want}")
        else:
            used.add(found)
    for i, row in enumerate(figures):
        if i not in used:
            problems.append(f"extra figure {row['text']!r} value={row['value']} kind={row['kind']}")
    return problems
