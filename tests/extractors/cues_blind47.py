"""The stop-47 blind matrix of hedge and denial cues (written before reading the code).

Each case is ``(name, text, word, cls)``: ``word`` is the cue word as it stands in
``text`` (its first whole-word occurrence is meant) and ``cls`` the class PolNeAR's cue
classes give it: ``"hedge"`` (claim, allege, purport, assert, insist in every form),
``"denial"`` (deny, reject, dismiss, refute, dispute in every form), or ``None`` for a
neighbour, a use of the same word that is no attribution cue (sport, law procedure,
employment, chemistry and medicine, insurance, property, other senses; and "reportedly",
which is no cue of either class) and must get neither status.

The passages are our own, in genres the earlier cue rounds took least: long-form features
and profiles, op-ed rebuttals, court and tribunal rulings, regulators and watchdogs,
science, labour, local councils, military communiqués, diplomatic protests and consumer
complaints; then structures: cues after their content, cues far from it, in relative
clauses, with "as", with plural subjects, in reduced clauses, with a person as object,
British idiom, nouns, adjectives and adverbs, passive voice and aspect.

Correction after the first count (its own commit): "Despite his denials, the evidence
showed ..." was first a denial; a cue noun with no content of its own is no attribution
(PolNeAR marks one only with its content), so it is a neighbour. At 4c327ce the matrix
counted 246 / 276 before the correction and 247 / 276 after it.

Neighbours leave out rejections of bills, offers and applications and dismissals of
cases: PolNeAR marks those as denial cues (the stop-44 matrix's correction).
"""

from __future__ import annotations

import re
from typing import Final

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims

Case = tuple[str, str, str, str | None]

