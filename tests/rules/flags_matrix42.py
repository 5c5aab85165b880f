"""The fourth blind matrix of the flags a fact-checker needs (stop 42).

Written from the wire annotation guideline alone (flags: ``unverified`` when the text
marks a claim as not established, ``contradiction`` when a source denies, rejects,
disputes or refutes a claim of another, or two sources give conflicting accounts or
numbers), before reading the rules or the older matrices. Every passage is new, written
in the house style of wire copy; none comes from the corpus.

Genres the earlier rounds covered least: courts and trials, health and science,
elections and vote counts, disasters and casualty counts, business (earnings disputes,
short sellers), sport (doping), conflict reporting from both sides, social-media claims
and fact-check copy. Families the last round left wrong: anonymous sourcing ("sources
say": Reuters' own sourcing is an ordinary attribution, another outlet's report citing
sources is a hedged one), "unverified video appeared to show", "without merit" /
"baseless" as a denial, "contested", a crowd count set against another count, and
"pleaded not guilty" (a denial whose source is the defendant). Two counts or accounts at
odds are two flags, one on each, each denied by the other side (as the guideline's
annotators flag both sides of a crowd-size dispute).

A case is ``(id, text, flags)``; each expected flag is ``(kind, span, source)``, where
``span`` is the guideline's claim span (the content, not the cue) or a tuple of spans any
one of which is right, and ``source`` is who hedges or who denies (``None`` when the text
names nobody). A case with no flags is a neighbour: nothing may be raised on it.

:func:`score` reads the flags as the wire bench does (one flag per claim and kind, and for
a contradiction one per source denying it) and matches them as the wire scorer does: same
kind, and the predicted claim covers the expected span or overlaps it by at least 0.3 of
their union. A case passes when every expected flag is matched and nothing else is raised.
"""

from __future__ import annotations

from dataclasses import dataclass

import provenance
from tests.rules.flags_matrix41 import _overlap
from tests.rules.helpers import FLAG_KINDS, wire_documents

U = "unverified"
C = "contradiction"

#: One expected flag: kind, the claim's span (or alternatives), who hedges or denies.
Flag = tuple[str, str | tuple[str, ...], str | None]
#: One case: id, the passage, its expected flags (empty for a neighbour).
Case = tuple[str, str, tuple[Flag, ...]]

