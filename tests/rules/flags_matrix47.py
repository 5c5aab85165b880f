"""The eighth blind round of flags a fact-checker needs, written from the wire guideline
(``wire_dev_GUIDELINE.md``: unverified, contradiction) before the rules were read.

Budgets and fiscal figures, inflation and unemployment disputes, layoffs and job claims,
aid deliveries and famine, wildfire and flood areas, downed drones and missiles, prisoner
counts, referendum counts and turnout, ticket sales and box office, science announcements.
Every passage is written for this file. A case is ``(id, text, flags)``; each flag is
``(kind, surface, source, cue)``: ``surface`` the clause that states the claim (for two
counts at odds, each side's claim, one flag on each side), ``source`` who hedges or who
denies. A case with no flags is a neighbour that must raise nothing: a revision by one
source, a range and its midpoint, figures of other years or places, a forecast against
its outturn, an ordinary attribution.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Flag:
    """An expected flag: its kind, the claim's clause, who hedges or denies, and the cue."""

    kind: str
    surface: str
    source: str
    cue: str


@dataclass(frozen=True)
class FlagCase:
    """One passage and the flags it must raise (none for a neighbour)."""

    name: str
    text: str
    flags: tuple[Flag, ...] = ()


U = "unverified"
C = "contradiction"

