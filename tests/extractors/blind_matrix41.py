"""Stop 41's blind matrix of number forms: the genres the earlier rounds covered least.

Written from what news copy looks like (markets and company results, elections and
polls, health and science, sport, weather and disasters, crime and courts,
agriculture, energy and transport, Indian, Nigerian, Kenyan, Philippine and Latin
American copy; French in the Le Monde / AFP / Ouest-France style) before the figure
extractor or the older matrices were read. Each form is a sentence and what the
annotation guideline (``../shared/corpus/wire_dev_GUIDELINE.md``) reads in it:

- ``F``: a figure. Some figure of the text must overlap ``surface`` (its ``nth``
  occurrence) with this ``value`` (the number as a float; money in its currency's
  unit, "412p" = 4.12; a date's value is its year, or ``None`` without one), and,
  when given, this ``kind``, ``unit`` (an ISO currency code), ``lower`` and ``upper``.
  The match is the reference scorer's (value equal, spans overlapping) with the kind
  on top.
- ``N``: a neighbour that is not a figure (a number inside a name or identifier, a
  time of day, "one" as a pronoun): no figure proper (every kind but ``time``,
  ``identifier`` and ``marker``) may overlap it.

The count at main before any fix is in ``test_figures_blind_matrix41.py``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from provenance.extractors.figures import find_figures
from provenance.extractors.records import FigureSpan

ANY: Final = "any"
"""An expectation field left open (a value the guideline does not fix)."""

NOT_FIGURES: Final = frozenset({"time", "identifier", "marker"})


@dataclass(frozen=True)
class F:
    """A figure the text must have (see the module docstring)."""

    surface: str
    value: float | str | None = ANY
    kind: str | tuple[str, ...] | None = None
    unit: str | None = None
    nth: int = 0
    lower: float | str | None = ANY
    upper: float | str | None = ANY


@dataclass(frozen=True)
class N:
    """A neighbour: a number that must not be read as a figure."""

    surface: str
    nth: int = 0


Expect = F | N


@dataclass(frozen=True)
class Form:
    """One sentence of news copy and what the guideline reads in it."""

    id: str
    language: str
    text: str
    expect: tuple[Expect, ...]


NNBSP = "\u202f"
NBSP = "\u00a0"

EN: tuple[Form, ...] = (
    # markets and company results
    Form(
        "mkt01",
        "en",
        "Shares in Tesco rose 3.2% to 412p in early trading.",
        (F("3.2%", 3.2, "percent"), F("412p", 4.12, "money", "GBP")),
    ),
    Form(
        "mkt02",
        "en",
        "The bank swung to a £1.2bn loss in the six months to June.",
        (F("£1.2bn", 1.2e9, "money", "GBP"),),
    ),
    Form(
        "mkt03",
        "en",
        "Earnings per share came in at $1.05, beating forecasts of 98 cents.",
        (F("$1.05", 1.05, "money", "USD"), F("98 cents", 0.98, "money", "USD")),
    ),
    Form("mkt04", "en", "Adjusted EPS of 87c was ahead of guidance.", (F("87c", 0.87, "money"),)),
    Form(
        "mkt05",
        "en",
        "The stock hit a 52-week high of $187.40 on Tuesday.",
        (F("52", 52.0), F("$187.40", 187.4, "money", "USD")),
    ),
    Form(
        "mkt06",
        "en",
        "Ten-year Treasury yields climbed to 4.25% on Friday.",
        (F("Ten", 10.0), F("4.25%", 4.25, "percent")),
    ),
    Form(
        "mkt07",
        "en",
        "The FTSE 100 closed down 0.4% at 7,512.3 points.",
        (N("100"), F("0.4%", 0.4, "percent"), F("7,512.3", 7512.3)),
    ),
    Form(
        "mkt08",
        "en",
        "The Dow fell 312 points, or 0.9%, to 33,870.",
        (F("312", 312.0), F("0.9%", 0.9, "percent"), F("33,870", 33870.0)),
    ),
    Form(
        "mkt09",
        "en",
        "The S&P 500 gained 1.1% as tech stocks rallied.",
        (N("500"), F("1.1%", 1.1, "percent")),
    ),
    Form(
        "mkt10",
        "en",
        "Brent crude rose $1.20 to $84.50 a barrel.",
        (F("$1.20", 1.2, "money", "USD"), F("$84.50", 84.5, "money", "USD")),
    ),
    Form(
        "mkt11",
        "en",
        "The company raised its full-year guidance to between $4.10 and $4.25 a share.",
        (F("$4.10", kind="money", lower=4.1, upper=4.25),),
    ),
    Form(
        "mkt12",
        "en",
        "Revenue rose 8% year on year to £3.4 billion.",
        (F("8%", 8.0, "percent"), F("£3.4 billion", 3.4e9, "money", "GBP")),
    ),
    Form(
        "mkt13",
        "en",
        "Pre-tax profit fell to €512m from €640m a year earlier.",
        (F("€512m", 5.12e8, "money", "EUR"), F("€640m", 6.4e8, "money", "EUR")),
    ),
    Form(
        "mkt14",
        "en",
        "The shares trade at 15 times forward earnings.",
        (F("15 times", 15.0, "multiple"),),
    ),
    Form(
        "mkt15",
        "en",
        "Its market value topped $3 trillion for the first time.",
        (F("$3 trillion", 3e12, "money", "USD"),),
    ),
    Form(
        "mkt16",
        "en",
        "Sterling was down 0.3% at $1.2650.",
        (F("0.3%", 0.3, "percent"), F("$1.2650", 1.265, "money", "USD")),
    ),
    Form(
        "mkt17",
        "en",
        "The central bank raised rates by 25 basis points to 5.25%.",
        (F("25", 25.0), F("5.25%", 5.25, "percent")),
    ),
    Form(
        "mkt18",
        "en",
        "Inflation eased to 3.4% in December from 3.9% in November.",
        (F("3.4%", 3.4, "percent"), F("3.9%", 3.9, "percent")),
    ),
    Form(
        "mkt19",
        "en",
        "The interim dividend was raised to 12.5p a share.",
        (F("12.5p", 0.125, "money", "GBP"),),
    ),
    Form(
        "mkt20",
        "en",
        "The IPO priced at HK$38 a share, raising HK$10.2bn.",
        (F("HK$38", 38.0, "money", "HKD"), F("HK$10.2bn", 1.02e10, "money", "HKD")),
    ),
    Form(
        "mkt21",
        "en",
        "Third-quarter sales rose 4% to $2.1bn.",
        (F("Third", 3.0, "ordinal"), F("4%", 4.0, "percent"), F("$2.1bn", 2.1e9, "money", "USD")),
    ),
    Form("mkt22", "en", "The yen weakened past 150 per dollar.", (F("150", 150.0),)),
    # elections and polls
    Form("pol01", "en", "The referendum produced a 52-48 split.", (F("52", 52.0), F("48", 48.0))),
    Form(
        "pol02",
        "en",
        "Turnout was 61.3%, up from 58.4% in 2019.",
        (F("61.3%", 61.3, "percent"), F("58.4%", 58.4, "percent"), F("2019", 2019.0, "year")),
    ),
    Form(
        "pol03",
        "en",
        "Labour won 412 seats in the 650-seat Commons.",
        (F("412", 412.0), F("650", 650.0)),
    ),
    Form(
        "pol04",
        "en",
        "The poll has a margin of error of plus or minus 3 percentage points.",
        (F("3", 3.0),),
    ),
    Form("pol05", "en", "She won by a margin of 4,312 votes.", (F("4,312", 4312.0),)),
    Form(
        "pol06",
        "en",
        "He took 50.8% of the vote to 47.1% for his rival.",
        (F("50.8%", 50.8, "percent"), F("47.1%", 47.1, "percent")),
    ),
    Form("pol07", "en", "A candidate needs 270 electoral votes to win.", (F("270", 270.0),)),
    Form(
        "pol08", "en", "The motion passed by 326 votes to 294.", (F("326", 326.0), F("294", 294.0))
    ),
    Form(
        "pol09",
        "en",
        "The party's rating fell 5 points to 38 per cent.",
        (F("5", 5.0), F("38 per cent", 38.0, "percent")),
    ),
    Form("pol10", "en", "Voters approved Proposition 47 by a wide margin.", (N("47"),)),
    Form("pol11", "en", "Nearly one in five voters was undecided.", (F("one in five", 0.2),)),
    Form("pol12", "en", "Two-thirds of respondents backed the plan.", (F("Two-thirds", 2 / 3),)),
    Form("pol13", "en", "The 1922 Committee will meet on Wednesday.", (N("1922"),)),
    Form("pol14", "en", "A No 10 spokesman declined to comment.", (N("10"),)),
    Form(
        "pol15",
        "en",
        "One of them said the count was delayed by two hours.",
        (N("One"), F("two hours", 2.0, "duration")),
    ),
    # health and science
    Form("hea01", "en", "The R number rose to 1.1, officials said.", (F("1.1", 1.1),)),
    Form(
        "hea02", "en", "Adults need 10 micrograms of vitamin D a day.", (F("10 micrograms", 10.0),)
    ),
    Form(
        "hea03",
        "en",
        "The drug cut the risk by 23% (95% confidence interval 12% to 33%).",
        (
            F("23%", 23.0, "percent"),
            F("95%", 95.0, "percent"),
            F("12%", kind="percent", lower=12.0, upper=33.0),
        ),
    ),
    Form("hea04", "en", "Normal blood has a pH of 7.4.", (F("7.4", 7.4),)),
    Form(
        "hea05", "en", "The vaccine was 94.5% effective in trials.", (F("94.5%", 94.5, "percent"),)
    ),
    Form(
        "hea06",
        "en",
        "The trial enrolled 30,000 volunteers at 89 hospitals.",
        (F("30,000", 30000.0), F("89", 89.0)),
    ),
    Form("hea07", "en", "Patients took 2.5mg of the drug each morning.", (F("2.5mg", 2.5),)),
    Form("hea08", "en", "Life expectancy fell to 78.7 years.", (F("78.7", 78.7),)),
    Form(
        "hea09", "en", "She had a temperature of 38.5C when she was admitted.", (F("38.5C", 38.5),)
    ),
    Form("hea10", "en", "The H5N1 strain has killed 12 people.", (N("H5N1"), F("12", 12.0))),
    Form(
        "hea11",
        "en",
        "Type 2 diabetes affects 4.3 million people in the UK.",
        (N("2"), F("4.3 million", 4.3e6)),
    ),
    Form("hea12", "en", "Covid-19 deaths fell to 312 in the week.", (N("19"), F("312", 312.0))),
    Form(
        "hea13",
        "en",
        "People with a BMI of 30 or more are classed as obese.",
        (F("30 or more", 30.0),),
    ),
    # sport
    Form("spo01", "en", "City secured a 4-1 win over Spurs.", (F("4", 4.0), F("1", 1.0))),
    Form("spo02", "en", "She finished the marathon in 2:34:56.", (F("2:34:56", kind="duration"),)),
    Form("spo03", "en", "Root was 151 not out at stumps.", (F("151", 151.0),)),
    Form(
        "spo04",
        "en",
        "He won the 100m in 9.58 seconds.",
        (F("100m", 100.0), F("9.58 seconds", 9.58, "duration")),
    ),
    Form(
        "spo05",
        "en",
        "Arsenal are second, two points behind Liverpool.",
        (F("second", 2.0, "ordinal"), F("two", 2.0)),
    ),
    Form("spo06", "en", "Djokovic won 6-3, 6-4 in the final.", (F("6", 6.0), F("3", 3.0))),
    Form(
        "spo07",
        "en",
        "He has scored 25 goals in 31 appearances this season.",
        (F("25", 25.0), F("31", 31.0)),
    ),
    Form(
        "spo08",
        "en",
        "The 28-year-old striker signed a five-year deal worth £300,000 a week.",
        (F("28", 28.0), F("five", 5.0), F("£300,000", 3e5, "money", "GBP")),
    ),
    Form(
        "spo09",
        "en",
        "England were bowled out for 187 in 48.2 overs.",
        (F("187", 187.0), F("48.2", 48.2)),
    ),
    Form("spo10", "en", "The Lions won 24-17 in Cape Town.", (F("24", 24.0), F("17", 17.0))),
    Form("spo11", "en", "She cleared 2.05m to win the high jump.", (F("2.05m", 2.05),)),
    Form(
        "spo12",
        "en",
        "The 2022 World Cup final drew 1.5 billion viewers.",
        (F("2022", 2022.0, "year"), F("1.5 billion", 1.5e9)),
    ),
    Form("spo13", "en", "Formula 1 champion Max Verstappen took pole.", (N("1"),)),
    Form(
        "spo14",
        "en",
        "He ran the 1500m in 3 minutes 28.3 seconds.",
        (F("1500m", 1500.0), F("3 minutes 28.3 seconds", kind="duration")),
    ),
    # weather and disasters
    Form("wea01", "en", "A 7.8-magnitude earthquake struck southern Turkey.", (F("7.8", 7.8),)),
    Form("wea02", "en", "Gusts of 120km/h were recorded on the coast.", (F("120km/h", 120.0),)),
    Form(
        "wea03",
        "en",
        "Up to 150mm of rain fell in 24 hours.",
        (F("150mm", 150.0), F("24 hours", 24.0, "duration")),
    ),
    Form("wea04", "en", "Temperatures reached 40.3C at Coningsby.", (F("40.3C", 40.3),)),
    Form("wea05", "en", "The storm brought winds of 160mph.", (F("160mph", 160.0),)),
    Form(
        "wea06",
        "en",
        "The death toll rose to 2,946, with more than 10,000 injured.",
        (F("2,946", 2946.0), F("more than 10,000", 10000.0)),
    ),
    Form(
        "wea07",
        "en",
        "The fire has burned 45,000 acres and is 30% contained.",
        (F("45,000", 45000.0), F("30%", 30.0, "percent")),
    ),
    Form("wea08", "en", "Some 1.2 million people were evacuated.", (F("Some 1.2 million", 1.2e6),)),
    Form("wea09", "en", "Temperatures fell to minus 12C overnight.", (F("minus 12C", -12.0),)),
    Form(
        "wea10",
        "en",
        "The quake struck at a depth of 10km, 60 miles from the capital.",
        (F("10km", 10.0), F("60 miles", 60.0)),
    ),
    # crime and courts
    Form("cri01", "en", "He was handed a 12-year sentence.", (F("12", 12.0, "duration"),)),
    Form(
        "cri02",
        "en",
        "He was jailed for 12 years at the Old Bailey.",
        (F("12 years", 12.0, "duration"),),
    ),
    Form("cri03", "en", "He was charged under Section 302 of the Indian Penal Code.", (N("302"),)),
    Form(
        "cri04",
        "en",
        "The filing, case No. 2:23-cv-0451, was made in Los Angeles.",
        (N("2:23-cv-0451"),),
    ),
    Form(
        "cri05",
        "en",
        "She was fined $5,000 and ordered to do 200 hours of community service.",
        (F("$5,000", 5000.0, "money", "USD"), F("200 hours", 200.0, "duration")),
    ),
    Form(
        "cri06", "en", "The jury deliberated for three days.", (F("three days", 3.0, "duration"),)
    ),
    Form("cri07", "en", "He faces up to 20 years in prison.", (F("20 years", 20.0),)),
    Form(
        "cri08",
        "en",
        "Police seized 1.5 tonnes of cocaine worth £100m.",
        (F("1.5 tonnes", 1.5), F("£100m", 1e8, "money", "GBP")),
    ),
    Form("cri09", "en", "He invoked the Fifth Amendment.", (N("Fifth"),)),
    Form("cri10", "en", "A 15-year-old boy was arrested.", (F("15", 15.0),)),
    Form("cri11", "en", "The company filed for Chapter 11 bankruptcy protection.", (N("11"),)),
    # agriculture, energy, transport
    Form(
        "agr01",
        "en",
        "Wheat futures rose 2% to $6.12 a bushel.",
        (F("2%", 2.0, "percent"), F("$6.12", 6.12, "money", "USD")),
    ),
    Form(
        "agr02",
        "en",
        "The harvest is forecast at 14.2 million tonnes.",
        (F("14.2 million", 1.42e7),),
    ),
    Form("agr03", "en", "The farm keeps 3,000 head of cattle.", (F("3,000", 3000.0),)),
    Form("agr04", "en", "Milk prices fell to 35p a litre.", (F("35p", 0.35, "money", "GBP"),)),
    Form(
        "ene01",
        "en",
        "The plant will generate 3.2GW, enough to power 6 million homes.",
        (F("3.2GW", 3.2), F("6 million", 6e6)),
    ),
    Form("ene02", "en", "Petrol prices hit 191.5p a litre.", (F("191.5p", 1.915, "money", "GBP"),)),
    Form(
        "ene03",
        "en",
        "Wholesale power rose to £250 per megawatt hour.",
        (F("£250", 250.0, "money", "GBP"),),
    ),
    Form(
        "ene04", "en", "Output reached 10.5 million barrels per day.", (F("10.5 million", 1.05e7),)
    ),
    Form("tra01", "en", "Flight BA286 was diverted to Stansted.", (N("BA286"),)),
    Form(
        "tra02",
        "en",
        "Traffic on the M25 was halted for 3 hours.",
        (N("M25"), F("3 hours", 3.0, "duration")),
    ),
    Form(
        "tra03",
        "en",
        "Grounding the Boeing 737 Max cost the company $20bn.",
        (N("737"), F("$20bn", 2e10, "money", "USD")),
    ),
    Form(
        "tra04",
        "en",
        "An Airbus A320 carrying 186 passengers landed safely.",
        (N("A320"), F("186", 186.0)),
    ),
    Form(
        "tra05",
        "en",
        "HS2's cost has risen to £66bn.",
        (N("HS2"), F("£66bn", 6.6e10, "money", "GBP")),
    ),
    Form(
        "tra06",
        "en",
        "The service departs at 3pm and arrives at 10:30 GMT.",
        (N("3pm"), N("10:30")),
    ),
    # India, Nigeria, Kenya, the Philippines, Latin America
    Form(
        "ind01",
        "en",
        "The scheme will cost Rs 5,000 crore.",
        (F("Rs 5,000 crore", 5e10, "money", "INR"),),
    ),
    Form("ind02", "en", "Over 2.5 lakh people attended the rally.", (F("2.5 lakh", 2.5e5),)),
    Form(
        "ind03",
        "en",
        "Petrol costs ₹96.72 a litre in Delhi.",
        (F("₹96.72", 96.72, "money", "INR"),),
    ),
    Form(
        "ind04",
        "en",
        "The family was paid Rs 12 lakh in compensation.",
        (F("Rs 12 lakh", 1.2e6, "money", "INR"),),
    ),
    Form(
        "ind05",
        "en",
        "The budget sets aside Rs 2.3 lakh crore for defence.",
        (F("Rs 2.3 lakh crore", 2.3e12, "money", "INR"),),
    ),
    Form("ind06", "en", "India's 1.4 billion people", (F("1.4 billion", 1.4e9),)),
    Form(
        "nga01",
        "en",
        "Petrol now sells at N617 a litre in Lagos.",
        (F("N617", 617.0, "money", "NGN"),),
    ),
    Form(
        "nga02",
        "en",
        "The state passed a budget of N1.2trn.",
        (F("N1.2trn", 1.2e12, "money", "NGN"),),
    ),
    Form(
        "nga03",
        "en",
        "Workers demand a ₦50,000 minimum wage.",
        (F("₦50,000", 5e4, "money", "NGN"),),
    ),
    Form("nga04", "en", "The naira fell to 1,500 per dollar.", (F("1,500", 1500.0),)),
    Form(
        "ken01",
        "en",
        "Unga rose to KSh 230 for a 2kg packet.",
        (F("KSh 230", 230.0, "money", "KES"), F("2kg", 2.0)),
    ),
    Form(
        "ken02",
        "en",
        "The Finance Bill seeks to raise Sh346 billion.",
        (F("Sh346 billion", 3.46e11, "money"),),
    ),
    Form(
        "phl01",
        "en",
        "Rice sells at PHP 45 per kilo in Manila.",
        (F("PHP 45", 45.0, "money", "PHP"),),
    ),
    Form(
        "phl02",
        "en",
        "The bill allots P5.2 billion for flood control.",
        (F("P5.2 billion", 5.2e9, "money"),),
    ),
    Form(
        "lat01",
        "en",
        "Petrobras reported net income of R$35.6 billion.",
        (F("R$35.6 billion", 3.56e10, "money", "BRL"),),
    ),
    Form(
        "lat02",
        "en",
        "The fine was 500 million Colombian pesos.",
        (F("500 million Colombian pesos", 5e8, "money", "COP"),),
    ),
    Form(
        "lat03",
        "en",
        "The minimum wage rises to COP 1,300,000 next year.",
        (F("COP 1,300,000", 1.3e6, "money", "COP"),),
    ),
    Form("lat04", "en", "Delegates met at COP28 in Dubai.", (N("COP28"),)),
    Form(
        "lat05",
        "en",
        "The fine totalled 2.5 million Chilean pesos.",
        (F("2.5 million Chilean pesos", 2.5e6, "money", "CLP"),),
    ),
    Form("lat06", "en", "Tortillas cost Mex$25 a kilo.", (F("Mex$25", 25.0, "money", "MXN"),)),
    Form("lat07", "en", "Inflation in Argentina hit 211.4%.", (F("211.4%", 211.4, "percent"),)),
    # the forms stop 40 left unread
    Form(
        "unr01",
        "en",
        "Profits doubled to £4m last year.",
        (F("doubled", 2.0, "multiple"), F("£4m", 4e6, "money", "GBP")),
    ),
    Form(
        "unr02",
        "en",
        "Prices have tripled since 2020.",
        (F("tripled", 3.0, "multiple"), F("2020", 2020.0, "year")),
    ),
    Form("unr03", "en", "The company halved its dividend.", (F("halved", 0.5, "multiple"),)),
    Form("unr04", "en", "Demand for the drug rose x3 in a year.", (F("x3", 3.0, "multiple"),)),
    Form(
        "unr05",
        "en",
        "Five times as many people applied this year.",
        (F("Five times", 5.0, "multiple"),),
    ),
    Form(
        "unr06",
        "en",
        "The ceasefire was agreed on 12 March 2024.",
        (F("12 March 2024", 2024.0, "date"),),
    ),
    Form(
        "unr07",
        "en",
        "On January 5, 2021, the board voted to sell.",
        (F("January 5, 2021", 2021.0, "date"),),
    ),
    # other names with numbers
    Form("nam01", "en", "The G7 leaders met in Hiroshima.", (N("G7"),)),
    Form("nam02", "en", "Apple's iPhone 15 went on sale in September.", (N("15"),)),
    Form("nam03", "en", "He served in World War Two.", (N("Two"),)),
    Form("nam04", "en", "The documentary aired on Channel 4.", (N("4"),)),
)

FR: tuple[Form, ...] = (
    Form(
        "fmk01",
        "fr",
        "Le titre a fait un bond de 3,2 % à la Bourse de Paris.",
        (F("3,2 %", 3.2, "percent"),),
    ),
    Form(
        "fmk02",
        "fr",
        "Le CAC 40 a franchi la barre des 10\u202f000 points.",
        (N("40"), F(f"10{NNBSP}000", 10000.0)),
    ),
    Form(
        "fmk03",
        "fr",
        "Le groupe a enregistré une perte nette de 1,2 milliard d'euros.",
        (F("1,2 milliard d'euros", 1.2e9, "money", "EUR"),),
    ),
    Form(
        "fmk04",
        "fr",
        "Le chiffre d'affaires a progressé de 8 % à 4,5 milliards d'euros.",
        (F("8 %", 8.0, "percent"), F("4,5 milliards d'euros", 4.5e9, "money", "EUR")),
    ),
    Form(
        "fmk05",
        "fr",
        "L'action a cédé 2,35 % à 45,30 euros.",
        (F("2,35 %", 2.35, "percent"), F("45,30 euros", 45.3, "money", "EUR")),
    ),
    Form(
        "fmk06",
        "fr",
        "Le bénéfice par action s'établit à 3,12 €.",
        (F("3,12 €", 3.12, "money", "EUR"),),
    ),
    Form(
        "fmk07",
        "fr",
        "Le rendement de l'OAT à dix ans s'établit à 3,05 %.",
        (F("dix ans", 10.0), F("3,05 %", 3.05, "percent")),
    ),
    Form(
        "fmk08",
        "fr",
        "Le Brent a gagné 1,20 dollar à 84,50 dollars le baril.",
        (F("1,20 dollar", 1.2, "money", "USD"), F("84,50 dollars", 84.5, "money", "USD")),
    ),
    Form(
        "fmk09",
        "fr",
        "La start-up a dégagé un bénéfice net de 3,5 M€.",
        (F("3,5 M€", 3.5e6, "money", "EUR"),),
    ),
    Form(
        "fmk10", "fr", "L'État y consacre un budget de 2 Md€.", (F("2 Md€", 2e9, "money", "EUR"),)
    ),
    Form(
        "fmk11",
        "fr",
        "Le loyer moyen atteint 1\u00a0200 € à Paris.",
        (F(f"1{NBSP}200 €", 1200.0, "money", "EUR"),),
    ),
    Form(
        "fmk12", "fr", "Le chômage a reculé de 0,3 point sur le trimestre.", (F("0,3 point", 0.3),)
    ),
    Form(
        "fpo01",
        "fr",
        "Le candidat a obtenu 52,3 % des voix au second tour.",
        (F("52,3 %", 52.3, "percent"), F("second", 2.0, "ordinal")),
    ),
    Form("fpo02", "fr", "La participation s'est élevée à 67,4 %.", (F("67,4 %", 67.4, "percent"),)),
    Form(
        "fpo03", "fr", "Le parti a remporté 289 sièges sur 577.", (F("289", 289.0), F("577", 577.0))
    ),
    Form("fpo04", "fr", "La marge d'erreur est de 3 points.", (F("3 points", 3.0),)),
    Form("fpo05", "fr", "Le gouvernement a de nouveau recouru au 49.3.", (N("49.3"),)),
    Form("fpo06", "fr", "Le Premier ministre a reçu les syndicats.", (N("Premier"),)),
    Form("fpo07", "fr", "Un tiers des électeurs se disent indécis.", (F("Un tiers", 1 / 3),)),
    Form(
        "fpo08", "fr", "Les deux tiers des sondés approuvent la réforme.", (F("deux tiers", 2 / 3),)
    ),
    Form(
        "fhe01",
        "fr",
        "Le taux d'incidence dépasse 250 cas pour 100\u202f000 habitants.",
        (F("250", 250.0), F(f"100{NNBSP}000", 100000.0)),
    ),
    Form("fhe02", "fr", "Le R effectif est de 1,1 selon Santé publique France.", (F("1,1", 1.1),)),
    Form("fhe03", "fr", "Une dose de 5 microgrammes suffit.", (F("5 microgrammes", 5.0),)),
    Form(
        "fhe04",
        "fr",
        "Le Covid-19 a fait 150 000 morts en France.",
        (N("19"), F("150 000", 150000.0)),
    ),
    Form("fsp01", "fr", "Le PSG s'est imposé 4-1 face à Lyon.", (F("4", 4.0), F("1", 1.0))),
    Form(
        "fsp02",
        "fr",
        "Il a bouclé le marathon en 2 h 05 min 30 s.",
        (F("2 h 05 min 30 s", kind="duration"),),
    ),
    Form(
        "fsp03",
        "fr",
        "Elle a remporté le 100 m en 10,72 s.",
        (F("100 m", 100.0), F("10,72 s", 10.72, "duration")),
    ),
    Form(
        "fsp04",
        "fr",
        "Les Bleus, 2e au classement FIFA, affrontent le Maroc.",
        (F("2e", 2.0, "ordinal"),),
    ),
    Form("fwe01", "fr", "Un séisme de magnitude 7,8 a frappé la Turquie.", (F("7,8", 7.8),)),
    Form(
        "fwe02",
        "fr",
        "Des rafales à 120 km/h sont attendues sur le littoral.",
        (F("120 km/h", 120.0),),
    ),
    Form(
        "fwe03",
        "fr",
        "Il est tombé 150 mm de pluie en 24 heures.",
        (F("150 mm", 150.0), F("24 heures", 24.0, "duration")),
    ),
    Form("fwe04", "fr", "Les températures descendront à -5 °C cette nuit.", (F("-5 °C", -5.0),)),
    Form(
        "fcr01",
        "fr",
        "Il a été condamné à 12 ans de réclusion criminelle.",
        (F("12 ans", 12.0, "duration"),),
    ),
    Form("fcr02", "fr", "Les faits relèvent de l'article 222-33 du Code pénal.", (N("222-33"),)),
    Form(
        "fag01",
        "fr",
        "Le blé s'échange à 230 euros la tonne.",
        (F("230 euros", 230.0, "money", "EUR"),),
    ),
    Form(
        "fag02",
        "fr",
        "La France a produit 35 millions de tonnes de blé.",
        (F("35 millions", 3.5e7),),
    ),
    Form(
        "fen01",
        "fr",
        "Le réacteur, d'une puissance de 1\u00a0650 MW, a redémarré.",
        (F(f"1{NBSP}650 MW", 1650.0),),
    ),
    Form(
        "fen02",
        "fr",
        "Le gazole s'affiche à 1,85 euro le litre.",
        (F("1,85 euro", 1.85, "money", "EUR"),),
    ),
    Form(
        "ftr01",
        "fr",
        "La ligne 14 du métro a transporté 500 000 voyageurs.",
        (N("14"), F("500 000", 500000.0)),
    ),
    Form(
        "ftr02", "fr", "L'A7 était bloquée sur 15 kilomètres.", (N("A7"), F("15 kilomètres", 15.0))
    ),
    Form("ftr03", "fr", "Un Airbus A320 s'est posé en urgence à Nantes.", (N("A320"),)),
    Form("ftr04", "fr", "Le rendez-vous est fixé à 18 h 30 devant la mairie.", (N("18 h 30"),)),
    Form("ftr05", "fr", "Il était 6 h du matin quand l'alerte a été donnée.", (N("6 h"),)),
    Form(
        "fda01",
        "fr",
        "La manifestation du 1er mai a réuni 2 300 personnes.",
        (F("1er mai", None, "date"), F("2 300", 2300.0)),
    ),
    Form(
        "fda02",
        "fr",
        "Dans les années 1990, le chômage dépassait 10 %.",
        (F("1990", 1990.0), F("10 %", 10.0, "percent")),
    ),
    Form(
        "fda03",
        "fr",
        "La prise de la Bastille, le 14 juillet 1789, reste un symbole.",
        (F("14 juillet 1789", 1789.0, "date"),),
    ),
    Form(
        "fda04",
        "fr",
        "Mardi 3 octobre, le conseil a voté le budget.",
        (F("3 octobre", None, "date"),),
    ),
    Form(
        "fda05", "fr", "La loi de 1905 sépare les Églises et l'État.", (F("1905", 1905.0, "year"),)
    ),
    Form(
        "fda06",
        "fr",
        "Au XXIe siècle, la ville a doublé de taille.",
        (F("XXIe", 21.0, "ordinal"), F("doublé", 2.0, "multiple")),
    ),
    Form("fda07", "fr", "Il habite dans le 13e arrondissement.", (N("13e"),)),
    Form("fwo01", "fr", "Il a fêté ses quatre-vingts ans.", (F("quatre-vingts", 80.0),)),
    Form(
        "fwo02",
        "fr",
        "Quelque soixante-dix députés ont voté contre.",
        (F("Quelque soixante-dix", 70.0),),
    ),
    Form(
        "fwo03",
        "fr",
        "L'inflation atteint environ 2 % sur un an.",
        (F("environ 2 %", 2.0, "percent"),),
    ),
    Form(
        "fwo04",
        "fr",
        "Les jeunes de 20 à 25 ans sont les plus touchés.",
        (F("20", lower=20.0, upper=25.0),),
    ),
    Form(
        "fwo05",
        "fr",
        "Une trentaine de manifestants ont été interpellés.",
        (F("Une trentaine", 30.0),),
    ),
    Form("fwo06", "fr", "Vingt-et-un pays ont signé le texte.", (F("Vingt-et-un", 21.0),)),
    Form(
        "fwo07",
        "fr",
        "Quatre-vingt-dix-neuf personnes ont été évacuées.",
        (F("Quatre-vingt-dix-neuf", 99.0),),
    ),
    Form("fwo08", "fr", "Une centaine de policiers ont été déployés.", (F("Une centaine", 100.0),)),
    Form(
        "fwo09",
        "fr",
        "Des dizaines de milliers de personnes ont défilé.",
        (F("Des dizaines de milliers"),),
    ),
    Form(
        "fwo10",
        "fr",
        "Le prix a été divisé par deux en cinq ans.",
        (F("divisé par deux", 0.5, "multiple"), F("cinq ans", 5.0, "duration")),
    ),
    Form("fwo11", "fr", "Les ministres du G20 se réunissent à Rio.", (N("G20"),)),
)

FORMS: tuple[Form, ...] = EN + FR


def span_of(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """Where the ``nth`` occurrence of ``surface`` sits in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _same(got: float | None, want: float | str | None) -> bool:
    if want == ANY:
        return True
    if got is None or want is None:
        return got is None and want is None
    assert not isinstance(want, str)
    return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


def _fits(f: FigureSpan, e: F) -> bool:
    kinds = (e.kind,) if isinstance(e.kind, str) else e.kind
    return (
        _same(f.value, e.value)
        and _same(f.lower, e.lower)
        and _same(f.upper, e.upper)
        and (kinds is None or f.kind.value in kinds)
        and (e.unit is None or f.unit == e.unit)
        and f.kind.value not in NOT_FIGURES
    )


def holds(form: Form, e: Expect, figures: Sequence[FigureSpan] | None = None) -> bool:
    """Whether the figures of ``form`` (found now unless given) read ``e`` as expected."""
    found = find_figures(form.text, language=form.language) if figures is None else figures
    start, end = span_of(form.text, e.surface, e.nth)
    near = [f for f in found if f.start < end and start < f.end]
    if isinstance(e, N):
        return all(f.kind.value in NOT_FIGURES for f in near)
    return any(_fits(f, e) for f in near)


def cases() -> list[tuple[str, Form, Expect]]:
    """Every expectation of the matrix with its id (``form id`` + ``.`` + its index)."""
    return [(f"{form.id}.{i}", form, e) for form in FORMS for i, e in enumerate(form.expect)]
