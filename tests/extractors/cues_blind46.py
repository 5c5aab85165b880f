"""Stop 46's blind matrix of hedge and denial cues (``test_cues_blind46``).

Written before the claims extractor or the earlier cue matrices were read, from the cue
classes of the PolNeAR corpus README: hedge = claim, allege, purport, assert, insist;
denial = deny, reject, dismiss, refute, dispute; in every form (verbs in every tense, voice
and aspect, nouns, adjectives and the adverbs "allegedly", "purportedly"; "reportedly" is
none of them), and classed by the word (a negated cue keeps its class, "did not dispute
that"). A cue noun with no content of its own in the passage ("the claims were
baseless", "declined to comment on the allegations") is no attribution (PolNeAR marks an
attribution only with its content): five passages first expected a hedge there and were
corrected (sci08, sci10, rel10, biz23, court27). Genres stop 44 did not take: sport,
entertainment, business and markets, tech, science, religion, local government, diplomacy
and courts outside the US.

Each passage is ``(id, text, expected)``; ``expected`` is a tuple of ``(words, class)``
where ``words`` is the first occurrence in ``text`` of the cue (or of the neighbour) and
``class`` is ``"hedge"``, ``"denial"`` or ``None``. A cue holds when some claim of the
passage with the class's status has a cue span overlapping ``words``; a neighbour (class
``None``) holds when no hedged or denied claim has a cue span overlapping ``words``.
"""

from __future__ import annotations

Expected = tuple[tuple[str, str | None], ...]