_ROWS: tuple[tuple[str, str, tuple[tuple[str, str, str, str], ...]], ...] = (
    # --- budgets and fiscal figures ---
    (
        "budget-two-deficits",
        "The finance ministry said the budget deficit narrowed to 3.1% of GDP last year. "
        "The central bank put the figure at 3.8%.",
        (
            (C, "the budget deficit narrowed to 3.1% of GDP last year", "finance ministry", "said"),
            (C, "3.8%", "central bank", "put"),
        ),
    ),
    (
        "budget-disputed-by-imf",
        "The government said the deficit would fall to 2.9% of GDP next year, a figure "
        "disputed by the IMF.",
        ((C, "the deficit would fall to 2.9% of GDP next year", "IMF", "disputed"),),
    ),
    (
        "budget-claim-rejected",
        "Finance Minister Ana Ruiz said the country had paid off 4 billion euros of arrears, "
        "a claim the opposition rejected.",
        ((C, "the country had paid off 4 billion euros of arrears", "opposition", "rejected"),),
    ),
    (
        "budget-called-exaggerated",
        "The government said public investment rose 18% in 2024. The opposition called the "
        "figures exaggerated.",
        (
            (
                C,
                "public investment rose 18% in 2024",
                "opposition",
                "called the figures exaggerated",
            ),
        ),
    ),
    (
        "budget-according-to-figures",
        "Revenue rose 12% in the first half, according to figures from the finance ministry.",
        (),
    ),
    (
        "budget-data-compiled",
        "Data compiled by the parliamentary budget office showed defence spending reached "
        "2.1% of GDP in 2023.",
        (),
    ),
    (
        "budget-revision-from-to",
        "The finance ministry revised its deficit estimate for this year from 3% to 2.5% of GDP.",
        (),
    ),
    (
        "budget-revised-up",
        "The statistics office revised up its estimate of the 2024 deficit to 5.6% of GDP "
        "from 5.2%.",
        (),
    ),
    (
        "budget-forecast-outturn",
        "The government had forecast a deficit of 3% of GDP for 2024. The outturn, "
        "published on Tuesday, was 3.4%.",
        (),
    ),
    (
        "budget-other-years",
        "The IMF estimates the deficit at 4% of GDP this year. The finance ministry said "
        "last year's deficit was 5.1%.",
        (),
    ),
    (
        "budget-range-midpoint",
        "The budget office put the shortfall at between 20 billion and 30 billion rand. The "
        "finance minister said it would be about 25 billion rand.",
        (),
    ),
    (
        "budget-without-evidence",
        "The prime minister said, without providing evidence, that the previous government "
        "had hidden 9 billion dollars of debt.",
        (
            (
                U,
                "the previous government had hidden 9 billion dollars of debt",
                "prime minister",
                "without providing evidence",
            ),
        ),
    ),
    (
        "budget-real-figure",
        "The finance ministry said public debt stood at 62% of GDP. The opposition said the "
        "real figure was 71%, once state companies were included.",
        (
            (C, "public debt stood at 62% of GDP", "finance ministry", "said"),
            (C, "the real figure was 71%", "opposition", "said"),
        ),
    ),
    (
        "budget-denied-as-alleged",
        "The finance minister denied that the government had borrowed from the central bank "
        "to pay salaries, as the opposition alleged.",
        (
            (
                C,
                "the government had borrowed from the central bank to pay salaries",
                "finance minister",
                "denied",
            ),
            (
                U,
                "the government had borrowed from the central bank to pay salaries",
                "opposition",
                "alleged",
            ),
        ),
    ),
    (
        "budget-charge-rejected",
        "The budget watchdog said the government had understated its deficit by 1.2 "
        "percentage points, a charge the treasury rejected.",
        (
            (
                C,
                "the government had understated its deficit by 1.2 percentage points",
                "treasury",
                "rejected",
            ),
        ),
    ),
    (
        "budget-claim-not-confirmed",
        "The ministry's claim that tax revenue covered the pension bill has not been "
        "independently confirmed.",
        (
            (
                U,
                "tax revenue covered the pension bill",
                "ministry",
                "has not been independently confirmed",
            ),
        ),
    ),
    (
        "budget-two-years-one-source",
        "The finance ministry said the deficit was 4.5% of GDP in 2023 and would fall to "
        "3.9% in 2024.",
        (),
    ),
    (
        "budget-two-countries",
        "The IMF said Ghana's deficit was 5.7% of GDP in 2023. Kenya's was 5.3%, it said.",
        (),
    ),
    (
        "budget-surplus-disputed",
        "The government said the pension fund ran a surplus of 2 billion dollars, which the "
        "auditor general disputed.",
        (
            (
                C,
                "the pension fund ran a surplus of 2 billion dollars",
                "auditor general",
                "disputed",
            ),
        ),
    ),
    (
        "budget-presidency-exaggerated",
        "According to the opposition, the government spent 300 million dollars on the summit, "
        "a figure the presidency called exaggerated.",
        (
            (
                C,
                "the government spent 300 million dollars on the summit",
                "presidency",
                "called exaggerated",
            ),
        ),
    ),
    (
        "budget-debt-creditors",
        "Zambia's finance ministry put external debt at $13 billion. Creditors said it was "
        "closer to $17 billion.",
        (
            (C, "$13 billion", "finance ministry", "put"),
            (C, "it was closer to $17 billion", "Creditors", "said"),
        ),
    ),
    (
        "budget-imf-forecast-cut",
        "The IMF cut its growth forecast for the country to 3.2% this year from 3.5% in April.",
        (),
    ),
    # --- inflation and unemployment ---
    (
        "inflation-official-vs-independent",
        "The statistics office said annual inflation slowed to 43% in May. Independent "
        "economists at the Inflation Research Group estimated it at 89%.",
        (
            (C, "annual inflation slowed to 43% in May", "statistics office", "said"),
            (C, "89%", "Inflation Research Group", "estimated"),
        ),
    ),
    (
        "unemployment-disputed-by-unions",
        "The government put unemployment at 6.8%, a figure disputed by trade unions, who say "
        "the real rate is above 20%.",
        (
            (C, "unemployment at 6.8%", "trade unions", "disputed"),
            (C, "the real rate is above 20%", "trade unions", "say"),
        ),
    ),
    (
        "inflation-according-to-data",
        "Argentina's monthly inflation eased to 2.7% in March, according to data from the "
        "INDEC statistics agency.",
        (),
    ),
    (
        "inflation-poll-vs-outturn",
        "Economists polled by Reuters had expected inflation of 3.1%. The statistics office "
        "reported 3.4%.",
        (),
    ),
    (
        "unemployment-revised-down",
        "The statistics office revised its unemployment figure for the fourth quarter down "
        "to 5.9% from 6.1%.",
        (),
    ),
    (
        "jobs-created-vs-lost",
        "The labour minister said 250,000 jobs had been created since January. The Centre for "
        "Labour Studies said its own count showed a net loss of 40,000 jobs.",
        (
            (C, "250,000 jobs had been created since January", "labour minister", "said"),
            (
                C,
                "its own count showed a net loss of 40,000 jobs",
                "Centre for Labour Studies",
                "said",
            ),
        ),
    ),
    (
        "inflation-fabricated-no-evidence",
        "Opposition leader Tom Hale said the official inflation figures were fabricated, "
        "without providing evidence.",
        (
            (
                U,
                "the official inflation figures were fabricated",
                "Tom Hale",
                "without providing evidence",
            ),
            # the official figures he calls fabricated: a denial by evaluation, as "called
            # the figures exaggerated" is (corrected after the first count)
            (C, "the official inflation figures", "Tom Hale", "were fabricated"),
        ),
    ),
    (
        "inflation-two-places",
        "Youth unemployment stood at 14.2% in the capital and 22% in the north, the labour "
        "ministry said.",
        (),
    ),
    (
        "inflation-two-years",
        "Inflation was 8% in 2022 and 4.5% in 2023, according to figures from the central bank.",
        (),
    ),
    (
        "unemployment-not-confirmed",
        "The independent estimate, which the government has not confirmed, put "
        "unemployment at 11%.",
        ((U, "unemployment at 11%", "independent estimate", "has not confirmed"),),
    ),
    (
        "inflation-range-midpoint",
        "The central bank expects inflation to average between 5% and 7% this year. Its "
        "governor said on Tuesday he expected about 6%.",
        (),
    ),
    (
        "unemployment-ilo-estimate",
        "The government said unemployment fell to 7.4%, but the International Labour "
        "Organization estimates it at 9.8%.",
        (
            (C, "unemployment fell to 7.4%", "government", "said"),
            (C, "9.8%", "International Labour Organization", "estimates"),
        ),
    ),
    (
        "wages-unions-reject",
        "Unions rejected the official figure of 3.2% wage growth, saying real wages fell.",
        ((C, "3.2% wage growth", "Unions", "rejected"),),
    ),
    (
        "inflation-core-month",
        "The statistics office said core inflation was 4.1% in June, down from 4.4% in May.",
        (),
    ),
    (
        "inflation-university-economists",
        "The government said inflation had fallen to 9%. Economists at the state university, "
        "who track prices independently, said it was 24%.",
        (
            (C, "inflation had fallen to 9%", "government", "said"),
            (C, "it was 24%", "Economists at the state university", "said"),
        ),
    ),
    (
        "inflation-central-bank-rejects",
        "The central bank called the independent estimates exaggerated, saying prices rose "
        "31% last year.",
        ((C, "the independent estimates", "central bank", "called exaggerated"),),
    ),
    (
        "unemployment-claimed-lowest",
        "The president claimed unemployment was at its lowest level in 40 years.",
        ((U, "unemployment was at its lowest level in 40 years", "president", "claimed"),),
    ),
    # --- layoffs and job creation ---
    (
        "layoffs-company-vs-union",
        "The company said the restructuring would cut 1,200 jobs. The union put the "
        "losses at 3,000.",
        (
            (C, "the restructuring would cut 1,200 jobs", "company", "said"),
            (C, "the losses at 3,000", "union", "put"),
        ),
    ),
    (
        "jobs-created-vs-losses-elsewhere",
        "The carmaker said it would create 5,000 jobs at the new plant. Unions put the losses "
        "from the closure of its old site in 2022 at 2,000.",
        (),
    ),
    (
        "layoffs-denied-report",
        "Norvik Motors denied a newspaper report that it planned to lay off 10% of its staff.",
        ((C, "it planned to lay off 10% of its staff", "Norvik Motors", "denied"),),
    ),
    (
        "layoffs-reportedly",
        "The retailer reportedly plans to close 80 stores, people familiar with the matter said.",
        ((U, "plans to close 80 stores", "people familiar with the matter", "reportedly"),),
    ),
    (
        "jobs-economists-exaggerated",
        "The mayor said the factory would bring 3,000 jobs, a claim economists called exaggerated.",
        ((C, "the factory would bring 3,000 jobs", "economists", "called exaggerated"),),
    ),
    ("jobs-hired-plain", "The company said it had hired 4,000 people last year.", ()),
    (
        "layoffs-cut-plan-revised",
        "The company reduced its planned layoffs to 600 from 900 after talks with unions.",
        (),
    ),
    (
        "layoffs-range-midpoint",
        "The bank will cut between 2,000 and 3,000 jobs, a source said. The bank later said "
        "about 2,500 roles would go.",
        (),
    ),
    (
        "jobs-claimed-saved",
        "The governor claimed the tax break had saved 12,000 jobs.",
        ((U, "the tax break had saved 12,000 jobs", "governor", "claimed"),),
    ),
    (
        "jobs-two-years",
        "The ministry said 14,000 mining jobs were lost in 2023 and 9,000 in 2024.",
        (),
    ),
    (
        "redundancy-union-closer-to",
        "The airline said 700 staff had accepted voluntary redundancy. The pilots' union said "
        "the figure was closer to 300.",
        (
            (C, "700 staff had accepted voluntary redundancy", "airline", "said"),
            (C, "the figure was closer to 300", "pilots' union", "said"),
        ),
    ),
    (
        "jobs-claim-not-verified",
        "The company's claim to have created 10,000 jobs in the region could not be "
        "independently verified.",
        (
            (
                U,
                "to have created 10,000 jobs in the region",
                "company",
                "could not be independently verified",
            ),
        ),
    ),
    (
        "jobless-claims-plain",
        "The labour department said initial claims for unemployment benefits fell 8% in March.",
        (),
    ),
    (
        "wages-management-denied",
        "Workers said they had not been paid for three months, which the management denied.",
        ((C, "they had not been paid for three months", "management", "denied"),),
    ),
    (
        "walkout-counts",
        "The union said 2,400 workers joined the walkout. The company said fewer than 900 did.",
        (
            (C, "2,400 workers joined the walkout", "union", "said"),
            (C, "fewer than 900 did", "company", "said"),
        ),
    ),
    (
        "jobs-two-states",
        "The automaker said it would add 1,500 jobs in Ohio and 800 in Michigan.",
        (),
    ),
    (
        "jobs-no-timetable",
        "The chipmaker said the plant would create 3,000 jobs, though it gave no timetable.",
        (),
    ),
    (
        "layoffs-denied-reports-abroad",
        "The bank denied reports that it would move 2,000 jobs abroad.",
        ((C, "it would move 2,000 jobs abroad", "bank", "denied"),),
    ),
    (
        "layoffs-union-alleged",
        "The union alleged that the company had laid off 500 workers without notice.",
        ((U, "the company had laid off 500 workers without notice", "union", "alleged"),),
    ),
    (
        "layoffs-sources-say",
        "The insurer is preparing to cut about 1,000 jobs, two people with knowledge of the "
        "plans told Reuters.",
        (),
    ),
    # --- aid deliveries and famine ---
    (
        "aid-trucks-two-counts",
        "COGAT, the Israeli military agency, said 320 trucks entered Gaza on Monday. The "
        "United Nations said it had counted 87.",
        (
            (C, "320 trucks entered Gaza on Monday", "COGAT", "said"),
            (C, "it had counted 87", "United Nations", "said"),
        ),
    ),
    (
        "aid-tonnes-disputed",
        "The U.N. said only 1,200 tonnes of food reached the region last month, a figure the "
        "government disputed, saying 4,000 tonnes had been delivered.",
        (
            (
                C,
                "only 1,200 tonnes of food reached the region last month",
                "government",
                "disputed",
            ),
            (C, "4,000 tonnes had been delivered", "government", "saying"),
        ),
    ),
    (
        "aid-famine-report",
        "The World Food Programme said famine conditions existed in two camps, in a report "
        "released on Friday.",
        (),
    ),
    (
        "aid-convoys-army-rejected",
        "Rebels said aid convoys had been held at the checkpoint for 10 days, a claim the army "
        "rejected.",
        ((C, "aid convoys had been held at the checkpoint for 10 days", "army", "rejected"),),
    ),
    (
        "aid-parcels-not-confirmed",
        "The ministry said 50,000 food parcels were distributed, but the claim has not been "
        "independently confirmed.",
        (
            (
                U,
                "50,000 food parcels were distributed",
                "ministry",
                "has not been independently confirmed",
            ),
        ),
    ),
    (
        "aid-diverting-accused-denied",
        "Aid groups accused the authorities of diverting food aid to soldiers, which "
        "officials denied.",
        (
            (U, "diverting food aid to soldiers", "Aid groups", "accused"),
            (C, "diverting food aid to soldiers", "officials", "denied"),
        ),
    ),
    (
        "aid-trucks-month-on-month",
        "The number of trucks entering the territory rose to 150 a day in March from 90 a day "
        "in February, U.N. data showed.",
        (),
    ),
    (
        "famine-deaths-two-tolls",
        "Local officials put the death toll from hunger at 41. The health ministry said 12 "
        "people had died of malnutrition.",
        (
            (C, "the death toll from hunger at 41", "Local officials", "put"),
            (C, "12 people had died of malnutrition", "health ministry", "said"),
        ),
    ),
    (
        "famine-up-from",
        "The agency estimates that 2.3 million people face acute hunger, up from 1.9 million "
        "a year earlier.",
        (),
    ),
    (
        "famine-rejected-assessment",
        "The government said there was no famine in the region, rejecting a U.N.-backed "
        "assessment that found famine conditions in three districts.",
        ((C, "found famine conditions in three districts", "government", "rejecting"),),
    ),
    (
        "aid-residents-not-verified",
        "Residents said no aid had reached the town since January. Reuters could not "
        "independently verify their accounts.",
        (
            (
                U,
                "no aid had reached the town since January",
                "Residents",
                "could not independently verify",
            ),
        ),
    ),
    (
        "aid-figure-not-verified",
        "The aid group said 60 trucks crossed on Tuesday, a figure that could not be verified.",
        ((U, "60 trucks crossed on Tuesday", "aid group", "could not be verified"),),
    ),
    (
        "aid-army-vs-un",
        "The army said it had allowed 200 trucks into the city on Sunday. The U.N. put the "
        "number at 45.",
        (
            (C, "it had allowed 200 trucks into the city on Sunday", "army", "said"),
            (C, "the number at 45", "U.N.", "put"),
        ),
    ),
    (
        "aid-delivered-and-planned",
        "The WFP said it delivered food to 1.1 million people in April and plans to reach 1.5 "
        "million in May.",
        (),
    ),
    (
        "aid-revised-up-need",
        "The WFP revised up its estimate of people in need to 3 million from 2.4 million.",
        (),
    ),
    (
        "aid-allegedly-sold",
        "Officials allegedly sold donated grain on the black market, the inspectors' report said.",
        ((U, "sold donated grain on the black market", "inspectors' report", "allegedly"),),
    ),
    (
        "aid-daily-rise",
        "The U.N. said 150 trucks entered the territory on Sunday, up from 120 on Saturday.",
        (),
    ),
    (
        "famine-children-not-verified",
        "The health ministry said 28 children had died of malnutrition, a figure that could "
        "not be independently verified.",
        (
            (
                U,
                "28 children had died of malnutrition",
                "health ministry",
                "could not be independently verified",
            ),
        ),
    ),
    (
        "aid-denied-entry",
        "Border guards denied the convoy entry at the crossing on Wednesday, the aid group said.",
        (),
    ),
    # --- wildfire and flood areas ---
    (
        "fire-two-agencies",
        "The civil protection agency said the fire had burned 12,000 hectares. The European "
        "Forest Fire Information System put the area at 18,500 hectares.",
        (
            (C, "the fire had burned 12,000 hectares", "civil protection agency", "said"),
            (C, "the area at 18,500 hectares", "European Forest Fire Information System", "put"),
        ),
    ),
    (
        "fire-update-one-source",
        "The fire has burned about 4,000 hectares, according to the forestry service, up from "
        "2,500 hectares on Monday.",
        (),
    ),
    ("fire-contained", "Firefighters said the blaze was 40% contained.", ()),
    (
        "fire-year-on-year",
        "Satellite data compiled by the European Union showed 35,000 hectares had burned in "
        "the region this year, against 8,000 hectares by the same date last year.",
        (),
    ),
    (
        "fire-arson-no-evidence",
        "The governor said arsonists had started the fires, without providing evidence.",
        ((U, "arsonists had started the fires", "governor", "without providing evidence"),),
    ),
    (
        "fire-deliberate-rejected",
        "Police said the fire was started deliberately, a claim the farmer's family rejected.",
        ((C, "the fire was started deliberately", "farmer's family", "rejected"),),
    ),
    (
        "flood-farmland-two-counts",
        "The agriculture ministry said floods covered 80,000 hectares of farmland. Farmers' "
        "groups estimated the flooded area at 150,000 hectares.",
        (
            (C, "floods covered 80,000 hectares of farmland", "agriculture ministry", "said"),
            (C, "the flooded area at 150,000 hectares", "Farmers' groups", "estimated"),
        ),
    ),
    (
        "fire-range-midpoint",
        "The fire service estimated the burned area at between 3,000 and 5,000 hectares. The "
        "regional government put it at about 4,000.",
        (),
    ),
    (
        "flood-two-regions",
        "Floods have covered 1,200 square km in the north and 300 square km in the east, the "
        "disaster agency said.",
        (),
    ),
    (
        "fire-revised-down",
        "The agency revised its estimate of the burned area down to 9,000 hectares from "
        "11,000 after a new satellite pass.",
        (),
    ),
    (
        "flood-dam-denied",
        "Residents said the dam had been opened without warning, which the water authority denied.",
        ((C, "the dam had been opened without warning", "water authority", "denied"),),
    ),
    (
        "fire-reportedly-homes",
        "The fire reportedly destroyed 300 homes in the village.",
        ((U, "destroyed 300 homes in the village", "Reuters", "reportedly"),),
    ),
    (
        "flood-tolls",
        "Officials said the floods had killed 23 people. A local aid group put the toll at 60.",
        (
            (C, "the floods had killed 23 people", "Officials", "said"),
            (C, "the toll at 60", "local aid group", "put"),
        ),
    ),
    (
        "fire-utility-denied",
        "The utility denied that its power lines had sparked the fire.",
        ((C, "its power lines had sparked the fire", "utility", "denied"),),
    ),
    (
        "fire-disputed-by-groups",
        "The environment minister said 2,000 hectares had burned, a figure disputed by "
        "environmental groups.",
        ((C, "2,000 hectares had burned", "environmental groups", "disputed"),),
    ),
    (
        "fire-acres-by-day",
        "The park service said the fire had burned 700 acres by Tuesday and 1,100 acres "
        "by Wednesday.",
        (),
    ),
    (
        "flood-offer-rejected",
        "Farmers rejected the government's compensation offer of $2,000 per hectare.",
        (),
    ),
    # --- downed drones and missiles ---
    (
        "drones-could-not-be-verified",
        "Russia's defence ministry said it shot down 40 of 45 drones launched overnight, a "
        "claim that could not be independently verified.",
        (
            (
                U,
                "it shot down 40 of 45 drones launched overnight",
                "Russia's defence ministry",
                "could not be independently verified",
            ),
        ),
    ),
    (
        "drones-plain",
        "Ukraine's air force said it had destroyed 30 of the 38 drones launched by "
        "Russia overnight.",
        (),
    ),
    (
        "drone-claimed-not-confirmed",
        "The Houthis claimed to have downed a U.S. MQ-9 Reaper drone. The Pentagon did not "
        "confirm the claim.",
        ((U, "to have downed a U.S. MQ-9 Reaper drone", "Houthis", "claimed"),),
    ),
    (
        "missiles-intercepted-vs-hit",
        "Israel's military said it intercepted 99% of the missiles and drones. Iran said "
        "many had hit their targets.",
        (
            (C, "it intercepted 99% of the missiles and drones", "Israel's military", "said"),
            (C, "many had hit their targets", "Iran", "said"),
        ),
    ),
    (
        "drone-launched-denied",
        "The army said the drone had been launched from across the border, which the "
        "neighbouring government denied.",
        (
            (
                C,
                "the drone had been launched from across the border",
                "neighbouring government",
                "denied",
            ),
        ),
    ),
    (
        "jet-rebels-not-verified",
        "Rebels said they had shot down a government fighter jet. Reuters could not "
        "independently verify the claim.",
        (
            (
                U,
                "they had shot down a government fighter jet",
                "Rebels",
                "could not independently verify",
            ),
        ),
    ),
    (
        "launchers-without-evidence",
        "The military said it destroyed 12 missile launchers, without providing evidence.",
        ((U, "it destroyed 12 missile launchers", "military", "without providing evidence"),),
    ),
    (
        "missiles-kyiv-vs-moscow",
        "Kyiv said 14 of the 16 missiles were intercepted, while Moscow said all had hit "
        "their targets.",
        (
            (C, "14 of the 16 missiles were intercepted", "Kyiv", "said"),
            (C, "all had hit their targets", "Moscow", "said"),
        ),
    ),
    (
        "drones-two-regions",
        "The ministry said air defences intercepted 25 drones over the Belgorod region and "
        "10 over Kursk.",
        (),
    ),
    (
        "drones-day-on-day",
        "The defence ministry said it had downed 18 drones on Saturday, up from 11 the day before.",
        (),
    ),
    (
        "rockets-fired-vs-landed",
        "The militia said it had fired 40 rockets at the base. The U.S. military said three "
        "rockets had landed near the base, causing no casualties.",
        (),
    ),
    (
        "warship-claims-rejected",
        "The Pentagon rejected Iranian claims that a U.S. warship had been hit.",
        ((C, "a U.S. warship had been hit", "Pentagon", "rejected"),),
    ),
    (
        "debris-in-a-claim-not-confirmed",
        "The ministry said debris from a downed drone had damaged a house, in a claim that "
        "has not been independently confirmed.",
        (
            (
                U,
                "debris from a downed drone had damaged a house",
                "ministry",
                "has not been independently confirmed",
            ),
        ),
    ),
    (
        "fighters-killed-exaggerated",
        "The military said it had killed 200 fighters in the offensive, a figure the group "
        "called exaggerated.",
        ((C, "it had killed 200 fighters in the offensive", "group", "called exaggerated"),),
    ),
    (
        "losses-party-figure",
        "Russia's defence ministry said Ukraine lost 1,500 troops in the past day. Ukraine "
        "does not disclose its losses.",
        (),
    ),
    (
        "village-captured-denied",
        "Moscow said its forces had captured the village of Novoselivka, which Ukraine's "
        "general staff denied.",
        (
            (
                C,
                "its forces had captured the village of Novoselivka",
                "Ukraine's general staff",
                "denied",
            ),
        ),
    ),
    (
        "depot-purportedly",
        "The drone strike purportedly hit an ammunition depot, according to videos posted "
        "on social media.",
        ((U, "hit an ammunition depot", "videos posted on social media", "purportedly"),),
    ),
    (
        "navy-intercepted-plain",
        "The navy said it had intercepted two anti-ship missiles fired at a commercial vessel.",
        (),
    ),
    (
        "jets-india-rejected",
        "Pakistan said it had shot down five Indian jets. India rejected the claim.",
        ((C, "it had shot down five Indian jets", "India", "rejected"),),
    ),
    (
        "targets-disputed-by-militants",
        "The army said it struck 120 targets overnight, a figure disputed by the militants.",
        ((C, "it struck 120 targets overnight", "militants", "disputed"),),
    ),
    (
        "drones-confirmed",
        "The army confirmed that 12 drones had been shot down over the city.",
        (),
    ),
    # --- prisoners and detainees ---
    (
        "prison-two-counts",
        "The rights group said 1,500 people were being held in the prison. The interior "
        "ministry put the number at 600.",
        (
            (C, "1,500 people were being held in the prison", "rights group", "said"),
            (C, "the number at 600", "interior ministry", "put"),
        ),
    ),
    (
        "amnesty-according-to-figures",
        "A total of 312 prisoners were released under the amnesty, according to figures from "
        "the justice ministry.",
        (),
    ),
    (
        "detained-exaggerated",
        "The opposition said 70 of its members had been detained, a figure the government "
        "called exaggerated.",
        ((C, "70 of its members had been detained", "government", "called exaggerated"),),
    ),
    (
        "torture-denied",
        "The interior ministry denied that detainees had been tortured.",
        ((C, "detainees had been tortured", "interior ministry", "denied"),),
    ),
    (
        "custody-allegedly",
        "Two prisoners allegedly died in custody last week, the group said.",
        ((U, "died in custody last week", "group", "allegedly"),),
    ),
    ("swap-both-sides", "Both sides said they had exchanged 95 prisoners each.", ()),
    (
        "swap-counts-at-odds",
        "Ukraine said 230 of its soldiers were returned in the swap. Russia said it had handed "
        "over 248 Ukrainian soldiers.",
        (
            (C, "230 of its soldiers were returned in the swap", "Ukraine", "said"),
            (C, "it had handed over 248 Ukrainian soldiers", "Russia", "said"),
        ),
    ),
    (
        "detainees-fallen",
        "Officials said the number of detainees had fallen to 4,100 from 5,300 a year ago.",
        (),
    ),
    (
        "freed-not-verified",
        "The government said 2,000 detainees had been freed, a claim that could not be "
        "independently verified.",
        (
            (
                U,
                "2,000 detainees had been freed",
                "government",
                "could not be independently verified",
            ),
        ),
    ),
    (
        "protesters-lawyers-vs-police",
        "Lawyers said at least 40 protesters remained in detention. Police said 12 were "
        "still held.",
        (
            (C, "at least 40 protesters remained in detention", "Lawyers", "said"),
            (C, "12 were still held", "Police", "said"),
        ),
    ),
    (
        "inmates-two-years",
        "The prison authority said it held 9,800 inmates in 2022 and 11,200 in 2024.",
        (),
    ),
    (
        "secret-prisons-denies",
        "Families say hundreds are held in secret prisons, which the government denies.",
        ((C, "hundreds are held in secret prisons", "government", "denies"),),
    ),
    (
        "escaped-two-counts",
        "The justice ministry said 48 inmates had escaped. The prison guards' union put the "
        "number at more than 100.",
        (
            (C, "48 inmates had escaped", "justice ministry", "said"),
            (C, "the number at more than 100", "prison guards' union", "put"),
        ),
    ),
    # --- referendum counts and turnout ---
    (
        "turnout-two-figures",
        "The electoral commission said turnout was 52%. The opposition, which boycotted the "
        "vote, put it at under 20%.",
        (
            (C, "turnout was 52%", "electoral commission", "said"),
            (C, "it at under 20%", "opposition", "put"),
        ),
    ),
    (
        "referendum-preliminary",
        "The 'yes' side won 61% of the vote, according to preliminary results from the "
        "electoral commission.",
        (),
    ),
    (
        "turnout-revised-up",
        "The commission revised turnout up to 47% from 44% as late results came in.",
        (),
    ),
    (
        "turnout-claimed-no-evidence",
        "Opposition leaders claimed the turnout figures had been inflated, without providing "
        "evidence.",
        (
            (U, "the turnout figures had been inflated", "Opposition leaders", "claimed"),
            # the official figures the leaders call inflated: a denial by evaluation, as
            # "called the figures exaggerated" is (corrected after the first count)
            (C, "the turnout figures", "Opposition leaders", "inflated"),
        ),
    ),
    (
        "ballots-allegations-rejected",
        "The election commission rejected allegations that ballot boxes had been stuffed in "
        "two provinces.",
        ((C, "ballot boxes had been stuffed in two provinces", "election commission", "rejected"),),
    ),
    (
        "turnout-two-areas",
        "Turnout was 38% in the capital and 61% in rural areas, the commission said.",
        (),
    ),
    (
        "turnout-two-referendums",
        "Turnout in the 2016 referendum was 72%. In the 2024 vote it was 58%.",
        (),
    ),
    (
        "referendum-polls-vs-result",
        "Polls had forecast a 55% 'no' vote. The 'no' side won 49%.",
        (),
    ),
    (
        "voters-government-vs-monitors",
        "The government said 8.1 million people voted. Independent monitors estimated the "
        "number at 5.5 million.",
        (
            (C, "8.1 million people voted", "government", "said"),
            (C, "the number at 5.5 million", "Independent monitors", "estimated"),
        ),
    ),
    (
        "count-rigged-rejected",
        "The 'no' campaign said the count was rigged, a charge the commission rejected.",
        ((C, "the count was rigged", "commission", "rejected"),),
    ),
    (
        "referendum-partial-results",
        "Results from 98% of polling stations showed the 'yes' side leading with 54.3%.",
        (),
    ),
    (
        "votes-missing-not-verified",
        "The opposition's claim that 2 million votes were missing could not be verified.",
        ((U, "2 million votes were missing", "opposition", "could not be verified"),),
    ),
    (
        "turnout-range-final",
        "The observer mission put turnout at between 40% and 50%. The commission's final "
        "figure was 46%.",
        (),
    ),
    (
        "referendum-own-tally",
        "The commission said the 'yes' vote won 51.2%, but the opposition said its own tally "
        "gave the 'no' side 53%.",
        (
            (C, "the 'yes' vote won 51.2%", "commission", "said"),
            (C, "its own tally gave the 'no' side 53%", "opposition", "said"),
        ),
    ),
    # --- ticket sales and box office ---
    (
        "boxoffice-studio-vs-comscore",
        "The studio said the film took $120 million in its opening weekend. Data compiled by "
        "Comscore put the figure at $98 million.",
        (
            (C, "the film took $120 million in its opening weekend", "studio", "said"),
            (C, "the figure at $98 million", "Comscore", "put"),
        ),
    ),
    (
        "boxoffice-estimates",
        "The film grossed $45 million in North America in its opening weekend, according to "
        "estimates from Comscore.",
        (),
    ),
    (
        "tour-not-confirmed",
        "The promoter said the tour had sold 1.2 million tickets, a figure that has not been "
        "independently confirmed.",
        (
            (
                U,
                "the tour had sold 1.2 million tickets",
                "promoter",
                "has not been independently confirmed",
            ),
        ),
    ),
    (
        "boxoffice-revised-up",
        "The studio revised its opening-weekend estimate up to $82 million from $78 "
        "million on Monday.",
        (),
    ),
    (
        "festival-claimed-vs-police",
        "The festival claimed record attendance of 400,000, but police put the crowd at 150,000.",
        (
            (U, "record attendance of 400,000", "festival", "claimed"),
            (C, "record attendance of 400,000", "festival", "claimed"),
            (C, "the crowd at 150,000", "police", "put"),
        ),
    ),
    (
        "boxoffice-two-markets",
        "The film earned $30 million in China and $12 million in Japan, the distributor said.",
        (),
    ),
    (
        "boxoffice-tracking-vs-debut",
        "Box-office trackers had projected a $60 million debut. The film opened to $51 million.",
        (),
    ),
    (
        "stadium-sellout-vs-count",
        "The club said the match was a sell-out of 80,000. Independent counts put the crowd "
        "at about 55,000.",
        (
            (C, "the match was a sell-out of 80,000", "club", "said"),
            (C, "the crowd at about 55,000", "Independent counts", "put"),
        ),
    ),
    (
        "budget-film-reportedly",
        "The producers reportedly spent $200 million on the film.",
        ((U, "spent $200 million on the film", "Reuters", "reportedly"),),
    ),
    (
        "tickets-platform-denied",
        "The ticketing platform denied that it had inflated prices for the concert.",
        ((C, "it had inflated prices for the concert", "ticketing platform", "denied"),),
    ),
    (
        "boxoffice-two-films",
        "The sequel took $210 million in 2023, against $180 million for the original in 2019.",
        (),
    ),
    (
        "tickets-record-plain",
        "The theatre chain said it sold 3 million tickets in June, a record.",
        (),
    ),
    (
        "boxoffice-claimed-top-spot",
        "The thriller claimed the top spot at the box office for a third weekend.",
        (),
    ),
    (
        "tickets-korean-council",
        "The film has sold 10 million tickets in South Korea, according to figures from the "
        "Korean Film Council.",
        (),
    ),
    (
        "tickets-scalpers-alleged",
        "Fans alleged that tickets had been sold to resellers before the public sale.",
        ((U, "tickets had been sold to resellers before the public sale", "Fans", "alleged"),),
    ),
    # --- science announcements ---
    (
        "study-not-peer-reviewed",
        "The study, which has not been peer-reviewed, found that the drug cut hospital "
        "admissions by 30%.",
        ((U, "the drug cut hospital admissions by 30%", "study", "has not been peer-reviewed"),),
    ),
    (
        "preprint-not-yet-peer-reviewed",
        "The findings, posted as a preprint on Tuesday and not yet peer-reviewed, suggest the "
        "variant spreads 40% faster.",
        ((U, "the variant spreads 40% faster", "findings", "not yet peer-reviewed"),),
    ),
    (
        "study-published-journal",
        "The study, published in the journal Nature, found that the glacier had lost 12% of "
        "its mass since 2000.",
        (),
    ),
    (
        "ai-model-claimed",
        "The startup claimed its AI model outperformed doctors at diagnosing skin cancer.",
        ((U, "its AI model outperformed doctors at diagnosing skin cancer", "startup", "claimed"),),
    ),
    (
        "superconductor-disputed",
        "Other physicists disputed the team's claim to have achieved room-temperature "
        "superconductivity.",
        (
            (
                C,
                "to have achieved room-temperature superconductivity",
                "Other physicists",
                "disputed",
            ),
        ),
    ),
    (
        "asteroid-revised",
        "The researchers revised their estimate of the asteroid's impact probability down to "
        "0.001% from 1.2%.",
        (),
    ),
    (
        "probe-plain",
        "NASA said the probe had reached its closest approach, 6.1 million km from the sun.",
        (),
    ),
    (
        "heatwave-before-peer-review",
        "The paper, which was posted online before peer review, estimated that the heat wave "
        "killed 2,300 people.",
        ((U, "the heat wave killed 2,300 people", "paper", "before peer review"),),
    ),
    (
        "vaccine-not-independently-reviewed",
        "The drugmaker said its vaccine was 95% effective, citing data that has not been "
        "independently reviewed.",
        ((U, "its vaccine was 95% effective", "drugmaker", "has not been independently reviewed"),),
    ),
    (
        "study-two-regions",
        "The study estimated 1.3 million deaths a year in South Asia and 400,000 in Africa.",
        (),
    ),
    (
        "tumour-review-at-odds",
        "The researchers said the treatment shrank tumours in 70% of patients. An independent "
        "review found a response in 42%.",
        (
            (C, "the treatment shrank tumours in 70% of patients", "researchers", "said"),
            (C, "a response in 42%", "independent review", "found"),
        ),
    ),
    (
        "chip-without-evidence",
        "The company said, without providing evidence, that its chip was twice as fast as "
        "its rival's.",
        (
            (
                U,
                "its chip was twice as fast as its rival's",
                "company",
                "without providing evidence",
            ),
        ),
    ),
    (
        "fusion-scientists-sceptical-denied",
        "The lab said it had produced more energy than it used. Outside scientists rejected "
        "the claim, saying the measurement left out the lasers' power.",
        ((C, "it had produced more energy than it used", "Outside scientists", "rejected"),),
    ),
    (
        "study-data-compiled",
        "Data compiled by the researchers showed 4,100 species were recorded in the park in 2024.",
        (),
    ),
    (
        "drug-trial-forecast-outcome",
        "The company had expected the trial to show a 25% reduction. The results, published "
        "on Monday, showed 19%.",
        (),
    ),
    # --- more registers across the areas ---
    (
        "toll-put-not-confirmed",
        "Rescue officials put the toll at 14. The number could not be independently confirmed.",
        ((U, "the toll at 14", "Rescue officials", "could not be independently confirmed"),),
    ),
    (
        "blockade-claim-without-evidence",
        "The minister accused the rebels, without providing evidence, of looting 30 aid trucks.",
        ((U, "looting 30 aid trucks", "minister", "without providing evidence"),),
    ),
    (
        "jobs-according-to-company-plain",
        "The plant will employ 2,200 people, according to the company.",
        (),
    ),
    (
        "deficit-denied-hidden",
        "The treasury denied hiding 2 billion dollars of spending from parliament.",
        ((C, "hiding 2 billion dollars of spending from parliament", "treasury", "denied"),),
    ),
    (
        "unemployment-disputes-figure",
        "The union disputes the government's figure of 120,000 job losses, saying it counts "
        "only full-time workers.",
        ((C, "120,000 job losses", "union", "disputes"),),
    ),
    (
        "inflation-independent-estimate-plain",
        "An independent estimate by the university put annual inflation at 37% in June.",
        (),
    ),
    (
        "hectares-unconfirmed",
        "Unconfirmed reports said the fire had spread to 5,000 hectares.",
        ((U, "the fire had spread to 5,000 hectares", "Unconfirmed reports", "Unconfirmed"),),
    ),
    (
        "detainees-reportedly-transferred",
        "The detainees were reportedly transferred to a military prison in the north.",
        ((U, "transferred to a military prison in the north", "Reuters", "reportedly"),),
    ),
    (
        "strike-count-dismissed-as-fake",
        "The ministry dismissed as fake a video showing a downed helicopter.",
        ((C, "a video showing a downed helicopter", "ministry", "dismissed as fake"),),
    ),
    (
        "referendum-result-denied-fraud",
        "The president denied that the referendum had been rigged.",
        ((C, "the referendum had been rigged", "president", "denied"),),
    ),
    (
        "boxoffice-disputed-studio",
        "Analysts disputed the studio's claim that the film had broken even.",
        ((C, "the film had broken even", "Analysts", "disputed"),),
    ),
    (
        "gdp-revised-two-sources-agree",
        "The statistics office said the economy grew 2.1% last year, in line with the central "
        "bank's estimate of 2.1%.",
        (),
    ),
    (
        "budget-a-figure-the-ministry-disputed",
        "Auditors said 800 million dollars had gone missing from the health budget, a figure "
        "the ministry disputed.",
        (
            (
                C,
                "800 million dollars had gone missing from the health budget",
                "ministry",
                "disputed",
            ),
        ),
    ),
    (
        "drones-unverified-claims",
        "Both sides made unverified claims of heavy enemy losses.",
        ((U, "heavy enemy losses", "Both sides", "unverified"),),
    ),
)

CASES: tuple[FlagCase, ...] = tuple(
    FlagCase(name, text, tuple(Flag(*f) for f in flags)) for name, text, flags in _ROWS
)