CUES: Final[list[Case]] = [
    (
        "feature_insists_1",
        (
            "Over coffee in the kitchen of the farmhouse she has spent a decade restoring, "
            "Marguerite Olsen insists she never wanted to be a politician."
        ),
        "insists",
        "hedge",
    ),
    (
        "feature_claims_1",
        (
            "He claims, with a grin that suggests he has told the story many times, that he "
            "learned to sail before he could walk."
        ),
        "claims",
        "hedge",
    ),
    (
        "feature_insists_2",
        "Friends describe him as shy; he insists he is merely careful.",
        "insists",
        "hedge",
    ),
    (
        "feature_denied_1",
        (
            "The singer, who has denied for years that the song is about her former manager, "
            "laughed off the question."
        ),
        "denied",
        "denial",
    ),
    (
        "feature_claims_2",
        "It was, she claims, the worst winter the valley had seen in a generation.",
        "claims",
        "hedge",
    ),
    (
        "feature_allege_1",
        (
            "Her critics allege that the charity she founded paid her husband's firm for work"
            " it never did."
        ),
        "allege",
        "hedge",
    ),
    (
        "feature_rejects_1",
        "She rejects the idea that she was ever a reluctant heir.",
        "rejects",
        "denial",
    ),
    (
        "feature_disputes_1",
        (
            "He disputes the version of events in his former partner's memoir, saying the two"
            " never argued about money."
        ),
        "disputes",
        "denial",
    ),
    (
        "feature_dismisses_1",
        (
            "The chef dismisses suggestions that the restaurant's success owes anything to "
            "his famous father."
        ),
        "dismisses",
        "denial",
    ),
    (
        "feature_assert_1",
        (
            "People who worked with him in those years assert that he read every page of "
            "every contract himself."
        ),
        "assert",
        "hedge",
    ),
    (
        "feature_insisted_1",
        "There was no feud, he insisted to me more than once during two days of interviews.",
        "insisted",
        "hedge",
    ),
    (
        "feature_denies_1",
        (
            "The novelist denies that the book is autobiographical, though the parallels are "
            "hard to miss."
        ),
        "denies",
        "denial",
    ),
    (
        "feature_alleges_1",
        (
            "The director alleges, in a documentary the family has publicly disputed, that "
            "the fire was started deliberately."
        ),
        "alleges",
        "hedge",
    ),
    (
        "feature_claimed_1",
        ("His former bandmates have long claimed that he wrote none of the songs credited to him."),
        "claimed",
        "hedge",
    ),
    (
        "feature_denied_2",
        "Asked about the rumours, the actor flatly denied them, saying none of it was true.",
        "denied",
        "denial",
    ),
    (
        "feature_insists_3",
        ("The architect is unapologetic. The tower, he insists, will be loved in fifty years."),
        "insists",
        "hedge",
    ),
    (
        "feature_claim_1",
        "Neighbours claim the couple hardly ever left the house after the lottery win.",
        "claim",
        "hedge",
    ),
    (
        "oped_rejected_1",
        (
            "In an op-ed published in the Herald on Sunday, the former minister rejected the "
            "claim that austerity had caused the rise in child poverty."
        ),
        "rejected",
        "denial",
    ),
    (
        "oped_disputed_1",
        (
            "Writing in the Guardian, the economist disputed the Treasury's assertion that "
            "the cuts would pay for themselves."
        ),
        "disputed",
        "denial",
    ),
    (
        "oped_dismissed_1",
        'The column dismissed the report as "a fishing expedition dressed up as research".',
        "dismissed",
        "denial",
    ),
    (
        "oped_refuted_1",
        (
            "In a rebuttal published on Thursday, the think tank's director refuted the "
            "paper's central claim, arguing that its data ended in 2019."
        ),
        "refuted",
        "denial",
    ),
    (
        "oped_insisted_1",
        (
            "The senator, in a letter to the editor, insisted that her remarks had been taken"
            " out of context."
        ),
        "insisted",
        "hedge",
    ),
    (
        "oped_asserts_1",
        "Her piece asserts that the city has never recovered from the closure of the docks.",
        "asserts",
        "hedge",
    ),
    (
        "oped_rejected_2",
        (
            "In an opinion article on Monday, two former ambassadors rejected what they "
            'called the "myth" that sanctions never work.'
        ),
        "rejected",
        "denial",
    ),
    (
        "oped_claimed_1",
        (
            "The editorial had claimed that the mayor knew of the overspend months before it "
            "was disclosed, a charge his office denies."
        ),
        "claimed",
        "hedge",
    ),
    (
        "oped_denies_1",
        (
            "The editorial had claimed that the mayor knew of the overspend months before it "
            "was disclosed, a charge his office denies."
        ),
        "denies",
        "denial",
    ),
    (
        "oped_refutes_1",
        (
            "Responding in the same paper a week later, the author refutes each of the five "
            "points made against him."
        ),
        "refutes",
        "denial",
    ),
    (
        "oped_denying_1",
        (
            "The union's general secretary hit back in a column, denying that members had "
            "been misled about the ballot."
        ),
        "denying",
        "denial",
    ),
    (
        "court_rejected_1",
        "The court rejected the argument that the contract had been signed under duress.",
        "rejected",
        "denial",
    ),
    (
        "court_dismissed_1",
        ("The tribunal dismissed her claim that she had been unfairly selected for redundancy."),
        "dismissed",
        "denial",
    ),
    (
        "court_claim_1",
        ("The tribunal dismissed her claim that she had been unfairly selected for redundancy."),
        "claim",
        "hedge",
    ),
    (
        "court_allegation_1",
        (
            "The judge said there was no evidence to support the allegation that the officers"
            " had planted the drugs."
        ),
        "allegation",
        "hedge",
    ),
    (
        "court_denies_1",
        "The defendant, who appeared by video link from Belmarsh, denies murder.",
        "denies",
        "denial",
    ),
    (
        "court_deny_1",
        "Both men deny conspiracy to defraud and will stand trial in March.",
        "deny",
        "denial",
    ),
    (
        "court_denied_1",
        "She denied the charge of causing death by dangerous driving.",
        "denied",
        "denial",
    ),
    (
        "court_allege_1",
        "Prosecutors allege that the pair laundered £3m through a chain of car washes.",
        "allege",
        "hedge",
    ),
    (
        "court_alleged_1",
        "The pair are alleged to have laundered £3m through a chain of car washes.",
        "alleged",
        "hedge",
    ),
    (
        "court_alleges_1",
        "The Crown alleges that Mr Hale struck the victim at least twice.",
        "alleges",
        "hedge",
    ),
    (
        "court_rejected_2",
        ("The appeal court rejected Ms Carter's contention that the jury had been misdirected."),
        "rejected",
        "denial",
    ),
    (
        "court_dismissed_2",
        (
            'In a 40-page ruling, the judge dismissed as "fanciful" the defence\'s suggestion '
            "that the evidence had been tampered with."
        ),
        "dismissed",
        "denial",
    ),
    (
        "court_rejected_3",
        (
            "The employment tribunal rejected the council's assertion that the dismissal was "
            "for capability reasons."
        ),
        "rejected",
        "denial",
    ),
    (
        "court_claim_2",
        (
            "Mr Osei's claim that he was at his sister's house on the night of the fire was "
            "contradicted by phone records, the court heard."
        ),
        "claim",
        "hedge",
    ),
    (
        "court_insisted_1",
        "Counsel for the newspaper insisted that the article was substantially true.",
        "insisted",
        "hedge",
    ),
    (
        "court_denied_2",
        (
            "The court heard that the accused had denied being at the scene when first "
            "interviewed by police."
        ),
        "denied",
        "denial",
    ),
    (
        "court_rejected_4",
        "The High Court rejected claims that the planning inquiry had been biased.",
        "rejected",
        "denial",
    ),
    (
        "court_dismissed_3",
        (
            "The supreme court dismissed the government's argument that the prorogation was "
            "not a matter for the courts."
        ),
        "dismissed",
        "denial",
    ),
    (
        "court_rejected_5",
        ("The coroner rejected the suggestion that the hospital could not have foreseen the risk."),
        "rejected",
        "denial",
    ),
    (
        "court_disputes_1",
        "The prosecution disputes that the confession was obtained under pressure.",
        "disputes",
        "denial",
    ),
    (
        "regulator_disputed_1",
        "The watchdog disputed the bank's account of how the accounts came to be frozen.",
        "disputed",
        "denial",
    ),
    (
        "regulator_rejected_1",
        (
            "The regulator rejected the water company's claim that the spills were caused by "
            "exceptional rainfall."
        ),
        "rejected",
        "denial",
    ),
    (
        "regulator_dismissed_1",
        "Ofcom dismissed complaints that the programme had been biased against the farmers.",
        "dismissed",
        "denial",
    ),
    (
        "regulator_alleges_1",
        (
            "The Financial Conduct Authority alleges that the firm mis-sold pensions to more "
            "than 2,000 steelworkers."
        ),
        "alleges",
        "hedge",
    ),
    (
        "regulator_denies_1",
        ("The company denies any wrongdoing and says it will cooperate fully with the inquiry."),
        "denies",
        "denial",
    ),
    (
        "regulator_denied_1",
        (
            "The energy firm, which has denied overcharging customers, said it would appeal "
            "against the fine."
        ),
        "denied",
        "denial",
    ),
    (
        "regulator_insisted_1",
        ("Executives insisted that the outage had affected fewer than one per cent of customers."),
        "insisted",
        "hedge",
    ),
    (
        "regulator_rejected_2",
        (
            "The ombudsman rejected the operator's explanation that the delays were beyond "
            "its control."
        ),
        "rejected",
        "denial",
    ),
    (
        "regulator_disputes_1",
        (
            "The airline disputes the figures, saying they include flights cancelled by air "
            "traffic control."
        ),
        "disputes",
        "denial",
    ),
    (
        "regulator_asserted_1",
        (
            "The audit office asserted that the department had no reliable record of its own "
            "spending."
        ),
        "asserted",
        "hedge",
    ),
    (
        "regulator_denied_2",
        (
            "The bank, in a statement issued late on Tuesday after days of silence, denied "
            "that its staff had been told to hit sales targets."
        ),
        "denied",
        "denial",
    ),
    (
        "regulator_refuted_1",
        ("Regulators refuted the industry's contention that the new rules would raise prices."),
        "refuted",
        "denial",
    ),
    (
        "regulator_dismissed_2",
        'The supermarket chain dismissed the watchdog\'s findings as "out of date".',
        "dismissed",
        "denial",
    ),
    (
        "regulator_claimed_1",
        (
            "The operator had claimed the pipe was replaced in 2018; the inspectors found no "
            "record of the work."
        ),
        "claimed",
        "hedge",
    ),
    (
        "science_refute_1",
        "The authors refute the earlier finding that the drug shortens recovery times.",
        "refute",
        "denial",
    ),
    (
        "science_disputed_1",
        (
            "Several groups have since disputed the findings, noting that the sample included"
            " only 40 patients."
        ),
        "disputed",
        "denial",
    ),
    (
        "science_claims_1",
        "The study claims to show that the vaccine reduces transmission by half.",
        "claims",
        "hedge",
    ),
    (
        "science_claim_1",
        "The researchers claim that the fossil is the oldest known land plant.",
        "claim",
        "hedge",
    ),
    (
        "science_reject_1",
        (
            "Other palaeontologists reject the interpretation, arguing that the marks could "
            "have been made by water."
        ),
        "reject",
        "denial",
    ),
    (
        "science_claim_2",
        (
            "The paper's central claim, that the glacier lost a third of its mass in a "
            "decade, rests on a single set of satellite images."
        ),
        "claim",
        "hedge",
    ),
    ("science_insists_1", "The team insists its results are robust.", "insists", "hedge"),
    ("science_dismiss_1", "Critics dismiss the hypothesis as untestable.", "dismiss", "denial"),
    (
        "science_disputes_1",
        "A rival team disputes that the signal came from a black hole at all.",
        "disputes",
        "denial",
    ),
    (
        "science_assert_1",
        ("The scientists assert that the decline began well before the pesticide was introduced."),
        "assert",
        "hedge",
    ),
    (
        "science_purports_1",
        "The company purports to have built a battery that charges in 90 seconds.",
        "purports",
        "hedge",
    ),
    (
        "science_purports_2",
        (
            "A device that purports to detect cancer from a single breath has not been "
            "independently tested."
        ),
        "purports",
        "hedge",
    ),
    (
        "science_rejected_1",
        (
            "Dr Amara Singh, who led the study, rejected suggestions that the trial had been "
            "stopped early to flatter the results."
        ),
        "rejected",
        "denial",
    ),
    (
        "science_reject_2",
        (
            "The hypothesis, which most geneticists now reject, holds that the trait evolved "
            "only once."
        ),
        "reject",
        "denial",
    ),
    (
        "science_disputed_2",
        (
            "The disputed finding that moderate drinking protects the heart has been "
            "challenged again."
        ),
        "disputed",
        "denial",
    ),
    (
        "science_refuting_1",
        ("Refuting a decades-old assumption, the team showed that the birds navigate by smell."),
        "Refuting",
        "denial",
    ),
    (
        "labour_claims_1",
        "The union claims that more than 90 per cent of its members voted to strike.",
        "claims",
        "hedge",
    ),
    (
        "labour_disputes_1",
        ("Management disputes the union's figures, saying turnout was below the legal threshold."),
        "disputes",
        "denial",
    ),
    (
        "labour_dismissed_1",
        (
            "Nurses' leaders dismissed the minister's claim that the pay rise was the largest"
            " in 30 years."
        ),
        "dismissed",
        "denial",
    ),
    (
        "labour_insists_1",
        "The company insists the job cuts are unrelated to the strike.",
        "insists",
        "hedge",
    ),
    (
        "labour_deny_1",
        "Union officials deny that pickets blocked the entrance to the depot.",
        "deny",
        "denial",
    ),
    ("labour_deny_2", "Both sides deny that talks have broken down.", "deny", "denial"),
    (
        "labour_alleges_1",
        ("The GMB alleges that drivers were threatened with dismissal if they joined the walkout."),
        "alleges",
        "hedge",
    ),
    (
        "labour_claimed_1",
        ("Workers claimed they had not been paid for three weeks, a charge the contractor denied."),
        "claimed",
        "hedge",
    ),
    (
        "labour_denied_1",
        ("Workers claimed they had not been paid for three weeks, a charge the contractor denied."),
        "denied",
        "denial",
    ),
    (
        "labour_insistence_1",
        ("The employer's insistence that the site was safe was undermined by an internal memo."),
        "insistence",
        "hedge",
    ),
    (
        "labour_denial_1",
        (
            "The firm's denial that it had used agency staff to break the strike came hours "
            "after photographs emerged."
        ),
        "denial",
        "denial",
    ),
    (
        "labour_rejected_1",
        'The warehouse operator rejected the union\'s allegations as "baseless".',
        "rejected",
        "denial",
    ),
    (
        "labour_asserted_1",
        "Unite asserted that the closure would cost 400 jobs across the region.",
        "asserted",
        "hedge",
    ),
    (
        "council_denied_1",
        (
            "The council denied that the library closures had been decided before the "
            "consultation began."
        ),
        "denied",
        "denial",
    ),
    (
        "council_rejected_1",
        "Councillors rejected claims that the new cycle lanes had increased congestion.",
        "rejected",
        "denial",
    ),
    (
        "council_claim_1",
        "Residents claim the bins have not been collected for a month.",
        "claim",
        "hedge",
    ),
    (
        "council_disputed_1",
        (
            "Residents say the bins have not been collected for a month. A council "
            "spokeswoman disputed this, saying collections had been missed on only two "
            "occasions."
        ),
        "disputed",
        "denial",
    ),
    (
        "council_insisted_1",
        "The authority insisted the car park sale had been handled properly.",
        "insisted",
        "hedge",
    ),
    (
        "council_dismissed_1",
        'The leader of the council dismissed the opposition\'s figures as "scaremongering".',
        "dismissed",
        "denial",
    ),
    (
        "council_allege_1",
        (
            "Campaigners allege the borough sold the playing fields to a developer at a "
            "fraction of their value."
        ),
        "allege",
        "hedge",
    ),
    (
        "council_refuted_1",
        ("The mayor refuted suggestions that the budget gap had been hidden from councillors."),
        "refuted",
        "denial",
    ),
    (
        "council_denied_2",
        (
            "The council, which has always denied that the tower block's cladding was unsafe,"
            " said on Friday it would remove it."
        ),
        "denied",
        "denial",
    ),
    (
        "council_asserted_1",
        "Opposition councillors have asserted that the consultation was a sham.",
        "asserted",
        "hedge",
    ),
    (
        "council_claim_2",
        (
            'The parish council\'s claim that it had not been consulted was "simply untrue", '
            "the district council said."
        ),
        "claim",
        "hedge",
    ),
    (
        "military_denied_1",
        (
            "The army denied targeting civilians, saying its strikes had hit only military "
            "positions."
        ),
        "denied",
        "denial",
    ),
    (
        "military_insists_1",
        "Moscow insists that its forces have struck only military targets.",
        "insists",
        "hedge",
    ),
    (
        "military_claimed_1",
        ("The ministry of defence claimed its air defences had shot down 12 drones overnight."),
        "claimed",
        "hedge",
    ),
    (
        "military_disputed_1",
        (
            "The ministry of defence said its air defences had shot down 12 drones overnight."
            " Kyiv disputed the claim, saying none of its drones had been launched."
        ),
        "disputed",
        "denial",
    ),
    (
        "military_rejected_1",
        "The military rejected reports that it had lost control of the border town.",
        "rejected",
        "denial",
    ),
    (
        "military_claim_1",
        "Rebel commanders claim to have captured three villages.",
        "claim",
        "hedge",
    ),
    (
        "military_deny_1",
        "Both armies deny responsibility for the shelling of the market.",
        "deny",
        "denial",
    ),
    (
        "military_asserted_1",
        (
            "In a communiqué released on Saturday, the general staff asserted that the "
            'offensive was "proceeding according to plan".'
        ),
        "asserted",
        "hedge",
    ),
    (
        "military_dismissed_1",
        "The coalition dismissed the casualty figures as propaganda.",
        "dismissed",
        "denial",
    ),
    ("military_denies_1", "The junta denies that any civilians were killed.", "denies", "denial"),
    (
        "military_insisted_1",
        "Israel's military insisted it had warned residents to leave before the strike.",
        "insisted",
        "hedge",
    ),
    (
        "military_refuted_1",
        (
            "The navy refuted accounts that the frigate had been hit, saying it had returned "
            "to port for routine maintenance."
        ),
        "refuted",
        "denial",
    ),
    (
        "military_alleged_1",
        "The armed forces alleged that militants had used the school as a base.",
        "alleged",
        "hedge",
    ),
    (
        "diplomacy_rejected_1",
        "Beijing rejected the accusations as interference in China's internal affairs.",
        "rejected",
        "denial",
    ),
    (
        "diplomacy_rejected_2",
        (
            "The foreign ministry summoned the ambassador and rejected what it called "
            '"baseless lies".'
        ),
        "rejected",
        "denial",
    ),
    (
        "diplomacy_dismissed_1",
        'Tehran dismissed the report as a "fabrication" by hostile intelligence services.',
        "dismissed",
        "denial",
    ),
    (
        "diplomacy_denied_1",
        (
            "The embassy denied that the diplomat had been expelled, saying he had left at "
            "the end of his posting."
        ),
        "denied",
        "denial",
    ),
    (
        "diplomacy_insists_1",
        "Moscow insists the exercises are purely defensive.",
        "insists",
        "hedge",
    ),
    (
        "diplomacy_refuted_1",
        "Delhi refuted Islamabad's claim that its jets had crossed the line of control.",
        "refuted",
        "denial",
    ),
    (
        "diplomacy_disputed_1",
        "The Foreign Office disputed the Russian account of the incident in the Black Sea.",
        "disputed",
        "denial",
    ),
    (
        "diplomacy_claimed_1",
        "Pyongyang claimed the launch had placed a satellite in orbit.",
        "claimed",
        "hedge",
    ),
    (
        "diplomacy_deny_1",
        "The two governments deny that a secret deal was struck.",
        "deny",
        "denial",
    ),
    (
        "diplomacy_alleges_1",
        "Ankara alleges that the group is behind the bombing.",
        "alleges",
        "hedge",
    ),
    (
        "diplomacy_rejected_3",
        (
            'The spokesman rejected as "absurd" allegations that the country was supplying '
            "weapons to the rebels."
        ),
        "rejected",
        "denial",
    ),
    (
        "diplomacy_asserted_1",
        (
            "Washington has repeatedly asserted that the sanctions target only individuals, "
            "not the economy."
        ),
        "asserted",
        "hedge",
    ),
    (
        "consumer_claim_1",
        "Customers claim they were charged twice for the same order.",
        "claim",
        "hedge",
    ),
    ("consumer_denies_1", "The retailer denies that its website was hacked.", "denies", "denial"),
    (
        "consumer_insists_1",
        "The manufacturer insists the kettles are safe when used as instructed.",
        "insists",
        "hedge",
    ),
    (
        "consumer_alleged_1",
        "Shoppers alleged that the discount was never applied at the till.",
        "alleged",
        "hedge",
    ),
    (
        "consumer_disputes_1",
        "The firm disputes her account, saying the parcel was signed for on 3 May.",
        "disputes",
        "denial",
    ),
    (
        "consumer_rejected_1",
        ("The energy supplier rejected Mr Patel's complaint that his meter had been read wrongly."),
        "rejected",
        "denial",
    ),
    (
        "consumer_insisted_1",
        (
            "Passengers insisted to reporters that no announcement had been made before the "
            "train was cancelled."
        ),
        "insisted",
        "hedge",
    ),
    (
        "consumer_dismissed_1",
        (
            "The landlord dismissed tenants' complaints that the flats were damp as "
            '"lifestyle issues".'
        ),
        "dismissed",
        "denial",
    ),
    (
        "consumer_denying_1",
        ('The company, denying any fault, offered her a £50 voucher as a "gesture of goodwill".'),
        "denying",
        "denial",
    ),
    (
        "consumer_claim_2",
        (
            "The gym chain's claim that members could cancel at any time was misleading, the "
            "advertising watchdog ruled."
        ),
        "claim",
        "hedge",
    ),
    ("after_insisted_1", "The figures are wrong, the company insisted.", "insisted", "hedge"),
    ("after_claimed_1", '"We were never told," she claimed.', "claimed", "hedge"),
    (
        "after_insists_1",
        "No shots were fired from the compound, the army insists.",
        "insists",
        "hedge",
    ),
    (
        "after_claimed_2",
        ("None of the money went to the party, he claimed in a televised interview on Sunday."),
        "claimed",
        "hedge",
    ),
    (
        "after_insisted_2",
        (
            '"That is simply not true," the minister insisted, jabbing a finger at the '
            "opposition benches."
        ),
        "insisted",
        "hedge",
    ),
    (
        "after_asserted_1",
        "The deal was signed in good faith, the club asserted.",
        "asserted",
        "hedge",
    ),
    (
        "after_alleged_1",
        "The officers had used excessive force, the family alleged.",
        "alleged",
        "hedge",
    ),
    ("after_denied_1", "It was not a cover-up, the department denied.", "denied", "denial"),
    (
        "far_denied_1",
        (
            "The ministry, in a statement issued late on Tuesday after days of silence, "
            "denied that its officials had met the rebels."
        ),
        "denied",
        "denial",
    ),
    (
        "far_insisted_1",
        (
            "The police federation, which represents rank-and-file officers in England and "
            "Wales, insisted yesterday that morale was at an all-time low."
        ),
        "insisted",
        "hedge",
    ),
    (
        "far_claims_1",
        (
            "Mr Dubois, a former banker who now runs a vineyard outside Bordeaux and who has "
            "never spoken publicly about the affair, claims he was paid to keep quiet."
        ),
        "claims",
        "hedge",
    ),
    (
        "far_denied_2",
        (
            "The company – which employs 3,000 people at its plant near Swindon – denied that"
            " redundancies were planned."
        ),
        "denied",
        "denial",
    ),
    (
        "far_rejected_1",
        (
            "The prime minister's spokesman, speaking to reporters at the regular lobby "
            "briefing on Monday afternoon, rejected suggestions that the cabinet was split."
        ),
        "rejected",
        "denial",
    ),
    (
        "relative_denied_1",
        (
            "Former staff say the charity misused donations. It is a claim the charity has "
            "long denied."
        ),
        "denied",
        "denial",
    ),
    (
        "relative_disputes_1",
        (
            "The minister repeated the assertion, which the opposition disputes, that waiting"
            " lists are falling."
        ),
        "disputes",
        "denial",
    ),
    (
        "relative_denies_1",
        "She faces allegations of bullying, which she denies.",
        "denies",
        "denial",
    ),
    ("relative_denies_2", "He is accused of fraud, which he denies.", "denies", "denial"),
    (
        "relative_rejects_1",
        "The accusations, which the club rejects, centre on payments made to agents.",
        "rejects",
        "denial",
    ),
    (
        "relative_dispute_1",
        "She gave a version of events that the police dispute.",
        "dispute",
        "denial",
    ),
    (
        "relative_claims_1",
        "The man who claims to be the rightful heir to the estate has lost his case.",
        "claims",
        "hedge",
    ),
    (
        "relative_alleged_1",
        "The abuse the women alleged took place over more than a decade.",
        "alleged",
        "hedge",
    ),
    ("as_dismissed_1", "The company dismissed the report as false.", "dismissed", "denial"),
    (
        "as_rejected_1",
        "The government rejected what it called lies spread by foreign media.",
        "rejected",
        "denial",
    ),
    ("as_dismissed_2", 'He dismissed the allegations as "nonsense".', "dismissed", "denial"),
    ("as_rejected_2", "The minister rejected the criticism as unfair.", "rejected", "denial"),
    (
        "as_dismissed_3",
        "The club dismissed as speculation reports that the manager was about to be sacked.",
        "dismissed",
        "denial",
    ),
    ("plural_deny_1", "Both sides deny breaking the ceasefire.", "deny", "denial"),
    ("plural_insists_1", "Each insists the other fired first.", "insists", "hedge"),
    (
        "plural_dispute_1",
        "The two companies dispute each other's account of the negotiations.",
        "dispute",
        "denial",
    ),
    ("plural_deny_2", "All three suspects deny the charges.", "deny", "denial"),
    ("plural_claim_1", "Both candidates claim to have won the debate.", "claim", "hedge"),
    (
        "reduced_denying_1",
        "Denying any wrongdoing, he said he would fight to clear his name.",
        "Denying",
        "denial",
    ),
    (
        "reduced_insisting_1",
        ("Insisting that the plan was fully costed, the chancellor refused to rule out tax rises."),
        "Insisting",
        "hedge",
    ),
    (
        "reduced_rejecting_1",
        "The firm issued a statement rejecting the union's claims.",
        "rejecting",
        "denial",
    ),
    (
        "reduced_denying_2",
        "He resigned on Friday, denying that he had broken the code of conduct.",
        "denying",
        "denial",
    ),
    (
        "reduced_claiming_1",
        ("Claiming to represent the residents, the group collected more than 2,000 signatures."),
        "Claiming",
        "hedge",
    ),
    (
        "reduced_disputing_1",
        "The bank wrote to customers disputing that any data had been lost.",
        "disputing",
        "denial",
    ),
    (
        "object_insisted_1",
        "She insisted to reporters that she had done nothing wrong.",
        "insisted",
        "hedge",
    ),
    (
        "object_insisted_2",
        "The spokesman insisted to the BBC that the talks were continuing.",
        "insisted",
        "hedge",
    ),
    ("object_claimed_1", "He claimed to me that he had never met the man.", "claimed", "hedge"),
    (
        "object_denied_1",
        "She denied to investigators that she had shredded the documents.",
        "denied",
        "denial",
    ),
    ("british_denied_1", "The club has strenuously denied the claims.", "denied", "denial"),
    (
        "british_insisted_1",
        'Number 10 insisted the prime minister had "full confidence" in the chancellor.',
        "insisted",
        "hedge",
    ),
    (
        "british_denied_2",
        "A Whitehall source denied that ministers had been briefed.",
        "denied",
        "denial",
    ),
    (
        "british_refuted_1",
        "The Met refuted reports that officers had been stood down.",
        "refuted",
        "denial",
    ),
    (
        "british_dismissed_1",
        'The minister dismissed the story as "tittle-tattle".',
        "dismissed",
        "denial",
    ),
    (
        "british_rejected_1",
        'The organisation rejected the criticism as "wholly unfounded".',
        "rejected",
        "denial",
    ),
    (
        "british_insisted_2",
        'The defence secretary insisted that the programme was "on track".',
        "insisted",
        "hedge",
    ),
    (
        "british_claimed_1",
        'Labour claimed the Tories had "crashed the economy".',
        "claimed",
        "hedge",
    ),
    (
        "british_denied_3",
        "The Home Office has categorically denied that the policy has been shelved.",
        "denied",
        "denial",
    ),
    (
        "forms_denial_1",
        "In his denial, the minister said he had never received the letter.",
        "denial",
        "denial",
    ),
    ("forms_alleged_1", "The alleged fraud ran for six years.", "alleged", "hedge"),
    ("forms_purported_1", "The purported leak turned out to be a forgery.", "purported", "hedge"),
    (
        "forms_allegedly_1",
        "The allegedly stolen painting was recovered in Antwerp.",
        "allegedly",
        "hedge",
    ),
    (
        "forms_allegedly_2",
        (
            "Mr Ahmed, who allegedly ran the network from a prison cell, appeared in court on"
            " Monday."
        ),
        "allegedly",
        "hedge",
    ),
    (
        "forms_claimed_1",
        "The claimed savings of £2bn have never been verified.",
        "claimed",
        "hedge",
    ),
    (
        "forms_insistence_1",
        (
            "Her insistence that the policy would pay for itself drew laughter from the "
            "opposition benches."
        ),
        "insistence",
        "hedge",
    ),
    (
        "forms_rejection_1",
        (
            "The ministry's rejection of the report's conclusion that the prison was unsafe "
            "angered campaigners."
        ),
        "rejection",
        "denial",
    ),
    (
        "forms_assertion_1",
        "His assertion that the border was secure was contradicted by his own officials.",
        "assertion",
        "hedge",
    ),
    (
        "forms_refutation_1",
        "The company's refutation of the claims ran to 30 pages.",
        "refutation",
        "denial",
    ),
    (
        "forms_purportedly_1",
        (
            "The memo, purportedly written by the chief executive, was circulated to staff on"
            " Friday."
        ),
        "purportedly",
        "hedge",
    ),
    (
        "forms_allegations_1",
        "The allegations that he bullied junior staff first surfaced in 2021.",
        "allegations",
        "hedge",
    ),
    ("voice_denied_1", "The claims were denied by the club.", "denied", "denial"),
    (
        "voice_disputed_1",
        "The findings have been disputed by several independent experts.",
        "disputed",
        "denial",
    ),
    (
        "voice_dismissed_1",
        "The suggestion was dismissed by the prime minister's spokesman.",
        "dismissed",
        "denial",
    ),
    ("voice_refuted_1", "The theory has been refuted by later studies.", "refuted", "denial"),
    ("voice_claimed_1", "It is claimed that the fund lost £40m.", "claimed", "hedge"),
    (
        "voice_alleged_1",
        "It has been alleged that the officer accepted bribes.",
        "alleged",
        "hedge",
    ),
    ("voice_alleged_2", "He is alleged to have accepted bribes.", "alleged", "hedge"),
    (
        "voice_rejected_1",
        "The idea that the crash was caused by pilot error was rejected by investigators.",
        "rejected",
        "denial",
    ),
    (
        "aspect_insisting_1",
        "The company had been insisting for months that the product was safe.",
        "insisting",
        "hedge",
    ),
    (
        "aspect_denying_1",
        "The government is denying that it knew about the leak.",
        "denying",
        "denial",
    ),
    (
        "aspect_dispute_1",
        "The club will dispute the findings at a hearing next month.",
        "dispute",
        "denial",
    ),
    (
        "aspect_rejected_1",
        "Officials have repeatedly rejected suggestions that the ship was carrying arms.",
        "rejected",
        "denial",
    ),
    (
        "aspect_claiming_1",
        "Opposition leaders are claiming that the vote was rigged.",
        "claiming",
        "hedge",
    ),
    (
        "aspect_denies_1",
        "The mayor has denied, and still denies, that he knew of the payments.",
        "denies",
        "denial",
    ),
]

