"""Fourth blind matrix of number expressions (stop 42), English and French.

Written before reading the figures extractor or the earlier matrices, from the wire
annotation guideline: a figure's surface is the whole quantity as written, with its
qualifier and scale words ("about 53,000", "$1.1 billion", "20 percent", "a third"), not the
counted noun; numbers inside names or identifiers ("G20", "Section 232", "Form 4") are no
figures, nor is "one" used as a pronoun. A proportion "one in 10" is one figure whose value
is the share (0.1), and a verb of change ("doubled", "tripled") is no figure (the guideline
lists number words and digits; "nearly doubled" is not annotated).

Each form names the part of its sentence it is about (``core``); other numbers of the
sentence are not judged. A figure form holds when a figure whose kind is a figure's (not
``time``, ``identifier`` or ``marker``) covers ``core`` and lies inside ``within`` (the
largest span the guideline allows: the core with its unit, "6.4 billion kilometres"), with
the value (or the bounds of a range) expected. A neighbour holds when no such figure
overlaps ``core``. The sentences are my own, in the house styles of the papers and agencies
of the places named in the ids (``ca`` Canada, ``ie`` Ireland, ``sg`` Singapore, ``pk``
Pakistan, ``gh`` Ghana, ``za`` South Africa, ``nz`` New Zealand; ``be``, ``ch``, ``qc``,
``af`` for French from Belgium, Switzerland, Quebec and Africa).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NOT_FIGURES = frozenset({"time", "identifier", "marker"})


@dataclass(frozen=True)
class Form:
    """One expression of a sentence and what the extractor should make of it."""

    id: str
    language: str
    text: str
    core: str
    figure: bool = True
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    kind: str | None = None
    unit: str | None = None
    within: str | None = None
    occurrence: int = 0


def _f(
    id: str,
    text: str,
    core: str,
    value: float | None = None,
    *,
    within: str | None = None,
    lower: float | None = None,
    upper: float | None = None,
    kind: str | None = None,
    unit: str | None = None,
    occurrence: int = 0,
    language: str = "en",
) -> Form:
    return Form(id, language, text, core, True, value, lower, upper, kind, unit, within, occurrence)


def _n(id: str, text: str, core: str, *, language: str = "en", occurrence: int = 0) -> Form:
    return Form(id, language, text, core, figure=False, occurrence=occurrence)


def _fr(id: str, text: str, core: str, value: float | None = None, **kw: object) -> Form:
    return _f(id, text, core, value, language="fr", **kw)  # type: ignore[arg-type]


def _nfr(id: str, text: str, core: str, *, occurrence: int = 0) -> Form:
    return _n(id, text, core, language="fr", occurrence=occurrence)


THIRD = 1 / 3

_SPACE = [
    _f(
        "space-nz-asteroid-width",
        "The asteroid, about 450 metres wide, will pass within 1.2 million km of Earth, Nasa said.",
        "about 450",
        450,
        within="about 450 metres",
    ),
    _f(
        "space-nz-asteroid-distance",
        "The asteroid, about 450 metres wide, will pass within 1.2 million km of Earth, Nasa said.",
        "1.2 million",
        1.2e6,
        within="within 1.2 million km",
    ),
    _f(
        "space-ca-probe-distance",
        "The probe will travel 6.4 billion kilometres before it reaches Neptune in 2039.",
        "6.4 billion",
        6.4e9,
        within="6.4 billion kilometres",
    ),
    _f(
        "space-ie-mirror",
        "The telescope's main mirror is 6.5m across and made of 18 hexagonal segments.",
        "6.5m",
        6.5,
    ),
    _f(
        "space-sg-segments",
        "The telescope's main mirror is 6.5m across and made of 18 hexagonal segments.",
        "18",
        18,
    ),
    _f(
        "space-za-venus-temp",
        "Surface temperatures on Venus reach 465C, hot enough to melt lead.",
        "465C",
        465,
        unit="c",
    ),
    _f(
        "space-nz-satellite-mass",
        "The satellite weighs roughly 1,300kg and will orbit at an altitude of 550km.",
        "roughly 1,300",
        1300,
        within="roughly 1,300kg",
    ),
    _f(
        "space-nz-altitude",
        "The satellite weighs roughly 1,300kg and will orbit at an altitude of 550km.",
        "550km",
        550,
    ),
    _f(
        "space-ie-quarter-century",
        "The observatory is closing after a quarter-century of service on the island.",
        "a quarter-century",
        25,
    ),
    _f(
        "space-ca-half-billion",
        "The agency has set aside half a billion dollars for the lunar rover.",
        "half a billion",
        5e8,
        within="half a billion dollars",
    ),
    _n(
        "space-za-falcon",
        "The crew launched on a Falcon 9 rocket from Cape Canaveral early on Monday.",
        "Falcon 9",
    ),
    _n(
        "space-sg-comet",
        "Comet C/2023 A3 should be visible to the naked eye from Singapore next week.",
        "C/2023 A3",
    ),
    _f(
        "space-gh-percent-water",
        "Scientists said about 12% of the samples contained traces of water ice.",
        "about 12%",
        12,
        kind="percent",
    ),
    _f(
        "space-nz-launch-count",
        "Rocket Lab has now flown 52 Electron missions from Mahia.",
        "52",
        52,
    ),
    _f(
        "space-ie-ratio-stars",
        "Roughly one in five Sun-like stars may host an Earth-sized planet, the study found.",
        "one in five",
        0.2,
        within="Roughly one in five",
    ),
    _f(
        "space-ca-light-years",
        "The galaxy lies some 13.4 billion light-years from Earth.",
        "some 13.4 billion",
        13.4e9,
        within="some 13.4 billion light-years",
    ),
    _f(
        "space-pk-orbit-days",
        "The moon completes an orbit every 27.3 days.",
        "27.3",
        27.3,
        within="27.3 days",
    ),
]

_TECH = [
    _f(
        "tech-sg-coverage",
        "Singtel said its 5G network now covers 95 per cent of the island.",
        "95 per cent",
        95,
        kind="percent",
    ),
    _n("tech-sg-5g", "Singtel said its 5G network now covers 95 per cent of the island.", "5G"),
    _n("tech-ie-tripled", "Download speeds tripled after the upgrade, Eir said.", "tripled"),
    _f(
        "tech-za-subscribers",
        "Vodacom added 1.2 million subscribers in the quarter to June.",
        "1.2 million",
        1.2e6,
    ),
    _f(
        "tech-gh-3x",
        "MTN Ghana said mobile-money volumes grew 3x in two years.",
        "3x",
        3,
        kind="multiple",
    ),
    _f(
        "tech-ca-x3-zoom",
        "The phone's rear camera offers x3 optical zoom and a 50-megapixel sensor.",
        "x3",
        3,
        kind="multiple",
    ),
    _f(
        "tech-ie-10x",
        "The company promised a 10x improvement in battery life by 2030.",
        "10x",
        10,
        kind="multiple",
    ),
    _f(
        "tech-nz-2x",
        "Chorus said the new plans were 2x faster than the old ones at the same price.",
        "2x",
        2,
        kind="multiple",
    ),
    _f(
        "tech-ie-customers-m",
        "The outage lasted 14 hours and hit 2.3m customers across the country.",
        "2.3m",
        2.3e6,
    ),
    _f(
        "tech-ie-outage-hours",
        "The outage lasted 14 hours and hit 2.3m customers across the country.",
        "14",
        14,
        within="14 hours",
    ),
    _f(
        "tech-nz-price",
        "Spark's entry-level fibre plan now costs $89.99 a month.",
        "$89.99",
        89.99,
        kind="money",
    ),
    _f(
        "tech-ca-one-in-three",
        "Fibre now reaches one in three rural households in Nova Scotia.",
        "one in three",
        THIRD,
    ),
    _f(
        "tech-sg-1-in-3",
        "About 1 in 3 Singaporeans has been targeted by a phone scam, a survey found.",
        "1 in 3",
        THIRD,
        within="About 1 in 3",
    ),
    _n("tech-nz-pixel", "The Pixel 8 went on sale in New Zealand on Thursday.", "Pixel 8"),
    _n("tech-za-version", "Version 2.1 of the app fixes the login fault.", "Version 2.1"),
    _n("tech-pk-xbox", "Retailers in Lahore still sell the Xbox 360 for Rs 25,000.", "Xbox 360"),
    _f(
        "tech-pk-rupees",
        "Retailers in Lahore still sell the Xbox 360 for Rs 25,000.",
        "Rs 25,000",
        25000,
        kind="money",
    ),
    _f(
        "tech-gh-data-cedi",
        "The regulator ordered telcos to cut data prices by 20-25%.",
        "20-25%",
        lower=20,
        upper=25,
        within="by 20-25%",
    ),
    _f(
        "tech-za-gigabytes",
        "Users streamed 4.5 terabytes of data during the final.",
        "4.5",
        4.5,
        within="4.5 terabytes",
    ),
    _f(
        "tech-ca-tenfold",
        "Demand for the chips has grown tenfold since 2020.",
        "tenfold",
        10,
        kind="multiple",
    ),
    _f(
        "tech-sg-half-million",
        "Half a million users signed up on the first day.",
        "Half a million",
        5e5,
    ),
]

_ELECTIONS = [
    _f(
        "vote-sg-share",
        "The PAP won 61.24 per cent of the popular vote.",
        "61.24 per cent",
        61.24,
        kind="percent",
    ),
    _f("vote-nz-seats", "Labour took 34 of the 122 seats in Parliament.", "34", 34),
    _f("vote-nz-seats-total", "Labour took 34 of the 122 seats in Parliament.", "122", 122),
    _f(
        "vote-ie-turnout",
        "Turnout was 54.3% in the Dublin constituencies.",
        "54.3%",
        54.3,
        kind="percent",
    ),
    _f("vote-ca-split-first", "The motion passed 172-148 after a late-night sitting.", "172", 172),
    _f("vote-ca-split-second", "The motion passed 172-148 after a late-night sitting.", "148", 148),
    _f("vote-ca-margin", "She held the riding by a margin of 2,431 votes.", "2,431", 2431),
    _f(
        "vote-ie-pc",
        "Fianna Fáil's first-preference vote was 22.2pc, down from 23.2pc.",
        "22.2pc",
        22.2,
        kind="percent",
    ),
    _f(
        "vote-za-below",
        "The ANC's support fell below 50% for the first time since 1994.",
        "below 50%",
        50,
    ),
    _f(
        "vote-pk-seats",
        "PTI-backed independents won 93 seats in the 266-member National Assembly.",
        "93",
        93,
    ),
    _f(
        "vote-pk-member",
        "PTI-backed independents won 93 seats in the 266-member National Assembly.",
        "266",
        266,
        within="266-member",
    ),
    _n(
        "vote-pk-form45",
        "Candidates accused officials of tampering with the Form 45 results.",
        "Form 45",
    ),
    _n(
        "vote-pk-constituency",
        "Counting in the NA-122 constituency was halted on Thursday night.",
        "NA-122",
    ),
    _f(
        "vote-gh-majority",
        "Mahama won with 56.55 per cent of valid votes cast.",
        "56.55 per cent",
        56.55,
    ),
    _f(
        "vote-ca-between-million",
        "Pollsters expect between 5 and 7 million eligible voters to stay home.",
        "between 5 and 7 million",
        lower=5e6,
        upper=7e6,
    ),
    _f(
        "vote-ie-range-pct",
        "Support for the Greens is put at 10-12% in most polls.",
        "10-12%",
        lower=10,
        upper=12,
        within="at 10-12%",
    ),
    _f(
        "vote-za-one-in-four",
        "Nearly one in four voters said they had not decided.",
        "Nearly one in four",
        0.25,
    ),
    _f("vote-nz-third", "A third of voters cast a special vote this year.", "A third", THIRD),
    _f("vote-sg-wards", "The ruling party won 87 of the 97 seats contested.", "87", 87),
    _f(
        "vote-gh-count",
        "Officials counted 13,432,897 valid ballots nationwide.",
        "13,432,897",
        13432897,
    ),
    _f(
        "vote-ca-ordinal",
        "It is the party's fourth consecutive minority government.",
        "fourth",
        4,
        kind="ordinal",
    ),
    _n(
        "vote-nz-one-pronoun",
        "Two recounts were ordered, one in Tauranga and one in Nelson.",
        "one in Tauranga",
    ),
    _f("vote-za-2-in-5", "Roughly 2 in 5 registered voters are under 35.", "Roughly 2 in 5", 0.4),
    _f("vote-ie-quota", "The quota in the five-seat constituency was 11,874.", "11,874", 11874),
    _f(
        "vote-ie-five-seat",
        "The quota in the five-seat constituency was 11,874.",
        "five",
        5,
        within="five-seat",
    ),
]

_CRIME = [
    _n(
        "law-ca-docket",
        "The case, United States v. Reyes, No. 2:23-cv-0451, was filed in Seattle.",
        "2:23-cv-0451",
    ),
    _n(
        "law-ie-case-cr",
        "Prosecutors filed the indictment under case No. 1:24-cr-00112 in Manhattan.",
        "1:24-cr-00112",
    ),
    _n(
        "law-pk-section",
        "He was charged under section 302 of the Pakistan Penal Code.",
        "section 302",
    ),
    _n(
        "law-ie-article",
        "The court found a breach of Article 6 of the European Convention.",
        "Article 6",
    ),
    _f(
        "law-ie-burglaries-pct",
        "Burglaries fell 14 per cent to 8,932 last year, Garda figures show.",
        "14 per cent",
        14,
    ),
    _f(
        "law-ie-burglaries-count",
        "Burglaries fell 14 per cent to 8,932 last year, Garda figures show.",
        "8,932",
        8932,
    ),
    _f(
        "law-za-sentence",
        "He was sentenced to 12 years in prison for the robbery.",
        "12 years",
        12,
        kind="duration",
    ),
    _f(
        "law-za-bail",
        "The accused was granted R5,000 bail in the Cape Town Magistrate's Court.",
        "R5,000",
        5000,
        kind="money",
    ),
    _f(
        "law-nz-one-in-five",
        "One in five victims never reported the assault to police.",
        "One in five",
        0.2,
    ),
    _n("law-ca-doubled", "Auto thefts in Toronto nearly doubled over three years.", "doubled"),
    _f("law-ie-1-in-4", "Garda data show 1 in 4 assaults happened at night.", "1 in 4", 0.25),
    _f(
        "law-za-age",
        "A 23-year-old man was arrested in Soweto on Sunday.",
        "23",
        23,
        within="23-year-old",
    ),
    _f(
        "law-nz-age-comma",
        "The man, 34, will appear in the Manukau District Court on Monday.",
        "34",
        34,
    ),
    _f("law-gh-three-men", "Three men were charged with robbery in Kumasi.", "Three", 3),
    _f(
        "law-sg-fine",
        "He was fined S$12,000 and jailed for six weeks.",
        "S$12,000",
        12000,
        kind="money",
    ),
    _f(
        "law-sg-weeks",
        "He was fined S$12,000 and jailed for six weeks.",
        "six weeks",
        6,
        kind="duration",
    ),
    _f("law-ca-rate", "The homicide rate was 2.25 per 100,000 people last year.", "2.25", 2.25),
    _f(
        "law-pk-cases",
        "Police registered 1,847 cases of street crime in Karachi in March.",
        "1,847",
        1847,
    ),
    _n(
        "law-za-police-number",
        "Anyone with information should call Crime Stop on 08600 10111.",
        "08600 10111",
    ),
    _f(
        "law-ie-life",
        "She was jailed for life and must serve a minimum of 20 years.",
        "a minimum of 20 years",
        20,
    ),
    _f("law-nz-hours", "The jury deliberated for about six hours.", "about six hours", 6),
    _f(
        "law-gh-cedis-fine",
        "The court fined the company GH¢50,000 for the breach.",
        "GH¢50,000",
        50000,
        kind="money",
    ),
]

_EDUCATION = [
    _f("edu-za-pass-rate", "The national matric pass rate rose to 82.9% this year.", "82.9%", 82.9),
    _f(
        "edu-ie-points",
        "Some 8,512 students achieved 625 points in the Leaving Cert.",
        "Some 8,512",
        8512,
    ),
    _f(
        "edu-sg-psle",
        "About 98.4 per cent of pupils qualified for secondary school.",
        "About 98.4 per cent",
        98.4,
    ),
    _f(
        "edu-ie-third-schools",
        "Nearly a third of schools reported teacher vacancies.",
        "Nearly a third",
        THIRD,
    ),
    _f(
        "edu-nz-half",
        "Half of the 1,200 teachers surveyed said they planned to leave.",
        "Half",
        0.5,
    ),
    _f(
        "edu-nz-teachers",
        "Half of the 1,200 teachers surveyed said they planned to leave.",
        "1,200",
        1200,
    ),
    _f(
        "edu-ca-fees",
        "Tuition for international students will rise to $38,000 a year.",
        "$38,000",
        38000,
        kind="money",
    ),
    _f(
        "edu-gh-pupils",
        "Some 461,000 candidates sat the BECE this year, up from 420,508.",
        "Some 461,000",
        461000,
    ),
    _f(
        "edu-pk-out-of-school",
        "An estimated 26.2 million children are out of school in Pakistan.",
        "An estimated 26.2 million",
        26.2e6,
        within="An estimated 26.2 million",
    ),
    _f("edu-za-fifth", "A fifth of schools still lack proper toilets.", "A fifth", 0.2),
    _f("edu-ie-ratio", "Primary classes average 23 pupils to one teacher.", "23", 23),
    _f(
        "edu-sg-two-in-three",
        "Two in three parents said they paid for tuition.",
        "Two in three",
        2 / 3,
    ),
    _f(
        "edu-ca-three-quarters",
        "Three-quarters of graduates found work within six months.",
        "Three-quarters",
        0.75,
    ),
    _n("edu-nz-half-term", "Schools reopen after the half-term break on Monday.", "half-term"),
]

_HOUSING = [
    _f(
        "home-nz-price",
        "The median house price in Auckland fell to NZ$1.05 million in May.",
        "NZ$1.05 million",
        1.05e6,
        kind="money",
    ),
    _f(
        "home-ie-rents",
        "Dublin rents rose 8.5pc year-on-year, the RTB said.",
        "8.5pc",
        8.5,
        kind="percent",
    ),
    _f(
        "home-ie-three-bed",
        "A three-bedroom semi in Cork now costs about €385,000.",
        "three",
        3,
        within="three-bedroom",
    ),
    _f(
        "home-ie-euro",
        "A three-bedroom semi in Cork now costs about €385,000.",
        "about €385,000",
        385000,
        kind="money",
    ),
    _f("home-sg-resale", "HDB resale prices rose 1.8% in the third quarter.", "1.8%", 1.8),
    _f(
        "home-sg-million-flat",
        "A record 28 flats changed hands for at least S$1 million each.",
        "at least S$1 million",
        1e6,
        kind="money",
    ),
    _f(
        "home-ca-condo",
        "The average Toronto condo sold for $1,150,000 last month.",
        "$1,150,000",
        1150000,
    ),
    _n("home-ca-tripled", "House prices have tripled since the early 2000s.", "tripled"),
    _f(
        "home-ca-mortgage-term",
        "Most buyers chose a 25-year amortization.",
        "25",
        25,
        within="25-year",
    ),
    _f(
        "home-za-rate-range",
        "Banks expect the prime rate to settle at 11-11.5% by year end.",
        "11-11.5%",
        lower=11,
        upper=11.5,
        within="at 11-11.5%",
    ),
    _n(
        "home-nz-address",
        "Police were called to a flat at 12 Marine Parade, Napier.",
        "12 Marine Parade",
    ),
    _f("home-ie-fifth", "Rents are up by a fifth since the pandemic.", "a fifth", 0.2),
    _f(
        "home-pk-kanal",
        "The plot in DHA sold for Rs 4.5 crore last month.",
        "Rs 4.5 crore",
        4.5e7,
        kind="money",
    ),
    _f(
        "home-gh-shortfall",
        "Ghana's housing deficit is estimated at 1.8 million units.",
        "1.8 million",
        1.8e6,
    ),
    _f(
        "home-za-sqm",
        "The 120 square-metre house in Durbanville sold for R2.3 million.",
        "R2.3 million",
        2.3e6,
        kind="money",
    ),
    _f(
        "home-sg-half-million",
        "Nearly half a million households live in four-room flats.",
        "Nearly half a million",
        5e5,
    ),
    _n(
        "home-ie-quarter-final",
        "The county reached the All-Ireland quarter-final for the first time.",
        "quarter-final",
    ),
]

_TRANSPORT = [
    _n("ship-ca-737", "Air Canada grounded its Boeing 737 Max 9 jets for checks.", "737 Max 9"),
    _n("ship-pk-flight", "PIA Flight PK 8303 crashed in Karachi in May 2020.", "PK 8303"),
    _f(
        "ship-sg-teu",
        "The terminal handled 39 million TEU last year, a record.",
        "39 million",
        39e6,
        within="39 million TEU",
    ),
    _f("ship-za-length", "The vessel, 400m long, ran aground off Cape Agulhas.", "400m", 400),
    _f(
        "ship-gh-trade-share", "About 12% of world trade passes through the canal.", "About 12%", 12
    ),
    _f(
        "ship-nz-passengers", "The aircraft was carrying 157 passengers and eight crew.", "157", 157
    ),
    _f("ship-nz-crew", "The aircraft was carrying 157 passengers and eight crew.", "eight", 8),
    _f(
        "ship-ie-feet",
        "The jet was cruising at 35,000 feet when the crew declared an emergency.",
        "35,000",
        35000,
        within="35,000 feet",
    ),
    _n(
        "ship-sg-terminal",
        "Changi Airport Terminal 2 reopened after a three-year upgrade.",
        "Terminal 2",
    ),
    _f(
        "ship-sg-three-year",
        "Changi Airport Terminal 2 reopened after a three-year upgrade.",
        "three",
        3,
        within="three-year",
    ),
    _f(
        "ship-za-knots",
        "The tanker was sailing at 12 knots when it lost power.",
        "12",
        12,
        within="12 knots",
    ),
    _f(
        "ship-ca-delay",
        "Passengers waited more than 10 hours on the tarmac at Pearson.",
        "more than 10 hours",
        10,
    ),
    _n("ship-ie-runway", "The aircraft landed on runway 28L shortly after noon.", "28L"),
    _f("ship-pk-hajj", "The airline will operate 166 Hajj flights this season.", "166", 166),
    _f("ship-gh-cargo", "Cargo throughput at Tema rose by a quarter in 2023.", "a quarter", 0.25),
]

_MILITARY = [
    _n("mil-ca-f35", "Canada is buying 88 F-35 fighter jets.", "F-35"),
    _f("mil-ca-88", "Canada is buying 88 F-35 fighter jets.", "88", 88),
    _n("mil-ie-leopard", "Germany pledged more Leopard 2 tanks to Kyiv.", "Leopard 2"),
    _f("mil-za-abrams", "Ukraine has received 31 Abrams tanks, the Pentagon said.", "31", 31),
    _n("mil-pk-jf17", "The air force displayed its JF-17 Thunder jets at the parade.", "JF-17"),
    _f("mil-nz-gdp", "The defence budget will rise to 2 per cent of GDP by 2030.", "2 per cent", 2),
    _f(
        "mil-sg-rafale",
        "India ordered 26 Rafale Marine jets worth about $4.5 billion.",
        "about $4.5 billion",
        4.5e9,
        kind="money",
    ),
    _n("mil-za-s400", "Turkey took delivery of the S-400 air defence system.", "S-400"),
    _f(
        "mil-gh-troops",
        "Some 1,500 soldiers were deployed to the border region.",
        "Some 1,500",
        1500,
    ),
    _f("mil-ie-peacekeepers", "Ireland has about 340 peacekeepers in Lebanon.", "about 340", 340),
    _f(
        "mil-ca-range",
        "The missiles have a range of between 300 and 500 kilometres.",
        "between 300 and 500",
        lower=300,
        upper=500,
        within="between 300 and 500 kilometres",
    ),
]

_MONEY = [
    _f("coin-sg-btc-fall", "Bitcoin fell 7% to $61,200 in Asian trading.", "7%", 7),
    _f(
        "coin-sg-btc-price",
        "Bitcoin fell 7% to $61,200 in Asian trading.",
        "$61,200",
        61200,
        kind="money",
    ),
    _f(
        "ins-za-payout",
        "The insurer paid out R1.2bn in flood claims.",
        "R1.2bn",
        1.2e9,
        kind="money",
    ),
    _f(
        "ins-ie-premiums",
        "Motor premiums rose by 10-15% last year.",
        "10-15%",
        lower=10,
        upper=15,
        within="by 10-15%",
    ),
    _f(
        "coin-nz-hack",
        "Hackers stole about $1.5bn of ether from the exchange.",
        "about $1.5bn",
        1.5e9,
        kind="money",
    ),
    _f(
        "coin-ca-btc",
        "Police seized 0.25 BTC from the suspect's wallet.",
        "0.25",
        0.25,
        within="0.25 BTC",
    ),
    _n("coin-ie-web3", "The start-up calls itself a Web 3.0 company.", "Web 3.0"),
    _f(
        "ins-za-uninsured",
        "About 1 in 10 drivers on South African roads is uninsured.",
        "About 1 in 10",
        0.1,
    ),
    _f(
        "ins-gh-cedi",
        "The ministry budgeted GH¢2.5 billion for the programme.",
        "GH¢2.5 billion",
        2.5e9,
        kind="money",
    ),
    _f(
        "ins-pk-rupees",
        "The State Bank said Rs1.2 trillion was lent to the sector.",
        "Rs1.2 trillion",
        1.2e12,
        kind="money",
    ),
    _f("ins-pk-rs-space", "Fuel prices rose by Rs 9.66 per litre.", "Rs 9.66", 9.66, kind="money"),
    _n(
        "ins-nz-third-party",
        "Third-party insurance is not compulsory in New Zealand.",
        "Third-party",
    ),
    _f(
        "ins-ca-claims",
        "Insured losses from the wildfires reached C$1.1 billion.",
        "C$1.1 billion",
        1.1e9,
        kind="money",
    ),
    _f("coin-sg-x2", "Trading volumes went x2 after the listing.", "x2", 2, kind="multiple"),
    _f("ins-ie-half", "Claims costs rose by half over five years.", "half", 0.5),
    _n("ins-za-4x4", "The insurer said 4x4 vehicles were stolen most often.", "4x4"),
]

_SPORT = [
    _f(
        "sport-nz-wickets",
        "New Zealand won by seven wickets in Wellington.",
        "seven",
        7,
        within="seven wickets",
    ),
    _f("sport-ie-score-1", "Ireland beat Scotland 24-21 in Dublin.", "24", 24),
    _f("sport-ie-score-2", "Ireland beat Scotland 24-21 in Dublin.", "21", 21),
    _f(
        "sport-gh-marathon",
        "Kiprop ran 2:05:41 to win the Accra marathon.",
        "2:05:41",
        kind="duration",
    ),
    _f(
        "sport-za-record",
        "Van Niekerk's world record of 43.03 seconds still stands.",
        "43.03",
        43.03,
        within="43.03 seconds",
    ),
    _f("sport-pk-allout", "Pakistan were all out for 168 in 41.2 overs.", "168", 168),
    _f("sport-za-century", "It was Bavuma's fifth Test century.", "fifth", 5, kind="ordinal"),
    _f(
        "sport-ca-50th",
        "McDavid scored his 50th goal of the season on Saturday.",
        "50th",
        50,
        kind="ordinal",
    ),
    _n("sport-pk-t20", "Pakistan host the T20 World Cup qualifiers next year.", "T20"),
    _f("sport-nz-margin", "He broke the record by 0.2 seconds.", "0.2", 0.2, within="0.2 seconds"),
    _f("sport-za-javelin", "She threw 68.57m to win gold in Nairobi.", "68.57m", 68.57),
    _f(
        "sport-sg-points",
        "Schooling finished in 50.39 seconds, 0.8 seconds outside the final.",
        "50.39",
        50.39,
        within="50.39 seconds",
    ),
    _f("sport-ie-all-ireland", "Kerry have won 38 All-Ireland titles.", "38", 38),
    _f(
        "sport-ca-quarter",
        "The Leafs have not won the Cup in more than half a century.",
        "more than half a century",
        50,
    ),
    _n("sport-nz-half-time", "The All Blacks led 17-3 at half-time.", "half-time"),
    _f(
        "sport-gh-ratio",
        "The Black Stars have won two in three matches under the new coach.",
        "two in three",
        2 / 3,
    ),
    _n("sport-ca-one-pronoun", "Two goals came late, one in the 88th minute.", "one in the"),
]

_HEALTH = [
    _f(
        "health-nz-obese",
        "One in three adults in New Zealand is obese, the survey found.",
        "One in three",
        THIRD,
    ),
    _f(
        "health-ie-1-in-3",
        "Around 1 in 3 women will develop the condition.",
        "Around 1 in 3",
        THIRD,
    ),
    _f("health-ca-per-100k", "The incidence was 12.4 per 100,000 people in Alberta.", "12.4", 12.4),
    _f("health-za-third", "A third of children under five are stunted.", "A third", THIRD),
    _f(
        "health-gh-doses",
        "Ghana received half a million doses of the malaria vaccine.",
        "half a million",
        5e5,
    ),
    _n(
        "health-ca-type2",
        "People with type 2 diabetes face twice the risk of heart disease.",
        "type 2",
    ),
    _f(
        "health-ca-twice",
        "People with type 2 diabetes face twice the risk of heart disease.",
        "twice",
        2,
        kind="multiple",
    ),
    _n(
        "health-ie-type1", "Children with type 1 diabetes will get free glucose monitors.", "type 1"
    ),
    _n("health-za-stage4", "She was diagnosed with stage 4 breast cancer at 41.", "stage 4"),
    _f("health-za-age-41", "She was diagnosed with stage 4 breast cancer at 41.", "41", 41),
    _n("health-sg-h5n1", "Officials are monitoring the H5N1 outbreak in poultry.", "H5N1"),
    _f(
        "health-pk-threefold",
        "Dengue cases rose threefold in Punjab.",
        "threefold",
        3,
        kind="multiple",
    ),
    _f(
        "health-nz-nine-of-ten",
        "Nine out of 10 patients were seen within six hours.",
        "Nine out of 10",
        0.9,
    ),
    _f(
        "health-gh-rate",
        "Vaccination coverage reached 92.5 per cent in the region.",
        "92.5 per cent",
        92.5,
    ),
    _f(
        "health-sg-one-in-four",
        "About one in four seniors lives alone, the ministry said.",
        "About one in four",
        0.25,
    ),
    _f(
        "health-za-ratio-nurse",
        "There is one doctor for every 4,000 patients in the province.",
        "4,000",
        4000,
    ),
    _n("health-ie-tripled", "Waiting lists have almost tripled since 2019.", "tripled"),
    _f("health-pk-2-in-5", "Around 2 in 5 children under five are stunted.", "Around 2 in 5", 0.4),
]

_TEMPERATURE = [
    _f(
        "temp-za-87c",
        "Engine temperatures hit 87c before the pilot shut it down.",
        "87c",
        87,
        unit="c",
    ),
    _f("temp-nz-30c", "Auckland sweltered in 30C heat on Tuesday.", "30C", 30, unit="c"),
    _f("temp-ie-minus", "Temperatures will fall to minus 5C overnight.", "minus 5C", -5, unit="c"),
    _f("temp-ca-neg", "Winnipeg woke to -31C with the wind chill.", "-31C", -31, unit="c"),
    _f(
        "temp-pk-highs",
        "Jacobabad recorded highs of 51C, the hottest in the country.",
        "51C",
        51,
        unit="c",
    ),
    _f(
        "temp-gh-degrees",
        "Temperatures in Tamale climbed to 42 degrees Celsius.",
        "42",
        42,
        unit="c",
        within="42 degrees Celsius",
    ),
    _f(
        "temp-sg-range",
        "Daily highs will range from 33C to 35C this week.",
        "33C to 35C",
        lower=33,
        upper=35,
        unit="c",
    ),
    _f(
        "temp-ie-degrees-c",
        "Met Éireann forecast highs of 27 degrees, possibly 28C in the midlands.",
        "28C",
        28,
        unit="c",
    ),
]

_FRENCH = [
    _fr(
        "fr-be-septante-cinq",
        "Le gouvernement wallon débloque septante-cinq millions d'euros pour les communes.",
        "septante-cinq millions",
        75e6,
        within="septante-cinq millions d'euros",
    ),
    _fr(
        "fr-be-nonante-deux",
        "L'entreprise liégeoise a été fondée il y a nonante-deux ans.",
        "nonante-deux",
        92,
        within="nonante-deux ans",
    ),
    _fr(
        "fr-ch-huitante-trois",
        "Le village vaudois compte huitante-trois habitants de plus qu'en 2020.",
        "huitante-trois",
        83,
    ),
    _fr("fr-be-septante", "Septante élèves ont été évacués de l'école à Namur.", "Septante", 70),
    _fr(
        "fr-be-nonante-et-un",
        "Le match s'est joué devant nonante et un mille supporters.",
        "nonante et un mille",
        91000,
    ),
    _fr(
        "fr-ch-apostrophe-chf",
        "La Confédération a versé CHF 1'250'000 à la commune.",
        "CHF 1'250'000",
        1250000,
        kind="money",
    ),
    _fr(
        "fr-ch-apostrophe-francs",
        "L'amende s'élève à 1'200 francs.",
        "1'200",
        1200,
        within="1'200 francs",
    ),
    _fr(
        "fr-ch-habitants",
        "Le canton de Vaud compte désormais 830'000 habitants.",
        "830'000",
        830000,
    ),
    _fr(
        "fr-ch-chomage",
        "Le taux de chômage s'établit à 2,3 % en Suisse romande.",
        "2,3 %",
        2.3,
        kind="percent",
    ),
    _fr(
        "fr-qc-gigadollars",
        "Québec accorde un contrat de 2,5 G$ pour le tramway.",
        "2,5 G$",
        2.5e9,
        kind="money",
    ),
    _fr(
        "fr-qc-megadollars",
        "La Ville investira 45 M$ dans ses arénas.",
        "45 M$",
        45e6,
        kind="money",
    ),
    _fr(
        "fr-qc-dollars-space",
        "Le loyer moyen atteint 1 200 $ par mois à Montréal.",
        "1 200 $",
        1200,
        kind="money",
    ),
    _fr(
        "fr-qc-milliards",
        "Le déficit atteint 12,5 milliards de dollars cette année.",
        "12,5 milliards",
        12.5e9,
        within="12,5 milliards de dollars",
    ),
    _fr("fr-qc-clients", "Hydro-Québec compte 4,5 millions de clients.", "4,5 millions", 4.5e6),
    _fr(
        "fr-be-un-sur-cinq",
        "Un Belge sur cinq vit sous le seuil de pauvreté.",
        "Un",
        0.2,
        within="Un Belge sur cinq",
    ),
    _fr(
        "fr-ch-un-sur-dix",
        "Un jeune sur dix a déjà été victime de harcèlement en ligne.",
        "Un",
        0.1,
        within="Un jeune sur dix",
    ),
    _fr(
        "fr-qc-1-sur-3",
        "Près de 1 sur 3 logements est jugé en mauvais état.",
        "1 sur 3",
        THIRD,
        within="Près de 1 sur 3",
    ),
    _fr("fr-af-tiers", "Un tiers des électeurs ne s'est pas déplacé à Dakar.", "Un tiers", THIRD),
    _fr(
        "fr-be-moitie",
        "La moitié des communes ont voté le budget.",
        "moitié",
        0.5,
        within="La moitié",
    ),
    _fr(
        "fr-qc-demi-million",
        "Un demi-million de personnes ont manifesté à Montréal.",
        "Un demi-million",
        5e5,
    ),
    _fr(
        "fr-ch-quart-siecle",
        "Il dirigeait l'orchestre depuis un quart de siècle.",
        "un quart de siècle",
        25,
    ),
    _fr(
        "fr-qc-entre-millions",
        "Entre 5 et 7 millions de dollars seront nécessaires.",
        "Entre 5 et 7 millions",
        lower=5e6,
        upper=7e6,
        within="Entre 5 et 7 millions de dollars",
    ),
    _fr(
        "fr-be-de-a-pct",
        "Les prix ont augmenté de 10 à 12 % en un an.",
        "10 à 12 %",
        lower=10,
        upper=12,
        within="de 10 à 12 %",
    ),
    _nfr("fr-be-triple", "Le nombre de faillites a triplé en Wallonie.", "triplé"),
    _fr("fr-af-celsius", "Il faisait 45 °C à Niamey samedi.", "45", 45, unit="c", within="45 °C"),
    _fr(
        "fr-qc-degres",
        "Le mercure a chuté à moins 30 degrés Celsius à Chibougamau.",
        "moins 30",
        -30,
        unit="c",
        within="moins 30 degrés Celsius",
    ),
    _nfr("fr-be-arret", "La Cour a rendu son arrêt C-311/18 en juillet.", "C-311/18"),
    _nfr("fr-qc-loi96", "La loi 96 renforce la Charte de la langue française.", "loi 96"),
    _nfr("fr-qc-projet-loi", "Le projet de loi 21 a été adopté sous bâillon.", "loi 21"),
    _nfr(
        "fr-ch-type2", "Les personnes atteintes du diabète de type 2 sont plus exposées.", "type 2"
    ),
    _nfr("fr-be-5g", "Le déploiement de la 5G prend du retard à Bruxelles.", "5G"),
    _nfr("fr-af-vol", "Le vol AF 447 reliait Rio à Paris.", "AF 447"),
    _nfr("fr-be-leopard", "La Belgique ne livrera pas de chars Leopard 2.", "Leopard 2"),
    _fr(
        "fr-af-fcfa",
        "Le projet coûtera 25 milliards de FCFA.",
        "25 milliards de FCFA",
        25e9,
        kind="money",
    ),
    _fr(
        "fr-af-dirhams",
        "La commune a reçu 1,5 million de dirhams.",
        "1,5 million de dirhams",
        1.5e6,
        kind="money",
    ),
    _fr("fr-af-voix", "Le candidat a obtenu 54,28 % des voix.", "54,28 %", 54.28),
    _fr(
        "fr-af-participation", "Le taux de participation s'élève à 61 % selon la CENI.", "61 %", 61
    ),
    _fr("fr-be-sieges", "Le PS obtient 26 sièges sur 89 au Parlement.", "26", 26),
    _fr("fr-qc-prison", "Il a été condamné à 5 ans de pénitencier.", "5 ans", 5, kind="duration"),
    _fr(
        "fr-ch-amende",
        "Il devra payer une amende de 3 000 francs.",
        "3 000 francs",
        3000,
        kind="money",
    ),
    _fr(
        "fr-qc-un-sur-cinq",
        "Un Québécois sur cinq n'a pas de médecin de famille.",
        "Un",
        0.2,
        within="Un Québécois sur cinq",
    ),
    _fr(
        "fr-be-deux-tiers",
        "Les deux tiers des étudiants travaillent pendant leurs études.",
        "deux tiers",
        2 / 3,
        within="Les deux tiers",
    ),
    _fr(
        "fr-ch-trois-quarts",
        "Les trois quarts des votants ont dit oui.",
        "trois quarts",
        0.75,
        within="Les trois quarts",
    ),
    _fr(
        "fr-af-milliard",
        "La Banque mondiale prête 1,2 milliard de dollars au Sénégal.",
        "1,2 milliard",
        1.2e9,
        within="1,2 milliard de dollars",
    ),
    _fr(
        "fr-be-troisieme", "Le club termine à la 3e place du championnat.", "3e", 3, kind="ordinal"
    ),
    _fr(
        "fr-af-sprint",
        "Il a couru le 100 m en 9,86 secondes.",
        "9,86",
        9.86,
        within="9,86 secondes",
    ),
    _fr("fr-ch-date", "Les Vaudois votent le 14 juin 2026.", "14 juin 2026", 2026, kind="date"),
    _nfr("fr-be-l-un", "L'un des suspects a été interpellé à Anderlecht.", "L'un"),
    _nfr("fr-qc-un-article", "Un homme a été arrêté à Laval dimanche.", "Un homme"),
    _nfr(
        "fr-be-quart-finale",
        "Anderlecht s'est qualifié pour les quarts de finale.",
        "quarts de finale",
    ),
    _nfr("fr-ch-mi-temps", "Servette menait à la mi-temps.", "mi-temps"),
    _nfr("fr-be-tiers", "Son assurance au tiers ne couvre pas les dégâts.", "tiers"),
    _fr(
        "fr-qc-quatre-vingt",
        "Quatre-vingt-dix patients attendaient aux urgences.",
        "Quatre-vingt-dix",
        90,
    ),
    _fr(
        "fr-af-morts", "L'attaque a fait une vingtaine de morts selon l'armée.", "une vingtaine", 20
    ),
    _fr("fr-ch-pct-nospace", "La participation a atteint 47% dimanche.", "47%", 47),
    _fr(
        "fr-ch-x3",
        "Les ventes de vélos électriques ont été multipliées par 3 en dix ans.",
        "3",
        3,
        kind="multiple",
        within="multipliées par 3",
    ),
    _fr(
        "fr-af-fois",
        "Le prix du riz a été multiplié par deux en un an.",
        "deux",
        2,
        kind="multiple",
        within="multiplié par deux",
    ),
    _fr(
        "fr-be-septante-pct",
        "Septante pour cent des Bruxellois vivent en appartement.",
        "Septante pour cent",
        70,
        kind="percent",
    ),
    _fr(
        "fr-be-1-sur-4",
        "1 sinistre sur 4 concerne un dégât des eaux.",
        "1",
        0.25,
        within="1 sinistre sur 4",
    ),
    _fr(
        "fr-qc-30c",
        "On attend 30 °C et un facteur humidex de 38 à Montréal.",
        "30",
        30,
        unit="c",
        within="30 °C",
    ),
]

FORMS: tuple[Form, ...] = tuple(
    _SPACE
    + _TECH
    + _ELECTIONS
    + _CRIME
    + _EDUCATION
    + _HOUSING
    + _TRANSPORT
    + _MILITARY
    + _MONEY
    + _SPORT
    + _HEALTH
    + _TEMPERATURE
    + _FRENCH
)


def _span(form: Form) -> tuple[int, int]:
    at = -1
    for _ in range(form.occurrence + 1):
        at = form.text.index(form.core, at + 1)
    return at, at + len(form.core)


def _unit_ok(expected: str | None, unit: object) -> bool:
    if expected is None:
        return True
    if not isinstance(unit, str):
        return False
    lowered = unit.lower()
    if expected == "c":
        return (
            lowered in {"c", "°c", "degree", "degrees", "degré", "degrés"} or "celsius" in lowered
        )
    return expected in lowered


def _close(expected: float | None, got: object) -> bool:
    if expected is None:
        return True
    if not isinstance(got, (int, float)) or math.isnan(got):
        return False
    return math.isclose(expected, got, rel_tol=1e-6, abs_tol=1e-9)


def judge(form: Form, rows: list[dict[str, object]]) -> str:
    """'' when the extractor's rows satisfy ``form``, else what is wrong."""
    start, end = _span(form)
    figures = [r for r in rows if r["kind"] not in NOT_FIGURES]
    if not form.figure:
        hits = [r for r in figures if int(r["start"]) < end and int(r["end"]) > start]  # type: ignore[call-overload]
        return (
            ""
            if not hits
            else f"read as a figure: {[(r['text'], r['kind'], r['value']) for r in hits]}"
        )
    within = form.within or form.core
    w_start = form.text.index(within, max(0, start - len(within)))
    w_end = w_start + len(within)
    covering = [
        r
        for r in figures
        if w_start <= int(r["start"]) <= start and end <= int(r["end"]) <= w_end  # type: ignore[call-overload]
    ]
    if not covering:
        near = [
            (r["text"], r["kind"], r["value"])
            for r in rows
            if int(r["start"]) < w_end and int(r["end"]) > w_start
        ]  # type: ignore[call-overload]
        return f"no figure spans {form.core!r} inside {within!r}; found {near}"
    row = covering[0]
    wrong = []
    if not _close(form.value, row["value"]):
        wrong.append(f"value {row['value']}")
    if not _close(form.lower, row["lower"]) or not _close(form.upper, row["upper"]):
        wrong.append(f"bounds {row['lower']}..{row['upper']}")
    if form.kind is not None and row["kind"] != form.kind:
        wrong.append(f"kind {row['kind']}")
    if not _unit_ok(form.unit, row["unit"]):
        wrong.append(f"unit {row['unit']}")
    return "" if not wrong else f"{row['text']!r}: " + ", ".join(wrong)


def run(form: Form) -> str:
    """Judge ``form`` against ``provenance.extract_figures``."""
    import provenance

    frame = provenance.extract_figures(form.text, language=form.language)
    return judge(form, frame.to_dict("records"))


if __name__ == "__main__":
    misses = [(f, run(f)) for f in FORMS]
    misses = [(f, why) for f, why in misses if why]
    for form, why in misses:
        print(f"{form.id}: {why}")
    en = sum(f.language == "en" for f in FORMS)
    neg = sum(not f.figure for f in FORMS)
    held = len(FORMS) - len(misses)
    print(f"{held}/{len(FORMS)} pass ({en} en, {len(FORMS) - en} fr, {neg} neighbours)")
