"""Stop 44's blind matrix of attribution: corporate statements, investigative reporting,
anonymous sources, parliament, broadcast interviews, scientists, tributes, letters and
filings, and Australian, Irish, South African and Indian copy.

Written from PolNeAR's annotation (source, cue, content) before the claims extractor or
the earlier matrices were read. Every sentence is made up for this file; names of people
and companies are either public figures in their usual roles or invented.

Each passage bears ``Att`` rows (every attribution must be found, and nothing else
attributed) or is a neighbour (none: nothing attributed, no hedged or denied claim). An
``Att`` gives its content as written in the text: a quotation inside its marks, a reported
clause without its "that"; a content in two pieces is written with " ... " between them.
Its source is the mention as written; a predicted source is right when it shares a word
(other than a function word) with it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PASSAGES", "Att", "Passage", "judge"]


@dataclass(frozen=True)
class Att:
    """One expected attribution: its content and its source as written, and its status
    when the passage tests it."""

    content: str
    source: str
    status: str | None = None


@dataclass(frozen=True)
class Passage:
    """A passage of news copy and the attributions PolNeAR would mark in it."""

    id: str
    text: str
    atts: tuple[Att, ...]

    @property
    def neighbour(self) -> bool:
        """True when the passage must attribute nothing."""
        return not self.atts


def _p(genre: str, rows: list[tuple[str, ...] | str]) -> list[Passage]:
    out: list[Passage] = []
    for n, row in enumerate(rows, 1):
        if isinstance(row, str):
            out.append(Passage(f"{genre}{n:02d}", row, ()))
            continue
        text, *pairs = row
        if len(pairs) == 3:
            atts: tuple[Att, ...] = (Att(pairs[0], pairs[1], pairs[2]),)
        else:
            atts = tuple(Att(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2))
        out.append(Passage(f"{genre}{n:02d}", text, atts))
    return out


_CORPORATE: list[tuple[str, ...] | str] = [
    (
        'Shares in Halvorsen Foods fell 12% on Tuesday. "We remain confident in our '
        'long-term strategy," the company said in a statement.',
        "We remain confident in our long-term strategy,",
        "the company",
    ),
    (
        "The company said in a statement that it had suspended production at the plant "
        "pending an investigation.",
        "it had suspended production at the plant pending an investigation",
        "The company",
    ),
    (
        "In a statement, Meridian Airways said it was cooperating fully with the authorities.",
        "it was cooperating fully with the authorities",
        "Meridian Airways",
    ),
    (
        "A spokeswoman for Tesco said the chain had no plans to close further stores.",
        "the chain had no plans to close further stores",
        "A spokeswoman for Tesco",
    ),
    (
        "The bank said in a regulatory filing on Friday that its chief executive would step "
        "down at the end of the year.",
        "its chief executive would step down at the end of the year",
        "The bank",
    ),
    (
        '"We take these allegations extremely seriously and have launched an independent '
        'review," a spokesperson for the retailer said.',
        "We take these allegations extremely seriously and have launched an independent review,",
        "a spokesperson for the retailer",
    ),
    (
        "Orsted, the Danish wind farm developer, said on Wednesday it would write down the "
        "value of its U.S. projects by 4 billion crowns.",
        "it would write down the value of its U.S. projects by 4 billion crowns",
        "Orsted",
    ),
    (
        "The carmaker said in a press release that deliveries rose 18 percent in the third "
        "quarter.",
        "deliveries rose 18 percent in the third quarter",
        "The carmaker",
    ),
    (
        "According to a company statement, the recall affects about 40,000 vehicles sold "
        "between 2021 and 2023.",
        "the recall affects about 40,000 vehicles sold between 2021 and 2023",
        "a company statement",
    ),
    (
        '"This acquisition accelerates our growth in Asia," said Priya Raman, chief executive '
        "of Lumen Health, in a statement released on Monday.",
        "This acquisition accelerates our growth in Asia,",
        "Priya Raman",
    ),
    (
        "The group, which owns brands including Kestrel and Bluewater, said it expected "
        "full-year profit to be at the lower end of guidance.",
        "it expected full-year profit to be at the lower end of guidance",
        "The group",
    ),
    (
        '"Demand for our data centre products continues to exceed supply," Nvidia\'s finance '
        "chief, Colette Kress, told analysts on a conference call.",
        "Demand for our data centre products continues to exceed supply,",
        "Nvidia's finance chief, Colette Kress",
    ),
    (
        '"We expect margins to recover in the second half," Unilever\'s finance chief, '
        "Fernando Fernandez, told reporters.",
        "We expect margins to recover in the second half,",
        "Unilever's finance chief, Fernando Fernandez",
    ),
    (
        '"Pricing remains under pressure," the airline\'s chief commercial officer, Marta '
        "Ruiz, told investors on Thursday.",
        "Pricing remains under pressure,",
        "the airline's chief commercial officer, Marta Ruiz",
    ),
    (
        "Rio Tinto's chief executive, Jakob Stausholm, told shareholders the company would "
        "keep its dividend unchanged.",
        "the company would keep its dividend unchanged",
        "Rio Tinto's chief executive, Jakob Stausholm",
    ),
    (
        "In an emailed statement, a Meta spokesperson said the company had removed the "
        "accounts for violating its policies.",
        "the company had removed the accounts for violating its policies",
        "a Meta spokesperson",
    ),
    (
        "Shell said it would cut 500 jobs in its low-carbon division as part of a restructuring.",
        "it would cut 500 jobs in its low-carbon division as part of a restructuring",
        "Shell",
    ),
    (
        "The company's annual report shows that executive pay rose by 28% last year.",
        "executive pay rose by 28% last year",
        "The company's annual report",
    ),
    (
        "Volkswagen confirmed that it was in talks with unions about plant closures.",
        "it was in talks with unions about plant closures",
        "Volkswagen",
    ),
    (
        "The insurer said in a stock exchange filing that net profit rose 9 percent to 1.2 "
        "billion euros.",
        "net profit rose 9 percent to 1.2 billion euros",
        "The insurer",
    ),
    (
        '"Our customers come first," the statement said.',
        "Our customers come first,",
        "the statement",
    ),
    (
        'BHP chief executive Mike Henry told analysts the company saw "no need" to change its '
        "capital allocation framework.",
        'the company saw "no need" to change its capital allocation framework',
        "BHP chief executive Mike Henry",
    ),
    (
        "The statement added that the ship's crew were safe and accounted for.",
        "the ship's crew were safe and accounted for",
        "The statement",
    ),
    (
        "Kestrel Energy said on Monday it had agreed to buy a 40% stake in the project. The "
        "deal is expected to close in the first quarter, the company said.",
        "it had agreed to buy a 40% stake in the project",
        "Kestrel Energy",
        "The deal is expected to close in the first quarter",
        "the company",
    ),
]

_INVESTIGATIVE: list[tuple[str, ...] | str] = [
    (
        "Documents seen by Reuters show that the ministry approved the contract two weeks "
        "before the tender closed.",
        "the ministry approved the contract two weeks before the tender closed",
        "Documents seen by Reuters",
    ),
    (
        "According to people familiar with the matter, the two companies have held talks "
        "about a possible merger.",
        "the two companies have held talks about a possible merger",
        "people familiar with the matter",
    ),
    (
        "The talks are at an advanced stage, according to three people with knowledge of the "
        "negotiations, who asked not to be named because the discussions are private.",
        "The talks are at an advanced stage",
        "three people with knowledge of the negotiations",
    ),
    (
        "Emails obtained by The Guardian reveal that officials were warned about the flaw in 2019.",
        "officials were warned about the flaw in 2019",
        "Emails obtained by The Guardian",
    ),
    (
        "An internal report, reviewed by the Financial Times, found that staff had repeatedly "
        "raised safety concerns.",
        "staff had repeatedly raised safety concerns",
        "An internal report",
    ),
    (
        "Bloomberg News reported last month that the fund was considering a sale of the stake.",
        "the fund was considering a sale of the stake",
        "Bloomberg News",
    ),
    (
        "A person familiar with the plans said the launch had been pushed back to the spring.",
        "the launch had been pushed back to the spring",
        "A person familiar with the plans",
    ),
    (
        "Records reviewed by the Associated Press show the agency paid the contractor more "
        "than $3 million.",
        "the agency paid the contractor more than $3 million",
        "Records reviewed by the Associated Press",
    ),
    (
        "The draft, a copy of which was seen by AFP, says member states should cut methane "
        "emissions by 30 percent by 2030.",
        "member states should cut methane emissions by 30 percent by 2030",
        "The draft",
    ),
    (
        "Two sources told Reuters the central bank was likely to raise rates again in March.",
        "the central bank was likely to raise rates again in March",
        "Two sources",
    ),
    (
        "Leaked minutes of the meeting show the board was told of the losses in January.",
        "the board was told of the losses in January",
        "Leaked minutes of the meeting",
    ),
    (
        "The investigation found that at least 23 care homes had falsified inspection records.",
        "at least 23 care homes had falsified inspection records",
        "The investigation",
    ),
    (
        "Data compiled by Bloomberg shows that the fund has lost about a third of its value "
        "since January.",
        "the fund has lost about a third of its value since January",
        "Data compiled by Bloomberg",
    ),
    (
        "Three current and former employees told The Washington Post that managers pressured "
        "them to hit quotas.",
        "managers pressured them to hit quotas",
        "Three current and former employees",
    ),
    (
        "According to the documents, the payments were routed through an account in Cyprus.",
        "the payments were routed through an account in Cyprus",
        "the documents",
    ),
    (
        "The payments were approved by the deputy minister, according to a person with "
        "direct knowledge of the arrangement.",
        "The payments were approved by the deputy minister",
        "a person with direct knowledge of the arrangement",
    ),
    (
        "An audit obtained by the newspaper concluded that the charity could not account for "
        "$1.4 million in donations.",
        "the charity could not account for $1.4 million in donations",
        "An audit obtained by the newspaper",
    ),
    (
        "The company's own risk assessment, which was seen by the BBC, warned that the dam "
        "could fail in heavy rain.",
        "the dam could fail in heavy rain",
        "The company's own risk assessment",
    ),
]

_ANONYMOUS: list[tuple[str, ...] | str] = [
    (
        "A senior official, speaking on condition of anonymity, said the talks had stalled "
        "over the sequencing of prisoner releases.",
        "the talks had stalled over the sequencing of prisoner releases",
        "A senior official",
    ),
    (
        "A Western diplomat, who spoke on condition of anonymity because he was not "
        'authorised to speak to the media, said the ceasefire was "fragile at best".',
        'the ceasefire was "fragile at best"',
        "A Western diplomat",
    ),
    (
        '"Nobody expected this to move so fast," said one senior administration official, '
        "who requested anonymity to discuss internal deliberations.",
        "Nobody expected this to move so fast,",
        "one senior administration official",
    ),
    (
        "One European official, speaking on background, said the sanctions package could be "
        "agreed as early as next week.",
        "the sanctions package could be agreed as early as next week",
        "One European official",
    ),
    (
        "A police source told the newspaper that the suspect had been known to officers.",
        "the suspect had been known to officers",
        "A police source",
    ),
    (
        "Officials, who declined to be identified, said at least 14 people were killed in the "
        "strike.",
        "at least 14 people were killed in the strike",
        "Officials",
    ),
    (
        'A source close to the player said he was "devastated" by the decision.',
        'he was "devastated" by the decision',
        "A source close to the player",
    ),
    (
        "Several lawmakers, speaking privately, said they doubted the bill would pass before "
        "the summer recess.",
        "they doubted the bill would pass before the summer recess",
        "Several lawmakers",
    ),
    (
        'A government source said the reshuffle would take place "before Easter".',
        'the reshuffle would take place "before Easter"',
        "A government source",
    ),
    (
        "An aide to the senator, who was not authorized to speak publicly, said the two had "
        "not spoken in weeks.",
        "the two had not spoken in weeks",
        "An aide to the senator",
    ),
    (
        "Insiders say the chief executive has lost the confidence of the board.",
        "the chief executive has lost the confidence of the board",
        "Insiders",
    ),
    (
        "A U.S. official said on condition of anonymity that the drone had been shot down "
        "over international waters.",
        "the drone had been shot down over international waters",
        "A U.S. official",
    ),
    (
        "A senior Indian security official, who did not wish to be named, told Reuters that "
        "the border patrols had been doubled.",
        "the border patrols had been doubled",
        "A senior Indian security official",
    ),
    (
        '"They are running out of road," said a person close to the negotiations.',
        "They are running out of road,",
        "a person close to the negotiations",
    ),
]

_PARLIAMENT: list[tuple[str, ...] | str] = [
    (
        "The prime minister told MPs that the government would publish the report in full.",
        "the government would publish the report in full",
        "The prime minister",
    ),
    (
        '"We will not be lectured on fiscal responsibility by the party that crashed the '
        'economy," the chancellor told the Commons.',
        "We will not be lectured on fiscal responsibility by the party that crashed the economy,",
        "the chancellor",
    ),
    (
        "Speaking in the House of Commons, the home secretary said the number of small boat "
        "crossings had fallen by a third.",
        "the number of small boat crossings had fallen by a third",
        "the home secretary",
    ),
    (
        "The FBI director told a Senate hearing on Tuesday that the agency had seen an "
        "increase in threats against election workers.",
        "the agency had seen an increase in threats against election workers",
        "The FBI director",
    ),
    (
        'Ms Reeves told the Treasury select committee she had "no regrets" about the decision.',
        'she had "no regrets" about the decision',
        "Ms Reeves",
    ),
    (
        "The defence minister told parliament the troops would remain in the region until at "
        "least March.",
        "the troops would remain in the region until at least March",
        "The defence minister",
    ),
    (
        "Testifying before the House Financial Services Committee, Powell said inflation "
        'remained "too high".',
        'inflation remained "too high"',
        "Powell",
    ),
    (
        "The Taoiseach told the Dáil that the Government would not be rushed into a decision "
        "on the site.",
        "the Government would not be rushed into a decision on the site",
        "The Taoiseach",
    ),
    (
        "Labor senator Penny Wong told Senate estimates the department had been given no warning.",
        "the department had been given no warning",
        "Labor senator Penny Wong",
    ),
    (
        "In a written answer to a parliamentary question, the minister said 312 officers had "
        "been suspended.",
        "312 officers had been suspended",
        "the minister",
    ),
    (
        "The Attorney General told the House of Lords that the legislation was compatible "
        "with the European Convention on Human Rights.",
        "the legislation was compatible with the European Convention on Human Rights",
        "The Attorney General",
    ),
    (
        'Mr Starmer told MPs: "The country deserves better than this."',
        "The country deserves better than this.",
        "Mr Starmer",
    ),
    (
        "Senator Warren pressed the chief executive on the bank's fees, saying they were "
        '"a scam on consumers".',
        'they were "a scam on consumers"',
        "Senator Warren",
    ),
    (
        'During Prime Minister\'s Questions, Sunak said the opposition had "no plan".',
        'the opposition had "no plan"',
        "Sunak",
    ),
    (
        "The secretary of state told lawmakers on Wednesday that Washington would not "
        "recognise the annexation.",
        "Washington would not recognise the annexation",
        "The secretary of state",
    ),
    (
        "The health minister told the Lok Sabha that 1.2 lakh posts of doctors were lying vacant.",
        "1.2 lakh posts of doctors were lying vacant",
        "The health minister",
    ),
    (
        "The minister told the National Assembly that the power utility would not be privatised.",
        "the power utility would not be privatised",
        "The minister",
    ),
    (
        "Appearing before the public accounts committee, the permanent secretary said the "
        "department had overspent by £40m.",
        "the department had overspent by £40m",
        "the permanent secretary",
    ),
]

_BROADCAST: list[tuple[str, ...] | str] = [
    (
        "Speaking to the BBC's Today programme, the health secretary said the strikes were "
        '"completely unjustified".',
        'the strikes were "completely unjustified"',
        "the health secretary",
    ),
    (
        '"There is no question of a second referendum," the minister told the BBC\'s Today '
        "programme.",
        "There is no question of a second referendum,",
        "the minister",
    ),
    (
        "The Treasury secretary said on CNN's State of the Union that a recession was not "
        "his base case.",
        "a recession was not his base case",
        "The Treasury secretary",
    ),
    (
        'Asked on Sky News whether he would resign, the minister said: "Absolutely not."',
        "whether he would resign",
        "the minister",
        "Absolutely not.",
        "the minister",
    ),
    (
        "In an interview with ABC's 7.30 program, the treasurer said the budget would return "
        "to surplus.",
        "the budget would return to surplus",
        "the treasurer",
    ),
    (
        'Ramaphosa told the SABC that load-shedding would end "within months".',
        'load-shedding would end "within months"',
        "Ramaphosa",
    ),
    (
        "Mr Martin was speaking in Cork. He told RTÉ's Morning Ireland that talks with the "
        "unions would resume on Monday.",
        "talks with the unions would resume on Monday",
        "He",
    ),
    (
        "Appearing on NBC's Meet the Press, the senator said she would not support the nomination.",
        "she would not support the nomination",
        "the senator",
    ),
    (
        "Speaking to NDTV, the chief minister said the state had received no funds from the "
        "Centre for flood relief.",
        "the state had received no funds from the Centre for flood relief",
        "the chief minister",
    ),
    (
        '"We\'re not going to negotiate through the media," she told reporters outside '
        "Downing Street.",
        "We're not going to negotiate through the media,",
        "she",
    ),
    (
        "Interviewed on LBC, the mayor said the congestion charge would not be increased this "
        "year.",
        "the congestion charge would not be increased this year",
        "the mayor",
    ),
    (
        "\"I'm not going to speculate,\" he told CBS's Face the Nation.",
        "I'm not going to speculate,",
        "he",
    ),
    (
        'In an interview broadcast on Sunday, the president said he was "very confident" of '
        "winning re-election.",
        'he was "very confident" of winning re-election',
        "the president",
    ),
    (
        "She told the podcast that she had considered quitting the sport in 2021.",
        "she had considered quitting the sport in 2021",
        "She",
    ),
    (
        "The governor told Fox News on Sunday that he had not ruled out a run for president.",
        "he had not ruled out a run for president",
        "The governor",
    ),
    (
        "Speaking on Radio 702, the mayor of Johannesburg said water would be restored to "
        "most suburbs by Friday.",
        "water would be restored to most suburbs by Friday",
        "the mayor of Johannesburg",
    ),
]

_SCIENCE: list[tuple[str, ...] | str] = [
    (
        "The researchers wrote in the journal Nature that the findings could explain why some "
        "patients do not respond to treatment.",
        "the findings could explain why some patients do not respond to treatment",
        "The researchers",
    ),
    (
        'The study\'s lead author, Dr. Amara Osei, said the results were "a real surprise".',
        'the results were "a real surprise"',
        "The study's lead author, Dr. Amara Osei",
    ),
    (
        '"We were astonished by how quickly the ice shelf retreated," said the study\'s lead '
        "author, Dr. Henrik Lund of the University of Copenhagen.",
        "We were astonished by how quickly the ice shelf retreated,",
        "the study's lead author, Dr. Henrik Lund",
    ),
    (
        "The study, published in The Lancet, found that people who slept fewer than five "
        "hours a night had a 20% higher risk of dementia.",
        "people who slept fewer than five hours a night had a 20% higher risk of dementia",
        "The study",
    ),
    (
        "According to the authors, the sample was too small to draw firm conclusions about "
        "older adults.",
        "the sample was too small to draw firm conclusions about older adults",
        "the authors",
    ),
    (
        "Professor Jane Whitaker, an epidemiologist at Imperial College London who was not "
        'involved in the research, said the study was "robust but limited".',
        'the study was "robust but limited"',
        "Professor Jane Whitaker",
    ),
    (
        "The findings, the authors wrote, suggest that the virus may have been circulating "
        "earlier than thought.",
        "The findings ... suggest that the virus may have been circulating earlier than thought",
        "the authors",
    ),
    (
        'Scientists at the University of Queensland said the coral had shown "remarkable '
        'resilience" after the bleaching event.',
        'the coral had shown "remarkable resilience" after the bleaching event',
        "Scientists at the University of Queensland",
    ),
    (
        "The paper, published on Wednesday in Science, reports that the enzyme breaks down "
        "plastic within hours.",
        "the enzyme breaks down plastic within hours",
        "The paper",
    ),
    (
        '"This is the first time we have seen this behaviour in the wild," co-author Maria '
        "Santos told AFP.",
        "This is the first time we have seen this behaviour in the wild,",
        "co-author Maria Santos",
    ),
    (
        "The team reported in the New England Journal of Medicine that the drug cut the risk "
        "of heart attack by 26%.",
        "the drug cut the risk of heart attack by 26%",
        "The team",
    ),
    (
        "Researchers said the vaccine was 89% effective at preventing severe illness.",
        "the vaccine was 89% effective at preventing severe illness",
        "Researchers",
    ),
    (
        "The report, by the Intergovernmental Panel on Climate Change, warns that the 1.5C "
        "threshold will likely be breached within a decade.",
        "the 1.5C threshold will likely be breached within a decade",
        "The report",
    ),
    (
        'Lead researcher Professor Sarah Gilbert said the data were "very encouraging".',
        'the data were "very encouraging"',
        "Lead researcher Professor Sarah Gilbert",
    ),
    (
        "The study's senior author, Dr Rajesh Kumar of AIIMS, said the results should be "
        "replicated in a larger trial.",
        "the results should be replicated in a larger trial",
        "The study's senior author, Dr Rajesh Kumar",
    ),
    (
        "Dr Chen's team estimated that the outbreak had infected about 3,000 people before it "
        "was detected.",
        "the outbreak had infected about 3,000 people before it was detected",
        "Dr Chen's team",
    ),
    (
        "The trial's principal investigator, Professor Nomvula Dlamini of the University of "
        "Cape Town, said the treatment had been well tolerated.",
        "the treatment had been well tolerated",
        "The trial's principal investigator, Professor Nomvula Dlamini",
    ),
]

_TRIBUTE: list[tuple[str, ...] | str] = [
    (
        "His family said in a statement that he died peacefully at home surrounded by loved ones.",
        "he died peacefully at home surrounded by loved ones",
        "His family",
    ),
    (
        '"She was the heart of our family and will be deeply missed," her family said in a '
        "statement.",
        "She was the heart of our family and will be deeply missed,",
        "her family",
    ),
    (
        "The actor died on Sunday at the age of 84, his agent said.",
        "The actor died on Sunday at the age of 84",
        "his agent",
    ),
    (
        'Paying tribute, the club\'s chairman said he had been "a giant of the game".',
        'he had been "a giant of the game"',
        "the club's chairman",
    ),
    (
        'In a post on Instagram, his daughter wrote that he had "lived life to the full".',
        'he had "lived life to the full"',
        "his daughter",
    ),
    (
        "The former senator, who served four terms, died of complications from pneumonia, "
        "according to a statement from his office.",
        "The former senator, who served four terms, died of complications from pneumonia",
        "a statement from his office",
    ),
    (
        '"He taught a generation of reporters how to ask the hard question," the newspaper\'s '
        "editor, Ruth Okafor, said.",
        "He taught a generation of reporters how to ask the hard question,",
        "the newspaper's editor, Ruth Okafor",
    ),
    (
        'Tributes poured in on Monday. The prime minister said she had been "a true public '
        'servant".',
        'she had been "a true public servant"',
        "The prime minister",
    ),
    (
        '"Dad was our hero," his son wrote on Facebook.',
        "Dad was our hero,",
        "his son",
    ),
    (
        "The band announced his death in a post on social media, saying he had died after a "
        "short illness.",
        "he had died after a short illness",
        "The band",
    ),
    (
        "The singer, who had been treated for cancer, died on Thursday, her publicist confirmed.",
        "The singer, who had been treated for cancer, died on Thursday",
        "her publicist",
    ),
    (
        '"He was a giant of South African literature," the Nelson Mandela Foundation said. '
        '"His words gave courage to a generation."',
        'He was a giant of South African literature," the Nelson Mandela Foundation said. '
        '"His words gave courage to a generation.',
        "the Nelson Mandela Foundation",
    ),
]

_FILING: list[tuple[str, ...] | str] = [
    (
        'In a letter to shareholders, the chief executive wrote that 2024 had been "the most '
        'challenging year in our history".',
        '2024 had been "the most challenging year in our history"',
        "the chief executive",
    ),
    (
        "The attorneys general wrote in a letter to the agency that the rule would harm "
        "consumers in their states.",
        "the rule would harm consumers in their states",
        "The attorneys general",
    ),
    (
        "The company said in a court filing that the plaintiffs had failed to show any harm.",
        "the plaintiffs had failed to show any harm",
        "The company",
    ),
    (
        "Lawyers for the former president argued in a filing on Monday that the case should "
        "be dismissed.",
        "the case should be dismissed",
        "Lawyers for the former president",
    ),
    (
        "According to the indictment, the defendants laundered more than $40 million through "
        "shell companies.",
        "the defendants laundered more than $40 million through shell companies",
        "the indictment",
    ),
    (
        "The lawsuit, filed in federal court in Manhattan, alleges that the bank ignored red "
        "flags about the accounts.",
        "the bank ignored red flags about the accounts",
        "The lawsuit",
    ),
    (
        "Prosecutors said in court papers that the defendant posed a flight risk.",
        "the defendant posed a flight risk",
        "Prosecutors",
    ),
    (
        'In her resignation letter, the minister wrote: "I can no longer serve in a '
        'government whose values I do not share."',
        "I can no longer serve in a government whose values I do not share.",
        "the minister",
    ),
    (
        "The complaint alleges that the firm misled investors about its exposure to the "
        "property market.",
        "the firm misled investors about its exposure to the property market",
        "The complaint",
    ),
    (
        'The judge wrote in her ruling that the law "plainly violates" the First Amendment.',
        'the law "plainly violates" the First Amendment',
        "The judge",
    ),
    (
        "A three-judge panel of the 9th U.S. Circuit Court of Appeals found that the policy "
        "likely violated federal immigration law.",
        "the policy likely violated federal immigration law",
        "A three-judge panel of the 9th U.S. Circuit Court of Appeals",
    ),
    (
        "The Supreme Court ruled 6-3 that the agency had exceeded its authority.",
        "the agency had exceeded its authority",
        "The Supreme Court",
    ),
    (
        "A federal appeals court ruled on Friday that the state's congressional map diluted "
        "the votes of Black residents.",
        "the state's congressional map diluted the votes of Black residents",
        "A federal appeals court",
    ),
    (
        "The tribunal concluded that the dismissal had been unfair.",
        "the dismissal had been unfair",
        "The tribunal",
    ),
    (
        "The regulator said in its decision that the merger would substantially lessen "
        "competition.",
        "the merger would substantially lessen competition",
        "The regulator",
    ),
    (
        "A full bench of the Federal Court of Australia held that the minister had denied the "
        "applicant procedural fairness.",
        "the minister had denied the applicant procedural fairness",
        "A full bench of the Federal Court of Australia",
    ),
    (
        "In an affidavit filed with the High Court, the former director stated that she had "
        "never seen the accounts.",
        "she had never seen the accounts",
        "the former director",
    ),
    (
        "The union wrote to the health secretary warning that wards would close without extra "
        "funding.",
        "wards would close without extra funding",
        "The union",
    ),
]

_AUSTRALIA: list[tuple[str, ...] | str] = [
    (
        "The Prime Minister, Anthony Albanese, told reporters in Canberra the government would "
        'not be "bullied" by the miners.',
        'the government would not be "bullied" by the miners',
        "The Prime Minister, Anthony Albanese",
    ),
    (
        "NSW Police said a 34-year-old man had been charged over the alleged assault.",
        "a 34-year-old man had been charged over the alleged assault",
        "NSW Police",
    ),
    (
        '"It\'s a great day for Queensland," the Premier told a press conference at '
        "Parliament House.",
        "It's a great day for Queensland,",
        "the Premier",
    ),
    (
        'A spokeswoman for the Treasurer said the figures were "consistent with forecasts".',
        'the figures were "consistent with forecasts"',
        "A spokeswoman for the Treasurer",
    ),
    (
        "The Reserve Bank governor, Michele Bullock, told a parliamentary committee that "
        'inflation was proving "stickier than expected".',
        'inflation was proving "stickier than expected"',
        "The Reserve Bank governor, Michele Bullock",
    ),
    (
        'Opposition Leader Peter Dutton told 2GB radio the plan was "a con".',
        'the plan was "a con"',
        "Opposition Leader Peter Dutton",
    ),
    (
        "ABC News understands the minister was briefed on the matter in March.",
        "the minister was briefed on the matter in March",
        "ABC News",
    ),
    (
        "The Bureau of Meteorology warned that the heatwave would intensify over the weekend.",
        "the heatwave would intensify over the weekend",
        "The Bureau of Meteorology",
    ),
    (
        "Victoria Police Acting Commander Jo Brown said officers were called to the Frankston "
        "home about 2am.",
        "officers were called to the Frankston home about 2am",
        "Victoria Police Acting Commander Jo Brown",
    ),
    (
        'The Greens leader said the deal was "a betrayal of the climate". "Labor has sold out '
        'to the gas industry," he said.',
        'the deal was "a betrayal of the climate"',
        "The Greens leader",
        "Labor has sold out to the gas industry,",
        "he",
    ),
]

_IRELAND: list[tuple[str, ...] | str] = [
    (
        "Gardaí said a man in his 40s had been arrested and was being detained at Store "
        "Street Garda Station.",
        "a man in his 40s had been arrested and was being detained at Store Street Garda Station",
        "Gardaí",
    ),
    (
        'The Tánaiste said the Government was "absolutely committed" to delivering the new '
        "children's hospital.",
        'the Government was "absolutely committed" to delivering the new children\'s hospital',
        "The Tánaiste",
    ),
    (
        'A HSE spokesman said the hospital was operating under "significant pressure".',
        'the hospital was operating under "significant pressure"',
        "A HSE spokesman",
    ),
    (
        "Speaking in Dublin, the Minister for Finance said the budget surplus would be used to "
        "fund infrastructure.",
        "the budget surplus would be used to fund infrastructure",
        "the Minister for Finance",
    ),
    (
        '"There is no room for complacency," Mr Donohoe told The Irish Times.',
        "There is no room for complacency,",
        "Mr Donohoe",
    ),
    (
        "The Central Bank of Ireland said in its quarterly bulletin that growth would slow to "
        "2.5 per cent next year.",
        "growth would slow to 2.5 per cent next year",
        "The Central Bank of Ireland",
    ),
    (
        "Sinn Féin's finance spokesman, Pearse Doherty, said the measures did not go far enough.",
        "the measures did not go far enough",
        "Sinn Féin's finance spokesman, Pearse Doherty",
    ),
    (
        "The PSNI said the device had been made safe and residents were allowed to return to "
        "their homes.",
        "the device had been made safe and residents were allowed to return to their homes",
        "The PSNI",
    ),
]

_SOUTH_AFRICA: list[tuple[str, ...] | str] = [
    (
        "Police spokesperson Brigadier Athlenda Mathe said three suspects had been arrested "
        "in connection with the shooting.",
        "three suspects had been arrested in connection with the shooting",
        "Police spokesperson Brigadier Athlenda Mathe",
    ),
    (
        "Eskom said in a statement that stage 4 load-shedding would be implemented from 4pm "
        "on Tuesday.",
        "stage 4 load-shedding would be implemented from 4pm on Tuesday",
        "Eskom",
    ),
    (
        '"The ANC remains the only party that can unite this country," Mbalula told '
        "supporters in Soweto.",
        "The ANC remains the only party that can unite this country,",
        "Mbalula",
    ),
    (
        "The DA's federal chairperson said the party would challenge the decision in court.",
        "the party would challenge the decision in court",
        "The DA's federal chairperson",
    ),
    (
        "According to Stats SA, unemployment rose to 33.5% in the second quarter.",
        "unemployment rose to 33.5% in the second quarter",
        "Stats SA",
    ),
    (
        "The Public Protector found that the minister had violated the executive ethics code.",
        "the minister had violated the executive ethics code",
        "The Public Protector",
    ),
    (
        "Western Cape premier Alan Winde said the province had enough water for the summer.",
        "the province had enough water for the summer",
        "Western Cape premier Alan Winde",
    ),
    (
        "The EFF's spokesperson, Leigh-Ann Mathys, said the party would march to the Union "
        "Buildings.",
        "the party would march to the Union Buildings",
        "The EFF's spokesperson, Leigh-Ann Mathys",
    ),
]

_INDIA: list[tuple[str, ...] | str] = [
    (
        "The Chief Minister said the state government would provide Rs 5 lakh as compensation "
        "to the families of the deceased.",
        "the state government would provide Rs 5 lakh as compensation to the families of the "
        "deceased",
        "The Chief Minister",
    ),
    (
        '"The Centre is trying to destabilise elected governments," the Congress leader alleged.',
        "The Centre is trying to destabilise elected governments,",
        "the Congress leader",
    ),
    (
        "Officials said the Reserve Bank of India was likely to keep the repo rate unchanged "
        "at 6.5 per cent.",
        "the Reserve Bank of India was likely to keep the repo rate unchanged at 6.5 per cent",
        "Officials",
    ),
    (
        "The Supreme Court observed that the right to privacy is intrinsic to the right to life.",
        "the right to privacy is intrinsic to the right to life",
        "The Supreme Court",
    ),
    (
        "According to a senior police officer, the accused had been absconding since 2019.",
        "the accused had been absconding since 2019",
        "a senior police officer",
    ),
    (
        "The party's spokesperson told PTI that the alliance would contest all 48 seats.",
        "the alliance would contest all 48 seats",
        "The party's spokesperson",
    ),
    (
        "The Election Commission said polling would be held in seven phases.",
        "polling would be held in seven phases",
        "The Election Commission",
    ),
    (
        "Sources said the Union Cabinet is likely to approve the proposal this week.",
        "the Union Cabinet is likely to approve the proposal this week",
        "Sources",
    ),
    (
        "Tata Motors said in an exchange filing that its domestic sales fell 4% in October.",
        "its domestic sales fell 4% in October",
        "Tata Motors",
    ),
    (
        "The Delhi High Court directed the authorities to file a status report, noting that "
        "the encroachments had not been removed.",
        "the encroachments had not been removed",
        "The Delhi High Court",
    ),
    (
        "Union Home Minister Amit Shah said the government would not tolerate violence in Manipur.",
        "the government would not tolerate violence in Manipur",
        "Union Home Minister Amit Shah",
    ),
]

_WIRE: list[tuple[str, ...] | str] = [
    (
        '"We are not going anywhere," said Ahmed, 42, standing outside the ruins of his shop. '
        '"This is our home."',
        'We are not going anywhere," said Ahmed, 42, standing outside the ruins of his shop. '
        '"This is our home.',
        "Ahmed",
    ),
    (
        '"The economy is slowing," she said. "But we are not in a recession, and we don\'t '
        'expect one."',
        'The economy is slowing," she said. "But we are not in a recession, and we don\'t '
        "expect one.",
        "she",
    ),
    (
        '"I have every confidence in the team," the manager said, "and I expect us to bounce '
        'back on Saturday."',
        'I have every confidence in the team," the manager said, "and I expect us to bounce '
        "back on Saturday.",
        "the manager",
    ),
    (
        "The White House said the president had been briefed on the incident.",
        "the president had been briefed on the incident",
        "The White House",
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow had not received any "
        "formal proposal.",
        "Moscow had not received any formal proposal",
        "Kremlin spokesman Dmitry Peskov",
    ),
    (
        "Israel's military said it had struck more than 50 targets overnight.",
        "it had struck more than 50 targets overnight",
        "Israel's military",
    ),
    (
        "The United Nations estimates that about 1.9 million people have been displaced.",
        "about 1.9 million people have been displaced",
        "The United Nations",
    ),
    (
        "Witnesses said the gunmen opened fire on a crowded market before fleeing on motorcycles.",
        "the gunmen opened fire on a crowded market before fleeing on motorcycles",
        "Witnesses",
    ),
    (
        'Trump, speaking at a rally in Ohio, said the election had been "stolen".',
        'the election had been "stolen"',
        "Trump",
    ),
    (
        "Clinton's campaign manager, Robby Mook, said on Sunday that the Russians were trying "
        "to help Trump.",
        "the Russians were trying to help Trump",
        "Clinton's campaign manager, Robby Mook",
    ),
    (
        "Democrats argue the measure would strip coverage from millions of Americans.",
        "the measure would strip coverage from millions of Americans",
        "Democrats",
    ),
    (
        "Critics say the plan does little to address the root causes of homelessness.",
        "the plan does little to address the root causes of homelessness",
        "Critics",
    ),
    (
        "The chief executive spoke for an hour. He added that the company had no intention of "
        "leaving the Chinese market.",
        "the company had no intention of leaving the Chinese market",
        "He",
    ),
    (
        'Asked whether the deal was dead, the spokesman replied: "Not at all."',
        "whether the deal was dead",
        "the spokesman",
        "Not at all.",
        "the spokesman",
    ),
    (
        "A spokesperson for the ministry did not dispute the figures but said the contracts "
        "had been awarded lawfully.",
        "the contracts had been awarded lawfully",
        "A spokesperson for the ministry",
    ),
    (
        "The Kremlin denied that Russian troops had crossed the border.",
        "Russian troops had crossed the border",
        "The Kremlin",
    ),
    (
        "The ministry insisted the vaccine was safe.",
        "the vaccine was safe",
        "The ministry",
    ),
    (
        "Rescue workers said they had pulled 11 survivors from the rubble, but feared the "
        "death toll would rise.",
        "they had pulled 11 survivors from the rubble",
        "Rescue workers",
        "the death toll would rise",
        "Rescue workers",
    ),
]

# Three rows here are attributions after all: PolNeAR's annotators mark "voted against"
# (its object as content) and "insistence that" (a demand, which must not read as a hedge:
# its status is given).
_NOT: list[tuple[str, ...] | str] = [
    "The film tells the story of a family torn apart by the partition of India.",
    "She posted a photo of herself with the trophy on Instagram.",
    "He is survived by his wife, three children and seven grandchildren.",
    "The funeral will be held on Friday at St Mary's Church.",
    (
        "The European insistence that Prime Minister Zoran Milic resign before any talks has "
        "angered Belgrade.",
        "Prime Minister Zoran Milic resign before any talks",
        "European",
        "asserted",
    ),
    "The novel tells the story of two sisters who emigrate to Australia in the 1950s.",
    "The museum posted a photo of the damaged painting on its website.",
    "The company will report its quarterly results on Thursday.",
    "The minister said goodbye to staff at the department on Friday.",
    "The statement was issued shortly after midnight.",
    "The press conference lasted less than ten minutes.",
    "She told the story of her escape to a packed hall in Melbourne.",
    "The letter was signed by more than 200 scientists.",
    "The filing was made in the Southern District of New York on Tuesday.",
    "Parliament will debate the motion next week.",
    "The interview will be broadcast on Sunday evening on BBC One.",
    "Researchers at the university have studied the bacteria for a decade.",
    "The company's statement ran to four pages.",
    "Police are appealing for witnesses.",
    "Thousands of people lined the streets to pay their respects.",
    "The judge adjourned the case until March 14.",
    ("The senator voted against the bill.", "the bill", "The senator"),
    "The report is due to be published in the autumn.",
    "The demand that the chief executive resign grew louder after the second recall.",
    "Their insistence on a public inquiry delayed the settlement by months.",
    "The premier's call for calm went unheeded.",
    "The singer posted a photo of her newborn son on Instagram on Tuesday.",
    "The documentary tells the story of the 1995 Rugby World Cup final in Johannesburg.",
    "Journalists who covered the case have received threats.",
    (
        "Brazil's insistence that the summit go ahead surprised the other delegations.",
        "the summit go ahead",
        "Brazil",
        "asserted",
    ),
    "Analysts were given a tour of the plant on Wednesday.",
    "The exhibition tells the story of Irish emigration through letters and photographs.",
    "The committee's hearing on the bill was postponed until January.",
    "Mourners gathered outside the family home in Soweto on Sunday night.",
    "The study was funded by the Wellcome Trust and the Medical Research Council.",
]

PASSAGES: tuple[Passage, ...] = tuple(
    _p("corporate", _CORPORATE)
    + _p("investigative", _INVESTIGATIVE)
    + _p("anonymous", _ANONYMOUS)
    + _p("parliament", _PARLIAMENT)
    + _p("broadcast", _BROADCAST)
    + _p("science", _SCIENCE)
    + _p("tribute", _TRIBUTE)
    + _p("filing", _FILING)
    + _p("australia", _AUSTRALIA)
    + _p("ireland", _IRELAND)
    + _p("southafrica", _SOUTH_AFRICA)
    + _p("india", _INDIA)
    + _p("wire", _WIRE)
    + _p("not", _NOT)
)

_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "'s"})


def _words(text: str) -> set[str]:
    spaced = "".join(ch.lower() if ch.isalnum() else " " for ch in text.replace("'s ", " "))
    return {w for w in spaced.split() if w not in _FUNCTION_WORDS}


def _expected_chars(text: str, content: str) -> set[int]:
    chars: set[int] = set()
    at = 0
    for piece in content.split(" ... "):
        start = text.index(piece, at)
        chars.update(range(start, start + len(piece)))
        at = start + len(piece)
    return chars


def _found(att: Att, text: str, claim: tuple[int, int, str, str]) -> bool:
    start, end, source, status = claim
    want = _expected_chars(text, att.content)
    got = set(range(start, end))
    overlap = len(want & got) / len(want | got)
    if att.status is not None and status != att.status:
        return False
    return overlap >= 0.5 and bool(_words(att.source) & _words(source))


def judge(passage: Passage) -> list[str]:
    """What is wrong with the extractor's reading of ``passage`` (empty when it holds).

    A passage holds when each expected attribution is matched by an attributed (direct or
    indirect) claim whose content overlaps it by at least half (character Jaccard) and
    whose source, as written or resolved, shares a content word with the expected one
    (and whose status is the expected one, when one is given);
    when no other attributed claim is predicted; and, for a neighbour, when no claim at
    all is hedged or denied.
    """
    import provenance

    frame = provenance.extract_claims(passage.text)
    attributed = frame[frame["attribution"].isin(["direct", "indirect"])]
    claims = [
        (
            int(row.start),
            int(row.end),
            f"{row.source_text or ''} {row.source or ''}",
            str(row.status),
        )
        for row in attributed.itertuples()
    ]
    wrong: list[str] = []
    used: set[int] = set()
    for att in passage.atts:
        hit = next(
            (i for i, c in enumerate(claims) if i not in used and _found(att, passage.text, c)),
            None,
        )
        if hit is None:
            wrong.append(f"missed {att.content!r} <- {att.source!r}")
        else:
            used.add(hit)
    for i, (start, end, source, _) in enumerate(claims):
        if i not in used:
            wrong.append(f"extra {passage.text[start:end]!r} <- {source.strip()!r}")
    if passage.neighbour:
        flagged = frame[frame["status"].isin(["hedged", "denied"])]
        wrong.extend(f"{row.status} {row.text!r}" for row in flagged.itertuples())
    return wrong