CASES: list[Case] = [
    # --- courts and trials -------------------------------------------------------------
    (
        "court_plea_bribes",
        "Former mayor Ray Dunleavy pleaded not guilty on Tuesday to charges that he took "
        "$40,000 in bribes from a parking contractor.",
        ((C, "he took $40,000 in bribes from a parking contractor", "Ray Dunleavy"),),
    ),
    (
        "court_plea_count",
        "Sanchez, 34, pleaded not guilty to two counts of second-degree murder at his "
        "arraignment in Queens on Monday.",
        ((C, "two counts of second-degree murder", "Sanchez"),),
    ),
    (
        "court_plea_after_charge",
        "Lindqvist is charged with leaking classified files to a foreign journalist. She "
        "has pleaded not guilty.",
        ((C, "leaking classified files to a foreign journalist", "Lindqvist"),),
    ),
    (
        "court_plea_company",
        "The shipping company pleaded not guilty to dumping oily waste off the coast of "
        "Florida, its lawyer said.",
        ((C, "dumping oily waste off the coast of Florida", "The shipping company"),),
    ),
    (
        "court_prosecutors_allege",
        "Prosecutors allege that Keller wired the money to an account in Malta days before "
        "the fund collapsed.",
        ((U, "Keller wired the money to an account in Malta", "Prosecutors"),),
    ),
    (
        "court_lawsuit_without_merit",
        "The lawsuit alleges the company knew for years that its talc contained asbestos. "
        "Johnson & Johnson said the claims were without merit and it would appeal.",
        (
            (U, "the company knew for years that its talc contained asbestos", "The lawsuit"),
            (
                C,
                "the company knew for years that its talc contained asbestos",
                "Johnson & Johnson",
            ),
        ),
    ),
    (
        "court_accusation_baseless",
        "Lawyers for Mendez said the accusation that he ran the smuggling ring from his "
        "prison cell was baseless.",
        ((C, "he ran the smuggling ring from his prison cell", "Mendez"),),
    ),
    (
        "court_called_absurd",
        "Prosecutors say Adeyemi ordered the attack from his prison cell, a charge his "
        "lawyer has called absurd.",
        ((C, "Adeyemi ordered the attack from his prison cell", "his lawyer"),),
    ),
    (
        "court_denied_gerund",
        "Ortiz, who has denied stabbing the victim, is due to be sentenced on May 2.",
        ((C, "stabbing the victim", "Ortiz"),),
    ),
    (
        "court_account_disputes",
        "Witnesses said the officer fired without warning, an account the police "
        "department disputes.",
        ((C, "the officer fired without warning", "the police department"),),
    ),
    (
        "court_denied_wrongdoing_settle",
        "The bank denied wrongdoing but agreed to pay $12 million to settle the case.",
        ((C, "wrongdoing", "The bank"),),
    ),
    (
        "court_accused_denies",
        "The singer, who is accused of assaulting a photographer outside a London "
        "nightclub in 2019, denies the charge.",
        (
            (U, "assaulting a photographer outside a London nightclub in 2019", None),
            (C, "assaulting a photographer outside a London nightclub in 2019", "The singer"),
        ),
    ),
    (
        "court_suit_dismissed_as_frivolous",
        "The hospital dismissed as frivolous a lawsuit claiming its surgeons had operated "
        "on the wrong knee.",
        (
            (U, "its surgeons had operated on the wrong knee", "a lawsuit"),
            (C, "its surgeons had operated on the wrong knee", "The hospital"),
        ),
    ),
    (
        "court_testimony_conflict",
        "Hale testified that he never saw the memo. His former aide told the court she "
        "handed it to him on March 3.",
        (
            (C, "he never saw the memo", "His former aide"),
            (C, "she handed it to him on March 3", "Hale"),
        ),
    ),
    (
        "court_complaint_says_denied",
        "According to the complaint, the landlord cut off heating to force tenants out. The "
        "landlord's lawyer denied the allegations in a statement.",
        ((C, "the landlord cut off heating to force tenants out", "The landlord's lawyer"),),
    ),
    (
        "court_indictment_alleges",
        "The indictment alleges that the two men laundered about $3 million through "
        "shell companies in Latvia.",
        (
            (
                U,
                "the two men laundered about $3 million through shell companies in Latvia",
                "The indictment",
            ),
        ),
    ),
    (
        "court_allegedly",
        "The former nurse allegedly swapped patients' painkillers for saline over two years.",
        ((U, "swapped patients' painkillers for saline over two years", None),),
    ),
    (
        "court_neighbour_verdict",
        "A jury on Friday found the former nurse guilty of poisoning three patients at a "
        "hospital in Leeds.",
        (),
    ),
    (
        "court_neighbour_dismissed_suit",
        "The judge dismissed the lawsuit on Wednesday, ruling that the plaintiffs had failed "
        "to show they were harmed.",
        (),
    ),
    (
        "court_neighbour_upheld",
        "The appeals court upheld the conviction and the 12-year sentence.",
        (),
    ),
    (
        "court_neighbour_acquitted",
        "The former chief executive was acquitted of all charges on Thursday after a "
        "six-week trial.",
        (),
    ),
    (
        "court_neighbour_pleaded_guilty",
        "Barros pleaded guilty in March to one count of wire fraud and faces up to 20 years "
        "in prison.",
        (),
    ),
    (
        "court_neighbour_testified",
        "Patel testified that he had transferred 2.1 million pounds to a company in Cyprus "
        "on the advice of his accountant.",
        (),
    ),
    (
        "court_neighbour_charged",
        "Police charged a 45-year-old man with dangerous driving on Sunday.",
        (),
    ),
    # --- health and science -----------------------------------------------------------
    (
        "health_claimed_supplement",
        "The company claimed its supplement reverses hair loss in eight weeks but has not "
        "published any trial data.",
        ((U, "its supplement reverses hair loss in eight weeks", "The company"),),
    ),
    (
        "health_not_confirmed_link",
        "Health officials have not confirmed whether the two deaths are linked to the vaccine.",
        ((U, "the two deaths are linked to the vaccine", None),),
    ),
    (
        "health_rejected_conclusion",
        "The drugmaker rejected the study's conclusion that its painkiller raised the risk "
        "of heart attacks.",
        ((C, "its painkiller raised the risk of heart attacks", "The drugmaker"),),
    ),
    (
        "health_posts_claim_refuted",
        "Posts shared thousands of times on Facebook claim that drinking hot water kills the "
        "virus. The World Health Organization says there is no evidence that it does.",
        (
            (U, "drinking hot water kills the virus", "Posts"),
            (C, "drinking hot water kills the virus", "The World Health Organization"),
        ),
    ),
    (
        "health_without_evidence",
        "The clinic's founder said, without providing evidence, that the treatment had "
        "cured more than 200 patients.",
        ((U, "the treatment had cured more than 200 patients", "The clinic's founder"),),
    ),
    (
        "health_rival_study",
        "A Danish study found that the painkiller doubled the risk of stroke. A larger study "
        "published in The Lancet in March found no such link.",
        ((C, "the painkiller doubled the risk of stroke", None),),
    ),
    (
        "health_scientists_disputed",
        "Scientists disputed the company's claim that the device can detect cancer from a "
        "single drop of blood.",
        ((C, "the device can detect cancer from a single drop of blood", "Scientists"),),
    ),
    (
        "health_investigating_reports",
        "The regulator said it was investigating reports that the pills had been sold "
        "without prescription in at least 40 pharmacies.",
        (
            (
                U,
                "the pills had been sold without prescription in at least 40 pharmacies",
                None,
            ),
        ),
    ),
    (
        "health_purported_cure",
        "The video promotes a purported cure for diabetes made from cinnamon and lemon.",
        ((U, "cure for diabetes made from cinnamon and lemon", None),),
    ),
    (
        "health_reportedly_cut",
        "The drug reportedly cut hospital admissions by 30 percent in a small trial.",
        ((U, "cut hospital admissions by 30 percent in a small trial", None),),
    ),
    (
        "health_false_claim_factcheck",
        "The claim that the measles vaccine causes autism is false, the agency said, citing "
        "studies of more than a million children.",
        ((C, "the measles vaccine causes autism", "the agency"),),
    ),
    (
        "health_denies_link",
        "The chemical maker denies that its weedkiller causes cancer and says decades of "
        "studies show it is safe.",
        ((C, "its weedkiller causes cancer", "The chemical maker"),),
    ),
    (
        "health_neighbour_ministry_count",
        "The ministry said 14 people had died of cholera in the region since January.",
        (),
    ),
    (
        "health_neighbour_study_found",
        "Researchers at the University of Leeds found that people who slept less than six "
        "hours a night were more likely to catch a cold.",
        (),
    ),
    (
        "health_neighbour_according_to",
        "The vaccine was 91 percent effective against severe disease, according to data "
        "the company released on Monday.",
        (),
    ),
    (
        "health_neighbour_confirmed",
        "The health ministry confirmed two new cases of bird flu on a farm near Lyon.",
        (),
    ),
    (
        "health_neighbour_denied_approval",
        "The regulator denied approval for the drug in 2021, citing safety concerns.",
        (),
    ),
    (
        "health_neighbour_no_evidence_of_spread",
        "Officials said there was no sign of the virus spreading between people.",
        (),
    ),
    # --- elections and vote counts ----------------------------------------------------
    (
        "vote_rigged_without_evidence",
        "The opposition said the vote was rigged but offered no evidence.",
        ((U, "the vote was rigged", "The opposition"),),
    ),
    (
        "vote_rejected_claims_of_fraud",
        "The electoral commission rejected claims of fraud, saying the count had been "
        "observed by all parties.",
        ((C, "fraud", "The electoral commission"),),
    ),
    (
        "vote_said_without_evidence",
        "The president said without evidence that millions of people had voted illegally.",
        ((U, "millions of people had voted illegally", "The president"),),
    ),
    (
        "vote_tally_conflict",
        "Mutua's campaign said its own tally showed him winning 54 percent of the vote. The "
        "election commission's provisional results gave him 47 percent.",
        (
            (
                C,
                "its own tally showed him winning 54 percent of the vote",
                "The election commission",
            ),
            (C, "provisional results gave him 47 percent", "Mutua's campaign"),
        ),
    ),
    (
        "vote_disputed_result",
        "Kovacs disputed the official result, which gave his rival 52.4 percent of the vote.",
        ((C, "gave his rival 52.4 percent of the vote", "Kovacs"),),
    ),
    (
        "vote_contested_turnout",
        "Opposition parties contested the commission's figure of 68 percent turnout, saying "
        "many polling stations were empty.",
        ((C, "68 percent turnout", "Opposition parties"),),
    ),
    (
        "vote_claim_contested_by",
        "The claim that dead people voted in Fulton County was contested by state election "
        "officials, who said they had found two such ballots.",
        ((C, "dead people voted in Fulton County", "state election officials"),),
    ),
    (
        "vote_video_purported",
        "A video shared on Twitter purported to show election workers destroying ballots in Ohio.",
        ((U, "election workers destroying ballots in Ohio", None),),
    ),
    (
        "vote_unverified_video_appeared",
        "Unverified video posted on social media appeared to show police firing tear gas at "
        "voters queuing outside a polling station.",
        (
            (
                U,
                "police firing tear gas at voters queuing outside a polling station",
                None,
            ),
        ),
    ),
    (
        "vote_could_not_verify_footage",
        "The footage appeared to show men in uniform stuffing ballot boxes. Reuters could "
        "not independently verify it.",
        ((U, "men in uniform stuffing ballot boxes", "Reuters"),),
    ),
    (
        "vote_crowd_semicolon",
        "Organisers said 250,000 people joined the march in the capital; police put the "
        "number at 40,000.",
        (
            (C, "250,000 people joined the march", "police"),
            (C, "put the number at 40,000", "Organisers"),
        ),
    ),
    (
        "vote_crowd_while",
        "Police estimated the crowd at 8,000, while organisers said more than 30,000 people "
        "had turned out.",
        (
            (C, "estimated the crowd at 8,000", "organisers"),
            (C, "more than 30,000 people had turned out", "Police"),
        ),
    ),
    (
        "vote_crowd_two_sentences",
        "Supporters of the president said a million people filled the square. A police "
        "spokesman said the crowd numbered about 120,000.",
        (
            (C, "a million people filled the square", "A police spokesman"),
            (C, "the crowd numbered about 120,000", "Supporters of the president"),
        ),
    ),
    (
        "vote_denied_buying_votes",
        "The governor's party has denied buying votes with food parcels.",
        ((C, "buying votes with food parcels", "The governor's party"),),
    ),
    (
        "vote_dismissed_as_fake",
        "The campaign dismissed as fake a leaked memo that showed plans to delay the count.",
        ((C, "a leaked memo that showed plans to delay the count", "The campaign"),),
    ),
    (
        "vote_neighbour_not_yet_released",
        "Officials have not yet released results from 12 of the 40 districts.",
        (),
    ),
    (
        "vote_neighbour_seats",
        "The ruling party won 131 of the 225 seats, the election commission said on Tuesday.",
        (),
    ),
    (
        "vote_neighbour_turnout_years",
        "Turnout was 61 percent, up from 55 percent in 2015.",
        (),
    ),
    (
        "vote_neighbour_crowd_one_count",
        "Police said about 5,000 people attended the rally, which ended peacefully.",
        (),
    ),
    (
        "vote_neighbour_video_showed",
        "Video released by the police showed officers removing barricades from the road.",
        (),
    ),
    (
        "vote_neighbour_contested_seat",
        "She contested the seat in 2017 and lost by 300 votes.",
        (),
    ),
    (
        "vote_neighbour_hotly_contested",
        "The hotly contested race for governor drew record spending of $90 million.",
        (),
    ),
    (
        "vote_neighbour_sources_told_reuters",
        "The party will name its candidate next week, two sources familiar with the matter "
        "told Reuters.",
        (),
    ),
    (
        "vote_neighbour_poll",
        "A poll published on Sunday showed the incumbent leading by 6 points.",
        (),
    ),
    # --- disasters and casualty counts ------------------------------------------------
    (
        "disaster_toll_while",
        "The Red Cross said at least 120 people had died, while the government put the "
        "death toll at 34.",
        (
            (C, "at least 120 people had died", "the government"),
            (C, "put the death toll at 34", "The Red Cross"),
        ),
    ),
    (
        "disaster_local_media_reported",
        "Local media reported that as many as 300 people may have been buried by the landslide.",
        (
            (
                U,
                "as many as 300 people may have been buried by the landslide",
                "Local media",
            ),
        ),
    ),
    (
        "disaster_denied_leaking",
        "A local official said the dam had been leaking for weeks before it burst. The "
        "water authority denied that.",
        ((C, "the dam had been leaking for weeks before it burst", "The water authority"),),
    ),
    (
        "disaster_figure_disputed_by",
        "Authorities reported 23 deaths, a figure disputed by residents who said they had "
        "buried more than 60 bodies.",
        ((C, "23 deaths", "residents"),),
    ),
    (
        "disaster_unconfirmed_reports",
        "Unconfirmed reports said a second blast hit the port area shortly after midnight.",
        ((U, "a second blast hit the port area shortly after midnight", None),),
    ),
    (
        "disaster_could_not_confirm",
        "Residents said dozens of people were trapped in the collapsed market. Reuters "
        "could not confirm the number.",
        ((U, "dozens of people were trapped in the collapsed market", "Residents"),),
    ),
    (
        "disaster_rejected_reports_toll",
        "The governor rejected reports that more than 1,000 people had died in the floods, "
        "saying the toll stood at 212.",
        ((C, "more than 1,000 people had died in the floods", "The governor"),),
    ),
    (
        "disaster_baseless_rumours",
        "The utility called rumours that the reactor was leaking radiation baseless.",
        ((C, "the reactor was leaking radiation", "The utility"),),
    ),
    (
        "disaster_neighbour_toll_rose",
        "The death toll from the earthquake rose to 212 on Thursday, the disaster agency said.",
        (),
    ),
    (
        "disaster_neighbour_survivors",
        "Rescuers said they had pulled 17 survivors from the rubble overnight.",
        (),
    ),
    (
        "disaster_neighbour_passengers",
        "The airline said the plane was carrying 162 passengers and crew.",
        (),
    ),
    (
        "disaster_neighbour_toll_update",
        "The toll rose from 40 to 58 as rescuers reached remote villages.",
        (),
    ),
    (
        "disaster_neighbour_confirmed_dead",
        "Officials confirmed 41 deaths and said another 12 people were missing.",
        (),
    ),
    # --- business -------------------------------------------------------------------
    (
        "biz_short_seller_baseless",
        "Short seller Hindsight Research alleged in a report on Tuesday that the lender had "
        "inflated its loan book by $2 billion. The bank called the report baseless and "
        "malicious.",
        (
            (U, "the lender had inflated its loan book by $2 billion", "Hindsight Research"),
            (C, "the lender had inflated its loan book by $2 billion", "The bank"),
        ),
    ),
    (
        "biz_short_seller_accused",
        "The company's shares fell 18 percent after a short seller accused it of overstating "
        "its revenue in China.",
        ((U, "overstating its revenue in China", "a short seller"),),
    ),
    (
        "biz_bloomberg_reported",
        "Bloomberg reported on Monday that the insurer was exploring a sale of its Asian "
        "unit, citing people familiar with the matter. The insurer declined to comment.",
        ((U, "the insurer was exploring a sale of its Asian unit", "Bloomberg"),),
    ),
    (
        "biz_newspaper_citing_sources",
        "Citing unnamed sources, the Financial Times said the chipmaker was in talks to buy "
        "a smaller rival for about $4 billion.",
        (
            (
                U,
                "the chipmaker was in talks to buy a smaller rival for about $4 billion",
                "the Financial Times",
            ),
        ),
    ),
    (
        "biz_media_reports_sources_say",
        "Media reports, citing sources, say the airline plans to cut 3,000 jobs.",
        ((U, "the airline plans to cut 3,000 jobs", "Media reports"),),
    ),
    (
        "biz_without_merit_suit",
        "The automaker said a shareholder suit accusing it of hiding defects was without merit.",
        (
            (U, "hiding defects", "a shareholder suit"),
            (C, "hiding defects", "The automaker"),
        ),
    ),
    (
        "biz_earnings_dispute",
        "The activist fund said the company's adjusted profit was overstated by $300 "
        "million. The company said its accounts were accurate and had been audited.",
        ((C, "the company's adjusted profit was overstated by $300 million", "The company"),),
    ),
    (
        "biz_refuted_report",
        "The retailer refuted a newspaper report that it would close 200 stores next year.",
        ((C, "it would close 200 stores next year", "The retailer"),),
    ),
    (
        "biz_denies_report_talks",
        "The brewer denied a report that it was in talks to sell its African business.",
        ((C, "it was in talks to sell its African business", "The brewer"),),
    ),
    (
        "biz_purported_letter",
        "A purported letter from the chief executive, circulated online, said the bank would "
        "cut bonuses by half.",
        ((U, "the bank would cut bonuses by half", None),),
    ),
    (
        "biz_did_not_confirm",
        "The company did not confirm that it had received a takeover offer.",
        ((U, "it had received a takeover offer", None),),
    ),
    (
        "biz_neighbour_reported_profit",
        "The automaker reported a quarterly profit of $1.2 billion, beating estimates.",
        (),
    ),
    (
        "biz_neighbour_expected",
        "Analysts had expected earnings of 52 cents a share, according to Refinitiv data.",
        (),
    ),
    (
        "biz_neighbour_declined_comment",
        "A spokeswoman for the bank declined to comment.",
        (),
    ),
    (
        "biz_neighbour_sources_said",
        "The deal could be announced as early as Monday, the sources said.",
        (),
    ),
    (
        "biz_neighbour_denied_loan",
        "The bank denied the company a loan in 2019.",
        (),
    ),
    (
        "biz_neighbour_revised",
        "The company revised its forecast to growth of 3 percent from 4 percent.",
        (),
    ),
    (
        "biz_neighbour_merit_pay",
        "The union rejected the offer of a 2 percent pay rise on Friday.",
        (),
    ),
    # --- sport (doping) ---------------------------------------------------------------
    (
        "sport_denied_doping",
        "The sprinter has denied taking banned substances and said he would appeal the "
        "four-year ban.",
        ((C, "taking banned substances", "The sprinter"),),
    ),
    (
        "sport_accused_agency",
        "The anti-doping agency accused the federation of covering up 12 positive tests.",
        ((U, "covering up 12 positive tests", "The anti-doping agency"),),
    ),
    (
        "sport_reportedly_tested",
        "The cyclist reportedly tested positive for a banned blood booster after the third stage.",
        ((U, "tested positive for a banned blood booster after the third stage", None),),
    ),
    (
        "sport_contaminated_claim",
        "The swimmer said a contaminated supplement caused the failed test, a claim the "
        "agency rejected.",
        ((C, "a contaminated supplement caused the failed test", "the agency"),),
    ),
    (
        "sport_ministry_baseless",
        "The sports ministry said the allegations of state-sponsored doping were baseless.",
        ((C, "state-sponsored doping", "The sports ministry"),),
    ),
    (
        "sport_whistleblower_claims",
        "The whistleblower claims that coaches injected athletes with steroids before the "
        "2016 Games.",
        (
            (
                U,
                "coaches injected athletes with steroids before the 2016 Games",
                "The whistleblower",
            ),
        ),
    ),
    (
        "sport_neighbour_banned",
        "The federation banned the runner for four years on Wednesday.",
        (),
    ),
    (
        "sport_neighbour_won",
        "She won the 800 metres in 1 minute 56.4 seconds, the fastest time this year.",
        (),
    ),
    (
        "sport_neighbour_tested_positive",
        "The athlete tested positive for a banned diuretic in May, the agency said.",
        (),
    ),
    # --- conflict reporting from both sides -------------------------------------------
    (
        "war_no_immediate_confirmation",
        "Rebels said 40 soldiers died in the attack. There was no immediate confirmation "
        "from the army.",
        ((U, "40 soldiers died in the attack", "Rebels"),),
    ),
    (
        "war_claimed_downed",
        "The army claimed it had shot down 11 drones over the border region overnight.",
        ((U, "it had shot down 11 drones over the border region overnight", "The army"),),
    ),
    (
        "war_rejected_as_propaganda",
        "Moscow rejected as propaganda reports that its troops had executed civilians in "
        "the village.",
        ((C, "its troops had executed civilians in the village", "Moscow"),),
    ),
    (
        "war_casualty_counts_conflict",
        "The militia said it had killed 60 government troops; the defence ministry said "
        "six soldiers were wounded and none killed.",
        (
            (C, "it had killed 60 government troops", "the defence ministry"),
            (C, "six soldiers were wounded and none killed", "The militia"),
        ),
    ),
    (
        "war_could_not_verify_battlefield",
        "Reuters could not independently verify battlefield accounts from either side.",
        (),
    ),
    (
        "war_said_could_not_be_verified",
        "The ministry said its forces had retaken the town, a claim that could not be "
        "independently verified.",
        ((U, "its forces had retaken the town", "The ministry"),),
    ),
    (
        "war_denied_using_chemical",
        "The government has repeatedly denied using chemical weapons.",
        ((C, "using chemical weapons", "The government"),),
    ),
    (
        "war_dismissed_claim_fabrication",
        "Kyiv dismissed the claim as a fabrication.",
        (),
    ),
    (
        "war_purported_strike_video",
        "A purported video of the strike circulated on Telegram showed a column of smoke "
        "rising over the airfield.",
        ((U, "a column of smoke rising over the airfield", None),),
    ),
    (
        "war_alleged_massacre",
        "The alleged massacre took place in a village east of the city.",
        ((U, "massacre", None),),
    ),
    (
        "war_contested_account",
        "Israel's account of the strike is contested by Palestinian officials, who say "
        "the building housed only families.",
        ((C, "Israel's account of the strike", "Palestinian officials"),),
    ),
    (
        "war_neighbour_ministry_said",
        "The defence ministry said its air defences had intercepted a missile over the capital.",
        (),
    ),
    (
        "war_neighbour_denied_entry",
        "Border guards denied entry to 40 journalists on Tuesday.",
        (),
    ),
    (
        "war_neighbour_killed",
        "Two people were killed and 11 wounded in the strike, the city's mayor said.",
        (),
    ),
    (
        "war_neighbour_rejected_offer",
        "The rebels rejected a ceasefire offer on Sunday.",
        (),
    ),
    # --- social media claims and fact-check copy --------------------------------------
    (
        "social_posts_falsely_claim",
        "Social media posts falsely claim that the city's tap water contains fentanyl.",
        (
            (U, "the city's tap water contains fentanyl", "Social media posts"),
            (C, "the city's tap water contains fentanyl", None),
        ),
    ),
    (
        "social_viral_claim_no_evidence",
        "A viral post claims the senator owns a yacht worth $20 million. There is no record "
        "of such a purchase.",
        ((U, "the senator owns a yacht worth $20 million", "A viral post"),),
    ),
    (
        "social_image_digitally_altered",
        "The image, shared more than 10,000 times, purports to show the prime minister "
        "asleep in parliament. It has been digitally altered.",
        (
            (U, "the prime minister asleep in parliament", "The image"),
            (C, "the prime minister asleep in parliament", None),
        ),
    ),
    (
        "social_unverified_claims",
        "Unverified claims that the storm was created by a weather machine spread quickly on "
        "TikTok.",
        ((U, "the storm was created by a weather machine", None),),
    ),
    (
        "social_rumours",
        "Rumours that the bank was about to collapse spread on WhatsApp on Friday.",
        ((U, "the bank was about to collapse", None),),
    ),
    (
        "social_company_said_false",
        "The company said posts claiming its burgers contained insect protein were false.",
        (
            (U, "its burgers contained insect protein", "posts"),
            (C, "its burgers contained insect protein", "The company"),
        ),
    ),
    (
        "social_misleading_caption",
        "Users shared the photo with a caption saying it showed migrants storming a "
        "border fence in Spain. The photo was taken in Morocco in 2014.",
        ((C, "it showed migrants storming a border fence in Spain", None),),
    ),
    (
        "social_allegedly_shows",
        "The clip allegedly shows the mayor accepting an envelope of cash.",
        ((U, "the mayor accepting an envelope of cash", None),),
    ),
    (
        "social_apparently_shows",
        "The video, which apparently shows the collapse of the bridge, was filmed from a "
        "passing car.",
        ((U, "the collapse of the bridge", None),),
    ),
    (
        "social_neighbour_posted",
        "The minister posted a photo of the new hospital wing on Twitter.",
        (),
    ),
    (
        "social_neighbour_shared",
        "The post was shared more than 4,000 times in 24 hours.",
        (),
    ),
    (
        "social_neighbour_verified_account",
        "The statement was posted on the ministry's verified account.",
        (),
    ),
    (
        "social_neighbour_claim_ticket",
        "Fans can claim refunds for the cancelled match until June 30.",
        (),
    ),
    # --- more forms of the named families, across genres ------------------------------
    (
        "fam_sources_say_neighbour",
        "The minister is expected to resign this week, sources say.",
        (),
    ),
    (
        "fam_according_to_sources_neighbour",
        "The fund lost about $1 billion in the quarter, according to people familiar with "
        "its performance.",
        (),
    ),
    (
        "fam_reported_citing_sources",
        "The Wall Street Journal, citing unnamed sources, reported that the regulator was "
        "preparing to fine the bank $500 million.",
        (
            (
                U,
                "the regulator was preparing to fine the bank $500 million",
                "The Wall Street Journal",
            ),
        ),
    ),
    (
        "fam_unverified_video_two",
        "An unverified video appeared to show a fighter jet crashing into a field near the base.",
        ((U, "a fighter jet crashing into a field near the base", None),),
    ),
    (
        "fam_video_appeared_could_not_verify",
        "Video on social media appeared to show protesters setting fire to a police "
        "station. Reuters was unable to verify the footage.",
        ((U, "protesters setting fire to a police station", None),),
    ),
    # the league rejects what the players' complaint claims (the guideline: a source
    # rejects a claim made by another), as blind41's "the lawsuit was without merit" and
    # blind44's "the suit was without merit" are flagged; corrected at stop 46
    (
        "fam_without_merit_plain",
        "The league said the players' complaint was without merit.",
        ((C, "the players' complaint", "The league"),),
    ),
    (
        "fam_without_merit_claim",
        "The university said claims that it had admitted students in exchange for donations "
        "were without merit.",
        (
            (
                C,
                "it had admitted students in exchange for donations",
                "The university",
            ),
        ),
    ),
    (
        "fam_baseless_accusations",
        "The minister called the accusations that he had taken kickbacks on the port "
        "contract baseless.",
        ((C, "he had taken kickbacks on the port contract", "The minister"),),
    ),
    (
        "fam_baseless_said",
        "The embassy said reports that its staff had spied on exiles were baseless.",
        ((C, "its staff had spied on exiles", "The embassy"),),
    ),
    (
        "fam_contested_claim",
        "Veterans groups contested the department's claim that waiting times had fallen by half.",
        ((C, "waiting times had fallen by half", "Veterans groups"),),
    ),
    (
        "fam_contests_verb",
        "The firm contests the regulator's finding that it misled investors.",
        ((C, "it misled investors", "The firm"),),
    ),
    (
        "fam_crowd_put_at",
        "Organisers put attendance at 100,000, but city officials estimated it at about 25,000.",
        (
            (C, "put attendance at 100,000", "city officials"),
            (C, "estimated it at about 25,000", "Organisers"),
        ),
    ),
    (
        "fam_plea_defendant",
        "Mr. Tanaka pleaded not guilty to insider trading charges in federal court in Manhattan.",
        ((C, "insider trading charges", "Mr. Tanaka"),),
    ),
    (
        "fam_plea_entered_by_lawyer",
        "The former coach, who is charged with sexually abusing three players, pleaded not "
        "guilty through his lawyer.",
        ((C, "sexually abusing three players", "The former coach"),),
    ),
    (
        "fam_pleaded_innocent",
        "He has pleaded innocent to all 14 counts.",
        ((C, "all 14 counts", "He"),),
    ),
    (
        "fam_maintains_innocence",
        "Dorsey, who is accused of embezzling $2 million from the charity, maintains his "
        "innocence.",
        (
            (U, "embezzling $2 million from the charity", None),
            (C, "embezzling $2 million from the charity", "Dorsey"),
        ),
    ),
    (
        "fam_dismissed_as_fake_news",
        "The president dismissed the report that he had met the businessman as fake news.",
        ((C, "he had met the businessman", "The president"),),
    ),
    (
        "fam_said_untrue",
        "The club said it was untrue that the manager had been sacked.",
        ((C, "the manager had been sacked", "The club"),),
    ),
    (
        "fam_no_basis",
        "Regulators said there was no basis for the claim that the mine had poisoned the river.",
        ((C, "the mine had poisoned the river", "Regulators"),),
    ),
    (
        "fam_reported_by_newspaper",
        "Le Monde reported last week that the minister had used state jets for family holidays.",
        ((U, "the minister had used state jets for family holidays", "Le Monde"),),
    ),
    (
        "fam_has_been_accused",
        "The group has been accused of hacking the election commission's servers.",
        ((U, "hacking the election commission's servers", None),),
    ),
    (
        "fam_allegations_that",
        "The allegations that the coach bullied young players were first made in 2018.",
        ((U, "the coach bullied young players", None),),
    ),
    (
        "fam_neighbour_merit",
        "The judge said the appeal had merit and ordered a new trial.",
        (),
    ),
    (
        "fam_neighbour_baseless_word",
        "The baseline forecast assumes growth of 2 percent.",
        (),
    ),
    (
        "fam_neighbour_verified",
        "Reuters verified the location of the video by matching buildings in satellite images.",
        (),
    ),
    (
        "fam_neighbour_confirmed_report",
        "The company confirmed a report that it would cut 500 jobs.",
        (),
    ),
    (
        "fam_neighbour_two_counts_different",
        "The ministry said 300 people were injured, 40 of them seriously.",
        (),
    ),
    (
        "fam_neighbour_estimates_agree",
        "Police and organisers both put the crowd at about 15,000.",
        (),
    ),
    (
        "fam_neighbour_plea_deal",
        "The two men agreed to plead guilty in exchange for lighter sentences.",
        (),
    ),
    (
        "fam_neighbour_not_guilty_verdict",
        "The jury found him not guilty of manslaughter on Friday.",
        (),
    ),
    # --- more cues the guideline lists, in new genres ---------------------------------
    (
        "cue_reportedly_election",
        "The candidate reportedly paid $50,000 for the fake endorsements.",
        ((U, "paid $50,000 for the fake endorsements", None),),
    ),
    (
        "cue_alleged_fraud",
        "The alleged fraud cost investors more than $80 million, prosecutors said.",
        ((U, "fraud", "prosecutors"),),
    ),
    (
        "cue_not_independently_confirmed",
        "The figure of 3,000 dead could not be independently confirmed.",
        ((U, "3,000 dead", None),),
    ),
    (
        "cue_has_not_verified",
        "The rebel group said it had captured 200 soldiers. Reuters has not verified the claim.",
        ((U, "it had captured 200 soldiers", "The rebel group"),),
    ),
    (
        "cue_unconfirmed_adj",
        "An unconfirmed report on state television said the minister had been arrested.",
        ((U, "the minister had been arrested", None),),
    ),
    (
        "cue_claims_noun",
        "The company's claims that its batteries last 20 years have not been tested independently.",
        ((U, "its batteries last 20 years", "The company"),),
    ),
    (
        "cue_denied_report_that",
        "The health ministry denied a report that hospitals were turning away patients.",
        ((C, "hospitals were turning away patients", "The health ministry"),),
    ),
    (
        "cue_rejected_accusation",
        "Beijing rejected the accusation that it had hacked the parliament's email system.",
        ((C, "it had hacked the parliament's email system", "Beijing"),),
    ),
    (
        "cue_disputes_that",
        "The union disputes that only 200 workers walked out.",
        ((C, "only 200 workers walked out", "The union"),),
    ),
    (
        "cue_refutes",
        "The central bank refuted claims that it had run out of foreign reserves.",
        ((C, "it had run out of foreign reserves", "The central bank"),),
    ),
    (
        "cue_denial_noun",
        "The ministry issued a denial that troops had crossed the border.",
        ((C, "troops had crossed the border", "The ministry"),),
    ),
    (
        "cue_called_false",
        "The governor called the report false and said no one had been evacuated.",
        (),
    ),
    (
        "cue_false_claims_that",
        "The mayor repeated false claims that the bridge had been paid for by the state.",
        (
            (U, "the bridge had been paid for by the state", "The mayor"),
            (C, "the bridge had been paid for by the state", None),
        ),
    ),
    (
        "cue_said_falsely",
        "The senator said, falsely, that the law bans the sale of petrol cars by 2030.",
        (
            (U, "the law bans the sale of petrol cars by 2030", "The senator"),
            (C, "the law bans the sale of petrol cars by 2030", None),
        ),
    ),
    (
        "cue_neighbour_claimed_title",
        "She claimed her third world title in Doha on Saturday.",
        (),
    ),
    (
        "cue_neighbour_claimed_responsibility",
        "No group has claimed responsibility for the bombing.",
        (),
    ),
    (
        "cue_neighbour_reported_quarter",
        "The group reported a 12 percent rise in sales for the quarter.",
        (),
    ),
    (
        "cue_neighbour_refused",
        "The board refused to extend the chief executive's contract.",
        (),
    ),
    (
        "cue_neighbour_dispute_noun",
        "The two companies settled a patent dispute in 2020.",
        (),
    ),
    (
        "cue_neighbour_confirmed_appointment",
        "The club confirmed the appointment of a new manager on Monday.",
        (),
    ),
]


