"""Stop 40's blind matrix of number forms in news copy, English and French.

Written from knowledge of wire, business, sports, weather, science and court copy before
the figure extractor or stop 39's matrix was read, so that its first pass count is a
figure of generality, not of fitting. Each form says what the corpus guideline reads
there: the surface is the whole quantity expression with its qualifier and scale words
but not the counted noun, the value is the number as a float (a date's value is its
year, or none), and a number inside a name or identifier, a time of day, a street
address or a pronoun "one" is no figure.

An expectation is one of:

- ``Fig``: a figure (no time, identifier or marker) whose text is the surface (or one
  of ``alts``, the readings the guideline leaves open) at its place, with the value
  (``ANY`` when the guideline fixes none), and the kind and unit when given;
- ``Not``: no figure (a kind other than time, identifier or marker) overlaps the surface;
- ``Span``: a range, read either as one figure with the two bounds or as two figures
  with the two values, inside the surface;
- ``NoValue``: no figure has that value (a score read as a negative number or a range).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

NOT_FIGURES: Final = frozenset({"time", "identifier", "marker"})
ANY: Final = "any"


@dataclass(frozen=True)
class Fig:
    surface: str
    value: float | str | tuple[float, ...] | None
    kind: str | tuple[str, ...] | None = None
    unit: str | None = None
    alts: tuple[str, ...] = ()
    nth: int = 0


@dataclass(frozen=True)
class Not:
    surface: str
    nth: int = 0


@dataclass(frozen=True)
class Span:
    surface: str
    lower: float
    upper: float


@dataclass(frozen=True)
class NoValue:
    value: float


Expectation = Fig | Not | Span | NoValue


@dataclass(frozen=True)
class Form:
    key: str
    language: str
    text: str
    expect: tuple[Expectation, ...]


def _place(text: str, surface: str, nth: int = 0) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return at


def _close(got: Any, want: float) -> bool:
    return got is not None and not pd.isna(got) and math.isclose(float(got), want, rel_tol=1e-3)


def _value_ok(got: Any, want: float | str | tuple[float, ...] | None) -> bool:
    if want == ANY:
        return True
    if want is None:
        return got is None or bool(pd.isna(got))
    if isinstance(want, tuple):
        return any(_close(got, one) for one in want)
    assert isinstance(want, float | int)
    return _close(got, float(want))


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def holds(form: Form, expectation: Expectation, frame: pd.DataFrame) -> str:
    """The empty string when ``expectation`` holds in ``frame``, else what was read."""
    rows = _rows(frame)
    seen = "; ".join(
        f"{r['text']!r}={r['value']} {r['kind']} {r['unit']} [{r['lower']},{r['upper']}]"
        for r in rows
    )
    text = form.text
    if isinstance(expectation, Fig):
        for surface in (expectation.surface, *expectation.alts):
            if surface not in text:
                continue
            start = _place(text, surface, expectation.nth)
            for r in rows:
                if r["text"] != surface or r["start"] != start or str(r["kind"]) in NOT_FIGURES:
                    continue
                if not _value_ok(r["value"], expectation.value):
                    continue
                kinds = expectation.kind
                if isinstance(kinds, str):
                    kinds = (kinds,)
                if kinds is not None and str(r["kind"]) not in kinds:
                    continue
                if expectation.unit is not None and r["unit"] != expectation.unit:
                    continue
                return ""
        return f"wanted {expectation}; read {seen}"
    if isinstance(expectation, Not):
        start = _place(text, expectation.surface, expectation.nth)
        end = start + len(expectation.surface)
        for r in rows:
            if str(r["kind"]) in NOT_FIGURES:
                continue
            if r["start"] < end and start < r["end"]:
                return f"wanted no figure in {expectation.surface!r}; read {seen}"
        return ""
    if isinstance(expectation, Span):
        start = _place(text, expectation.surface)
        end = start + len(expectation.surface)
        inside = [r for r in rows if start <= r["start"] and r["end"] <= end]
        for r in inside:
            if _close(r["lower"], expectation.lower) and _close(r["upper"], expectation.upper):
                return ""
        values = [r["value"] for r in inside]
        if any(_close(v, expectation.lower) for v in values) and any(
            _close(v, expectation.upper) for v in values
        ):
            return ""
        return f"wanted {expectation}; read {seen}"
    for r in rows:
        if _close(r["value"], expectation.value) or _close(r["upper"], expectation.value):
            return f"wanted no value {expectation.value}; read {seen}"
    return ""


EN: Final = "en"
FR: Final = "fr"

FORMS: Final[tuple[Form, ...]] = (
    # ---- addresses, names and codes: no figure (English)
    Form(
        "en-address-white-house",
        EN,
        "The president returned to 1600 Pennsylvania Avenue on Monday.",
        (Not("1600"),),
    ),
    Form(
        "en-address-baker-street",
        EN,
        "Police were called to 221 Baker Street at dawn.",
        (Not("221"),),
    ),
    Form("en-g20", EN, "Leaders of the G20 met in Rome to discuss debt relief.", (Not("G20"),)),
    Form(
        "en-cop28",
        EN,
        "Delegates at COP28 in Dubai agreed a text on fossil fuels.",
        (Not("COP28"),),
    ),
    Form("en-f35", EN, "The air force grounded its F-35 jets after the crash.", (Not("F-35"),)),
    Form(
        "en-windows-11",
        EN,
        "Microsoft said Windows 11 would get the update first.",
        (Not("Windows 11"),),
    ),
    Form(
        "en-boeing-737",
        EN,
        "Regulators grounded the Boeing 737 MAX after two crashes.",
        (Not("737"),),
    ),
    Form(
        "en-covid-19",
        EN,
        "The COVID-19 pandemic closed schools across the region.",
        (Not("COVID-19"),),
    ),
    Form("en-mh370", EN, "The search for flight MH370 was called off.", (Not("MH370"),)),
    Form("en-i95", EN, "A crash closed I-95 near Baltimore for hours.", (Not("I-95"),)),
    Form(
        "en-article-50",
        EN,
        "Britain triggered Article 50 in March 2017.",
        (Not("50"), Fig("March 2017", 2017.0, kind="date")),
    ),
    Form("en-section-230", EN, "Lawmakers want to repeal Section 230 of the act.", (Not("230"),)),
    Form(
        "en-chapter-11",
        EN,
        "The retailer filed for Chapter 11 bankruptcy protection on Sunday.",
        (Not("11"),),
    ),
    Form(
        "en-sp500",
        EN,
        "The S&P 500 rose 1.2% on Friday.",
        (Not("500"), Fig("1.2%", 1.2, kind="percent")),
    ),
    Form(
        "en-ftse-100",
        EN,
        "London's FTSE 100 closed down 0.4%.",
        (Not("100"), Fig("0.4%", 0.4, kind="percent")),
    ),
    Form(
        "en-fortune-500",
        EN,
        "She ran two Fortune 500 companies before entering politics.",
        (Not("500"), Fig("two", 2.0)),
    ),
    Form("en-5g", EN, "The carrier switched on its 5G network in Lagos.", (Not("5G"),)),
    Form("en-iphone-15", EN, "Apple cut the price of the iPhone 15 in China.", (Not("15"),)),
    Form("en-m23", EN, "M23 rebels seized the town of Bunagana.", (Not("M23"),)),
    Form("en-b52", EN, "Two B-52 bombers flew over the peninsula.", (Not("B-52"), Fig("Two", 2.0))),
    Form(
        "en-world-war-ii", EN, "The memorial honours those who died in World War II.", (Not("II"),)
    ),
    Form(
        "en-pope-john-paul-ii",
        EN,
        "Pope John Paul II visited the city in 1987.",
        (Not("II"), Fig("1987", 1987.0)),
    ),
    Form(
        "en-82nd-airborne",
        EN,
        "Troops of the 82nd Airborne Division were deployed.",
        (Not("82nd"),),
    ),
    Form(
        "en-25th-amendment",
        EN,
        "Democrats urged the cabinet to invoke the 25th Amendment.",
        (Not("25th"),),
    ),
    Form(
        "en-5th-circuit",
        EN,
        "The 5th U.S. Circuit Court of Appeals blocked the rule.",
        (Not("5th"),),
    ),
    Form("en-route-66", EN, "The diner sits on Route 66 outside Kingman.", (Not("66"),)),
    Form("en-911-call", EN, "A neighbour called 911 when she heard shots.", (Not("911"),)),
    Form("en-formula-1", EN, "Formula 1 returns to Las Vegas in November.", (Not("1"),)),
    Form("en-apollo-11", EN, "The Apollo 11 crew landed on the moon.", (Not("11"),)),
    # ---- pronoun "one"
    Form("en-one-of-them", EN, "One of them said the talks had stalled.", (Not("One"),)),
    Form("en-no-one", EN, "No one was hurt in the blast, police said.", (Not("one"),)),
    # ---- times of day: no figure
    Form("en-time-pm", EN, "The vote is due at 3 p.m. on Thursday.", (Not("3 p.m."),)),
    Form("en-time-gmt", EN, "Brent crude was up 40 cents at 0930 GMT.", (Not("0930"),)),
    Form("en-time-colon", EN, "The polls close at 19:00 local time.", (Not("19:00"),)),
    # ---- money
    Form(
        "en-money-trillion",
        EN,
        "The bill would spend $1.2 trillion over a decade.",
        (Fig("$1.2 trillion", 1.2e12, kind="money", unit="USD"),),
    ),
    Form(
        "en-money-crore",
        EN,
        "The state set aside Rs 3,000 crore for flood relief.",
        (Fig("Rs 3,000 crore", 3e10, kind="money", unit="INR"),),
    ),
    Form(
        "en-money-lakh-crore",
        EN,
        "Tax receipts reached Rs 1.5 lakh crore in April.",
        (Fig("Rs 1.5 lakh crore", 1.5e12, kind="money", unit="INR"),),
    ),
    Form(
        "en-money-lakh",
        EN,
        "He was fined Rs 50 lakh by the court.",
        (Fig("Rs 50 lakh", 5e6, kind="money", unit="INR"),),
    ),
    Form(
        "en-money-taka",
        EN,
        "Garment workers demanded a rise of Tk 500 a month.",
        (Fig("Tk 500", 500.0, kind="money", unit="BDT"),),
    ),
    Form(
        "en-money-pound-bn",
        EN,
        "The chancellor found £4.5bn for the NHS.",
        (Fig("£4.5bn", 4.5e9, kind="money", unit="GBP"),),
    ),
    Form(
        "en-money-euro-m",
        EN,
        "The club paid €300m for the stadium.",
        (Fig("€300m", 3e8, kind="money", unit="EUR"),),
    ),
    Form(
        "en-money-us-dollar",
        EN,
        "The fund raised US$25 million in its first round.",
        (Fig("US$25 million", 2.5e7, kind="money", unit="USD"),),
    ),
    Form(
        "en-money-cad",
        EN,
        "The loonie fell to C$1.38 per U.S. dollar.",
        (Fig("C$1.38", 1.38, kind="money", unit="CAD"),),
    ),
    Form(
        "en-money-yen",
        EN,
        "The government approved a ¥1.5 trillion stimulus.",
        (Fig("¥1.5 trillion", 1.5e12, kind="money", unit="JPY"),),
    ),
    Form(
        "en-money-rand",
        EN,
        "Eskom needs R2.5bn to repair the plant.",
        (Fig("R2.5bn", 2.5e9, kind="money", unit="ZAR"),),
    ),
    Form(
        "en-money-hyphen-billion",
        EN,
        "It is a $5-billion deal for the carrier.",
        (Fig("$5-billion", 5e9, kind="money", unit="USD"),),
    ),
    Form(
        "en-money-euros-word",
        EN,
        "The club was fined 2 million euros by UEFA.",
        (Fig("2 million euros", 2e6, kind="money", unit="EUR", alts=("2 million",)),),
    ),
    Form(
        "en-money-half-billion",
        EN,
        "The city borrowed a half-billion dollars last year.",
        (
            Fig(
                "a half-billion dollars",
                5e8,
                kind="money",
                unit="USD",
                alts=("half-billion dollars", "a half-billion"),
            ),
        ),
    ),
    Form(
        "en-money-k",
        EN,
        "Starting pay is £30k a year.",
        (Fig("£30k", 3e4, kind="money", unit="GBP"),),
    ),
    Form(
        "en-money-naira",
        EN,
        "Petrol now sells for N617 a litre in Lagos.",
        (Fig("N617", 617.0, kind="money", unit="NGN"),),
    ),
    Form(
        "en-money-wire-dlrs",
        EN,
        "The company earned 12.5 mln dlrs in the quarter.",
        (Fig("12.5 mln dlrs", 1.25e7, kind="money", unit="USD", alts=("12.5 mln",)),),
    ),
    Form(
        "en-money-fined",
        EN,
        "The bank was fined $10,000 for each breach.",
        (Fig("$10,000", 1e4, kind="money", unit="USD"),),
    ),
    # ---- percentages and rates
    Form(
        "en-per-cent",
        EN,
        "Inflation rose to 12.5 per cent in May.",
        (Fig("12.5 per cent", 12.5, kind="percent"),),
    ),
    Form(
        "en-pct-wire",
        EN,
        "Output fell 2.3 pct from a year earlier.",
        (Fig("2.3 pct", 2.3, kind="percent"),),
    ),
    Form(
        "en-percentage-point",
        EN,
        "The bank raised rates by 0.25 percentage point.",
        (Fig("0.25 percentage point", 0.25),),
    ),
    Form(
        "en-basis-points",
        EN,
        "The Fed cut rates by 25 basis points on Wednesday.",
        (Fig("25 basis points", 25.0),),
    ),
    Form(
        "en-nearly-percent",
        EN,
        "Turnout was nearly 40% in the capital.",
        (Fig("nearly 40%", 40.0, kind="percent"),),
    ),
    Form(
        "en-percent-stake",
        EN,
        "It bought a 7.5% stake in the miner.",
        (Fig("7.5%", 7.5, kind="percent"),),
    ),
    Form("en-percent-range", EN, "Prices rose 5-7% across the region.", (Span("5-7%", 5.0, 7.0),)),
    # ---- proportions and fractions
    Form(
        "en-two-thirds-majority",
        EN,
        "The amendment needs a two-thirds majority in the Senate.",
        (Fig("two-thirds", 2 / 3),),
    ),
    Form(
        "en-one-in-five", EN, "One in five adults in the city smokes.", (Fig("One in five", 0.2),)
    ),
    Form(
        "en-nine-out-of-ten",
        EN,
        "The survey found 9 out of 10 doctors backed the plan.",
        (Fig("9 out of 10", 0.9),),
    ),
    Form(
        "en-half-of",
        EN,
        "Half of voters said the economy was their main worry.",
        (Fig("Half", 0.5),),
    ),
    Form(
        "en-three-quarters",
        EN,
        "Three-quarters of the homes lost power.",
        (Fig("Three-quarters", 0.75),),
    ),
    Form(
        "en-a-third", EN, "A third of the crop was lost to the drought.", (Fig("A third", 1 / 3),)
    ),
    Form("en-mixed-fraction", EN, "The runway is 1 1/2 miles long.", (Fig("1 1/2", 1.5),)),
    Form("en-vulgar-fraction", EN, "The fire spread 1½ miles overnight.", (Fig("1½", 1.5),)),
    Form(
        "en-two-and-a-half",
        EN,
        "The talks lasted two-and-a-half years.",
        (Fig("two-and-a-half", 2.5),),
    ),
    Form(
        "en-9-11-attacks",
        EN,
        "The 9/11 attacks killed nearly 3,000 people.",
        (NoValue(9 / 11), Fig("nearly 3,000", 3000.0)),
    ),
    Form("en-24-7", EN, "The border post is staffed 24/7 now.", (NoValue(24 / 7),)),
    # ---- multiples
    Form(
        "en-doubled",
        EN,
        "Sales doubled in the first half.",
        (Fig("doubled", 2.0, kind="multiple"),),
    ),
    Form(
        "en-tripled",
        EN,
        "The price of eggs has tripled since January.",
        (Fig("tripled", 3.0, kind="multiple"),),
    ),
    Form(
        "en-halved", EN, "The company halved its dividend.", (Fig("halved", 0.5, kind="multiple"),)
    ),
    Form("en-doubled-down", EN, "The senator doubled down on his claims.", (Not("doubled"),)),
    Form("en-x3", EN, "Returns were up x3 on last year.", (Fig("x3", 3.0, kind="multiple"),)),
    Form(
        "en-threefold",
        EN,
        "There was a threefold rise in cases.",
        (Fig("threefold", 3.0, kind="multiple"),),
    ),
    Form(
        "en-five-times-as-many",
        EN,
        "Five times as many people applied this year.",
        (Fig("Five times", 5.0, kind="multiple"),),
    ),
    Form(
        "en-twice-as-likely",
        EN,
        "Smokers are twice as likely to fall ill.",
        (Fig("twice", 2.0, kind="multiple"),),
    ),
    # ---- scores and votes
    Form(
        "en-vote-3-2",
        EN,
        "The commission approved the merger in a 3-2 vote.",
        (Fig("3-2", 3.0, alts=("3",)), NoValue(-2.0)),
    ),
    Form(
        "en-win-2-1",
        EN,
        "Arsenal came from behind for a 2-1 win at Chelsea.",
        (Fig("2-1", 2.0, alts=("2",)), NoValue(-1.0)),
    ),
    Form("en-ruling-5-4", EN, "The justices ruled 5-4 to strike down the law.", (NoValue(-4.0),)),
    # ---- rankings, levels and categories
    Form(
        "en-top-10",
        EN,
        "The song entered the top 10 last week.",
        (Fig("10", 10.0, alts=("top 10",)),),
    ),
    Form(
        "en-10-point-lead",
        EN,
        "She holds a 10-point lead in the polls.",
        (Fig("10-point", 10.0, alts=("10",)),),
    ),
    Form(
        "en-world-no-1",
        EN,
        "Djokovic, the world No. 1, lost in straight sets.",
        (Fig("No. 1", 1.0, alts=("1",)),),
    ),
    Form(
        "en-category-4",
        EN,
        "The storm strengthened into a Category 4 hurricane.",
        (Fig("Category 4", 4.0, alts=("4",)),),
    ),
    Form(
        "en-level-3",
        EN,
        "Forecasters issued a level 3 risk for severe storms.",
        (Fig("level 3", 3.0, alts=("3",)),),
    ),
    Form(
        "en-magnitude-start",
        EN,
        "Magnitude 6.1 quake strikes off northern Japan.",
        (Fig("6.1", 6.1, unit="magnitude", alts=("Magnitude 6.1",)),),
    ),
    Form(
        "en-ordinal-century",
        EN,
        "It is a 19th-century painting by Turner.",
        (Fig("19th", 19.0, kind="ordinal"),),
    ),
    Form(
        "en-finished-4th",
        EN,
        "The Kenyan finished 4th in the final.",
        (Fig("4th", 4.0, kind="ordinal"),),
    ),
    Form(
        "en-89th-minute", EN, "He scored in the 89th minute.", (Fig("89th", 89.0, kind="ordinal"),)
    ),
    Form(
        "en-third-quarter",
        EN,
        "Profit rose in the third quarter.",
        (Fig("third", 3.0, kind="ordinal"),),
    ),
    # ---- measures
    Form(
        "en-barrels-a-day",
        EN,
        "The group will cut output by 2.3 million barrels a day.",
        (Fig("2.3 million", 2.3e6),),
    ),
    Form(
        "en-minus-40",
        EN,
        "Temperatures dropped to minus 40 degrees.",
        (Fig("minus 40", -40.0, alts=("minus 40 degrees",)),),
    ),
    Form(
        "en-below-zero",
        EN,
        "It was 5 below zero in Chicago on Monday.",
        (Fig("5 below zero", -5.0, alts=("5 below",)),),
    ),
    Form(
        "en-minus-c", EN, "Overnight lows of -5C are forecast.", (Fig("-5C", -5.0, alts=("-5",)),)
    ),
    Form(
        "en-c-and-f",
        EN,
        "The city hit a high of 34C (93F).",
        (Fig("34C", 34.0, alts=("34",)), Fig("93F", 93.0, alts=("93",))),
    ),
    Form(
        "en-low-20s",
        EN,
        "Highs will be in the low 20s on Sunday.",
        (Fig("low 20s", 20.0, alts=("the low 20s",)),),
    ),
    Form(
        "en-mid-70s",
        EN,
        "Expect highs in the mid-70s by Friday.",
        (Fig("mid-70s", (70.0, 75.0), alts=("the mid-70s",)),),
    ),
    Form(
        "en-feet-inches",
        EN,
        "The suspect is 6ft 2in tall.",
        (Fig("6ft 2in", (74.0, 6 + 2 / 12, 1.8796)),),
    ),
    Form(
        "en-feet-inches-marks",
        EN,
        "The suspect is 5'11\" and thin.",
        (Fig("5'11\"", (71.0, 5 + 11 / 12, 1.8034)),),
    ),
    Form(
        "en-six-foot-seven",
        EN,
        "The 6-foot-7 forward scored 27 points.",
        (Fig("6-foot-7", (79.0, 6 + 7 / 12, 2.0066)), Fig("27", 27.0)),
    ),
    Form(
        "en-hours-minutes",
        EN,
        "The flight took 3 hours 20 minutes.",
        (Fig("3 hours 20 minutes", (200.0, 3 + 1 / 3, 12000.0), kind="duration"),),
    ),
    Form(
        "en-mph",
        EN,
        "Gusts of up to 120 mph were recorded.",
        (Fig("up to 120", 120.0, alts=("up to 120 mph",)),),
    ),
    Form("en-snow-inches", EN, "Up to 10 inches of snow fell overnight.", (Fig("Up to 10", 10.0),)),
    Form(
        "en-marathon",
        EN,
        "She ran the 26.2 miles in under three hours.",
        (Fig("26.2", 26.2), Fig("under three", 3.0, alts=("under three hours",))),
    ),
    Form(
        "en-sprint-time",
        EN,
        "He won in 9.58 seconds.",
        (Fig("9.58", 9.58, alts=("9.58 seconds",)),),
    ),
    Form(
        "en-warming", EN, "Scientists warn of 1.5C of warming.", (Fig("1.5C", 1.5, alts=("1.5",)),)
    ),
    Form(
        "en-billion-years",
        EN,
        "The rock is 4.6 billion years old.",
        (Fig("4.6 billion", 4.6e9, alts=("4.6 billion years",)),),
    ),
    Form("en-square-km", EN, "The fire burned 40,000 square kilometres.", (Fig("40,000", 4e4),)),
    Form("en-tonnes", EN, "The ship carried 5,000 tonnes of grain.", (Fig("5,000", 5e3),)),
    Form("en-10km-race", EN, "He won a 10km race in Berlin.", (Fig("10km", 10.0, alts=("10",)),)),
    # ---- counts, vague amounts, ages, sentences
    Form(
        "en-crowd-strong",
        EN,
        "A 20,000-strong crowd marched on parliament.",
        (Fig("20,000", 2e4, alts=("20,000-strong",)),),
    ),
    Form(
        "en-more-than",
        EN,
        "More than 1,000 people were evacuated.",
        (Fig("More than 1,000", 1000.0),),
    ),
    Form(
        "en-record-million",
        EN,
        "A record 7.2 million passengers flew in July.",
        (Fig("7.2 million", 7.2e6, alts=("record 7.2 million",)),),
    ),
    Form("en-m-suffix", EN, "The series drew 1.2m viewers.", (Fig("1.2m", 1.2e6),)),
    Form("en-a-million", EN, "A million people fled the city.", (Fig("A million", 1e6),)),
    Form("en-a-dozen", EN, "A dozen protesters were held.", (Fig("A dozen", 12.0),)),
    Form("en-dozens", EN, "Dozens of homes were destroyed.", (Fig("Dozens", ANY),)),
    Form(
        "en-tens-of-thousands",
        EN,
        "Tens of thousands of people rallied.",
        (Fig("Tens of thousands", ANY),),
    ),
    Form(
        "en-aged-9",
        EN,
        "A 9-year-old boy was among the dead.",
        (Fig("9-year-old", 9.0, alts=("9",)),),
    ),
    Form(
        "en-sentenced",
        EN,
        "The judge sentenced him to 25 years to life.",
        (Fig("25", 25.0, alts=("25 years",)),),
    ),
    Form("en-193-members", EN, "The UN has 193 member states.", (Fig("193", 193.0),)),
    Form("en-points", EN, "Curry scored 41 points against Boston.", (Fig("41", 41.0),)),
    Form("en-wickets", EN, "India won by seven wickets.", (Fig("seven", 7.0),)),
    # ---- dates and years
    Form(
        "en-season",
        EN,
        "He joined the club for the 2020-21 season.",
        (Fig("2020-21", (2020.0, 2021.0), alts=("2020",)), NoValue(21.0), NoValue(-21.0)),
    ),
    Form(
        "en-fiscal-year",
        EN,
        "Revenue will grow in fiscal 2025, the company said.",
        (Fig("fiscal 2025", 2025.0, alts=("2025",)),),
    ),
    Form("en-fy", EN, "The company expects FY2025 revenue to rise.", (Fig("FY2025", 2025.0),)),
    Form("en-q3", EN, "Q3 profit fell short of forecasts.", (Fig("Q3", None, kind="date"),)),
    Form(
        "en-q3-year",
        EN,
        "Sales in Q3 2024 rose 4%.",
        (Fig("Q3 2024", 2024.0, kind="date"), Fig("4%", 4.0)),
    ),
    Form("en-h1", EN, "H1 revenue rose to a record.", (Fig("H1", None, kind="date"),)),
    Form("en-h1n1", EN, "The H1N1 virus spread quickly.", (Not("H1N1"),)),
    Form(
        "en-date-us",
        EN,
        "The vote was held on March 3, 2021, in Ohio.",
        (Fig("March 3, 2021", 2021.0, kind="date"),),
    ),
    Form(
        "en-date-uk",
        EN,
        "She died on 3 March 2021 in London.",
        (Fig("3 March 2021", 2021.0, kind="date"),),
    ),
    Form("en-date-nov", EN, "The election is on Nov. 8.", (Fig("Nov. 8", None, kind="date"),)),
    Form(
        "en-decade",
        EN,
        "Crime fell sharply in the 1990s.",
        (Fig("1990s", 1990.0, alts=("the 1990s",)),),
    ),
    Form(
        "en-late-decade",
        EN,
        "The plant closed in the late 1990s.",
        (Fig("late 1990s", 1990.0, alts=("the late 1990s",)),),
    ),
    Form("en-mid-year", EN, "The line should open by mid-2026.", (Fig("mid-2026", 2026.0),)),
    Form(
        "en-budget-year",
        EN,
        "The 2021/22 budget was cut.",
        (Fig("2021/22", (2021.0, 2022.0), alts=("2021",)), NoValue(2021 / 22)),
    ),
    Form(
        "en-10th-anniversary",
        EN,
        "The city marked the 10th anniversary of the flood.",
        (Fig("10th", 10.0, kind="ordinal"),),
    ),
)


FORMS_FR: Final[tuple[Form, ...]] = (
    Form(
        "fr-barils",
        FR,
        "L'OPEP réduira sa production de 2,3 millions de barils par jour.",
        (Fig("2,3 millions", 2.3e6),),
    ),
    Form(
        "fr-quinze-jours",
        FR,
        "Il a été hospitalisé pendant quinze jours.",
        (Fig("quinze", 15.0, alts=("quinze jours",)),),
    ),
    Form(
        "fr-huit-jours",
        FR,
        "La grève dure depuis huit jours.",
        (Fig("huit", 8.0, alts=("huit jours",)),),
    ),
    Form(
        "fr-dizaine", FR, "Une dizaine de personnes ont été blessées.", (Fig("Une dizaine", 10.0),)
    ),
    Form(
        "fr-vingtaine",
        FR,
        "Une vingtaine de manifestants ont été interpellés.",
        (Fig("Une vingtaine", 20.0),),
    ),
    Form(
        "fr-trentaine-ans",
        FR,
        "Un homme d'une trentaine d'années a été arrêté.",
        (Fig("une trentaine", 30.0, alts=("trentaine",)), Not("Un")),
    ),
    Form(
        "fr-trois-quarts",
        FR,
        "Les trois quarts des électeurs se sont abstenus.",
        (Fig("trois quarts", 0.75),),
    ),
    Form(
        "fr-deux-tiers",
        FR,
        "La réforme exige une majorité des deux tiers.",
        (Fig("deux tiers", 2 / 3),),
    ),
    Form(
        "fr-moitie",
        FR,
        "La moitié des communes sont touchées.",
        (Fig("moitié", 0.5, alts=("La moitié",)),),
    ),
    Form("fr-un-tiers", FR, "Un tiers des récoltes a été perdu.", (Fig("Un tiers", 1 / 3),)),
    Form(
        "fr-date-1789",
        FR,
        "La Bastille a été prise le 14 juillet 1789.",
        (Fig("14 juillet 1789", 1789.0, kind="date"),),
    ),
    Form(
        "fr-date-1er-mai",
        FR,
        "Les syndicats défileront le 1er mai.",
        (Fig("1er mai", None, kind="date"),),
    ),
    Form(
        "fr-date-2001",
        FR,
        "Les attentats du 11 septembre 2001 ont fait près de 3 000 morts.",
        (Fig("11 septembre 2001", 2001.0, kind="date"), Fig("près de 3 000", 3000.0)),
    ),
    Form("fr-heure-h", FR, "Le conseil se réunira à 15 h mardi.", (Not("15 h"),)),
    Form("fr-heure-h-min", FR, "Le vol a décollé à 15 h 30.", (Not("15 h 30"),)),
    Form("fr-heures", FR, "La séance reprendra à 15 heures.", (Not("15 heures"),)),
    Form(
        "fr-pourcent-range",
        FR,
        "Les prix ont augmenté de 10 à 15 % en un an.",
        (Span("10 à 15 %", 10.0, 15.0),),
    ),
    Form(
        "fr-euros",
        FR,
        "Il a été condamné à 10 000 euros d'amende.",
        (Fig("10 000 euros", 1e4, kind="money", unit="EUR", alts=("10 000",)),),
    ),
    Form(
        "fr-euros-nbsp",
        FR,
        "Le billet coûte 10\u202f000\u00a0€ en première.",
        (Fig("10\u202f000\u00a0€", 1e4, kind="money", unit="EUR"),),
    ),
    Form(
        "fr-million-euros",
        FR,
        "La mairie a débloqué 1,5 million d'euros.",
        (Fig("1,5 million d'euros", 1.5e6, kind="money", unit="EUR", alts=("1,5 million",)),),
    ),
    Form(
        "fr-milliard-dollars",
        FR,
        "Le contrat atteint 1,2 milliard de dollars.",
        (Fig("1,2 milliard de dollars", 1.2e9, kind="money", unit="USD", alts=("1,2 milliard",)),),
    ),
    Form(
        "fr-md-euro",
        FR,
        "Le groupe a dégagé 2,5 Md€ de bénéfice.",
        (Fig("2,5 Md€", 2.5e9, kind="money", unit="EUR"),),
    ),
    Form(
        "fr-m-euro",
        FR,
        "Le club a investi 300 M€ dans son stade.",
        (Fig("300 M€", 3e8, kind="money", unit="EUR"),),
    ),
    Form(
        "fr-dollars-symbol",
        FR,
        "La rançon s'élevait à 10 000 $.",
        (Fig("10 000 $", 1e4, kind="money", unit="USD"),),
    ),
    Form(
        "fr-moins-5",
        FR,
        "Il faisait moins 5 degrés à l'aube.",
        (Fig("moins 5", -5.0, alts=("moins 5 degrés",)),),
    ),
    Form(
        "fr-minus-c",
        FR,
        "Le thermomètre est descendu à -10 °C.",
        (Fig("-10 °C", -10.0, alts=("-10",)),),
    ),
    Form("fr-moins-de", FR, "Moins de 100 personnes ont voté.", (Fig("Moins de 100", 100.0),)),
    Form(
        "fr-plus-de", FR, "Plus de 2 000 soldats ont été déployés.", (Fig("Plus de 2 000", 2000.0),)
    ),
    Form("fr-environ", FR, "Environ 300 familles ont été relogées.", (Fig("Environ 300", 300.0),)),
    Form(
        "fr-pres-de-pourcent",
        FR,
        "Le taux de chômage atteint près de 40 %.",
        (Fig("près de 40 %", 40.0, kind="percent"),),
    ),
    Form(
        "fr-virgule-pourcent",
        FR,
        "La croissance a été de 3,5 % l'an dernier.",
        (Fig("3,5 %", 3.5, kind="percent"),),
    ),
    Form(
        "fr-pour-cent",
        FR,
        "L'inflation atteint 12,5 pour cent.",
        (Fig("12,5 pour cent", 12.5, kind="percent"),),
    ),
    Form(
        "fr-point-pourcentage",
        FR,
        "La BCE a relevé ses taux de 0,25 point de pourcentage.",
        (Fig("0,25 point de pourcentage", 0.25, alts=("0,25 point",)),),
    ),
    Form(
        "fr-points-de-base",
        FR,
        "La banque a baissé son taux de 25 points de base.",
        (Fig("25 points de base", 25.0),),
    ),
    Form(
        "fr-deux-fois-plus",
        FR,
        "Les loyers sont deux fois plus chers qu'en 2010.",
        (Fig("deux fois plus", 2.0, kind="multiple", alts=("deux fois",)),),
    ),
    Form(
        "fr-a-double",
        FR,
        "Le prix du gaz a doublé en un an.",
        (Fig("doublé", 2.0, kind="multiple"),),
    ),
    Form(
        "fr-un-sur-cinq",
        FR,
        "Un Français sur cinq renonce à se soigner.",
        (Fig("Un Français sur cinq", 0.2, alts=("Un", "un sur cinq")),),
    ),
    Form(
        "fr-un-sur-cinq-bare",
        FR,
        "Un élève sur cinq redouble.",
        (Fig("Un élève sur cinq", 0.2, alts=("Un",)),),
    ),
    Form(
        "fr-siecle-xviie",
        FR,
        "Le château date du XVIIe siècle.",
        (Fig("XVIIe", 17.0, kind="ordinal"),),
    ),
    Form(
        "fr-siecle-xxie",
        FR,
        "C'est le grand défi du XXIe siècle.",
        (Fig("XXIe", 21.0, kind="ordinal"),),
    ),
    Form(
        "fr-saison",
        FR,
        "Il rejoint le club en 2024-2025.",
        (Span("2024-2025", 2024.0, 2025.0), NoValue(-2025.0)),
    ),
    Form(
        "fr-annees-80",
        FR,
        "Le quartier a été rénové dans les années 80.",
        (Fig("années 80", 1980.0, alts=("les années 80", "80")),),
    ),
    Form("fr-premier-ministre", FR, "Le premier ministre a démissionné.", (Not("premier"),)),
    Form(
        "fr-ve-republique",
        FR,
        "La Ve République a été fondée en 1958.",
        (Not("Ve"), Fig("1958", 1958.0)),
    ),
    Form("fr-louis-xiv", FR, "Louis XIV a fait construire Versailles.", (Not("XIV"),)),
    Form("fr-g7", FR, "Les dirigeants du G7 se retrouvent à Biarritz.", (Not("G7"),)),
    Form("fr-cop21", FR, "L'accord de la COP21 a été signé à Paris.", (Not("COP21"),)),
    Form(
        "fr-cac-40",
        FR,
        "Le CAC 40 a perdu 1,2 % vendredi.",
        (Not("40"), Fig("1,2 %", 1.2, kind="percent")),
    ),
    Form("fr-a380", FR, "Airbus a livré son dernier A380.", (Not("A380"),)),
    Form("fr-un-homme", FR, "Un homme a été interpellé samedi.", (Not("Un"),)),
    Form("fr-l-un-d-eux", FR, "L'un d'eux a été blessé.", (Not("un"),)),
    Form("fr-quatre-quarts", FR, "Elle a préparé un quatre-quarts.", (Not("quatre-quarts"),)),
    Form(
        "fr-soixante-dix",
        FR,
        "Soixante-dix députés ont signé la lettre.",
        (Fig("Soixante-dix", 70.0),),
    ),
    Form(
        "fr-quatre-vingt-dix-neuf",
        FR,
        "Le bilan s'élève à quatre-vingt-dix-neuf morts.",
        (Fig("quatre-vingt-dix-neuf", 99.0),),
    ),
    Form("fr-vingt-et-un", FR, "Vingt et un pays ont signé.", (Fig("Vingt et un", 21.0),)),
    Form(
        "fr-age",
        FR,
        "Le suspect, âgé de 45 ans, a été arrêté.",
        (Fig("45", 45.0, alts=("45 ans",)),),
    ),
    Form(
        "fr-trimestre",
        FR,
        "Le chiffre d'affaires a reculé au 3e trimestre.",
        (Fig("3e", 3.0, kind="ordinal"),),
    ),
    Form(
        "fr-premier-semestre",
        FR,
        "Les ventes ont progressé au premier semestre.",
        (Fig("premier", 1.0, kind="ordinal"),),
    ),
    Form("fr-victoire-score", FR, "Lyon a obtenu une victoire 2-1 à Marseille.", (NoValue(-1.0),)),
    Form("fr-n1-mondial", FR, "Le n° 1 mondial a été éliminé.", (Fig("n° 1", 1.0, alts=("1",)),)),
    Form(
        "fr-trois-fois-plus",
        FR,
        "Les dégâts sont trois fois plus importants.",
        (Fig("trois fois plus", 3.0, kind="multiple", alts=("trois fois",)),),
    ),
    Form(
        "fr-multiplie",
        FR,
        "Le nombre de cas a été multiplié par trois.",
        (Fig("multiplié par trois", 3.0, kind="multiple", alts=("trois",)),),
    ),
    Form(
        "fr-kmh",
        FR,
        "Des rafales à 130 km/h sont attendues.",
        (Fig("130", 130.0, alts=("130 km/h",)),),
    ),
    Form("fr-metres", FR, "La vague mesurait 1,80 m.", (Fig("1,80", 1.8, alts=("1,80 m",)),)),
    Form(
        "fr-habitants", FR, "La ville compte 100\u00a0000 habitants.", (Fig("100\u00a0000", 1e5),)
    ),
    Form(
        "fr-milliers",
        FR,
        "Des milliers de manifestants ont défilé.",
        (Fig("milliers", ANY, alts=("Des milliers",)),),
    ),
    Form(
        "fr-prison",
        FR,
        "Il a été condamné à deux ans de prison.",
        (Fig("deux", 2.0, alts=("deux ans",)),),
    ),
)

ALL_FORMS: Final = FORMS + FORMS_FR


def cases() -> list[tuple[str, Form, Expectation]]:
    """Every (id, form, expectation): one test per expectation."""
    out: list[tuple[str, Form, Expectation]] = []
    for form in ALL_FORMS:
        for i, expectation in enumerate(form.expect):
            out.append((f"{form.key}-{i}" if len(form.expect) > 1 else form.key, form, expectation))
    return out
