"""The sixth blind matrix of flags a fact-checker needs (stop 44).

Written from the wire guideline (flags: unverified, contradiction) before reading the rules
or the older matrices' cases: short wire passages of my own in the house styles of the
agencies, from the genres the earlier rounds covered least (health and vaccine
misinformation, doping and match-fixing, trials, election-fraud claims, casualty counts
from both sides of a war, human-rights reports a government rejects, disaster tolls,
science misconduct, police shootings, labour disputes), and the families stop 43 left
wrong (a denied report, "according to the Financial Times", counts at odds in synonyms,
"There is no record of", the passive "is contested by", refusals read as denials).

Each row is ``(name, text, flags)``; each flag is ``(kind, surface, source, cue)``,
``surface`` being the shortest clause that states the claim in question and ``source``
who hedges it (unverified) or who denies it (contradiction), as the guideline says. Two
counts at odds are two contradiction flags, one on each side, and their cue is empty; one
source answering another's account ("X claimed A, but Y said B") contradicts A, the claim
in question, and Y is its source. A claim both hedged and left unverified by the writer is
one unverified flag (the flags are counted once per claim and kind).
A case with no flags is a neighbour that must raise nothing. "Reuters" as the source of
an unverified flag means the text names no one ("reportedly", "the alleged fixer"): any
source is right; as the source of a contradiction it is the writer's own refutation
("falsely claimed", "There is no record of"). Cases are scored as round 43's are.
"""

from __future__ import annotations

from tests.rules.flags_matrix43 import C, Case, F, U, predict, score

__all__ = ["CASES", "Case", "F", "predict", "score"]

Row = tuple[str, str, tuple[tuple[str, str, str, str], ...]]