@dataclass(frozen=True)
class Predicted:
    """One flag as the wire bench reads it: kind, the flagged claim's span and source."""

    kind: str
    start: int
    end: int
    source: str | None
    rule: str


def predict(cases: list[Case]) -> dict[str, list[Predicted]]:
    """Per case id: the flags of one check call, deduplicated as the wire bench does."""
    texts = {case_id: text for case_id, text, _ in cases}
    result = provenance.check(wire_documents(texts, "m42"), engine="pandas")
    t = result.tables
    names = t.sources.set_index("source_id")["name"].to_dict()
    starts = t.claims.set_index("claim_id")["start"].to_dict()
    ends = t.claims.set_index("claim_id")["end"].to_dict()
    sources = t.claims.set_index("claim_id")["source_id"].to_dict()
    fig_claim = t.figures.set_index("figure_id")["claim_id"].to_dict()
    path = t.articles.set_index("article_id")["path"].to_dict()
    out: dict[str, list[Predicted]] = {case_id: [] for case_id in texts}
    seen: set[tuple[str, str, int, int, object]] = set()
    found = result.findings[result.findings["kind"].isin(FLAG_KINDS)]
    for f in found.itertuples():
        cid = f.claim_id if isinstance(f.claim_id, str) else fig_claim.get(f.figure_id)
        if not isinstance(cid, str):
            continue
        source = sources[cid]  # who hedges, or who denies
        if f.kind == "contradiction" and isinstance(f.related_claim_id, str):
            cid = f.related_claim_id  # the flag is on the claim that is contradicted
        if f.kind == "unverified":
            source = sources[cid]
        start, end = int(starts[cid]), int(ends[cid])
        case_id = str(path[f.article_id]).removeprefix("m42/")
        key = (case_id, str(f.kind), start, end, source if f.kind == C else None)
        if key in seen:
            continue
        seen.add(key)
        name = names.get(source)
        out[case_id].append(Predicted(str(f.kind), start, end, name, str(f.rule)))
    return out


