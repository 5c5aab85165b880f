"""Blind matrix of round 43 for the flags a fact-checker needs (unverified, contradiction).

Written from the wire annotation guideline (flags: ``kind``, the clause that states the
claim, who hedges or who denies, the cue) before reading the rules, the cue lexicon or
the earlier rounds' matrices. Genres the earlier rounds covered least: markets and
finance, energy and climate, migration, technology and AI, sanctions and diplomacy,
terrorism, transport accidents, religion, education, local government, entertainment,
and Asian, African and Latin American wire copy; and the families round 42 left wrong:
the narrator's own refutation ("falsely claimed", "There is no record of"), another
outlet's report as a claim ("Le Monde reported", "according to the Financial Times"),
counts at odds in two sentences (two contradiction flags, one on each side: each
side's figure flagged, its source the side that gives the other number, as for a denial),
"contested" a claim beside "contested the seat", "denied the company a loan", "No group
has claimed responsibility", and a plea whose maker is named in the sentence before.

Every sentence is made up for this matrix. A case with no flags is a neighbour that
must raise nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

U = "unverified"
C = "contradiction"


@dataclass(frozen=True)
class F:
    """One expected flag: its kind, the claim's clause, who hedges or denies, the cue.

    ``source`` None: the text names no one (``reportedly``, ``unconfirmed reports``);
    any source is right. ``cue`` is for the reader; the score does not read it.
    """

    kind: str
    surface: str
    source: str | None
    cue: str


@dataclass(frozen=True)
class Case:
    """A short wire passage and every flag the guideline asks for in it."""

    name: str
    text: str
    flags: tuple[F, ...] = ()


_A: tuple[Case, ...] = (
    # ---- markets and finance ----
    Case(
        "fin_ft_talks",
        (
            "Shares of Halvorsen Mining rose 4 percent after the Financial Times reported"
            " that the company was in talks to buy a Chilean copper producer. Halvorsen "
            "declined to comment."
        ),
        (
            F(
                U,
                "the company was in talks to buy a Chilean copper producer",
                "Financial Times",
                "reported",
            ),
        ),
    ),
    Case(
        "fin_denied_bloomberg",
        (
            "Tarnow Bank denied a Bloomberg report that it was preparing a bid for its "
            "smaller rival."
        ),
        (F(C, "it was preparing a bid for its smaller rival", "Tarnow Bank", "denied"),),
    ),
    Case(
        "fin_denied_reports_takeover",
        (
            "Veritas Pharma on Monday denied reports it had received a takeover approach "
            "from a U.S. rival, calling them market rumour."
        ),
        (
            F(
                C,
                "it had received a takeover approach from a U.S. rival",
                "Veritas Pharma",
                "denied",
            ),
        ),
    ),
    Case(
        "fin_rejected_claims_activist",
        (
            "Bremen Logistik rejected claims by activist investor Oakhill Capital that "
            "its board had mismanaged the pension fund."
        ),
        (F(C, "its board had mismanaged the pension fund", "Bremen Logistik", "rejected"),),
    ),
    Case(
        "fin_le_monde_not_confirm",
        (
            "Shares in Sunward Airlines jumped 9 percent after Le Monde reported that the"
            " French state was considering taking a stake. The finance ministry did not "
            "confirm the report."
        ),
        (F(U, "the French state was considering taking a stake", "Le Monde", "did not confirm"),),
    ),
    Case(
        "fin_allegedly_insider",
        (
            "The fund allegedly used inside information to trade ahead of the merger, "
            "prosecutors said in a court filing."
        ),
        (F(U, "used inside information to trade ahead of the merger", "prosecutors", "allegedly"),),
    ),
    Case(
        "fin_output_at_odds",
        (
            "Mercer Energy said its output in the third quarter was 410,000 barrels a "
            "day. Figures from the national regulator put the company's output at 360,000"
            " barrels a day."
        ),
        (
            F(C, "410,000", "national regulator", ""),
            F(C, "360,000", "Mercer Energy", ""),
        ),
    ),
    Case(
        "fin_dismissed_forecast",
        (
            "Analysts at Kessler Partners said the central bank would cut rates twice "
            "this year. The bank's governor dismissed the forecast as speculation."
        ),
        (F(C, "the central bank would cut rates twice this year", "governor", "dismissed"),),
    ),
    Case(
        "fin_ft_job_cuts",
        (
            "According to the Financial Times, the bank is considering cutting 2,000 jobs"
            " in London. The bank declined to comment."
        ),
        (
            F(
                U,
                "the bank is considering cutting 2,000 jobs in London",
                "Financial Times",
                "According to",
            ),
        ),
    ),
    Case(
        "fin_wsj_subpoena",
        (
            "The Wall Street Journal reported on Thursday that the carmaker had received "
            "a subpoena from federal prosecutors, citing people familiar with the matter."
        ),
        (
            F(
                U,
                "the carmaker had received a subpoena from federal prosecutors",
                "Wall Street Journal",
                "reported",
            ),
        ),
    ),
    Case(
        "fin_disputes_short_seller",
        (
            "Short seller Grayfield Research said the miner had overstated its reserves "
            "by 30 percent. The miner disputed the report, saying its figures had been "
            "audited."
        ),
        (F(C, "the miner had overstated its reserves by 30 percent", "miner", "disputed"),),
    ),
    Case(
        "fin_not_in_talks_nikkei",
        (
            "Kordia Telecom denied a Nikkei report that it would sell its fibre unit to a"
            " Singapore fund for $3 billion."
        ),
        (
            F(
                C,
                "it would sell its fibre unit to a Singapore fund for $3 billion",
                "Kordia Telecom",
                "denied",
            ),
        ),
    ),
    Case(
        "fin_unconfirmed_merger",
        (
            "Unconfirmed reports said the two brewers had agreed on a merger, sending "
            "both stocks higher."
        ),
        (F(U, "the two brewers had agreed on a merger", None, "Unconfirmed"),),
    ),
    Case(
        "fin_claimed_profit_no_evidence",
        (
            "The crypto exchange's founder claimed, without providing evidence, that "
            "customer funds were fully backed."
        ),
        (F(U, "customer funds were fully backed", "founder", "claimed"),),
    ),
    # finance neighbours
    Case(
        "fin_nb_loan", "The state lender denied the company a loan last year, court documents show."
    ),
    Case(
        "fin_nb_poll",
        (
            "Analysts expect the central bank to cut rates twice this year, according to a "
            "Reuters poll."
        ),
    ),
    Case(
        "fin_nb_rejected_offer",
        "The board rejected the takeover offer, saying it undervalued the business.",
    ),
    Case("fin_nb_traders", "Traders said the rally was driven by hopes of lower interest rates."),
    Case("fin_nb_declined", "A spokeswoman for the bank declined to comment on the report."),
    Case(
        "fin_nb_same_figure",
        (
            "The company said it sold 1.2 million cars last year. Industry data also showed "
            "sales of 1.2 million cars."
        ),
    ),
    Case(
        "fin_nb_claimed_stake",
        "The investor claimed a 5 percent stake in the insurer in a filing on Friday.",
    ),
    Case(
        "fin_nb_reuters_reported",
        "Reuters reported in March that the insurer was exploring a sale of its Asian unit.",
    ),
    Case("fin_nb_denied_dividend", "The board denied shareholders a dividend for a third year."),
    # ---- energy and climate ----
    Case(
        "en_outage_at_odds",
        (
            "The utility said the outage affected 120,000 homes. The state energy "
            "regulator said 180,000 homes had lost power."
        ),
        (
            F(C, "120,000", "regulator", ""),
            F(C, "180,000", "utility", ""),
        ),
    ),
    Case(
        "en_accused_denied",
        (
            "Greenpeace accused the company of dumping waste water into the river, an "
            "allegation the company denied."
        ),
        (F(C, "dumping waste water into the river", "company", "denied"),),
    ),
    Case(
        "en_oil_ministry_unverified",
        (
            "The oil ministry said production at the field had resumed, but the claim "
            "could not be independently verified."
        ),
        (
            F(
                U,
                "production at the field had resumed",
                "oil ministry",
                "could not be independently verified",
            ),
        ),
    ),
    Case(
        "en_falsely_claimed_turbines",
        "The minister falsely claimed that wind turbines had caused the blackout.",
        (F(C, "wind turbines had caused the blackout", "Reuters", "falsely claimed"),),
    ),
    Case(
        "en_disputed_pipeline",
        (
            "Environmental groups said the pipeline would leak into the aquifer. The "
            "company disputed that, saying its safety record was among the best in the "
            "industry."
        ),
        (F(C, "the pipeline would leak into the aquifer", "company", "disputed"),),
    ),
    Case(
        "en_denied_rationing",
        "The energy ministry denied that fuel shortages had forced rationing in the capital.",
        (F(C, "fuel shortages had forced rationing in the capital", "energy ministry", "denied"),),
    ),
    Case(
        "en_reportedly_tariff",
        (
            "The Saudi developer reportedly offered power at 1.8 cents per kilowatt hour,"
            " the lowest price in such an auction."
        ),
        (F(U, "offered power at 1.8 cents per kilowatt hour", None, "reportedly"),),
    ),
    Case(
        "en_no_record_emissions",
        (
            "The mining company said it had cut its emissions by half since 2010. There "
            "is no record of such a cut in the data it filed with regulators."
        ),
        (F(C, "it had cut its emissions by half since 2010", "Reuters", "There is no record"),),
    ),
    Case(
        "en_opec_rejected",
        "OPEC rejected suggestions that its members had been producing above their quotas.",
        (F(C, "its members had been producing above their quotas", "OPEC", "rejected"),),
    ),
    Case("en_nb_resumed", "Production at the field resumed on Monday, the oil ministry said."),
    Case("en_nb_hottest", "Scientists said 2016 was the hottest year on record."),
    Case("en_nb_denied_permit", "The ministry denied permission for the new coal plant in March."),
    Case(
        "en_nb_no_record_heat",
        "Temperatures in the city hit a record 48 degrees Celsius on Sunday.",
    ),
    Case(
        "en_nb_confirmed", "The grid operator confirmed that power had been restored to all homes."
    ),
    Case(
        "en_nb_toll_update",
        (
            "The number of homes without power fell to 40,000 on Tuesday from 120,000 on "
            "Monday, the utility said."
        ),
    ),
    # ---- migration and border figures ----
    Case(
        "mig_counts_at_odds",
        (
            "Border officials said 3,200 migrants crossed the river last week. The U.N. "
            "refugee agency put the number at 4,100."
        ),
        (
            F(C, "3,200", "refugee agency", ""),
            F(C, "4,100", "Border officials", ""),
        ),
    ),
    Case(
        "mig_claimed_economic",
        "The interior minister claimed that most of the new arrivals were economic migrants.",
        (F(U, "most of the new arrivals were economic migrants", "interior minister", "claimed"),),
    ),
    Case(
        "mig_which_govt_denied",
        (
            "Rights groups said border guards had pushed migrants back at gunpoint, which"
            " the government denied."
        ),
        (F(C, "border guards had pushed migrants back at gunpoint", "government", "denied"),),
    ),
    Case(
        "mig_iom_not_confirmed",
        (
            "At least 50 people drowned when the boat capsized off Libya, the "
            "International Organization for Migration said. The toll could not be "
            "confirmed."
        ),
        (
            F(
                U,
                "At least 50 people drowned when the boat capsized off Libya",
                "International Organization for Migration",
                "could not be confirmed",
            ),
        ),
    ),
    Case(
        "mig_no_record_deaths",
        (
            "The senator said 600 people had died crossing the border last year. There is"
            " no record of such a figure in government data."
        ),
        (
            F(
                C,
                "600 people had died crossing the border last year",
                "Reuters",
                "There is no record",
            ),
        ),
    ),
    Case(
        "mig_falsely_said",
        (
            "The candidate falsely said that migrants were responsible for most violent "
            "crime in the country."
        ),
        (
            F(
                C,
                "migrants were responsible for most violent crime in the country",
                "Reuters",
                "falsely said",
            ),
        ),
    ),
    Case(
        "mig_without_evidence",
        "Without offering evidence, the minister said aid groups were working with smugglers.",
        (F(U, "aid groups were working with smugglers", "minister", "Without offering evidence"),),
    ),
    Case(
        "mig_rejected_reports_camps",
        (
            "The Greek government rejected reports that asylum seekers were being held in"
            " secret camps."
        ),
        (F(C, "asylum seekers were being held in secret camps", "Greek government", "rejected"),),
    ),
    Case(
        "mig_nb_denied_entry", "The government denied entry to 40 migrants at the port of Catania."
    ),
    Case("mig_nb_rescued", "The coastguard said it rescued 112 people off Lampedusa on Sunday."),
    Case(
        "mig_nb_two_counts",
        "Police said 112 migrants were rescued. Another 14 are missing, the coastguard said.",
    ),
    Case("mig_nb_denied_asylum", "A court denied asylum to the family in January."),
    Case(
        "mig_nb_minister_no_record",
        "The minister said there was no record of the man entering the country legally.",
    ),
    # ---- technology and AI ----
    Case(
        "tech_claimed_bar_exam",
        (
            "The startup claimed its chatbot had passed the bar exam, a result "
            "independent researchers have not been able to reproduce."
        ),
        (F(U, "its chatbot had passed the bar exam", "startup", "claimed"),),
    ),
    Case(
        "tech_denied_trained",
        "Nexora denied that its AI model had been trained on pirated books.",
        (F(C, "its AI model had been trained on pirated books", "Nexora", "denied"),),
    ),
    Case(
        "tech_allegedly_hackers",
        (
            "Hackers linked to North Korea allegedly stole $80 million from the exchange,"
            " according to a blockchain analytics firm."
        ),
        (F(U, "stole $80 million from the exchange", "blockchain analytics firm", "allegedly"),),
    ),
    Case(
        "tech_users_at_odds",
        (
            "Bytewave said it had 300 million monthly users. Research firm Sensor Metrics"
            " estimated the figure at 210 million."
        ),
        (
            F(C, "300 million", "Sensor Metrics", ""),
            F(C, "210 million", "Bytewave", ""),
        ),
    ),
    Case(
        "tech_contested_finding",
        (
            "The company contested the regulator's finding that its app had collected "
            "children's data without consent."
        ),
        (F(C, "its app had collected children's data without consent", "company", "contested"),),
    ),
    Case(
        "tech_the_information",
        (
            "According to The Information, the company is planning to cut 10 percent of "
            "its workforce."
        ),
        (
            F(
                U,
                "the company is planning to cut 10 percent of its workforce",
                "The Information",
                "According to",
            ),
        ),
    ),
    Case(
        "tech_purportedly_leak",
        (
            "The documents, which purportedly show the chip's design, were posted on a "
            "Chinese forum."
        ),
        (F(U, "show the chip's design", None, "purportedly"),),
    ),
    Case(
        "tech_dismissed_as_fake",
        (
            "The chief executive dismissed as fake a video that appeared to show him "
            "criticising the product."
        ),
        (F(C, "show him criticising the product", "chief executive", "dismissed as fake"),),
    ),
    Case(
        "tech_not_verified_breach",
        (
            "The hacker group said it had stolen the data of 40 million customers. "
            "Reuters could not independently verify the claim."
        ),
        (
            F(
                U,
                "it had stolen the data of 40 million customers",
                "hacker group",
                "could not independently verify",
            ),
        ),
    ),
    Case(
        "tech_nb_faster", "The company said its new chip is 40 percent faster than its predecessor."
    ),
    Case(
        "tech_nb_according_company",
        "According to the company, the update will reach all users by March.",
    ),
    Case(
        "tech_nb_could_not_verify_users",
        (
            "The bank said its old system could not verify the identity of customers who "
            "opened accounts online."
        ),
    ),
    Case("tech_nb_denied_access", "The platform denied researchers access to its data."),
    Case(
        "tech_nb_disputed_region", "The company opened an office in the disputed region last year."
    ),
    Case(
        "tech_nb_reject_apps",
        "Apple rejected 40 percent of the apps submitted last year, the company said.",
    ),
)
_B: tuple[Case, ...] = (
    # ---- sanctions and diplomacy ----
    Case(
        "dip_rejected_accusation",
        "Moscow rejected Washington's accusation that it had violated the arms control treaty.",
        (F(C, "it had violated the arms control treaty", "Moscow", "rejected"),),
    ),
    Case(
        "dip_dismissed_fabricated",
        (
            "The foreign ministry dismissed as fabricated reports that the ambassador had"
            " been recalled."
        ),
        (F(C, "the ambassador had been recalled", "foreign ministry", "dismissed as fabricated"),),
    ),
    Case(
        "dip_allegedly_tanker",
        (
            "The tanker allegedly transferred oil to a North Korean vessel at sea, a U.N."
            " panel said."
        ),
        (F(U, "transferred oil to a North Korean vessel at sea", "U.N. panel", "allegedly"),),
    ),
    Case(
        "dip_not_confirmed_talks",
        (
            "Western diplomats said talks had taken place in Oman. Iran has not confirmed"
            " the meeting."
        ),
        (F(U, "talks had taken place in Oman", "Western diplomats", "has not confirmed"),),
    ),
    Case(
        "dip_groundless_wsj",
        (
            "China's foreign ministry called groundless a Wall Street Journal report that"
            " Beijing planned a naval base in Cambodia."
        ),
        (F(C, "Beijing planned a naval base in Cambodia", "foreign ministry", "groundless"),),
    ),
    Case(
        "dip_denied_sanctions_evasion",
        "The shipping firm has denied helping Iran evade U.S. sanctions.",
        (F(C, "helping Iran evade U.S. sanctions", "shipping firm", "denied"),),
    ),
    Case(
        "dip_kremlin_denied_meddling",
        "The Kremlin has repeatedly denied meddling in the election.",
        (F(C, "meddling in the election", "Kremlin", "denied"),),
    ),
    Case(
        "dip_izvestia",
        "Russian newspaper Izvestia reported that the envoy would be replaced in the spring.",
        (F(U, "the envoy would be replaced in the spring", "Izvestia", "reported"),),
    ),
    Case("dip_nb_sanctions", "The European Union imposed sanctions on 12 officials on Monday."),
    Case("dip_nb_visa", "The ministry denied a visa to the opposition leader last month."),
    Case(
        "dip_nb_rejected_resolution",
        "Russia rejected the draft resolution at the Security Council.",
    ),
    Case("dip_nb_envoy_said", "The envoy said the talks had been constructive."),
    Case(
        "dip_nb_claimed_sovereignty",
        "Both countries have claimed sovereignty over the islands since 1971.",
    ),
    # ---- terrorism ----
    Case(
        "ter_is_claimed_no_evidence",
        (
            "Islamic State claimed responsibility for the bombing through its Amaq news "
            "agency, without providing evidence."
        ),
        (F(U, "responsibility for the bombing", "Islamic State", "claimed"),),
    ),
    Case(
        "ter_taliban_claim_not_verified",
        (
            "The Pakistani Taliban claimed responsibility for the attack, a claim Reuters"
            " could not independently verify."
        ),
        (F(U, "responsibility for the attack", "Pakistani Taliban", "claimed"),),
    ),
    Case(
        "ter_shabaab_counts",
        (
            "Al Shabaab said its fighters killed 30 soldiers. The army said five soldiers"
            " died in the attack."
        ),
        (
            F(C, "30", "army", ""),
            F(C, "five", "Al Shabaab", ""),
        ),
    ),
    Case(
        "ter_army_denied_civilians",
        "The army denied that civilians had been killed in the air strike.",
        (F(C, "civilians had been killed in the air strike", "army", "denied"),),
    ),
    Case(
        "ter_group_claimed_attack",
        (
            "The group claimed the attack in a statement posted online, which Reuters "
            "could not authenticate."
        ),
        (F(U, "the attack", "group", "claimed"),),
    ),
    Case("ter_nb_no_group", "No group has claimed responsibility for the attack."),
    Case(
        "ter_nb_no_group_yet",
        (
            "No group has yet claimed responsibility for the blast, which killed 14 people, "
            "police said."
        ),
    ),
    Case("ter_nb_nobody_claimed", "There was no immediate claim of responsibility for the attack."),
    Case(
        "ter_nb_arrested",
        "Police said the suspect had been arrested in connection with the bombing.",
    ),
    Case("ter_nb_claimed_lives", "The blast claimed at least 12 lives, the health ministry said."),
    # ---- transport accidents ----
    Case(
        "tr_passengers_at_odds",
        (
            "The airline said 82 passengers were on board. Aviation authorities said the "
            "manifest listed 86 passengers."
        ),
        (
            F(C, "82", "Aviation authorities", ""),
            F(C, "86", "airline", ""),
        ),
    ),
    Case(
        "tr_allegedly_asleep",
        "The driver allegedly fell asleep at the wheel, local media reported.",
        (F(U, "fell asleep at the wheel", "local media", "allegedly"),),
    ),
    Case(
        "tr_denied_signal",
        "The railway company denied that its signal system had failed before the crash.",
        (F(C, "its signal system had failed before the crash", "railway company", "denied"),),
    ),
    Case(
        "tr_rejected_overloaded",
        "The ferry operator rejected reports that the ship had been overloaded.",
        (F(C, "the ship had been overloaded", "ferry operator", "rejected"),),
    ),
    Case(
        "tr_toll_two_sentences",
        (
            "Police said 14 people died when the bus plunged into a ravine. Hospital "
            "officials put the death toll at 19."
        ),
        (
            F(C, "14", "Hospital officials", ""),
            F(C, "19", "Police", ""),
        ),
    ),
    Case(
        "tr_pilot_reportedly",
        "The pilot had reportedly reported a technical fault minutes before the crash.",
        (F(U, "reported a technical fault minutes before the crash", None, "reportedly"),),
    ),
    Case(
        "tr_nb_derailed",
        "The train derailed near Hyderabad on Sunday, killing at least 23 people, officials said.",
    ),
    Case(
        "tr_nb_toll_rose", "The death toll rose to 40 on Tuesday from 32 on Monday, officials said."
    ),
    Case(
        "tr_nb_same_toll",
        "Police said 12 people were killed. Hospital officials also said 12 people had died.",
    ),
    Case(
        "tr_nb_injured",
        "Police said 12 people died. Another 40 were injured, hospital officials said.",
    ),
    # ---- religion ----
    Case(
        "rel_vatican_denied",
        (
            "The Vatican denied a report in an Italian newspaper that the pope was "
            "planning to resign."
        ),
        (F(C, "the pope was planning to resign", "Vatican", "denied"),),
    ),
    Case(
        "rel_crowd_at_odds",
        (
            "Organisers said 2 million pilgrims attended the festival. Police estimated "
            "the crowd at 800,000."
        ),
        (
            F(C, "2 million", "Police", ""),
            F(C, "800,000", "Organisers", ""),
        ),
    ),
    Case(
        "rel_allegedly_covered",
        (
            "Church officials allegedly covered up abuse by the bishop for decades, a "
            "grand jury report said."
        ),
        (F(U, "covered up abuse by the bishop for decades", "grand jury report", "allegedly"),),
    ),
    Case(
        "rel_diocese_denied_knowledge",
        "The diocese denied that it had known of the allegations before 2015.",
        (F(C, "it had known of the allegations before 2015", "diocese", "denied"),),
    ),
    Case("rel_nb_reopen", "The archbishop said the cathedral would reopen at Easter."),
    Case("rel_nb_denied_communion", "The bishop denied communion to the politician last year."),
    # ---- education ----
    Case(
        "edu_university_denied",
        "The university denied that it had admitted students in exchange for donations.",
        (F(C, "it had admitted students in exchange for donations", "university", "denied"),),
    ),
    Case(
        "edu_schools_at_odds",
        (
            "The ministry said 98 percent of schools had reopened. The teachers' union "
            "said only 60 percent had."
        ),
        (
            F(C, "98 percent", "union", ""),
            F(C, "60 percent", "ministry", ""),
        ),
    ),
    Case(
        "edu_principal_allegedly",
        ("The principal allegedly changed the exam grades of 30 pupils, the school district said."),
        (F(U, "changed the exam grades of 30 pupils", "school district", "allegedly"),),
    ),
    Case(
        "edu_falsely_stated",
        (
            "The education secretary falsely stated that test scores had risen every year"
            " since 2012."
        ),
        (F(C, "test scores had risen every year since 2012", "Reuters", "falsely stated"),),
    ),
    Case("edu_nb_denied_place", "The school denied the student a place on the course."),
    Case(
        "edu_nb_contested_grades",
        "Students at the college contested their grades in record numbers last year.",
    ),
    Case("edu_nb_exams", "About 1.2 million students sat the exam, the ministry said."),
    # ---- local government ----
    Case(
        "loc_mayor_falsely",
        (
            "The mayor falsely claimed that crime had doubled under his predecessor. "
            "Police data show it fell by 8 percent."
        ),
        (F(C, "crime had doubled under his predecessor", "Reuters", "falsely claimed"),),
    ),
    Case(
        "loc_council_contested_claims",
        "The council contested claims that it had wasted $2 million on consultants.",
        (F(C, "it had wasted $2 million on consultants", "council", "contested"),),
    ),
    Case(
        "loc_bridge_at_odds",
        (
            "The mayor's office said the new bridge would cost $40 million. A city audit "
            "put the cost at $65 million."
        ),
        (
            F(C, "$40 million", "audit", ""),
            F(C, "$65 million", "mayor's office", ""),
        ),
    ),
    Case(
        "loc_treasurer_plea",
        "The city's former treasurer pleaded not guilty to embezzlement charges on Wednesday.",
        (F(C, "embezzlement charges", "treasurer", "pleaded not guilty"),),
    ),
    Case(
        "loc_plea_prev_sentence",
        (
            "Marta Ruiz, the former mayor of Valle Alto, appeared in court on Tuesday. "
            "She pleaded not guilty to bribery."
        ),
        (F(C, "bribery", "Marta Ruiz", "pleaded not guilty"),),
    ),
    Case(
        "loc_charged_he_pleaded",
        "Prosecutors charged deputy mayor Tom Becker with fraud in May. He pleaded not guilty.",
        (F(C, "fraud", "Tom Becker", "pleaded not guilty"),),
    ),
    Case(
        "loc_nb_contested_seat", "Councillor Jane Obi contested the seat as an independent in 2014."
    ),
    Case("loc_nb_denied_planning", "The council denied planning permission for the tower."),
    Case(
        "loc_nb_pleaded_guilty", "The contractor pleaded guilty to bribing two council officials."
    ),
    Case("loc_nb_budget", "The council approved a budget of $1.4 billion for next year."),
    # ---- celebrity and entertainment ----
    Case(
        "cel_reps_denied_married",
        "The singer's representatives denied reports that she had secretly married.",
        (F(C, "she had secretly married", "representatives", "denied"),),
    ),
    Case(
        "cel_reportedly_paid",
        "The actor was reportedly paid $20 million for the role.",
        (F(U, "paid $20 million for the role", None, "reportedly"),),
    ),
    Case(
        "cel_variety_shelved",
        "According to Variety, the studio has shelved the sequel.",
        (F(U, "the studio has shelved the sequel", "Variety", "According to"),),
    ),
    Case(
        "cel_rapper_denied_allegations",
        "The rapper denied allegations that he had assaulted a photographer.",
        (F(C, "he had assaulted a photographer", "rapper", "denied"),),
    ),
    Case(
        "cel_le_monde_questioned",
        "Le Monde reported that the actor had been questioned by police in Paris.",
        (F(U, "the actor had been questioned by police in Paris", "Le Monde", "reported"),),
    ),
    Case(
        "cel_accused_claims_denied",
        "A former assistant accused the producer of harassment, claims the producer has denied.",
        (F(C, "harassment", "producer", "denied"),),
    ),
    Case(
        "cel_nb_box_office",
        "The film took $150 million at the box office, according to studio estimates.",
    ),
    Case("cel_nb_said_questioned", "The actor said he had been questioned by police in Paris."),
    Case("cel_nb_claimed_award", "The band claimed the top prize at the awards on Sunday."),
    Case("cel_nb_editor", "Le Monde's editor said the newspaper would appeal the ruling."),
)
_C: tuple[Case, ...] = (
    # ---- Asian wire copy ----
    Case(
        "asia_kcna_claimed",
        "North Korea's state media claimed the new missile could reach the U.S. mainland.",
        (F(U, "the new missile could reach the U.S. mainland", "North Korea", "claimed"),),
    ),
    Case(
        "asia_groundless_detained",
        "Beijing rejected as groundless accusations that it had detained the fishermen.",
        (F(C, "it had detained the fishermen", "Beijing", "rejected"),),
    ),
    Case(
        "asia_kyodo",
        (
            "Kyodo news agency reported, citing unnamed government sources, that the "
            "prime minister would dissolve parliament this month."
        ),
        (F(U, "the prime minister would dissolve parliament this month", "Kyodo", "reported"),),
    ),
    Case(
        "asia_stampede_at_odds",
        "Police said 14 people died in the stampede. Local officials put the death toll at 21.",
        (
            F(C, "14", "officials", ""),
            F(C, "21", "Police", ""),
        ),
    ),
    Case(
        "asia_manila_denied",
        "Manila denied that Chinese vessels had been allowed to fish in its waters.",
        (F(C, "Chinese vessels had been allowed to fish in its waters", "Manila", "denied"),),
    ),
    Case(
        "asia_pak_military_claimed",
        (
            "Pakistan's military claimed it had killed 40 militants in the raid, a figure"
            " that could not be independently verified."
        ),
        (F(U, "it had killed 40 militants in the raid", "military", "claimed"),),
    ),
    Case(
        "asia_junta_not_confirmed",
        (
            "Family members said the activist had been detained in Bangkok. The junta did"
            " not confirm the arrest."
        ),
        (F(U, "the activist had been detained in Bangkok", "Family members", "did not confirm"),),
    ),
    Case(
        "asia_yonhap",
        (
            "South Korea's Yonhap news agency reported that the North had fired two "
            "short-range missiles."
        ),
        (F(U, "the North had fired two short-range missiles", "Yonhap", "reported"),),
    ),
    Case("asia_nb_bail", "India's Supreme Court denied bail to the former minister."),
    Case("asia_nb_contested_polls", "Her party contested 300 seats in the general election."),
    Case("asia_nb_xinhua_said", "Xinhua said the bridge would open to traffic in June."),
    # ---- African wire copy ----
    Case(
        "afr_boko_claimed",
        (
            "Boko Haram claimed responsibility for the suicide bombing in Maiduguri in a "
            "video that Reuters could not authenticate."
        ),
        (F(U, "responsibility for the suicide bombing in Maiduguri", "Boko Haram", "claimed"),),
    ),
    Case(
        "afr_turnout_at_odds",
        (
            "The electoral commission said turnout was 78 percent. The opposition said it"
            " was 54 percent."
        ),
        (
            F(C, "78 percent", "opposition", ""),
            F(C, "54 percent", "electoral commission", ""),
        ),
    ),
    Case(
        "afr_ethiopia_denied",
        "Ethiopia's government denied that troops had fired on protesters in Bahir Dar.",
        (F(C, "troops had fired on protesters in Bahir Dar", "government", "denied"),),
    ),
    Case(
        "afr_president_wrongdoing",
        "South Africa's president has denied any wrongdoing.",
        (F(C, "any wrongdoing", "president", "denied"),),
    ),
    Case(
        "afr_contested_claim_rigged",
        ("Zimbabwe's ruling party contested the opposition's claim that the vote had been rigged."),
        (F(C, "the vote had been rigged", "ruling party", "contested"),),
    ),
    Case(
        "afr_kampala_reportedly",
        "Police in Kampala reportedly fired tear gas at supporters of the opposition candidate.",
        (F(U, "fired tear gas at supporters of the opposition candidate", None, "reportedly"),),
    ),
    Case(
        "afr_premium_times",
        (
            "According to Nigeria's Premium Times newspaper, the governor spent $4 "
            "million on a private jet."
        ),
        (F(U, "the governor spent $4 million on a private jet", "Premium Times", "According to"),),
    ),
    Case("afr_nb_contested_seats", "Zimbabwe's opposition contested 120 seats in the election."),
    Case("afr_nb_talks", "The Ugandan government said it would hold talks with donors next month."),
    Case("afr_nb_denied_bail_kenya", "A Nairobi court denied the two suspects bail on Friday."),
    # ---- Latin American wire copy ----
    Case(
        "lat_votes_at_odds",
        (
            "Venezuela's electoral council said 8 million people voted. The opposition "
            "said fewer than 3 million had cast ballots."
        ),
        (
            F(C, "8 million", "opposition", ""),
            F(C, "fewer than 3 million", "electoral council", ""),
        ),
    ),
    Case(
        "lat_denied_bribes",
        "Brazil's former president denied receiving bribes from the construction firm.",
        (F(C, "receiving bribes from the construction firm", "president", "denied"),),
    ),
    Case(
        "lat_folha",
        "According to Folha de S.Paulo, the minister met the lobbyist twice in 2016.",
        (F(U, "the minister met the lobbyist twice in 2016", "Folha de S.Paulo", "According to"),),
    ),
    Case(
        "lat_disputed_version",
        (
            "Mexico's attorney general's office said the students had been killed by a "
            "drug gang, a version disputed by independent experts."
        ),
        (F(C, "the students had been killed by a drug gang", "independent experts", "disputed"),),
    ),
    Case(
        "lat_acapulco_allegedly",
        "The mayor of Acapulco allegedly had ties to the cartel, prosecutors said.",
        (F(U, "had ties to the cartel", "prosecutors", "allegedly"),),
    ),
    Case(
        "lat_farc_claimed",
        "FARC commanders claimed they had handed over all their weapons.",
        (F(U, "they had handed over all their weapons", "FARC commanders", "claimed"),),
    ),
    Case(
        "lat_peru_falsely",
        "Peru's president falsely claimed that inflation was the lowest in the region.",
        (F(C, "inflation was the lowest in the region", "Reuters", "falsely claimed"),),
    ),
    Case("lat_nb_senate_denied", "Chile's Senate denied the request for an extension."),
    Case("lat_nb_clarin_editor", "Clarin's owner said the newspaper would cut 300 jobs."),
    # ---- the narrator's own refutation ----
    Case(
        "nar_no_record_navy",
        (
            "The candidate said he had served in the navy. There is no record of his "
            "service in navy archives."
        ),
        (F(C, "he had served in the navy", "Reuters", "There is no record"),),
    ),
    Case(
        "nar_falsely_claimed_millions",
        "The president falsely claimed that millions of people had voted illegally.",
        (F(C, "millions of people had voted illegally", "Reuters", "falsely claimed"),),
    ),
    Case(
        "nar_wrongly_said",
        "The governor wrongly said the state had the lowest unemployment rate in the country.",
        (
            F(
                C,
                "the state had the lowest unemployment rate in the country",
                "Reuters",
                "wrongly said",
            ),
        ),
    ),
    Case(
        "nar_false_claim_vaccines",
        "The minister repeated the false claim that vaccines cause autism.",
        (F(C, "vaccines cause autism", "Reuters", "false claim"),),
    ),
    Case(
        "nar_without_evidence_stolen",
        "The senator said without evidence that the election had been stolen.",
        (F(U, "the election had been stolen", "senator", "without evidence"),),
    ),
    Case(
        "nar_no_evidence_to_support",
        (
            "The ministry said the fire had been set by foreign agents. It offered no "
            "evidence to support the claim."
        ),
        (F(U, "the fire had been set by foreign agents", "ministry", "no evidence"),),
    ),
    Case(
        "nar_nb_minister_no_record",
        "The minister said there is no record of the company paying taxes in the country.",
    ),
    Case("nar_nb_record_term", "The senator claimed a record fifth term on Tuesday."),
    Case("nar_nb_gold", "The runner claimed gold in the 400 metres."),
    Case("nar_nb_false_start", "The race was restarted after a false start."),
    Case(
        "nar_nb_no_record_rain",
        "There is no record of such heavy rain in the city since 1911, the weather service said.",
    ),
    # ---- an outlet's report as a claim ----
    Case(
        "out_le_monde_denied",
        (
            "Le Monde reported on Friday that the minister had used public funds for "
            "private travel. The minister denied the report."
        ),
        (F(C, "the minister had used public funds for private travel", "minister", "denied"),),
    ),
    Case(
        "out_ft_declined",
        "According to the Financial Times, the carmaker plans to close two plants in Spain.",
        (
            F(
                U,
                "the carmaker plans to close two plants in Spain",
                "Financial Times",
                "According to",
            ),
        ),
    ),
    Case(
        "out_spiegel_citing",
        (
            "Der Spiegel reported, citing intelligence sources, that the suspect had been"
            " in contact with the group."
        ),
        (F(U, "the suspect had been in contact with the group", "Der Spiegel", "reported"),),
    ),
    Case(
        "out_local_media",
        "Local media reported that at least 10 people had been arrested.",
        (F(U, "at least 10 people had been arrested", "Local media", "reported"),),
    ),
    Case(
        "out_nb_reuters_calc",
        "According to Reuters calculations, the bank's profit rose 12 percent.",
    ),
    Case(
        "out_nb_ft_interview",
        "The chief executive told the Financial Times that the company would not raise prices.",
    ),
    Case(
        "out_nb_reuters_saw",
        "The plan, according to a document seen by Reuters, would cut 5,000 jobs.",
    ),
    # ---- counts at odds in two sentences ----
    Case(
        "cnt_protest_size",
        (
            "Organisers said 100,000 people joined the march. Police said about 30,000 "
            "had taken part."
        ),
        (
            F(C, "100,000", "Police", ""),
            F(C, "about 30,000", "Organisers", ""),
        ),
    ),
    Case(
        "cnt_dead_rebels_army",
        (
            "The rebels said they had killed 45 government troops. The defence ministry "
            "said 12 soldiers were killed."
        ),
        (
            F(C, "45", "defence ministry", ""),
            F(C, "12", "rebels", ""),
        ),
    ),
    Case(
        "cnt_jobs_union",
        ("The company said 800 jobs would go. The union said the cuts would affect 1,500 workers."),
        (
            F(C, "800", "union", ""),
            F(C, "1,500", "company", ""),
        ),
    ),
    Case(
        "cnt_nb_different_things",
        "The company said 800 jobs would go. The union said it had 1,500 members at the plant.",
    ),
    Case(
        "cnt_nb_agree",
        "The ministry said 30 people were arrested. Police also said 30 people had been arrested.",
    ),
    # ---- "contested" as a denial verb, and its neighbours ----
    Case(
        "con_contested_results",
        "The opposition contested the official results, saying its candidate had won.",
        (F(C, "the official results", "opposition", "contested"),),
    ),
    Case(
        "con_contested_account",
        "Lawyers for the family contested the police account that the man had been armed.",
        (F(C, "the man had been armed", "Lawyers", "contested"),),
    ),
    Case("con_nb_contested_election", "Five parties contested the election."),
    Case("con_nb_hotly_contested", "The hotly contested race will be decided in a runoff."),
    Case("con_nb_contested_final", "The two teams contested the final in Lisbon."),
    # ---- denied as a verb of giving, not of a claim ----
    Case("den_nb_denied_him_chance", "The injury denied him the chance to play in the final."),
    Case("den_nb_denied_licence", "Regulators denied the airline a licence to fly to London."),
    Case("den_nb_access", "Journalists were denied access to the court."),
    # ---- pleas with the source named before ----
    Case(
        "plea_prev_named",
        (
            "Mohammed Al-Rashid, 34, was charged with murder last month. He pleaded not "
            "guilty at a hearing in Leeds."
        ),
        (F(C, "murder", "Mohammed Al-Rashid", "pleaded not guilty"),),
    ),
    Case(
        "plea_denied_charges_prev",
        (
            "Ousmane Diallo, a former customs chief, was arrested in March. He has denied"
            " the charges."
        ),
        (F(C, "the charges", "Ousmane Diallo", "denied"),),
    ),
    Case(
        "plea_company_not_guilty",
        "Volkner AG pleaded not guilty to charges of price fixing.",
        (F(C, "price fixing", "Volkner AG", "pleaded not guilty"),),
    ),
    # ---- unverified: other cues ----
    Case(
        "unv_unconfirmed_left",
        "Unconfirmed reports said the president had left the country.",
        (F(U, "the president had left the country", None, "Unconfirmed"),),
    ),
    Case(
        "unv_rebels_claim_verified",
        "The rebels said they had captured the town, but the claim could not be verified.",
        (F(U, "they had captured the town", "rebels", "could not be verified"),),
    ),
    Case(
        "unv_purported_letter",
        "A purported letter from the kidnappers demanded a ransom of $1 million.",
        (F(U, "letter from the kidnappers", None, "purported"),),
    ),
    Case("unv_nb_confirmed", "The ministry confirmed that three soldiers had been killed."),
    Case("unv_nb_rule_out", "Officials said they could not rule out more casualties."),
    Case("unv_nb_verified_account", "The ministry posted the statement on its verified account."),
)

#: Every case of the matrix.
CASES: tuple[Case, ...] = _A + _B + _C

#: A gold flag matches a predicted one of the same kind whose span contains it or
#: overlaps it by this share of their joint characters (the wire scorer's test).
OVERLAP = 0.3


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _words(s: str | None) -> set[str]:
    return {w.strip(".,'’s").lower() for w in (s or "").split()} - {"the", "a", "of", ""}


def _matches(gold: F, text: str, pred: dict[str, Any], *, sources: bool) -> bool:
    if gold.kind != pred["kind"]:
        return False
    start = text.index(gold.surface)
    span = (start, start + len(gold.surface))
    got = (pred["start"], pred["end"])
    if not (got[0] <= span[0] and span[1] <= got[1]) and _overlap(span, got) < OVERLAP:
        return False
    if not sources or gold.source is None:
        return True
    return bool(_words(gold.source) & _words(pred["source"]))


def score(
    case: Case, preds: list[dict[str, Any]], *, sources: bool = False
) -> tuple[list[F], list[dict[str, Any]]]:
    """The case's gold flags no prediction matched, and the predictions no gold flag took.

    As the wire scorer (and the round-42 matrix) match: same kind, and the prediction
    covers the gold span or overlaps it by ``OVERLAP``. With ``sources``, the source
    must also share a word with the gold source (a stricter reading, reported beside).
    """
    free = list(preds)
    missed = []
    for gold in case.flags:
        hit = next((p for p in free if _matches(gold, case.text, p, sources=sources)), None)
        if hit is None:
            missed.append(gold)
        else:
            free.remove(hit)
    return missed, free


def predict(cases: tuple[Case, ...]) -> dict[str, list[dict[str, Any]]]:
    """Per case name, its flags as the wire bench reads them, from one check call.

    One flag per claim and kind, and for a contradiction one per source denying that
    claim; a contradiction's span is the claim it contradicts, its source who denies.
    """
    import provenance
    from tests.rules.helpers import FLAG_KINDS, wire_documents

    result = provenance.check(
        wire_documents({c.name: c.text for c in cases}, "m43"), engine="pandas"
    )
    t = result.tables
    names = t.sources.set_index("source_id")["name"].to_dict()
    path = t.articles.set_index("article_id")["path"].to_dict()
    claims = t.claims.set_index("claim_id")
    fig_claim = t.figures.set_index("figure_id")["claim_id"].to_dict()
    out: dict[str, list[dict[str, Any]]] = {c.name: [] for c in cases}
    seen: set[tuple[Any, ...]] = set()
    found = result.findings[result.findings["kind"].isin(FLAG_KINDS)]
    for f in found.itertuples():
        cid = f.claim_id if isinstance(f.claim_id, str) else fig_claim.get(f.figure_id)
        if not isinstance(cid, str):
            continue
        source = claims.loc[cid, "source_id"]
        if f.kind == C and isinstance(f.related_claim_id, str):
            cid = f.related_claim_id
        c = claims.loc[cid]
        if f.kind == U:
            source = c.source_id
        key = (f.article_id, f.kind, int(c.start), int(c.end), source if f.kind == C else None)
        if key in seen:
            continue
        seen.add(key)
        name = str(path[f.article_id]).removeprefix("m43/")
        out[name].append(
            {
                "kind": str(f.kind),
                "start": int(c.start),
                "end": int(c.end),
                "text": str(c.text),
                "rule": str(f.rule),
                "source": names.get(source),
            }
        )
    return out