_ROWS: tuple[Row, ...] = (
    # ---- health and vaccine misinformation -------------------------------------------
    (
        "health-01",
        "The post claimed that the vaccine alters human DNA. Health officials said there was "
        "no evidence for it.",
        ((U, "the vaccine alters human DNA", "The post", "claimed"),),
    ),
    (
        "health-02",
        "The ministry rejected claims that the shots had caused infertility in young women.",
        ((C, "the shots had caused infertility in young women", "The ministry", "rejected"),),
    ),
    (
        "health-03",
        "The influencer, who has 2 million followers, falsely claimed the booster contained "
        "microchips.",
        ((C, "the booster contained microchips", "Reuters", "falsely claimed"),),
    ),
    (
        "health-04",
        "Dr. Ana Ruiz, an epidemiologist at the university, said the outbreak had peaked in March.",
        (),
    ),
    (
        "health-05",
        "The clinic allegedly sold fake vaccination certificates to more than 300 people, "
        "police said.",
        ((U, "sold fake vaccination certificates to more than 300 people", "police", "allegedly"),),
    ),
    (
        "health-06",
        "The company said its supplement cured long COVID, without providing evidence.",
        ((U, "its supplement cured long COVID", "The company", "without providing evidence"),),
    ),
    (
        "health-07",
        "The World Health Organization has not confirmed the reports of a new strain in the "
        "province.",
        (
            (
                U,
                "a new strain in the province",
                "The World Health Organization",
                "has not confirmed",
            ),
        ),
    ),
    (
        "health-08",
        "The drugmaker disputed the study's finding that its pill raised the risk of stroke.",
        ((C, "its pill raised the risk of stroke", "The drugmaker", "disputed"),),
    ),
    (
        "health-09",
        "Regulators approved the vaccine for children aged 5 to 11 on Tuesday.",
        (),
    ),
    (
        "health-10",
        "A video shared widely on Facebook purports to show a nurse fainting after a shot. "
        "The hospital said the nurse had a pre-existing condition.",
        ((U, "show a nurse fainting after a shot", "A video", "purports"),),
    ),
    (
        "health-11",
        "The health department dismissed as fake a letter circulating online that said "
        "schools would close for a month.",
        ((C, "schools would close for a month", "The health department", "dismissed as fake"),),
    ),
    (
        "health-12",
        "The senator claimed, without offering proof, that the mask mandate had increased "
        "infections.",
        ((U, "the mask mandate had increased infections", "The senator", "claimed"),),
    ),
    (
        "health-13",
        "The trial showed the vaccine was 91 percent effective against severe disease, the "
        "company said.",
        (),
    ),
    (
        "health-14",
        "Anti-vaccine groups say the jab causes heart attacks in athletes, a claim "
        "cardiologists have refuted.",
        ((C, "the jab causes heart attacks in athletes", "cardiologists", "refuted"),),
    ),
    (
        "health-15",
        "The hospital denied the patient a transplant because of his age, his family said.",
        (),
    ),
    (
        "health-16",
        "The health ministry denied that any child had died after receiving the vaccine.",
        ((C, "any child had died after receiving the vaccine", "The health ministry", "denied"),),
    ),
    (
        "health-17",
        "The purported cure, a mixture of bleach and water, is dangerous, doctors warned.",
        ((U, "cure", "Reuters", "purported"),),
    ),
    (
        "health-18",
        "The ministry said 1,200 people had been vaccinated in the camp by Friday.",
        (),
    ),
    (
        "health-19",
        "The clinic claimed a 98 percent success rate for the therapy. Reuters could not "
        "independently verify the figure.",
        ((U, "a 98 percent success rate for the therapy", "The clinic", "claimed"),),
    ),
    (
        "health-20",
        "The agency rejected the application for an emergency licence on Monday.",
        (),
    ),
    # ---- sport: doping and match-fixing ----------------------------------------------
    (
        "sport-01",
        "The sprinter denied taking any banned substance and said he would appeal.",
        ((C, "taking any banned substance", "The sprinter", "denied"),),
    ),
    (
        "sport-02",
        "The federation said the cyclist had tested positive for EPO in an out-of-competition "
        "test.",
        (),
    ),
    (
        "sport-03",
        "Prosecutors allege that the goalkeeper was paid 50,000 euros to concede in the second "
        "half.",
        (
            (
                U,
                "the goalkeeper was paid 50,000 euros to concede in the second half",
                "Prosecutors",
                "allege",
            ),
        ),
    ),
    (
        "sport-04",
        "The club rejected allegations that its players had been involved in match-fixing.",
        ((C, "its players had been involved in match-fixing", "The club", "rejected"),),
    ),
    (
        "sport-05",
        "The swimmer reportedly tested positive for a banned heart drug in December.",
        ((U, "tested positive for a banned heart drug in December", "Reuters", "reportedly"),),
    ),
    (
        "sport-06",
        "The alleged fixer, a 44-year-old businessman, was arrested in Singapore.",
        ((U, "fixer", "Reuters", "alleged"),),
    ),
    (
        "sport-07",
        "The tennis player was denied a wildcard for the tournament after missing the deadline.",
        (),
    ),
    (
        "sport-08",
        "The national anti-doping agency disputed the athlete's account that the substance "
        "came from contaminated meat.",
        (
            (
                C,
                "the substance came from contaminated meat",
                "The national anti-doping agency",
                "disputed",
            ),
        ),
    ),
    (
        "sport-09",
        "The coach said the team had trained hard all season and deserved the title.",
        (),
    ),
    (
        "sport-10",
        "The striker's lawyers said the sample had been contaminated in the laboratory. The "
        "agency rejected that explanation.",
        ((C, "the sample had been contaminated in the laboratory", "The agency", "rejected"),),
    ),
    (
        "sport-11",
        "A whistleblower claimed that officials had swapped urine samples through a hole in "
        "the wall. The ministry called the claim fabricated.",
        (
            (
                U,
                "officials had swapped urine samples through a hole in the wall",
                "A whistleblower",
                "claimed",
            ),
            (
                C,
                "officials had swapped urine samples through a hole in the wall",
                "The ministry",
                "called the claim fabricated",
            ),
        ),
    ),
    (
        "sport-12",
        "The league suspended the referee pending an investigation into the betting pattern.",
        (),
    ),
    (
        "sport-13",
        "The boxer has denied all charges of doping and said the test was flawed.",
        ((C, "doping", "The boxer", "denied"),),
    ),
    (
        "sport-14",
        "The federation refuted the report that it had covered up 12 positive tests.",
        ((C, "it had covered up 12 positive tests", "The federation", "refuted"),),
    ),
    (
        "sport-15",
        "The committee confirmed that the athlete's medal had been withdrawn.",
        (),
    ),
    (
        "sport-16",
        "Two players allegedly bet on their own team to lose, the integrity unit said.",
        ((U, "bet on their own team to lose", "the integrity unit", "allegedly"),),
    ),
    (
        "sport-17",
        "The club said it could not confirm reports that its captain had been questioned by "
        "police.",
        ((U, "its captain had been questioned by police", "The club", "could not confirm"),),
    ),
    (
        "sport-18",
        "The runner claimed victory in the marathon in a course record of 2:03:12.",
        (),
    ),
    # ---- lawsuits and trials ----------------------------------------------------------
    (
        "court-01",
        "Prosecutors allege that Hale siphoned $4 million from the charity between 2015 and 2019.",
        (
            (
                U,
                "Hale siphoned $4 million from the charity between 2015 and 2019",
                "Prosecutors",
                "allege",
            ),
        ),
    ),
    (
        "court-02",
        "The defence disputed the prosecution's claim that the defendant was at the scene.",
        ((C, "the defendant was at the scene", "The defence", "disputed"),),
    ),
    (
        "court-03",
        "The lawsuit alleges the company knowingly sold contaminated baby formula. The "
        "company denied the allegations.",
        (
            (U, "the company knowingly sold contaminated baby formula", "The lawsuit", "alleges"),
            (C, "the company knowingly sold contaminated baby formula", "The company", "denied"),
        ),
    ),
    # a plea of not guilty denies the charges (the guideline: a source denies a claim made
    # by another; the wire dev gold flags all four of its pleas so), corrected at stop 46
    (
        "court-04",
        "Hale pleaded not guilty to fraud charges on Tuesday.",
        ((C, "fraud charges", "Hale", "pleaded not guilty"),),
    ),
    (
        "court-05",
        "The judge denied the defence's motion to dismiss the case.",
        (),
    ),
    (
        "court-06",
        "The complaint claims the bank charged customers hidden fees for a decade.",
        ((U, "the bank charged customers hidden fees for a decade", "The complaint", "claims"),),
    ),
    (
        "court-07",
        "The alleged victim told the jury that she had been threatened twice.",
        (),
    ),
    (
        "court-08",
        "A spokesman for the company said the suit was without merit and that it would "
        "defend itself vigorously.",
        ((C, "the suit", "A spokesman for the company", "without merit"),),
    ),
    (
        "court-09",
        "The jury found the former mayor guilty of bribery on three counts.",
        (),
    ),
    (
        "court-10",
        "The defendant's lawyer rejected the accusation that his client had lied to investigators.",
        ((C, "his client had lied to investigators", "The defendant's lawyer", "rejected"),),
    ),
    (
        "court-11",
        "According to the indictment, the men allegedly laundered the money through shell "
        "companies in Cyprus.",
        (
            (
                U,
                "laundered the money through shell companies in Cyprus",
                "the indictment",
                "allegedly",
            ),
        ),
    ),
    (
        "court-12",
        "The court denied bail to the two suspects, citing the risk of flight.",
        (),
    ),
    (
        "court-13",
        "The plaintiffs say they were exposed to the chemical for years. The manufacturer has "
        "denied that its product causes cancer.",
        ((C, "its product causes cancer", "The manufacturer", "denied"),),
    ),
    (
        "court-14",
        "The prosecution said the accused had wired 2.3 million dollars to an offshore account.",
        (),
    ),
    (
        "court-15",
        "The former executive denied wrongdoing and said he would fight the charges.",
        ((C, "wrongdoing", "The former executive", "denied"),),
    ),
    (
        "court-16",
        "The witness testified that she saw the defendant leave the building at 9 p.m. The "
        "defence disputed her account.",
        ((C, "she saw the defendant leave the building at 9 p.m.", "The defence", "disputed"),),
    ),
    (
        "court-17",
        "The appeals court rejected the state's argument that the law was constitutional.",
        ((C, "the law was constitutional", "The appeals court", "rejected"),),
    ),
    (
        "court-18",
        "The settlement, which the company did not admit any wrongdoing in, totals $120 million.",
        (),
    ),
    (
        "court-19",
        "The suit accuses the landlord of illegally evicting 40 families, which he denies.",
        ((C, "illegally evicting 40 families", "he", "denies"),),
    ),
    (
        "court-20",
        "The judge sentenced him to 12 years in prison.",
        (),
    ),
    (
        "court-21",
        "The company has not responded to the allegations in the complaint.",
        (),
    ),
    (
        "court-22",
        "The purported contract, which prosecutors say was forged, was dated March 2016.",
        ((U, "contract", "Reuters", "purported"),),
    ),
    # ---- election-fraud claims --------------------------------------------------------
    (
        "elect-01",
        "The candidate claimed without evidence that thousands of dead people had voted.",
        ((U, "thousands of dead people had voted", "The candidate", "claimed without evidence"),),
    ),
    (
        "elect-02",
        "The election commission rejected allegations of ballot stuffing in the northern "
        "districts.",
        ((C, "ballot stuffing in the northern districts", "The election commission", "rejected"),),
    ),
    (
        "elect-03",
        "State officials said there was no evidence of widespread fraud and certified the "
        "results on Monday.",
        (),
    ),
    (
        "elect-04",
        "The opposition said turnout was 38 percent. The electoral commission put it at "
        "61 percent.",
        (
            (C, "turnout was 38 percent", "The opposition", ""),
            (C, "61 percent", "The electoral commission", ""),
        ),
    ),
    (
        "elect-05",
        "The party's statement alleged that voting machines had switched votes. Election "
        "officials denied it.",
        (
            (U, "voting machines had switched votes", "The party's statement", "alleged"),
            (C, "voting machines had switched votes", "Election officials", "denied"),
        ),
    ),
    (
        "elect-06",
        "The governor won 54 percent of the vote, according to official results.",
        (),
    ),
    (
        "elect-07",
        "The president's allies have made unfounded claims that the count was rigged.",
        ((C, "the count was rigged", "Reuters", "unfounded claims"),),
    ),
    (
        "elect-08",
        "Observers said they could not verify the ruling party's claim that 5 million people "
        "had voted.",
        ((U, "5 million people had voted", "Observers", "could not verify"),),
    ),
    (
        "elect-09",
        "The court rejected the candidate's petition to overturn the result.",
        (),
    ),
    (
        "elect-10",
        "The campaign disputed the official tally, saying its own count showed a lead of "
        "20,000 votes.",
        ((C, "the official tally", "The campaign", "disputed"),),
    ),
    (
        "elect-11",
        "The ruling party denied a report by the observer mission that its agents had "
        "intimidated voters.",
        ((C, "its agents had intimidated voters", "The ruling party", "denied"),),
    ),
    (
        "elect-12",
        "Election officials were denied access to the counting centre for three hours, the "
        "mission said.",
        (),
    ),
    (
        "elect-13",
        "The videos, which purportedly show officials filling in ballots, were shared 10,000 "
        "times.",
        ((U, "show officials filling in ballots", "Reuters", "purportedly"),),
    ),
    (
        "elect-14",
        "The interior ministry said 72 percent of registered voters cast ballots.",
        (),
    ),
    (
        "elect-15",
        "There is no record of the 200,000 extra ballots the candidate said were printed.",
        (
            (
                C,
                "the 200,000 extra ballots the candidate said were printed",
                "Reuters",
                "There is no record of",
            ),
        ),
    ),
    (
        "elect-16",
        "The claim that ballots were shipped from abroad is contested by the election board.",
        ((C, "ballots were shipped from abroad", "the election board", "is contested by"),),
    ),
    (
        "elect-17",
        "The opposition leader conceded defeat on Sunday night.",
        (),
    ),
    (
        "elect-18",
        "The ruling party dismissed the fraud allegations as baseless.",
        ((C, "fraud", "The ruling party", "dismissed"),),
    ),
    # ---- war casualties from both sides -------------------------------------------------
    (
        "war-01",
        "The Rapid Support Forces said they had killed 300 army soldiers in the battle for "
        "the city. The army said 40 of its troops had died.",
        (
            (C, "they had killed 300 army soldiers", "The Rapid Support Forces", ""),
            (C, "40 of its troops had died", "The army", ""),
        ),
    ),
    (
        "war-02",
        "The Gaza health ministry said 112 people were killed in the strike. The Israeli "
        "military said the toll was far lower and that most of the dead were militants.",
        (
            (C, "112 people were killed in the strike", "The Gaza health ministry", ""),
            (C, "the toll was far lower", "The Israeli military", ""),
        ),
    ),
    (
        "war-03",
        "Ukraine's military claimed to have destroyed 14 Russian tanks overnight. Reuters "
        "could not independently verify the battlefield accounts.",
        ((U, "destroyed 14 Russian tanks overnight", "Ukraine's military", "claimed"),),
    ),
    (
        "war-04",
        "Russia's defence ministry said it had shot down 38 drones. Kyiv did not comment.",
        (),
    ),
    (
        "war-05",
        "The junta denied that its aircraft had bombed the village, saying it had targeted "
        "rebel fighters.",
        ((C, "its aircraft had bombed the village", "The junta", "denied"),),
    ),
    (
        "war-06",
        "Local rescuers said 27 civilians were killed in the air strike. The military said "
        "it had killed 15 insurgents and no civilians.",
        (
            (C, "27 civilians were killed in the air strike", "Local rescuers", ""),
            (C, "it had killed 15 insurgents and no civilians", "The military", ""),
        ),
    ),
    (
        "war-07",
        "The Israeli military said it had struck a Hamas command centre inside the hospital. "
        "Hamas denied the claim.",
        ((C, "it had struck a Hamas command centre inside the hospital", "Hamas", "denied"),),
    ),
    (
        "war-08",
        "The shelling killed at least 11 people, the regional governor said on Telegram.",
        (),
    ),
    (
        "war-09",
        "Kyiv said 600 Russian soldiers were killed in the assault. Moscow put its losses at "
        "fewer than 50 dead.",
        (
            (C, "600 Russian soldiers were killed in the assault", "Kyiv", ""),
            (C, "fewer than 50 dead", "Moscow", ""),
        ),
    ),
    (
        "war-10",
        "The army claimed it had recaptured the airport, but the RSF said fighting was "
        "continuing there.",
        (
            (U, "it had recaptured the airport", "The army", "claimed"),
            (C, "it had recaptured the airport", "the RSF", "but the RSF said"),
        ),
    ),
    (
        "war-11",
        "The ethnic armed group said it had seized 20 junta outposts, which could not be "
        "independently verified.",
        (
            (
                U,
                "it had seized 20 junta outposts",
                "The ethnic armed group",
                "could not be independently verified",
            ),
        ),
    ),
    (
        "war-12",
        "The U.N. said 1.8 million people had fled the fighting since April.",
        (),
    ),
    (
        "war-13",
        "Moscow rejected Ukrainian reports that its forces had executed prisoners of war.",
        ((C, "its forces had executed prisoners of war", "Moscow", "rejected"),),
    ),
    (
        "war-14",
        "The militia said 50 fighters had died; medics at the hospital counted 85 bodies.",
        (
            (C, "50 fighters had died", "The militia", ""),
            (C, "85 bodies", "medics at the hospital", ""),
        ),
    ),
    (
        "war-15",
        "The Gaza civil defence said 19 people died in the strike on the school. The Israeli "
        "military said it was reviewing the incident.",
        (),
    ),
    (
        "war-16",
        "Ukraine said Russia had lost 1,100 troops in a day; Russia said Ukraine had lost 900 "
        "soldiers in the same sector.",
        (),
    ),
    (
        "war-17",
        "The alleged massacre in the town, in which survivors say 200 men were shot, is being "
        "investigated by the U.N.",
        ((U, "massacre in the town", "Reuters", "alleged"),),
    ),
    (
        "war-18",
        "The junta's spokesman said reports that soldiers had burned 400 homes were fabricated.",
        ((C, "soldiers had burned 400 homes", "The junta's spokesman", "fabricated"),),
    ),
    (
        "war-19",
        "Rescue workers pulled 14 bodies from the rubble on Wednesday, the civil defence said.",
        (),
    ),
    (
        "war-20",
        "The army's claim that the convoy carried weapons could not be verified.",
        ((U, "the convoy carried weapons", "The army", "could not be verified"),),
    ),
    (
        "war-21",
        "The rebels said 35 soldiers were killed; the army said 12 of its men were dead.",
        (
            (C, "35 soldiers were killed", "The rebels", ""),
            (C, "12 of its men were dead", "the army", ""),
        ),
    ),
    (
        "war-22",
        "The ministry said the convoy was carrying food and medicine for 40,000 people.",
        (),
    ),
    # ---- human-rights reports rejected by a government -------------------------------
    (
        "rights-01",
        "The government rejected the Amnesty International report, which said security "
        "forces had tortured detainees, as biased.",
        ((C, "security forces had tortured detainees", "The government", "rejected"),),
    ),
    (
        "rights-02",
        "Human Rights Watch said at least 70 protesters had been killed since January.",
        (),
    ),
    (
        "rights-03",
        "The foreign ministry dismissed the U.N. findings as politically motivated lies.",
        ((C, "the U.N. findings", "The foreign ministry", "dismissed"),),
    ),
    (
        "rights-04",
        "The report alleges that detainees were held in shipping containers for months. The "
        "interior ministry denied the report's findings.",
        (
            (U, "detainees were held in shipping containers for months", "The report", "alleges"),
            (
                C,
                "detainees were held in shipping containers for months",
                "The interior ministry",
                "denied",
            ),
        ),
    ),
    (
        "rights-05",
        "Beijing has denied abusing Uyghurs in Xinjiang and says the camps are vocational "
        "training centres.",
        ((C, "abusing Uyghurs in Xinjiang", "Beijing", "denied"),),
    ),
    (
        "rights-06",
        "The group said 1,300 people had disappeared in custody. The government put the "
        "number at 80.",
        (
            (C, "1,300 people had disappeared in custody", "The group", ""),
            (C, "80", "The government", ""),
        ),
    ),
    (
        "rights-07",
        "The rights group was denied permission to visit the prison.",
        (),
    ),
    (
        "rights-08",
        "A government spokesman called the report baseless and said the police had acted "
        "within the law.",
        ((C, "the report", "A government spokesman", "baseless"),),
    ),
    (
        "rights-09",
        "The commission's report documented 45 cases of forced labour at the mine.",
        (),
    ),
    (
        "rights-10",
        "The ministry refuted the claims of mass detentions, calling them fabricated.",
        ((C, "mass detentions", "The ministry", "refuted"),),
    ),
    (
        "rights-11",
        "Activists allege that at least 30 journalists have been jailed on trumped-up charges.",
        (
            (
                U,
                "at least 30 journalists have been jailed on trumped-up charges",
                "Activists",
                "allege",
            ),
        ),
    ),
    (
        "rights-12",
        "The government denied additional security requests from the embassy, officials said.",
        (),
    ),
    (
        "rights-13",
        "The government has not responded to the report, which it received in May.",
        (),
    ),
    (
        "rights-14",
        "The embassy denied a report by the monitoring group that prisoners had been "
        "transferred to military camps.",
        ((C, "prisoners had been transferred to military camps", "The embassy", "denied"),),
    ),
    (
        "rights-15",
        "The government accepted 12 of the panel's 40 recommendations, the statement said.",
        (),
    ),
    (
        "rights-16",
        "The findings are contested by the government, which says no civilians were harmed.",
        ((C, "The findings", "the government", "are contested by"),),
    ),
    # ---- disaster death tolls -----------------------------------------------------------
    (
        "disaster-01",
        "Officials said 38 people died in the floods. Aid groups said the toll was at least 120.",
        (
            (C, "38 people died in the floods", "Officials", ""),
            (C, "the toll was at least 120", "Aid groups", ""),
        ),
    ),
    (
        "disaster-02",
        "The death toll from the earthquake rose to 2,100, the disaster agency said on Thursday.",
        (),
    ),
    (
        "disaster-03",
        "The government said 14 people were killed in the cyclone; the Red Crescent said 31 "
        "were dead.",
        (
            (C, "14 people were killed in the cyclone", "The government", ""),
            (C, "31 were dead", "the Red Crescent", ""),
        ),
    ),
    (
        "disaster-04",
        "Local media reported that hundreds were missing, which officials could not confirm.",
        ((U, "hundreds were missing", "Local media", "could not confirm"),),
    ),
    (
        "disaster-05",
        "The death toll from the landslide rose to 45 from 31 on Monday, officials said.",
        (),
    ),
    (
        "disaster-06",
        "The governor denied that the dam had been poorly maintained.",
        ((C, "the dam had been poorly maintained", "The governor", "denied"),),
    ),
    (
        "disaster-07",
        "Residents claimed that rescue teams had not reached the village for three days.",
        ((U, "rescue teams had not reached the village for three days", "Residents", "claimed"),),
    ),
    (
        "disaster-08",
        "The U.N. estimated that 300,000 people were displaced, while the government put the "
        "figure at 90,000.",
        (
            (C, "300,000 people were displaced", "The U.N.", ""),
            (C, "90,000", "the government", ""),
        ),
    ),
    (
        "disaster-09",
        "The disaster agency said 12 people died and 40 were injured.",
        (),
    ),
    (
        "disaster-10",
        "The provincial government rejected the charity's estimate of 500 dead as exaggerated.",
        ((C, "500 dead", "The provincial government", "rejected"),),
    ),
    (
        "disaster-11",
        "Officials have not confirmed the number of people trapped under the collapsed building.",
        (),
    ),
    (
        "disaster-12",
        "The fire reportedly started in a kitchen on the ground floor.",
        ((U, "started in a kitchen on the ground floor", "Reuters", "reportedly"),),
    ),
    (
        "disaster-13",
        "Officials said the storm killed eight people; aid workers said 22 were dead.",
        (
            (C, "the storm killed eight people", "Officials", ""),
            (C, "22 were dead", "aid workers", ""),
        ),
    ),
    (
        "disaster-14",
        "Survivors were denied shelter at the stadium because it was full, volunteers said.",
        (),
    ),
    # ---- science misconduct and retractions -------------------------------------------
    (
        "science-01",
        "The journal retracted the paper after an investigation found the images had been "
        "manipulated.",
        (),
    ),
    (
        "science-02",
        "The researcher denied fabricating data and said the errors were honest mistakes.",
        ((C, "fabricating data", "The researcher", "denied"),),
    ),
    (
        "science-03",
        "The university's panel rejected the professor's claim that a student had altered "
        "the figures.",
        ((C, "a student had altered the figures", "The university's panel", "rejected"),),
    ),
    (
        "science-04",
        "The study claimed that the drug reversed Alzheimer's in mice, a finding other labs "
        "could not reproduce.",
        ((U, "the drug reversed Alzheimer's in mice", "The study", "claimed"),),
    ),
    (
        "science-05",
        "The lab said its results had been replicated by three independent teams.",
        (),
    ),
    (
        "science-06",
        "The allegedly doctored images appeared in 11 papers published since 2009.",
        ((U, "doctored", "Reuters", "allegedly"),),
    ),
    (
        "science-07",
        "The scientist disputed the journal's conclusion that the data were unreliable.",
        ((C, "the data were unreliable", "The scientist", "disputed"),),
    ),
    (
        "science-08",
        "The paper was cited more than 4,000 times before it was withdrawn.",
        (),
    ),
    (
        "science-09",
        "The whistleblower alleged that the lead author had invented patients. The author "
        "rejected the accusation.",
        (
            (U, "the lead author had invented patients", "The whistleblower", "alleged"),
            (C, "the lead author had invented patients", "The author", "rejected"),
        ),
    ),
    (
        "science-10",
        "The institute said it had found no evidence of misconduct.",
        (),
    ),
    (
        "science-11",
        "The company's press release claimed a breakthrough in battery density that has not "
        "been independently confirmed.",
        ((U, "a breakthrough in battery density", "The company's press release", "claimed"),),
    ),
    (
        "science-12",
        "The professor was denied tenure in 2019, the university confirmed.",
        (),
    ),
    (
        "science-13",
        "The journal's editor said it would publish an expression of concern on the study.",
        (),
    ),
    (
        "science-14",
        "The co-authors denied any knowledge of the image manipulation.",
        ((C, "any knowledge of the image manipulation", "The co-authors", "denied"),),
    ),
    # ---- police shootings -------------------------------------------------------------
    (
        "police-01",
        "Police said the man pointed a gun at officers. Witnesses said he was unarmed and had "
        "his hands raised.",
        (
            (C, "the man pointed a gun at officers", "Police", ""),
            (C, "he was unarmed and had his hands raised", "Witnesses", ""),
        ),
    ),
    (
        "police-02",
        "The department said the officer fired three shots. A bystander's video appears to "
        "show seven shots.",
        (
            (C, "the officer fired three shots", "The department", ""),
            (C, "seven shots", "A bystander's video", ""),
        ),
    ),
    (
        "police-03",
        "The family's lawyer disputed the police account that the teenager had reached for "
        "his waistband.",
        ((C, "the teenager had reached for his waistband", "The family's lawyer", "disputed"),),
    ),
    (
        "police-04",
        "The officer, who has been placed on paid leave, allegedly fired into the car as it "
        "drove away.",
        ((U, "fired into the car as it drove away", "Reuters", "allegedly"),),
    ),
    (
        "police-05",
        "Police said the suspect was taken to hospital, where he died of his wounds.",
        (),
    ),
    (
        "police-06",
        "The police union denied that the officers had used excessive force.",
        ((C, "the officers had used excessive force", "The police union", "denied"),),
    ),
    (
        "police-07",
        "The state investigator has not confirmed whether the officer's body camera was "
        "switched on.",
        (),
    ),
    (
        "police-08",
        "Protesters claimed that police had fired live rounds into the crowd. Police said "
        "they had used only rubber bullets.",
        (
            (U, "police had fired live rounds into the crowd", "Protesters", "claimed"),
            (C, "police had fired live rounds into the crowd", "Police", "Police said"),
        ),
    ),
    (
        "police-09",
        "The chief of police said the shooting was under investigation and declined to "
        "comment further.",
        (),
    ),
    (
        "police-10",
        "The mayor rejected calls for the chief to resign.",
        (),
    ),
    (
        "police-11",
        "Police said the man had been shot once; the autopsy commissioned by his family "
        "found four wounds.",
        (
            (C, "the man had been shot once", "Police", ""),
            (C, "four wounds", "the autopsy commissioned by his family", ""),
        ),
    ),
    (
        "police-12",
        "The officers were denied qualified immunity by the appeals court.",
        (),
    ),
    (
        "police-13",
        "The purported confession was obtained under duress, his lawyers said.",
        ((U, "confession", "Reuters", "purported"),),
    ),
    (
        "police-14",
        "The sheriff's office said the deputy acted in self-defence, a claim the victim's "
        "family rejects.",
        ((C, "the deputy acted in self-defence", "the victim's family", "rejects"),),
    ),
    # ---- labour disputes --------------------------------------------------------------
    (
        "labour-01",
        "The union said 12,000 workers joined the strike. The company said only 3,500 "
        "employees stayed away.",
        (
            (C, "12,000 workers joined the strike", "The union", ""),
            (C, "only 3,500 employees stayed away", "The company", ""),
        ),
    ),
    (
        "labour-02",
        "The union said about 80 percent of members backed the deal.",
        (),
    ),
    (
        "labour-03",
        "The carmaker denied that it had threatened to close the plant if workers unionised.",
        (
            (
                C,
                "it had threatened to close the plant if workers unionised",
                "The carmaker",
                "denied",
            ),
        ),
    ),
    (
        "labour-04",
        "The union claimed that the company had hired replacement workers illegally.",
        ((U, "the company had hired replacement workers illegally", "The union", "claimed"),),
    ),
    (
        "labour-05",
        "Management rejected the union's demand for a 15 percent pay rise.",
        (),
    ),
    (
        "labour-06",
        "The employer disputed the union's figure of 900 job losses, saying 250 posts would go.",
        ((C, "900 job losses", "The employer", "disputed"),),
    ),
    (
        "labour-07",
        "The workers were denied overtime pay for years, the lawsuit says.",
        (),
    ),
    (
        "labour-08",
        "Organisers said 40,000 people marched in the capital; police put the crowd at 16,000.",
        (
            (C, "40,000 people marched in the capital", "Organisers", ""),
            (C, "16,000", "police", ""),
        ),
    ),
    (
        "labour-09",
        "The company said the strike had no impact on production, a claim the union disputed.",
        ((C, "the strike had no impact on production", "the union", "disputed"),),
    ),
    (
        "labour-10",
        "Talks between the union and the port operator resumed on Wednesday.",
        (),
    ),
    (
        "labour-11",
        "The warehouse workers allegedly were fired for organising, according to the labour "
        "board's complaint.",
        ((U, "were fired for organising", "the labour board's complaint", "allegedly"),),
    ),
    (
        "labour-12",
        "The airline said 95 percent of flights operated normally. The pilots' union said "
        "more than half were cancelled.",
        (
            (C, "95 percent of flights operated normally", "The airline", ""),
            (C, "more than half were cancelled", "The pilots' union", ""),
        ),
    ),
    (
        "labour-13",
        "The union said it could not confirm the company's claim that 2,000 staff had "
        "returned to work.",
        ((U, "2,000 staff had returned to work", "The union", "could not confirm"),),
    ),
    (
        "labour-14",
        "The company has denied the workers' claims for back pay.",
        (),
    ),
    # ---- families stop 43 left wrong --------------------------------------------------
    (
        "family-report-01",
        "The ministry denied a report by Reuters that it had ordered 50 fighter jets.",
        ((C, "it had ordered 50 fighter jets", "The ministry", "denied"),),
    ),
    (
        "family-report-02",
        "The club denied a newspaper report that its manager had been sacked.",
        ((C, "its manager had been sacked", "The club", "denied"),),
    ),
    (
        "family-report-03",
        "The palace rejected a report in the Daily Mail that the prince had been taken to "
        "hospital.",
        ((C, "the prince had been taken to hospital", "The palace", "rejected"),),
    ),
    (
        "family-report-04",
        "The army denied media reports that 20 soldiers had deserted.",
        ((C, "20 soldiers had deserted", "The army", "denied"),),
    ),
    (
        "family-report-05",
        "The company denied a Bloomberg report that it was in talks to buy its rival.",
        ((C, "it was in talks to buy its rival", "The company", "denied"),),
    ),
    (
        "family-report-06",
        "The Kremlin dismissed a report by an investigative outlet that the general had "
        "been arrested.",
        ((C, "the general had been arrested", "The Kremlin", "dismissed"),),
    ),
    (
        "family-ft-01",
        "The bank plans to cut 3,000 jobs, according to the Financial Times.",
        (),
    ),
    (
        "family-ft-02",
        "According to the Financial Times, the fund lost $2 billion on the trade.",
        (),
    ),
    (
        "family-ft-03",
        "The chairman is expected to step down next year, according to the Wall Street Journal.",
        (),
    ),
    (
        "family-ft-04",
        "The regulator fined the bank 40 million pounds, according to a statement.",
        (),
    ),
    (
        "family-ft-05",
        "According to the Financial Times, the company denied that it had misled investors.",
        ((C, "it had misled investors", "the company", "denied"),),
    ),
    (
        "family-syn-01",
        "The health ministry said 85 people were killed. The militia said 30 were dead.",
        (
            (C, "85 people were killed", "The health ministry", ""),
            (C, "30 were dead", "The militia", ""),
        ),
    ),
    (
        "family-syn-02",
        "The defence ministry said 2,000 troops had crossed the border. Local officials said "
        "about 500 soldiers had entered.",
        (
            (C, "2,000 troops had crossed the border", "The defence ministry", ""),
            (C, "about 500 soldiers had entered", "Local officials", ""),
        ),
    ),
    (
        "family-syn-03",
        "The company said the spill covered 3 square kilometres. Environmental groups said it "
        "covered 12 square kilometres.",
        (
            (C, "the spill covered 3 square kilometres", "The company", ""),
            (C, "it covered 12 square kilometres", "Environmental groups", ""),
        ),
    ),
    (
        "family-syn-04",
        "Police said 15 people were arrested. Organisers said 60 protesters were detained.",
        (
            (C, "15 people were arrested", "Police", ""),
            (C, "60 protesters were detained", "Organisers", ""),
        ),
    ),
    (
        "family-syn-05",
        "The ministry said 20 people were killed in the blast. It said 60 were wounded.",
        (),
    ),
    (
        "family-syn-06",
        "The company said the spill was 300 barrels. The coast guard said it was 2,000 barrels.",
        (
            (C, "the spill was 300 barrels", "The company", ""),
            (C, "it was 2,000 barrels", "The coast guard", ""),
        ),
    ),
    (
        "family-norecord-01",
        "The mayor said he had served in the army. There is no record of his military service.",
        ((C, "he had served in the army", "Reuters", "There is no record of"),),
    ),
    (
        "family-norecord-02",
        "There is no record of the meeting the minister described, according to the "
        "ministry's own logs.",
        (
            (
                C,
                "the meeting the minister described",
                "the ministry's own logs",
                "There is no record of",
            ),
        ),
    ),
    (
        "family-norecord-03",
        "There is no record of rain in the region since March, the weather service said.",
        (),
    ),
    (
        "family-contested-01",
        "The official death toll of 64 is contested by local aid groups.",
        ((C, "The official death toll of 64", "local aid groups", "is contested by"),),
    ),
    (
        "family-contested-02",
        "The company's account of the leak is contested by the regulator.",
        ((C, "The company's account of the leak", "the regulator", "is contested by"),),
    ),
    (
        "family-contested-03",
        "The seat is contested by five candidates in next month's election.",
        (),
    ),
    (
        "family-refusal-01",
        "The university denied the student a place after he failed to submit his grades.",
        (),
    ),
    (
        "family-refusal-02",
        "The ambassador said Washington had denied additional security requests before the attack.",
        (),
    ),
    (
        "family-refusal-03",
        "The council denied the developer a permit to build on the wetland.",
        (),
    ),
    (
        "family-refusal-04",
        "The bank denied her a mortgage, she told the court.",
        (),
    ),
    (
        "family-refusal-05",
        "The airline denied boarding to 30 passengers without visas.",
        (),
    ),
    (
        "family-refusal-06",
        "The governor denied the attack took place and called the video staged.",
        ((C, "the attack took place", "The governor", "denied"),),
    ),
)


def _flag(kind: str, surface: str, source: str, cue: str) -> F:
    anyone = kind == U and source == "Reuters"
    return F(kind, surface, None if anyone else source, cue)


#: Every case of the matrix.
CASES: tuple[Case, ...] = tuple(
    Case(name, text, tuple(_flag(*flag) for flag in flags)) for name, text, flags in _ROWS
)