def matches(text: str, flag: Flag, p: Predicted) -> bool:
    """The wire scorer's match: same kind, and the prediction covers or overlaps a span."""
    kind, spans, _ = flag
    if p.kind != kind:
        return False
    for span in (spans,) if isinstance(spans, str) else spans:
        start = text.index(span)
        gold = (start, start + len(span))
        if _overlap(gold, (p.start, p.end)) >= 0.3 or (p.start <= gold[0] and gold[1] <= p.end):
            return True
    return False


@dataclass(frozen=True)
class Outcome:
    """One case scored: flags matched, missed and raised in excess, and whether it passes."""

    matched: int
    missed: int
    extra: int

    @property
    def passed(self) -> bool:
        return self.missed == 0 and self.extra == 0


def score_case(text: str, expected: tuple[Flag, ...], predicted: list[Predicted]) -> Outcome:
    """Match each expected flag to an unused prediction, in order."""
    used: set[int] = set()
    matched = 0
    for flag in expected:
        hit = next(
            (i for i, p in enumerate(predicted) if i not in used and matches(text, flag, p)),
            None,
        )
        if hit is not None:
            used.add(hit)
            matched += 1
    return Outcome(matched, len(expected) - matched, len(predicted) - len(used))


def score(cases: list[Case] = CASES) -> dict[str, Outcome]:
    """Per case id, its outcome under one check call over every case."""
    predicted = predict(cases)
    return {
        case_id: score_case(text, expected, predicted[case_id]) for case_id, text, expected in cases
    }


def summary(outcomes: dict[str, Outcome]) -> dict[str, int]:
    """Totals: cases passed, flags expected / matched / raised in excess."""
    return {
        "cases": len(outcomes),
        "passed": sum(o.passed for o in outcomes.values()),
        "expected": sum(o.matched + o.missed for o in outcomes.values()),
        "matched": sum(o.matched for o in outcomes.values()),
        "extra": sum(o.extra for o in outcomes.values()),
    }


if __name__ == "__main__":
    outcomes = score()
    for case_id, o in outcomes.items():
        if not o.passed:
            print(f"FAIL {case_id}: matched {o.matched} missed {o.missed} extra {o.extra}")
    print(summary(outcomes))