PASSAGES: tuple[tuple[str, str, Expected], ...] = (
    # --- sport -------------------------------------------------------------------------
    (
        "sport01",
        (
            "The Football Association denied that it had been warned about crowd trouble before "
            "Saturday's cup tie."
        ),
        (("denied", "denial"),),
    ),
    (
        "sport02",
        "Leeds forward Tom Hale was denied a penalty in stoppage time after a clear trip.",
        (("denied", None),),
    ),
    (
        "sport03",
        (
            "Coach Marta Silva dismissed reports that she was about to leave the club as 'pure "
            "fiction'."
        ),
        (("dismissed", "denial"),),
    ),
    (
        "sport04",
        "The winger was dismissed from the squad after missing two training sessions.",
        (("dismissed", None),),
    ),
    (
        "sport05",
        "Ferrari insisted that the upgrade had been legal throughout the season.",
        (("insisted", "hedge"),),
    ),
    (
        "sport06",
        "The manager insisted on a closed training session before the derby.",
        (("insisted", None),),
    ),
    ("sport07", "Nadal claimed the title for a 14th time on Sunday.", (("claimed", None),)),
    (
        "sport08",
        "The cyclist claimed to have been unaware that the substance was banned.",
        (("claimed", "hedge"),),
    ),
    (
        "sport09",
        "Rival teams have alleged that the sprinter's spikes exceeded the permitted height.",
        (("alleged", "hedge"),),
    ),
    (
        "sport10",
        "The club is alleged to have made secret payments to the player's agent.",
        (("alleged", "hedge"),),
    ),
    (
        "sport11",
        "The referee's decision was disputed by both captains after the match.",
        (("disputed", "denial"),),
    ),
    (
        "sport12",
        "The Australian board flatly rejected claims that players had been paid to underperform.",
        (("rejected", "denial"), ("claims", "hedge")),
    ),
    (
        "sport13",
        "Officials rejected the club's offer of 20 million pounds for the striker.",
        (("rejected", None),),
    ),
    (
        "sport14",
        "The boxer's camp strongly disputes the result of the drug test.",
        (("disputes", "denial"),),
    ),
    (
        "sport15",
        "The governing body refuted suggestions that the draw had been rigged.",
        (("refuted", "denial"),),
    ),
    (
        "sport16",
        (
            "Denying that he had ever placed a bet on football, the midfielder told the hearing he "
            "had been framed."
        ),
        (("Denying", "denial"),),
    ),
    (
        "sport17",
        "Having rejected the accusation at the time, the federation now admits mistakes were made.",
        (("rejected", "denial"),),
    ),
    (
        "sport18",
        "No one disputes that she is the fastest woman in the world this year.",
        (("disputes", "denial"),),
    ),
    (
        "sport19",
        (
            "Club denies wrongdoing over ticket sales\n\nThe club said on Monday that all tickets "
            "had been sold through official channels."
        ),
        (("denies", "denial"),),
    ),
    (
        "sport20",
        "The two clubs are locked in a boundary dispute over the training ground.",
        (("dispute", None),),
    ),
    (
        "sport21",
        "Her claim that the course had been shortened was rejected by race organisers.",
        (("claim", "hedge"), ("rejected", "denial")),
    ),
    (
        "sport22",
        (
            "The jockey did not deny that he had struck the horse more than the permitted "
            "number of times."
        ),
        (("deny", "denial"),),
    ),
    (
        "sport23",
        "The athlete never claimed to have broken the world record, her coach said.",
        (("claimed", "hedge"),),
    ),
    (
        "sport24",
        "The batsman may have exaggerated the extent of his injury, one selector said.",
        (("exaggerated", None),),
    ),
    (
        "sport25",
        "Allegedly, the players were given the answers to the fitness test in advance.",
        (("Allegedly", "hedge"),),
    ),
    (
        "sport26",
        "The alleged bribe was paid to a match official in Bucharest, prosecutors said.",
        (("alleged", "hedge"),),
    ),
    (
        "sport27",
        "The team disputed the fine, saying the delay was caused by traffic.",
        (("disputed", "denial"),),
    ),
    (
        "sport28",
        "United asserted control in the second half with two quick goals.",
        (("asserted", None),),
    ),
    (
        "sport29",
        "The goalkeeper was sent off and later dismissed the incident as 'a misunderstanding'.",
        (("dismissed", "denial"),),
    ),
    (
        "sport30",
        "The Olympic committee denied the team entry to the opening ceremony.",
        (("denied", None),),
    ),
    (
        "sport31",
        "The player, claiming to have been fouled, refused to leave the pitch.",
        (("claiming", "hedge"),),
    ),
    ("sport32", "The striker insisted on taking the penalty himself.", (("insisted", None),)),
    ("sport33", "The champion remains the undisputed heavyweight king.", (("undisputed", None),)),
    (
        "sport34",
        (
            "Chelsea dismiss Mourinho exit talk as 'rubbish'\n\nChelsea on Friday said the "
            "manager's position was secure."
        ),
        (("dismiss", "denial"),),
    ),
    (
        "sport35",
        "The new coach quickly asserted his authority over the dressing room.",
        (("asserted", None),),
    ),
    (
        "sport36",
        "The club's owner, allegedly the richest man in the region, bought the team in 2011.",
        (("allegedly", "hedge"),),
    ),
    # --- entertainment -----------------------------------------------------------------
    (
        "ent01",
        (
            "The singer's publicist denied reports that she had cancelled the tour because of poor "
            "ticket sales."
        ),
        (("denied", "denial"),),
    ),
    (
        "ent02",
        "The actor claimed in a podcast that the studio had cut his best scenes.",
        (("claimed", "hedge"),),
    ),
    (
        "ent03",
        "The director has insisted the film is not about the royal family.",
        (("insisted", "hedge"),),
    ),
    (
        "ent04",
        "A spokesperson for the band dismissed the rumours as 'nonsense'.",
        (("dismissed", "denial"),),
    ),
    (
        "ent05",
        "The rapper is alleged to have assaulted a photographer outside the club.",
        (("alleged", "hedge"),),
    ),
    (
        "ent06",
        "The purported leak of the album turned out to be a fan-made compilation.",
        (("purported", "hedge"),),
    ),
    (
        "ent07",
        "The film festival rejected the documentary's entry on technical grounds.",
        (("rejected", None),),
    ),
    (
        "ent08",
        "The author has been accused of plagiarism, a claim she rejects.",
        (("rejects", "denial"),),
    ),
    (
        "ent09",
        "The TV host refuted the allegation that he had bullied junior staff, calling it 'a lie'.",
        (("refuted", "denial"), ("allegation", "hedge")),
    ),
    (
        "ent10",
        "Her assertion that the script was stolen has not been tested in court.",
        (("assertion", "hedge"),),
    ),
    (
        "ent11",
        "The comedian's insistence that the joke was satire did little to calm the row.",
        (("insistence", "hedge"),),
    ),
    (
        "ent12",
        "Producers have denied and dismissed suggestions that the show was staged.",
        (("denied", "denial"),),
    ),
    (
        "ent13",
        "The actress claimed the best actress award at the ceremony in Venice.",
        (("claimed", None),),
    ),
    ("ent14", "The singer insisted on performing despite a sore throat.", (("insisted", None),)),
    (
        "ent15",
        "The museum purports to own the largest collection of film posters in Europe.",
        (("purports", "hedge"),),
    ),
    (
        "ent16",
        (
            "Star rejects claims of on-set feud\n\nThe actor said on Tuesday he got on well with "
            "his co-star."
        ),
        (("rejects", "denial"),),
    ),
    (
        "ent17",
        "'I never said that, and I deny it completely,' the presenter told the magazine.",
        (("deny", "denial"),),
    ),
    (
        "ent18",
        "The band asserted their right to perform the song at the rally.",
        (("asserted", None),),
    ),
    (
        "ent19",
        "Reportedly, the streaming service paid $100 million for the rights.",
        (("Reportedly", None),),
    ),
    (
        "ent20",
        "The singer reportedly earned more than the rest of the cast combined.",
        (("reportedly", None),),
    ),
    ("ent21", "The veteran claimed her luggage and left the airport.", (("claimed", None),)),
    # --- business and markets ----------------------------------------------------------
    (
        "biz01",
        "The company denied that it was in talks to sell its European division.",
        (("denied", "denial"),),
    ),
    (
        "biz02",
        "Shareholders rejected the board's pay proposal at the annual meeting.",
        (("rejected", None),),
    ),
    (
        "biz03",
        "The carmaker rejected the report as 'speculation' and said its targets were unchanged.",
        (("rejected", "denial"),),
    ),
    (
        "biz04",
        "Analysts disputed the bank's claim that the losses were a one-off.",
        (("disputed", "denial"), ("claim", "hedge")),
    ),
    (
        "biz05",
        "The insurer has paid out on fewer than half of the flood insurance claims filed so far.",
        (("claims", None),),
    ),
    (
        "biz06",
        "The chief executive claimed the merger would create 2,000 jobs.",
        (("claimed", "hedge"),),
    ),
    (
        "biz07",
        "Investors alleged in a lawsuit that the firm had misled them about its debts.",
        (("alleged", "hedge"),),
    ),
    (
        "biz08",
        "The retailer insisted that its prices were still the lowest on the high street.",
        (("insisted", "hedge"),),
    ),
    (
        "biz09",
        "The disputed figures, published by a rival trade group, suggest sales fell 12%.",
        (("disputed", "denial"),),
    ),
    (
        "biz10",
        "The firm's denial of any wrongdoing came hours after the raid on its offices.",
        (("denial", "denial"),),
    ),
    (
        "biz11",
        "The airline's rejection of the union's claims angered cabin crew.",
        (("rejection", "denial"),),
    ),
    (
        "biz12",
        "Oil prices rose as traders dismissed fears of a supply glut.",
        (("dismissed", "denial"),),
    ),
    (
        "biz13",
        "The fund purportedly hid losses in offshore vehicles for three years.",
        (("purportedly", "hedge"),),
    ),
    (
        "biz14",
        "The founder, who is alleged to have siphoned off $40 million, denies the charges.",
        (("alleged", "hedge"), ("denies", "denial")),
    ),
    (
        "biz15",
        "The bank asserted control over the failed lender's assets on Friday.",
        (("asserted", None),),
    ),
    (
        "biz16",
        "The company asserted that the breach had affected fewer than 1,000 customers.",
        (("asserted", "hedge"),),
    ),
    (
        "biz17",
        "Creditors are in dispute with the developer over unpaid bills.",
        (("dispute", None),),
    ),
    (
        "biz18",
        "The tycoon has consistently denied any involvement in the scheme.",
        (("denied", "denial"),),
    ),
    (
        "biz19",
        "The group's claims of record profits were challenged by auditors.",
        (("claims", "hedge"),),
    ),
    (
        "biz20",
        "The startup claimed $3 million in research tax credits last year.",
        (("claimed", None),),
    ),
    (
        "biz21",
        "The chief executive was dismissed by the board after the accounting scandal.",
        (("dismissed", None),),
    ),
    (
        "biz22",
        "The central bank governor did not dispute that inflation would stay above target.",
        (("dispute", "denial"),),
    ),
    (
        "biz23",
        "A spokesman for the supermarket declined to comment on the allegations.",
        (("allegations", None),),
    ),
    (
        "biz24",
        "Sales may have been inflated by one-off orders, the report found.",
        (("inflated", None),),
    ),
    ("biz25", "Drivers with a no-claims bonus will pay less next year.", (("claims", None),)),
    ("biz26", "A trade dispute between the two countries has hit exports.", (("dispute", None),)),
    # --- tech --------------------------------------------------------------------------
    (
        "tech01",
        "The social network denied that user data had been sold to advertisers.",
        (("denied", "denial"),),
    ),
    (
        "tech02",
        "The hacker group claimed responsibility for the outage on its Telegram channel.",
        (("claimed", "hedge"),),
    ),
    (
        "tech03",
        "The chipmaker disputes the patent holder's assertion that its processors copy the design.",
        (("disputes", "denial"), ("assertion", "hedge")),
    ),
    ("tech04", "The phone maker insists its batteries are safe.", (("insists", "hedge"),)),
    (
        "tech05",
        "The app was rejected from the store for breaching privacy rules.",
        (("rejected", None),),
    ),
    (
        "tech06",
        "Engineers refuted the theory that a solar flare caused the crash.",
        (("refuted", "denial"),),
    ),
    (
        "tech07",
        (
            "The company's claim to have built the fastest supercomputer was disputed by "
            "researchers in Japan."
        ),
        (("claim", "hedge"), ("disputed", "denial")),
    ),
    (
        "tech08",
        "The start-up allegedly used customer emails to train its model.",
        (("allegedly", "hedge"),),
    ),
    (
        "tech09",
        "The tech giant has been fined over the alleged abuse of its dominant position.",
        (("alleged", "hedge"),),
    ),
    ("tech10", "Microsoft dismissed the vulnerability as low risk.", (("dismissed", "denial"),)),
    (
        "tech11",
        "The engineer was dismissed for leaking the product roadmap.",
        (("dismissed", None),),
    ),
    (
        "tech12",
        "The firm rejected the hackers' demand for a ransom of $5 million.",
        (("rejected", None),),
    ),
    (
        "tech13",
        "In a blog post, the company rejected suggestions that it slows down older phones.",
        (("rejected", "denial"),),
    ),
    (
        "tech14",
        "The developer is claiming that the game was cloned by a larger studio.",
        (("claiming", "hedge"),),
    ),
    (
        "tech15",
        "The operator insisted in a statement that no customer data had been taken.",
        (("insisted", "hedge"),),
    ),
    (
        "tech16",
        "Researchers claim to have cracked the encryption in under an hour.",
        (("claim", "hedge"),),
    ),
    (
        "tech17",
        "Its purported breakthrough in quantum computing has not been independently verified.",
        (("purported", "hedge"),),
    ),
    (
        "tech18",
        "The founder asserted ownership of the domain name in court filings.",
        (("asserted", None),),
    ),
    # --- science -----------------------------------------------------------------------
    (
        "sci01",
        "The researchers dispute that the warming trend has slowed.",
        (("dispute", "denial"),),
    ),
    (
        "sci02",
        "The mathematician refuted the conjecture with a counterexample in 1966.",
        (("refuted", None),),
    ),
    (
        "sci03",
        "Her proof refuted a forty-year-old conjecture about prime gaps.",
        (("refuted", None),),
    ),
    (
        "sci04",
        "The team claimed to have detected signs of life in the clouds of Venus.",
        (("claimed", "hedge"),),
    ),
    ("sci05", "The journal rejected the paper after peer review.", (("rejected", None),)),
    (
        "sci06",
        "The authors rejected the criticism, saying their sample was large enough.",
        (("rejected", "denial"),),
    ),
    (
        "sci07",
        "Other scientists dismissed the findings as a statistical fluke.",
        (("dismissed", "denial"),),
    ),
    ("sci08", "The study's central claim was retracted last month.", (("claim", None),)),
    (
        "sci09",
        "The lab insisted that the samples had not been contaminated.",
        (("insisted", "hedge"),),
    ),
    ("sci10", "The physicist's claims have been challenged by colleagues.", (("claims", None),)),
    (
        "sci11",
        "Astronomers never claimed that the object was artificial, the observatory said.",
        (("claimed", "hedge"),),
    ),
    (
        "sci12",
        "The geologist denied that the quake had been triggered by fracking.",
        (("denied", "denial"),),
    ),
    (
        "sci13",
        "The experiment may have overstated the effect, the reviewers wrote.",
        (("overstated", None),),
    ),
    (
        "sci14",
        "The agency is alleged to have suppressed data on air pollution.",
        (("alleged", "hedge"),),
    ),
    ("sci15", "The drug's makers insist it is safe for children.", (("insist", "hedge"),)),
    (
        "sci16",
        "The climate sceptic's assertion that carbon dioxide levels are falling is false.",
        (("assertion", "hedge"),),
    ),
    (
        "sci17",
        "Scientists at the institute have rejected the notion that the virus leaked from a lab.",
        (("rejected", "denial"),),
    ),
    # --- religion ----------------------------------------------------------------------
    (
        "rel01",
        "The diocese denied that the bishop had been aware of the abuse.",
        (("denied", "denial"),),
    ),
    (
        "rel02",
        "The priest was dismissed from the clerical state by the Vatican.",
        (("dismissed", None),),
    ),
    ("rel03", "The imam insisted that the sermon had been misquoted.", (("insisted", "hedge"),)),
    ("rel04", "The church's claim to the land dates back to the 16th century.", (("claim", None),)),
    (
        "rel05",
        "The abbot rejected allegations that monks had sold relics abroad.",
        (("rejected", "denial"), ("allegations", "hedge")),
    ),
    (
        "rel06",
        "The Vatican refuted claims that the Pope was seriously ill.",
        (("refuted", "denial"),),
    ),
    (
        "rel07",
        "The pastor allegedly diverted donations to a private account.",
        (("allegedly", "hedge"),),
    ),
    (
        "rel08",
        "Church leaders have disputed the census figures on attendance.",
        (("disputed", "denial"),),
    ),
    ("rel09", "The rabbi denied the couple a religious wedding.", (("denied", None),)),
    ("rel10", "A spokesman for the mosque said the claims were baseless.", (("claims", None),)),
    (
        "rel11",
        "The synod's rejection of the reform was seen as a blow to liberal clergy.",
        (("rejection", None),),
    ),
    ("rel12", "The monk claimed to have seen a vision of the Virgin.", (("claimed", "hedge"),)),
    (
        "rel13",
        "The temple asserted that it had received no government funding.",
        (("asserted", "hedge"),),
    ),
    (
        "rel14",
        "The bishop did not deny reports that he had met the cult leader.",
        (("deny", "denial"),),
    ),
    # --- local government --------------------------------------------------------------
    (
        "local01",
        "The council denied that the library closures were a cost-cutting measure.",
        (("denied", "denial"),),
    ),
    (
        "local02",
        "Councillors rejected the planning application for 300 homes.",
        (("rejected", None),),
    ),
    (
        "local03",
        "The mayor dismissed the opposition's figures as 'fantasy'.",
        (("dismissed", "denial"),),
    ),
    (
        "local04",
        "The town clerk was dismissed after an inquiry into missing funds.",
        (("dismissed", None),),
    ),
    (
        "local05",
        "Residents claim the new bus lane has doubled journey times.",
        (("claim", "hedge"),),
    ),
    (
        "local06",
        "The council has paid 40,000 pounds in pothole compensation claims this year.",
        (("claims", None),),
    ),
    ("local07", "The authority insists the tower block is safe.", (("insists", "hedge"),)),
    (
        "local08",
        "Council leaders are alleged to have ignored warnings about the bridge.",
        (("alleged", "hedge"),),
    ),
    (
        "local09",
        "A neighbour dispute over a hedge ended up before the magistrates.",
        (("dispute", None),),
    ),
    (
        "local10",
        "The parish council refuted the suggestion that it had acted unlawfully.",
        (("refuted", "denial"),),
    ),
    (
        "local11",
        "The mayor's insistence that the budget was balanced was contradicted by auditors.",
        (("insistence", "hedge"),),
    ),
    ("local12", "The council leader strongly denied claims of bullying.", (("denied", "denial"),)),
    (
        "local13",
        "The councillor claimed 3,000 pounds in expenses for travel.",
        (("claimed", None),),
    ),
    (
        "local14",
        "The councillor claimed that she had been excluded from the meeting.",
        (("claimed", "hedge"),),
    ),
    # --- diplomacy ---------------------------------------------------------------------
    (
        "dipl01",
        "The foreign ministry denied that the ambassador had been summoned.",
        (("denied", "denial"),),
    ),
    (
        "dipl02",
        "Beijing rejected the accusation as 'groundless' and urged Washington to stop interfering.",
        (("rejected", "denial"),),
    ),
    (
        "dipl03",
        "The two countries have a long-running border dispute over the islands.",
        (("dispute", None),),
    ),
    ("dipl04", "Ships patrol the disputed waters of the South China Sea.", (("disputed", None),)),
    (
        "dipl05",
        "Moscow claimed that the drones had been launched from Ukrainian territory.",
        (("claimed", "hedge"),),
    ),
    ("dipl06", "The embassy dismissed the report as propaganda.", (("dismissed", "denial"),)),
    ("dipl07", "The envoy was denied a visa to attend the summit.", (("denied", None),)),
    ("dipl08", "Tehran insisted its nuclear programme was peaceful.", (("insisted", "hedge"),)),
    ("dipl09", "The minister asserted that sanctions had failed.", (("asserted", "hedge"),)),
    (
        "dipl10",
        "The government refuted the UN's findings in a 40-page response.",
        (("refuted", "denial"),),
    ),
    ("dipl11", "Both sides dispute the number of prisoners held.", (("dispute", "denial"),)),
    ("dipl12", "The alleged spy was expelled from the country on Friday.", (("alleged", "hedge"),)),
    (
        "dipl13",
        (
            "The president's denial that troops had crossed the border was contradicted by "
            "satellite images."
        ),
        (("denial", "denial"),),
    ),
    (
        "dipl14",
        "Kyiv has repeatedly rejected Russian claims that it shelled the plant.",
        (("rejected", "denial"), ("claims", "hedge")),
    ),
    ("dipl15", "Officials have not denied that talks took place in Oman.", (("denied", "denial"),)),
    (
        "dipl16",
        "The purported letter from the king was later shown to be a forgery.",
        (("purported", "hedge"),),
    ),
    (
        "dipl17",
        "The two states never disputed that the treaty was binding.",
        (("disputed", "denial"),),
    ),
    (
        "dipl18",
        "The country rejected the peace proposal put forward by the mediators.",
        (("rejected", None),),
    ),
    ("dipl19", "The home secretary rejected his application for asylum.", (("rejected", None),)),
    # --- courts outside the US ---------------------------------------------------------
    (
        "court01",
        "The defendant denied murdering his business partner, Leeds Crown Court heard.",
        (("denied", "denial"),),
    ),
    ("court02", "The judge denied bail, citing the risk of flight.", (("denied", None),)),
    ("court03", "The High Court dismissed the appeal on Tuesday.", (("dismissed", None),)),
    (
        "court04",
        "The former minister is alleged to have accepted bribes worth 2 million rand.",
        (("alleged", "hedge"),),
    ),
    (
        "court05",
        "Prosecutors allege that the accused laundered money through a chain of casinos.",
        (("allege", "hedge"),),
    ),
    (
        "court06",
        "The accused, who denies all charges, will stand trial in March.",
        (("denies", "denial"),),
    ),
    (
        "court07",
        "Her lawyer insisted that she had acted in self-defence.",
        (("insisted", "hedge"),),
    ),
    (
        "court08",
        "The tribunal rejected his claim for unfair dismissal.",
        (("rejected", None), ("claim", None), ("dismissal", None)),
    ),
    (
        "court09",
        "The judge rejected the defence's argument that the confession had been coerced.",
        (("rejected", "denial"),),
    ),
    (
        "court10",
        "The court heard claims that the officer had planted evidence.",
        (("claims", "hedge"),),
    ),
    (
        "court11",
        "The Supreme Court in Delhi dismissed the petition as frivolous.",
        (("dismissed", None),),
    ),
    (
        "court12",
        "The witness's assertion that she saw the car was undermined by CCTV footage.",
        (("assertion", "hedge"),),
    ),
    (
        "court13",
        "The magistrate refused to accept the defendant's denial of the offence.",
        (("denial", "denial"),),
    ),
    (
        "court14",
        "Having denied the charges throughout, the singer was acquitted on Friday.",
        (("denied", "denial"),),
    ),
    (
        "court15",
        (
            "The businessman, denying that he had bribed officials, told the court he was the "
            "victim of a smear."
        ),
        (("denying", "denial"),),
    ),
    ("court16", "The lawyer asserted her client's right to silence.", (("asserted", None),)),
    (
        "court17",
        "The barrister claimed that the evidence had been obtained illegally.",
        (("claimed", "hedge"),),
    ),
    ("court18", "The accused insisted on representing himself.", (("insisted", None),)),
    ("court19", "The conviction was disputed by human rights groups.", (("disputed", "denial"),)),
    (
        "court20",
        "The verdict rests on evidence that the defence disputes.",
        (("disputes", "denial"),),
    ),
    (
        "court21",
        "Claims of police brutality were dismissed by the interior ministry.",
        (("Claims", "hedge"), ("dismissed", "denial")),
    ),
    ("court22", "The former judge insists she was never offered a bribe.", (("insists", "hedge"),)),
    (
        "court23",
        "The defendant was dismissed from his post as a police officer.",
        (("dismissed", None),),
    ),
    (
        "court24",
        "Land claims in the Northern Territory are heard by a special tribunal.",
        (("claims", None),),
    ),
    (
        "court25",
        "Refuting the mayor's figures, the auditor said the deficit was twice as large.",
        (("Refuting", "denial"),),
    ),
    (
        "court26",
        "'We categorically reject these allegations,' the spokesman for the accused said.",
        (("reject", "denial"),),
    ),
    (
        "court27",
        "'The claims are completely false,' the minister told reporters outside the court.",
        (("claims", None),),
    ),
    (
        "court28",
        "The company's lawyers disputed the admissibility of the evidence.",
        (("disputed", "denial"),),
    ),
    (
        "court29",
        "The accused was convicted of the alleged offences in Nairobi.",
        (("alleged", "hedge"),),
    ),
)