NEIGHBOURS: Final[list[Case]] = [
    # a cue noun with no content of its own is no attribution (PolNeAR marks one only with
    # its content); first written as a denial, corrected after the first count
    (
        "not_nocontent_denials_1",
        "Despite his denials, the evidence showed he had been in the building.",
        "denials",
        None,
    ),
    ("not_sport_denied_1", "The goalkeeper denied Kane twice in the first half.", "denied", None),
    ("not_sport_denied_2", "A superb save denied the visitors a late equaliser.", "denied", None),
    ("not_sport_claimed_1", "She claimed her third world title in Doha.", "claimed", None),
    (
        "not_sport_dismissed_1",
        "England were dismissed for 183 shortly before tea.",
        "dismissed",
        None,
    ),
    (
        "not_sport_dismissed_2",
        "Root was dismissed for 12, caught at slip off the bowling of Cummins.",
        "dismissed",
        None,
    ),
    ("not_sport_claimed_2", "The Kenyan claimed gold in the 10,000m.", "claimed", None),
    (
        "not_sport_insisted_1",
        "The striker insisted on taking the penalty himself.",
        "insisted",
        None,
    ),
    (
        "not_sport_denied_3",
        "Their bid to retain the trophy was denied by a last-minute try.",
        "denied",
        None,
    ),
    (
        "not_sport_asserted_1",
        "The champion asserted his dominance with a fourth straight win.",
        "asserted",
        None,
    ),
    (
        "not_sport_claim_1",
        "Rovers can claim a place in the play-offs with a win on Saturday.",
        "claim",
        None,
    ),
    (
        "not_sport_claimed_3",
        "Three wickets were claimed by the spinner before lunch.",
        "claimed",
        None,
    ),
    (
        "not_law_dismissed_1",
        "The judge dismissed the jury after it failed to reach a verdict.",
        "dismissed",
        None,
    ),
    ("not_law_denied_1", "He was denied bail and remanded in custody.", "denied", None),
    ("not_law_claim_1", "The lawyer filed a claim for damages in the High Court.", "claim", None),
    ("not_law_denied_2", "She was denied access to a lawyer for 48 hours.", "denied", None),
    ("not_law_claims_1", "He took the builder to the small claims court.", "claims", None),
    ("not_law_claimant_1", "The claimant was awarded £12,000 in compensation.", "claimant", None),
    ("not_law_dismissal_1", "He is suing the company for unfair dismissal.", "dismissal", None),
    ("not_employ_dismissed_1", "He was dismissed for gross misconduct in 2019.", "dismissed", None),
    (
        "not_employ_dismissed_2",
        "The firm dismissed 40 staff after the contract was lost.",
        "dismissed",
        None,
    ),
    ("not_employ_claim_1", "Nearly 2m people claim universal credit.", "claim", None),
    ("not_employ_dispute_1", "A pay dispute has closed the port for a week.", "dispute", None),
    ("not_employ_claimed_1", "She claimed £3,000 in expenses for a second home.", "claimed", None),
    (
        "not_employ_dismissal_1",
        "The dismissal of the head teacher followed a disciplinary hearing.",
        "dismissal",
        None,
    ),
    (
        "not_employ_dispute_2",
        "The dispute over overtime pay is now in its third month.",
        "dispute",
        None,
    ),
    (
        "not_chem_rejects_1",
        "The membrane rejects more than 99 per cent of dissolved salts.",
        "rejects",
        None,
    ),
    ("not_chem_rejected_1", "His body rejected the donor kidney within a week.", "rejected", None),
    (
        "not_chem_reject_1",
        "Patients whose bodies reject the graft need further surgery.",
        "reject",
        None,
    ),
    (
        "not_chem_rejects_2",
        "The filter rejects particles larger than two microns.",
        "rejects",
        None,
    ),
    (
        "not_chem_rejection_1",
        "Drugs that suppress the immune system reduce the risk of rejection.",
        "rejection",
        None,
    ),
    ("not_insure_claims_1", "Insurers paid out £1.2bn in flood claims last year.", "claims", None),
    (
        "not_insure_claims_2",
        "Drivers can lose their no-claims bonus after a single accident.",
        "claims",
        None,
    ),
    (
        "not_insure_claimed_1",
        "He claimed on his travel insurance after the flight was cancelled.",
        "claimed",
        None,
    ),
    (
        "not_insure_claims_3",
        "The claims backlog at the benefits office has doubled.",
        "claims",
        None,
    ),
    (
        "not_insure_claim_1",
        "To make a claim, call the number on the back of your policy.",
        "claim",
        None,
    ),
    ("not_property_claimed_1", "The lost property was never claimed.", "claimed", None),
    (
        "not_property_disputed_1",
        "The disputed boundary between the two farms has been redrawn.",
        "disputed",
        None,
    ),
    ("not_property_claimed_2", "Developers claimed the last plots within hours.", "claimed", None),
    (
        "not_property_claimed_3",
        "The estate was eventually claimed by a distant cousin.",
        "claimed",
        None,
    ),
    ("not_property_claim_1", "Prospectors rushed to stake a claim along the river.", "claim", None),
    ("not_other_claimed_1", "The fire claimed the lives of six people.", "claimed", None),
    ("not_other_claimed_2", "The disease has claimed more than 3,000 lives.", "claimed", None),
    ("not_other_claimed_3", "The storm claimed its first victim on Sunday.", "claimed", None),
    ("not_other_denied_1", "He was denied a visa.", "denied", None),
    ("not_other_dismissed_1", "The teacher dismissed the class early.", "dismissed", None),
    ("not_other_denied_2", "The government denied the refugees entry.", "denied", None),
    (
        "not_other_insisted_1",
        "Ministers insisted on a vote before the summer recess.",
        "insisted",
        None,
    ),
    ("not_other_dismissed_2", "The general dismissed his aides and sat alone.", "dismissed", None),
    ("not_other_rejected_1", "The machine rejected my card twice.", "rejected", None),
    ("not_other_claimed_4", "The army claimed the hill after a week of fighting.", "claimed", None),
    ("not_other_denied_3", "He denied himself a drink until the exams were over.", "denied", None),
    ("not_other_reportedly_1", "She reportedly earned £2m from the deal.", "reportedly", None),
    (
        "not_other_reportedly_2",
        "The singer was reportedly paid £1m for the show.",
        "reportedly",
        None,
    ),
    (
        "not_other_rejected_2",
        "The rejected candidates will be notified by email.",
        "rejected",
        None,
    ),
    ("not_other_denied_4", "The refugees were denied asylum.", "denied", None),
    ("not_other_dismissed_3", "She dismissed her driver and walked home.", "dismissed", None),
    ("not_other_insist_1", "We insist on the highest standards of hygiene.", "insist", None),
    (
        "not_other_asserted_1",
        "The new chief executive quickly asserted control over the board.",
        "asserted",
        None,
    ),
    (
        "not_other_insistent_1",
        "The insistent ringing of the doorbell woke the whole street.",
        "insistent",
        None,
    ),
    ("not_other_claims_1", "The claims department will be moved to Leeds.", "claims", None),
    (
        "not_other_denied_5",
        "Thousands of patients are being denied treatment because of the backlog.",
        "denied",
        None,
    ),
    ("not_other_dismissive_1", "Her dismissive wave ended the conversation.", "dismissive", None),
]

ALL: Final[list[Case]] = CUES + NEIGHBOURS

_STATUS: Final[dict[str, ClaimStatus]] = {
    "hedge": ClaimStatus.HEDGED,
    "denial": ClaimStatus.DENIED,
}


def word_span(text: str, word: str) -> tuple[int, int]:
    """The span of the first whole-word occurrence of ``word`` in ``text``.

    Example:
        >>> word_span("He denied it; she denied it too.", "denied")
        (3, 9)
    """
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    if found is None:
        raise ValueError(f"{word!r} is not a word of {text!r}")
    return found.span()


def statuses_at(text: str, word: str) -> set[ClaimStatus]:
    """The statuses of the claims whose cue overlaps ``word`` in ``text``."""
    start, end = word_span(text, word)
    return {
        c.status
        for c in find_claims(text)
        if c.cue_start is not None
        and c.cue_end is not None
        and c.cue_start < end
        and start < c.cue_end
    }


def passes(case: Case) -> bool:
    """Whether the extractor gives ``case`` its class (or, a neighbour, neither class)."""
    _, text, word, cls = case
    found = statuses_at(text, word)
    if cls is None:
        return not found & set(_STATUS.values())
    return _STATUS[cls] in found
