"""Stop 41's blind matrix of attributed speech in English-language news outside the US.

Written from knowledge of British, Irish, Indian, Pakistani, Nigerian, Kenyan, South
African, Australian, New Zealand, Singaporean, Malaysian, Philippine and Gulf papers and
of translated agency copy, before the claims extractor or its tests were read, so that
its first pass count is a figure of generality, not of fitting. Each passage gives what
the PolNeAR and BBC benches read: the content (the quotation inside its marks, or the
reported clause), the source (the speaker) and the cue.

An expectation is one of:

- ``Att``: an attributed (direct or indirect) claim whose text overlaps ``content`` by at
  least half (character Jaccard) and whose source is right: every word of one of the
  ``|``-separated readings of ``source`` is a word of the claim's ``source_text`` or
  ``source`` (the mention as written or its resolution);
- ``Not``: a neighbour; no attributed claim's text overlaps ``span`` by half or more
  (``span`` None: the passage has no attributed claim at all).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd


@dataclass(frozen=True)
class Att:
    content: str
    source: str
    cue: str | None = None
    nth: int = 0


@dataclass(frozen=True)
class Not:
    span: str | None = None


Expectation = Att | Not

_WORD: Final = re.compile(r"[\w'’.-]+")


def _words(text: str) -> set[str]:
    return {w.strip(".'’-").lower() for w in _WORD.findall(text)} - {""}


def locate(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The character span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.find(part, start + 1)
        if start < 0:
            raise ValueError(f"{part!r} not in {text!r}")
    return start, start + len(part)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _attributed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["attribution"].isin(("direct", "indirect"))]


def source_right(wanted: str, row: dict[Hashable, Any]) -> bool:
    said = " ".join(str(row[k]) for k in ("source_text", "source") if isinstance(row[k], str))
    have = _words(said)
    return any(_words(alt) <= have for alt in wanted.split("|"))


def passes(text: str, expectation: Expectation, frame: pd.DataFrame) -> bool:
    """Whether the claims of ``text`` (``frame``) meet ``expectation``."""
    rows = _attributed(frame).to_dict("records")
    spans = [(int(r["start"]), int(r["end"])) for r in rows]
    if isinstance(expectation, Not):
        if expectation.span is None:
            return not rows
        span = locate(text, expectation.span)
        return all(jaccard(span, got) < 0.5 for got in spans)
    span = locate(text, expectation.content, expectation.nth)
    return any(
        jaccard(span, got) >= 0.5 and source_right(expectation.source, row)
        for got, row in zip(spans, rows, strict=True)
    )


#: A quotation resumed after its speaker, in the same paragraph or the next ones, is one
#: content from its first mark to its last (the PolNeAR scorer reads a content of several
#: pieces from its first character to its last).
_ELLIS = (
    "We have been waiting years for this road to be fixed,' said Margaret Ellis, 67.\n\n"
    "'Every winter it floods and every winter the council promises to act.\n\n"
    "'Nothing ever happens."
)
_REID = (
    "The crossing is the busiest in the county,\u201d said Councillor Tom Reid.\n\n"
    "\u201cWe asked for lights two years ago and we were ignored.\n\n"
    "\u201cNow a child has been hurt."
)
_HASSAN = (
    "We have lost everything,\u201d said Ahmed Hassan, 52, standing in the ruins of"
    " his home.\n\n\u201cMy children have nowhere to sleep. We need tents, food and water.\n\n"
    "\u201cNobody has come to help us."
)


# (key, text, expectations). Keys name the press the convention comes from.
MATRIX: Final[tuple[tuple[str, str, tuple[Expectation, ...]], ...]] = (
    # --- British ---
    (
        "uk-said-colon-single",
        "The Prime Minister said: 'We will not be held to ransom by anyone.'",
        (Att("We will not be held to ransom by anyone.", "Prime Minister", "said"),),
    ),
    (
        "uk-told-the-bbc",
        "'It is a dark day for the town,' Mr Hughes told the BBC.",
        (Att("It is a dark day for the town,", "Hughes", "told"),),
    ),
    (
        "uk-headline-colon",
        "Minister: 'We will act on knife crime'",
        (Att("We will act on knife crime", "Minister"),),
    ),
    (
        "uk-spokesman-scare-inside",
        'A Downing Street spokesman said the Prime Minister had "full confidence" in the'
        " chancellor.",
        (
            Att(
                'the Prime Minister had "full confidence" in the chancellor',
                "spokesman",
                "said",
            ),
        ),
    ),
    (
        "uk-apposition-solicitor",
        "Speaking outside the court, the family's solicitor, Sarah Jennings, said: 'Justice"
        " has finally been done.'",
        (Att("Justice has finally been done.", "Jennings|solicitor", "said"),),
    ),
    (
        "uk-said-the-family-statement",
        "'We are devastated and ask for privacy at this time,' said the family in a statement"
        " released through Surrey Police.",
        (Att("We are devastated and ask for privacy at this time,", "family", "said"),),
    ),
    (
        "uk-told-mps",
        'Sir Keir Starmer told MPs the figures were "deeply concerning".',
        (Att('the figures were "deeply concerning"', "Starmer", "told"),),
    ),
    (
        "uk-admitted-inversion-age",
        "'I never expected to win,' admitted the 23-year-old.",
        (Att("I never expected to win,", "23-year-old", "admitted"),),
    ),
    (
        "uk-met-office-warned",
        "The Met Office warned that gusts of up to 80mph could hit coastal areas.",
        (Att("gusts of up to 80mph could hit coastal areas", "Met Office", "warned"),),
    ),
    (
        "uk-spokeswoman-for-department",
        "A spokeswoman for the Department for Education said: 'Schools will remain open.'",
        (Att("Schools will remain open.", "spokeswoman", "said"),),
    ),
    (
        "uk-paragraph-quote-single",
        "'We have been waiting years for this road to be fixed,' said Margaret Ellis, 67.\n\n"
        "'Every winter it floods and every winter the council promises to act.\n\n"
        "'Nothing ever happens.'",
        (Att(_ELLIS, "Ellis", "said"),),
    ),
    (
        "uk-paragraph-quote-double",
        "\u201cThe crossing is the busiest in the county,\u201d said Councillor Tom Reid.\n\n"
        "\u201cWe asked for lights two years ago and we were ignored.\n\n"
        "\u201cNow a child has been hurt.\u201d",
        (Att(_REID, "Reid", "said"),),
    ),
    (
        "uk-chief-constable-scare",
        "Chief Constable Andy Marsh said officers had been 'shocked' by what they found.",
        (Att("officers had been 'shocked' by what they found", "Marsh", "said"),),
    ),
    (
        "uk-asked-replied",
        "Asked whether he would resign, Mr Gove replied: 'Absolutely not.'",
        (Att("Absolutely not.", "Gove", "replied"),),
    ),
    (
        "uk-he-added-after",
        "Mr Farrell said the club would appeal against the decision. 'This is not the end,'"
        " he added.",
        (
            Att("the club would appeal against the decision", "Farrell", "said"),
            Att("This is not the end,", "Farrell|he", "added"),
        ),
    ),
    (
        "uk-report-said",
        'The report, published on Thursday, said the NHS was "on its knees".',
        (Att('the NHS was "on its knees"', "report", "said"),),
    ),
    (
        "uk-shadow-secretary",
        "Labour's shadow health secretary said the government had 'lost control' of waiting lists.",
        (Att("the government had 'lost control' of waiting lists", "secretary", "said"),),
    ),
    (
        "uk-wrote-on-x",
        "In a post on X, the MP wrote: 'I will be voting against this bill.'",
        (Att("I will be voting against this bill.", "MP", "wrote"),),
    ),
    (
        "uk-fa-said-in-statement",
        'The Football Association said in a statement it was "aware of the incident" and'
        " would be seeking observations from the club.",
        (
            Att(
                'it was "aware of the incident" and would be seeking observations from the club',
                "Football Association",
                "said",
            ),
        ),
    ),
    (
        "uk-prof-apposition",
        "Prof Chris Whitty, England's chief medical officer, said it was 'too early' to draw"
        " conclusions.",
        (Att("it was 'too early' to draw conclusions", "Whitty", "said"),),
    ),
    (
        "uk-quipped-captain",
        "'At least the rain held off,' quipped the captain.",
        (Att("At least the rain held off,", "captain", "quipped"),),
    ),
    (
        "uk-lamented-bishop",
        'The Bishop of Durham lamented that "too many families are forced to choose between'
        ' heating and eating".',
        (
            Att(
                '"too many families are forced to choose between heating and eating"',
                "Bishop",
                "lamented",
            ),
        ),
    ),
    (
        "uk-ofcom-said",
        "Ofcom said it had received more than 2,000 complaints about the programme.",
        (Att("it had received more than 2,000 complaints about the programme", "Ofcom", "said"),),
    ),
    (
        "uk-insisted-first-minister",
        "First Minister John Swinney insisted the policy was 'working'.",
        (Att("the policy was 'working'", "Swinney", "insisted"),),
    ),
    (
        "uk-welsh-spokesperson",
        "A Welsh Government spokesperson said: 'We remain committed to the scheme.'",
        (Att("We remain committed to the scheme.", "spokesperson", "said"),),
    ),
    (
        "uk-told-sky-news-colon",
        "Transport Secretary Louise Haigh told Sky News: 'Passengers deserve better.'",
        (Att("Passengers deserve better.", "Haigh", "told"),),
    ),
    (
        "uk-he-said-before",
        "Mr Patel was elected in 2019. He said: 'I owe everything to this town.'",
        (Att("I owe everything to this town.", "Patel|He", "said"),),
    ),
    (
        "uk-dr-added",
        "'The vaccine is safe,' Dr Sarah Jarvis added.",
        (Att("The vaccine is safe,", "Jarvis", "added"),),
    ),
    (
        "uk-headline-name-colon",
        "Sunak: 'I will not resign over this'",
        (Att("I will not resign over this", "Sunak"),),
    ),
    (
        "uk-split-single-quote",
        "'We knew the risks,' Ms Clarke said, 'but we had no choice.'",
        (Att("We knew the risks,' Ms Clarke said, 'but we had no choice.", "Clarke", "said"),),
    ),
    # --- Irish ---
    (
        "ie-taoiseach",
        'The Taoiseach said he was "not going to speculate" on the timing of the election.',
        (
            Att(
                'he was "not going to speculate" on the timing of the election',
                "Taoiseach",
                "said",
            ),
        ),
    ),
    (
        "ie-speaking-on-rte",
        "Speaking on RTÉ's Morning Ireland, the Tánaiste said the budget would 'protect the"
        " most vulnerable'.",
        (Att("the budget would 'protect the most vulnerable'", "Tánaiste", "said"),),
    ),
    (
        "ie-saying-colon",
        "Superintendent Declan Brogan appealed for witnesses, saying: 'Any information, however"
        " small, could be vital.'",
        (Att("Any information, however small, could be vital.", "Brogan", "saying"),),
    ),
    (
        "ie-told-the-dail",
        "'It's a disgrace,' Mary Lou McDonald told the Dáil.",
        (Att("It's a disgrace,", "McDonald", "told"),),
    ),
    (
        "ie-spokesperson-name",
        "Sinn Féin's housing spokesperson Eoin Ó Broin said the figures were 'shameful'.",
        (Att("the figures were 'shameful'", "Broin", "said"),),
    ),
    (
        "ie-hse-does-not-comment",
        "A spokesperson for the HSE said it does not comment on individual cases.",
        (Att("it does not comment on individual cases", "spokesperson", "said"),),
    ),
    (
        "ie-minister-for-apposition",
        "The Minister for Health, Stephen Donnelly, said he was 'very concerned' about"
        " overcrowding.",
        (Att("he was 'very concerned' about overcrowding", "Donnelly|Minister", "said"),),
    ),
    (
        "ie-garda-spokesperson",
        "A Garda spokesperson said a man in his 30s had been arrested.",
        (Att("a man in his 30s had been arrested", "spokesperson", "said"),),
    ),
    # --- Indian ---
    (
        "in-told-pti",
        '"The situation is under control," a senior police officer told PTI.',
        (Att("The situation is under control,", "officer", "told"),),
    ),
    (
        "in-stated-that",
        "The minister stated that the government will bring a new bill in the winter session.",
        (Att("the government will bring a new bill in the winter session", "minister", "stated"),),
    ),
    (
        "in-opined",
        'Congress leader Rahul Gandhi opined that the economy was in "deep distress".',
        (Att('the economy was in "deep distress"', "Gandhi", "opined"),),
    ),
    (
        "in-averred",
        "The petitioner averred that the land had been acquired without due compensation.",
        (Att("the land had been acquired without due compensation", "petitioner", "averred"),),
    ),
    (
        "in-speaking-to-reporters",
        "Speaking to reporters in Lucknow, Chief Minister Yogi Adityanath said that strict"
        " action would be taken against the culprits.",
        (
            Att(
                "strict action would be taken against the culprits",
                "Adityanath",
                "said",
            ),
        ),
    ),
    (
        "in-informed-the-media",
        "The DCP informed the media that three accused had been arrested.",
        (Att("three accused had been arrested", "DCP", "informed"),),
    ),
    (
        "in-said-while-speaking",
        "BJP state president K Annamalai said while speaking to reporters that the party"
        " would contest all 39 seats.",
        (Att("the party would contest all 39 seats", "Annamalai", "said"),),
    ),
    (
        "in-said-comma-quote",
        'Union Home Minister Amit Shah said, "Terrorism will be wiped out from the region."',
        (Att("Terrorism will be wiped out from the region.", "Shah", "said"),),
    ),
    (
        "in-said-inspector-sho",
        '"We have registered an FIR and investigation is on," said Inspector Rajesh Kumar,'
        " SHO of the Sadar police station.",
        (Att("We have registered an FIR and investigation is on,", "Kumar", "said"),),
    ),
    (
        "in-shri",
        "Shri Dharmendra Pradhan said that the new policy will transform school education.",
        (Att("the new policy will transform school education", "Pradhan", "said"),),
    ),
    (
        "in-court-observed",
        "The Supreme Court observed that the right to privacy is a fundamental right.",
        (Att("the right to privacy is a fundamental right", "Supreme Court", "observed"),),
    ),
    (
        "in-bench-remarked",
        "A bench of Justices Sanjiv Khanna and Dipankar Datta remarked that the delay was"
        " inexplicable.",
        (Att("the delay was inexplicable", "bench|Khanna", "remarked"),),
    ),
    (
        "in-officials-said",
        "Officials said the toll was likely to rise as rescue operations continued.",
        (
            Att(
                "the toll was likely to rise as rescue operations continued",
                "Officials",
                "said",
            ),
        ),
    ),
    (
        "in-sources-said",
        "Sources said the Cabinet is likely to approve the proposal on Wednesday.",
        (Att("the Cabinet is likely to approve the proposal on Wednesday", "Sources", "said"),),
    ),
    (
        "in-writing-comma",
        'The actor took to Instagram to share the news, writing, "Overwhelmed by all the love'
        ' and blessings."',
        (Att("Overwhelmed by all the love and blessings.", "actor", "writing"),),
    ),
    (
        "in-according-to-police",
        "According to the police, the accused had been absconding since 2019.",
        (Att("the accused had been absconding since 2019", "police", "According"),),
    ),
    (
        "in-maintained",
        "The RBI governor maintained that inflation would ease in the coming months.",
        (Att("inflation would ease in the coming months", "governor", "maintained"),),
    ),
    (
        "in-told-the-hindu",
        '"I am not aware of any such development," Mr Sharma told The Hindu.',
        (Att("I am not aware of any such development,", "Sharma", "told"),),
    ),
    (
        "in-dr-who-heads",
        "Dr Mehta, who heads the cardiology department at AIIMS, said the patient was stable.",
        (Att("the patient was stable", "Mehta", "said"),),
    ),
    (
        "in-addressing-rally-alleged",
        'Addressing a rally in Patna, Mr Kumar alleged that the Centre had "betrayed" Bihar.',
        (Att('the Centre had "betrayed" Bihar', "Kumar", "alleged"),),
    ),
    (
        "in-claimed",
        'The MLA claimed that he had been "falsely implicated" in the case.',
        (Att('he had been "falsely implicated" in the case', "MLA", "claimed"),),
    ),
    (
        "in-told-ani",
        "Speaking to ANI, the Congress MP said the party would raise the issue in Parliament.",
        (Att("the party would raise the issue in Parliament", "MP", "said"),),
    ),
    (
        "in-smt",
        "Smt Nirmala Sitharaman said the fiscal deficit target would be met.",
        (Att("the fiscal deficit target would be met", "Sitharaman", "said"),),
    ),
    (
        "in-further-said",
        "The collector further said that relief camps had been set up in five villages.",
        (Att("relief camps had been set up in five villages", "collector", "said"),),
    ),
    (
        "in-pointed-out",
        "The official pointed out that the scheme had benefited over two lakh farmers.",
        (Att("the scheme had benefited over two lakh farmers", "official", "pointed"),),
    ),
    (
        "in-it-is-learnt",
        "Police said the accused, a resident of Dwarka, had confessed to the crime.",
        (
            Att(
                "the accused, a resident of Dwarka, had confessed to the crime",
                "Police",
                "said",
            ),
        ),
    ),
    # --- Pakistani ---
    (
        "pk-talking-to-journalists",
        "Talking to journalists in Islamabad, Information Minister Attaullah Tarar said the"
        " government would complete its term.",
        (Att("the government would complete its term", "Tarar", "said"),),
    ),
    (
        "pk-fo-spokesperson-apposition",
        "The Foreign Office spokesperson, Mumtaz Zahra Baloch, said at the weekly briefing"
        " that Pakistan desired peaceful relations with all its neighbours.",
        (
            Att(
                "Pakistan desired peaceful relations with all its neighbours",
                "Baloch|spokesperson",
                "said",
            ),
        ),
    ),
    (
        "pk-party-leader",
        'PTI leader Asad Qaiser said the party would "not accept" the results.',
        (Att('the party would "not accept" the results', "Qaiser", "said"),),
    ),
    (
        "pk-vowed",
        '"We will not allow anyone to destabilise the country," the prime minister vowed.',
        (Att("We will not allow anyone to destabilise the country,", "prime minister", "vowed"),),
    ),
    (
        "pk-ispr-statement",
        "The ISPR said in a statement that four terrorists had been killed in the operation.",
        (Att("four terrorists had been killed in the operation", "ISPR", "said"),),
    ),
    (
        "pk-addressing-press-conference",
        'Addressing a press conference, the PPP chairman said his party would "never'
        ' compromise" on democracy.',
        (Att('his party would "never compromise" on democracy', "chairman", "said"),),
    ),
    (
        "pk-maintained-inversion",
        '"The talks are on track," maintained the finance adviser.',
        (Att("The talks are on track,", "adviser", "maintained"),),
    ),
    # --- Nigerian ---
    (
        "ng-told-newsmen",
        "The Police Public Relations Officer in the state, SP Bala Elkana, told newsmen in"
        " Lagos that the suspects had been arrested.",
        (Att("the suspects had been arrested", "Elkana|Officer", "told"),),
    ),
    (
        "ng-statement-signed-by",
        "The ministry said in a statement signed by its spokesperson, Mr Olajide Oshundun,"
        " that the exercise would begin on Monday.",
        (Att("the exercise would begin on Monday", "ministry|Oshundun", "said"),),
    ),
    (
        "ng-alhaji",
        'Alhaji Atiku Abubakar said the election was "a sham".',
        (Att('the election was "a sham"', "Abubakar|Atiku", "said"),),
    ),
    (
        "ng-chief",
        "Chief Bisi Akande said the party would resolve its differences internally.",
        (Att("the party would resolve its differences internally", "Akande", "said"),),
    ),
    (
        "ng-inspector-general-apposition",
        "The Inspector-General of Police, Kayode Egbetokun, said the force would not tolerate"
        " indiscipline.",
        (
            Att(
                "the force would not tolerate indiscipline",
                "Egbetokun|Inspector-General",
                "said",
            ),
        ),
    ),
    (
        "ng-assured",
        '"We shall not relent until the kidnappers are brought to book," the governor assured'
        " residents.",
        (
            Att(
                "We shall not relent until the kidnappers are brought to book,",
                "governor",
                "assured",
            ),
        ),
    ),
    (
        "ng-in-statement-interrupting",
        "The National Chairman of the party, Dr Abdullahi Ganduje, in a statement on Sunday,"
        " said the party was united.",
        (Att("the party was united", "Ganduje|Chairman", "said"),),
    ),
    (
        "ng-hon-noted",
        "Hon. Femi Gbajabiamila noted that the House would consider the bill next week.",
        (Att("the House would consider the bill next week", "Gbajabiamila", "noted"),),
    ),
    (
        "ng-statement-by-spokesman",
        "The Nigeria Police Force, in a statement by its spokesman, Muyiwa Adejobi, said the"
        " officers involved had been detained.",
        (Att("the officers involved had been detained", "Police|Adejobi", "said"),),
    ),
    (
        "ng-said-the-senate-president",
        '"It is unacceptable," said the Senate President, Godswill Akpabio.',
        (Att("It is unacceptable,", "Akpabio|Senate President", "said"),),
    ),
    (
        "ng-declared",
        '"Our members will down tools from Monday," NLC President Joe Ajaero declared.',
        (Att("Our members will down tools from Monday,", "Ajaero", "declared"),),
    ),
    (
        "ng-disclosed",
        "The commissioner disclosed that the state had spent N2bn on the project.",
        (Att("the state had spent N2bn on the project", "commissioner", "disclosed"),),
    ),
    (
        "ng-san-suffix",
        "The Attorney-General, Mr Brian Kalu, SAN, told the court that the charges were"
        " properly filed.",
        (Att("the charges were properly filed", "Kalu|Attorney-General", "told"),),
    ),
    (
        "ng-vc-prof",
        "The Vice-Chancellor of the university, Prof. Adebayo Ogunleye, said academic"
        " activities would resume on Monday.",
        (
            Att(
                "academic activities would resume on Monday",
                "Ogunleye|Vice-Chancellor",
                "said",
            ),
        ),
    ),
    (
        "ng-reiterated",
        "The commissioner reiterated that the government would not pay ransom to bandits.",
        (
            Att(
                "the government would not pay ransom to bandits",
                "commissioner",
                "reiterated",
            ),
        ),
    ),
    (
        "ng-speaking-at-launch",
        "Speaking at the launch of the programme in Abuja, the minister said 5,000 youths would"
        " be trained.",
        (Att("5,000 youths would be trained", "minister", "said"),),
    ),
    (
        "ng-emir-said",
        "The Emir of Kano, Alhaji Aminu Ado Bayero, said parents must send their children to"
        " school.",
        (Att("parents must send their children to school", "Bayero|Emir", "said"),),
    ),
    # --- Kenyan ---
    (
        "ke-ruto",
        "President William Ruto said the government would not back down on the Finance Bill.",
        (Att("the government would not back down on the Finance Bill", "Ruto", "said"),),
    ),
    (
        "ke-speaking-in-town",
        "Speaking in Nakuru on Saturday, Deputy President Rigathi Gachagua said the region"
        " would not be divided.",
        (Att("the region would not be divided", "Gachagua", "said"),),
    ),
    (
        "ke-cs-warned",
        "Interior CS Kithure Kindiki warned that criminals would face the full force of the law.",
        (Att("criminals would face the full force of the law", "Kindiki", "warned"),),
    ),
    (
        "ke-spokesperson-said-in-statement",
        '"We are calling on the public to remain calm," National Police Service spokesperson'
        " Resila Onyango said in a statement.",
        (Att("We are calling on the public to remain calm,", "Onyango", "said"),),
    ),
    (
        "ke-told-journalists-at",
        "Nairobi Governor Johnson Sakaja told journalists at City Hall that hawkers would be"
        " relocated.",
        (Att("hawkers would be relocated", "Sakaja", "told"),),
    ),
    (
        "ke-met-department",
        "The Kenya Meteorological Department said heavy rains were expected in parts of the"
        " country.",
        (
            Att(
                "heavy rains were expected in parts of the country",
                "Meteorological Department",
                "said",
            ),
        ),
    ),
    (
        "ke-claimed-polls",
        "Azimio leader Raila Odinga claimed the polls had been rigged.",
        (Att("the polls had been rigged", "Odinga", "claimed"),),
    ),
    (
        "ke-in-statement-kdf",
        "In a statement on Sunday, the Kenya Defence Forces said two soldiers had been killed.",
        (Att("two soldiers had been killed", "Kenya Defence Forces", "said"),),
    ),
    (
        "ke-told-the-star",
        "Speaking exclusively to The Star, the senator said he would not defect.",
        (Att("he would not defect", "senator", "said"),),
    ),
    # --- South African ---
    (
        "za-said-sg",
        '"We will not be intimidated," said ANC secretary-general Fikile Mbalula.',
        (Att("We will not be intimidated,", "Mbalula", "said"),),
    ),
    (
        "za-colonel",
        "Police spokesperson Colonel Athlenda Mathe said the suspects would appear in court on"
        " Monday.",
        (Att("the suspects would appear in court on Monday", "Mathe", "said"),),
    ),
    (
        "za-eskom-statement",
        "Eskom said in a statement that stage 4 load shedding would be implemented from 4pm.",
        (Att("stage 4 load shedding would be implemented from 4pm", "Eskom", "said"),),
    ),
    (
        "za-remains-committed",
        'DA leader John Steenhuisen said the party "remains committed" to the coalition.',
        (Att('the party "remains committed" to the coalition', "Steenhuisen", "said"),),
    ),
    (
        "za-speaking-to-news24",
        "Speaking to News24, the MEC said the department had 'no choice'.",
        (Att("the department had 'no choice'", "MEC", "said"),),
    ),
    (
        "za-addressing-nation-interrupting",
        "President Cyril Ramaphosa, addressing the nation on Sunday evening, said the state of"
        " disaster would be lifted.",
        (Att("the state of disaster would be lifted", "Ramaphosa", "said"),),
    ),
    (
        "za-argued-sc",
        '"The Bill is unconstitutional," argued advocate Wim Trengove SC.',
        (Att("The Bill is unconstitutional,", "Trengove", "argued"),),
    ),
    (
        "za-eff-statement",
        'The EFF, in a statement, said the decision was "an attack on the poor".',
        (Att('the decision was "an attack on the poor"', "EFF", "said"),),
    ),
    # --- Australian / New Zealand ---
    (
        "au-told-the-abc",
        "'We're not going to get ahead of ourselves,' the Prime Minister told the ABC.",
        (Att("We're not going to get ahead of ourselves,", "Prime Minister", "told"),),
    ),
    (
        "au-told-sky-news-bare",
        'Opposition Leader Peter Dutton told Sky News the policy was "a disaster".',
        (Att('the policy was "a disaster"', "Dutton", "told"),),
    ),
    (
        "au-said-on-tuesday",
        "NSW Premier Chris Minns said on Tuesday the state would review its knife laws.",
        (Att("the state would review its knife laws", "Minns", "said"),),
    ),
    (
        "au-treasurer",
        "Treasurer Jim Chalmers said inflation was 'moderating'.",
        (Att("inflation was 'moderating'", "Chalmers", "said"),),
    ),
    (
        "au-police-spokeswoman",
        "A Queensland Police spokeswoman said a 45-year-old man had been charged.",
        (Att("a 45-year-old man had been charged", "spokeswoman", "said"),),
    ),
    (
        "au-told-radio-colon",
        "Nationals MP Barnaby Joyce told 2GB radio: 'The farmers are sick of it.'",
        (Att("The farmers are sick of it.", "Joyce", "told"),),
    ),
    (
        "nz-told-reporters-at",
        "Prime Minister Christopher Luxon told reporters at his post-Cabinet press conference"
        ' that the Government was "getting on with the job".',
        (Att('the Government was "getting on with the job"', "Luxon", "told"),),
    ),
    (
        "nz-macron-name",
        "Te Pāti Māori co-leader Rawiri Waititi said the bill would divide the country.",
        (Att("the bill would divide the country", "Waititi", "said"),),
    ),
    (
        "au-conceded",
        "'It's been a tough season,' Wallabies coach Joe Schmidt conceded.",
        (Att("It's been a tough season,", "Schmidt", "conceded"),),
    ),
    (
        "au-professor-apposition",
        "Victoria's Chief Health Officer, Professor Brett Sutton, said the risk remained low.",
        (Att("the risk remained low", "Sutton|Officer", "said"),),
    ),
    (
        "au-said-on-tuesday-that",
        "Health Minister Mark Butler said on Tuesday that vaping laws would be tightened.",
        (Att("vaping laws would be tightened", "Butler", "said"),),
    ),
    (
        "nz-told-rnz",
        "'It's a very sad day for our community,' Mayor Wayne Brown told RNZ.",
        (Att("It's a very sad day for our community,", "Brown", "told"),),
    ),
    # --- Singapore / Malaysia ---
    (
        "sg-at-rally",
        "Prime Minister Lawrence Wong said at the National Day Rally that Singapore must"
        ' "stay united".',
        (Att('Singapore must "stay united"', "Wong", "said"),),
    ),
    (
        "sg-minister-for-initial",
        "Minister for Home Affairs K Shanmugam said in Parliament on Monday that the laws"
        " would be reviewed.",
        (Att("the laws would be reviewed", "Shanmugam", "said"),),
    ),
    (
        "sg-moh-acronym",
        "The Ministry of Health (MOH) said in a statement on Friday that the patient was in"
        " stable condition.",
        (Att("the patient was in stable condition", "Ministry of Health|MOH", "said"),),
    ),
    (
        "sg-noted",
        "Senior Minister of State Janil Puthucheary noted that the number of cases had fallen.",
        (Att("the number of cases had fallen", "Puthucheary", "noted"),),
    ),
    (
        "sg-said-a-spokesman-for",
        '"We are monitoring the situation closely," said a spokesman for the Land Transport'
        " Authority (LTA).",
        (Att("We are monitoring the situation closely,", "spokesman", "said"),),
    ),
    (
        "my-datuk-seri",
        "Datuk Seri Anwar Ibrahim said the government would not tolerate corruption.",
        (Att("the government would not tolerate corruption", "Anwar", "said"),),
    ),
    (
        "my-tan-sri-claimed",
        "Tan Sri Muhyiddin Yassin claimed that the charges were politically motivated.",
        (Att("the charges were politically motivated", "Muhyiddin", "claimed"),),
    ),
    # --- Philippine ---
    (
        "ph-sen-statement",
        '"We have nothing to hide," Sen. Risa Hontiveros said in a statement.',
        (Att("We have nothing to hide,", "Hontiveros", "said"),),
    ),
    (
        "ph-col-told-reporters",
        "PNP spokesperson Col. Jean Fajardo told reporters in a press briefing that the"
        " suspect had surrendered.",
        (Att("the suspect had surrendered", "Fajardo", "told"),),
    ),
    (
        "ph-executive-secretary",
        "Executive Secretary Lucas Bersamin said the Palace would respect the court's decision.",
        (Att("the Palace would respect the court's decision", "Bersamin", "said"),),
    ),
    (
        "ph-on-top",
        'Presidential Communications Secretary Cheloy Garafil said the President was "on top'
        ' of the situation".',
        (Att('the President was "on top of the situation"', "Garafil", "said"),),
    ),
    (
        "ph-rep",
        "Rep. Joey Salceda said the tax measure would raise P20 billion a year.",
        (Att("the tax measure would raise P20 billion a year", "Salceda", "said"),),
    ),
    # --- Gulf ---
    (
        "gulf-sheikh",
        'Sheikh Mohammed bin Rashid Al Maktoum said the UAE would "continue to lead".',
        (Att('the UAE would "continue to lead"', "Mohammed|Maktoum", "said"),),
    ),
    (
        "gulf-carried-by-spa",
        'In a statement carried by the Saudi Press Agency, the ministry said it "firmly'
        ' rejects" the remarks.',
        (Att('it "firmly rejects" the remarks', "ministry", "said"),),
    ),
    (
        "gulf-condition-of-anonymity",
        "The official told Arab News on condition of anonymity that talks were continuing.",
        (Att("talks were continuing", "official", "told"),),
    ),
    (
        "gulf-dr-spokesman-briefing",
        "Foreign ministry spokesman Dr Majed Al Ansari said at the weekly briefing that"
        " mediation efforts were ongoing.",
        (Att("mediation efforts were ongoing", "Ansari", "said"),),
    ),
    (
        "gulf-he-honorific",
        '"The expo has exceeded all expectations," H.E. Reem Al Hashimy said.',
        (Att("The expo has exceeded all expectations,", "Hashimy", "said"),),
    ),
    (
        "gulf-dubai-police",
        "Dubai Police said the driver was arrested within hours of the crash.",
        (Att("the driver was arrested within hours of the crash", "Dubai Police", "said"),),
    ),
    # --- Translated agency copy ---
    (
        "tr-guillemets-colon",
        "The minister said: «The decision is final.»",
        (Att("The decision is final.", "minister", "said"),),
    ),
    (
        "tr-guillemets-spaced",
        "« We will not give in », the president said.",
        (Att("We will not give in", "president", "said"),),
    ),
    (
        "tr-german-quotes",
        "\u201eWe are prepared for all scenarios\u201c, Chancellor Olaf Scholz said.",
        (Att("We are prepared for all scenarios", "Scholz", "said"),),
    ),
    (
        "tr-corner-brackets",
        "The spokesman said \u300cthe situation remains serious\u300d.",
        (Att("the situation remains serious", "spokesman", "said"),),
    ),
    (
        "tr-em-dash-dialogue",
        "\u2014 We will stay here until the end, said Olga Petrenko, a teacher from Kharkiv.",
        (Att("We will stay here until the end", "Petrenko", "said"),),
    ),
    (
        "tr-em-dash-told",
        "\u2014 This is a provocation, Dmitry Peskov told reporters.",
        (Att("This is a provocation", "Peskov", "told"),),
    ),
    (
        "tr-xinhua-after",
        "China firmly opposes any form of interference, Foreign Ministry spokesperson Mao"
        " Ning said at a regular press briefing on Monday.",
        (Att("China firmly opposes any form of interference", "Mao Ning", "said"),),
    ),
    (
        "tr-tass-after",
        "The Russian side is ready for dialogue, Kremlin spokesman Dmitry Peskov told reporters.",
        (Att("The Russian side is ready for dialogue", "Peskov", "told"),),
    ),
    (
        "tr-yonhap-acronym",
        "North Korea fired a ballistic missile into the East Sea, the Joint Chiefs of Staff"
        " (JCS) said.",
        (
            Att(
                "North Korea fired a ballistic missile into the East Sea",
                "Joint Chiefs of Staff|JCS",
                "said",
            ),
        ),
    ),
    (
        "tr-anadolu-diacritic",
        "Türkiye will continue to support Palestine, President Recep Tayyip Erdoğan said on"
        " Wednesday.",
        (Att("Türkiye will continue to support Palestine", "Erdoğan", "said"),),
    ),
    (
        "tr-kyodo-press-conference",
        "The government will compile an extra budget, Chief Cabinet Secretary Yoshimasa"
        " Hayashi told a press conference.",
        (Att("The government will compile an extra budget", "Hayashi", "told"),),
    ),
    (
        "tr-paragraphs-curly",
        "\u201cWe have lost everything,\u201d said Ahmed Hassan, 52, standing in the ruins of"
        " his home.\n\n\u201cMy children have nowhere to sleep. We need tents, food and water.\n\n"
        "\u201cNobody has come to help us.\u201d",
        (Att(_HASSAN, "Hassan", "said"),),
    ),
    (
        "tr-guillemets-added",
        "Mr Lavrov said the talks had been useful. He added: «There will be no concessions.»",
        (
            Att("the talks had been useful", "Lavrov", "said"),
            Att("There will be no concessions.", "Lavrov|He", "added"),
        ),
    ),
    (
        "tr-said-in-press-conference",
        '"Mexico will not accept tariffs," President Claudia Sheinbaum said at her morning'
        " press conference.",
        (Att("Mexico will not accept tariffs,", "Sheinbaum", "said"),),
    ),
    (
        "tr-guillemets-inside-sentence",
        "Zelensky called the attack «a cynical crime» and said Ukraine would respond.",
        (Att("Ukraine would respond", "Zelensky", "said"),),
    ),
    # --- Inversions and report verbs ---
    (
        "vb-said-mr",
        '"We will appeal," said Mr Okafor.',
        (Att("We will appeal,", "Okafor", "said"),),
    ),
    (
        "vb-added-the-minister",
        '"The money is simply not there," added the minister.',
        (Att("The money is simply not there,", "minister", "added"),),
    ),
    (
        "vb-retorted",
        '"Not on my watch," retorted the Speaker.',
        (Att("Not on my watch,", "Speaker", "retorted"),),
    ),
    (
        "vb-insisted-inversion",
        '"I have always maintained my innocence," insisted Mr Boateng.',
        (Att("I have always maintained my innocence,", "Boateng", "insisted"),),
    ),
    (
        "vb-maintained-that",
        "The governor maintained that the funds had been properly spent.",
        (Att("the funds had been properly spent", "governor", "maintained"),),
    ),
    (
        "vb-noted-that",
        "The Chief Justice noted that the case had been pending for 12 years.",
        (Att("the case had been pending for 12 years", "Chief Justice", "noted"),),
    ),
    (
        "vb-lamented-that",
        "The archbishop lamented that young people were leaving the church.",
        (Att("young people were leaving the church", "archbishop", "lamented"),),
    ),
    (
        "vb-alleged-that",
        "The opposition alleged that the votes had been tampered with.",
        (Att("the votes had been tampered with", "opposition", "alleged"),),
    ),
    (
        "vb-warned-that",
        "Health officials warned that the outbreak could spread to neighbouring districts.",
        (Att("the outbreak could spread to neighbouring districts", "officials", "warned"),),
    ),
    (
        "vb-told-the-court",
        '"He has done nothing wrong," his lawyer, Adaeze Nwosu, told the court.',
        (Att("He has done nothing wrong,", "Nwosu|lawyer", "told"),),
    ),
    (
        "vb-declared-inversion",
        '"Enough is enough," declared the union\'s general secretary.',
        (Att("Enough is enough,", "secretary", "declared"),),
    ),
    (
        "vb-replied-with",
        '"We will see," replied Mr Lee with a smile.',
        (Att("We will see,", "Lee", "replied"),),
    ),
    (
        "vb-denied-that",
        "The former minister denied that he had received any money from the contractor.",
        (Att("he had received any money from the contractor", "minister", "denied"),),
    ),
    (
        "vb-confirmed-that",
        "The company confirmed that 200 jobs would go at the plant.",
        (Att("200 jobs would go at the plant", "company", "confirmed"),),
    ),
    (
        "vb-revealed-that",
        "Police revealed that the victim had been stabbed several times.",
        (Att("the victim had been stabbed several times", "Police", "revealed"),),
    ),
    (
        "vb-acknowledged-that",
        "The MP acknowledged that mistakes had been made.",
        (Att("mistakes had been made", "MP", "acknowledged"),),
    ),
    (
        "vb-explained-that",
        "The spokesman explained that the delay was due to bad weather.",
        (Att("the delay was due to bad weather", "spokesman", "explained"),),
    ),
    (
        "vb-stressed-that",
        "The minister stressed that no decision had been taken.",
        (Att("no decision had been taken", "minister", "stressed"),),
    ),
    (
        "vb-quipped-after-name",
        '"I should have stayed in bed," Murray quipped after the match.',
        (Att("I should have stayed in bed,", "Murray", "quipped"),),
    ),
    (
        "vb-retorted-that",
        "The minister retorted that the opposition had no plan of its own.",
        (Att("the opposition had no plan of its own", "minister", "retorted"),),
    ),
    (
        "vb-insisted-that",
        "The coach insisted that his side had been the better team.",
        (Att("his side had been the better team", "coach", "insisted"),),
    ),
    (
        "vb-said-he-inversion-pronoun",
        'Mr Mensah spoke for an hour. "We are not afraid," said he.',
        (Att("We are not afraid,", "Mensah|he", "said"),),
    ),
    (
        "vb-cautioned",
        "The central bank cautioned that inflation could remain high for longer.",
        (Att("inflation could remain high for longer", "central bank", "cautioned"),),
    ),
    (
        "vb-asserted",
        "The party asserted that its candidate had won the election.",
        (Att("its candidate had won the election", "party", "asserted"),),
    ),
    (
        "vb-contended",
        "Counsel for the respondent contended that the appeal was time-barred.",
        (Att("the appeal was time-barred", "Counsel", "contended"),),
    ),
    (
        "vb-submitted",
        "The prosecutor submitted that the accused was a flight risk.",
        (Att("the accused was a flight risk", "prosecutor", "submitted"),),
    ),
    (
        "vb-observed-inversion",
        '"The evidence is overwhelming," observed the judge.',
        (Att("The evidence is overwhelming,", "judge", "observed"),),
    ),
    (
        "vb-chided",
        '"You should be ashamed," the Speaker chided the members.',
        (Att("You should be ashamed,", "Speaker", "chided"),),
    ),
    # --- Titles as sources ---
    (
        "ti-director-general-hyphen-name",
        "The Director-General of the WTO, Dr Ngozi Okonjo-Iweala, said trade was recovering.",
        (Att("trade was recovering", "Okonjo-Iweala|Director-General", "said"),),
    ),
    (
        "ti-chief-justice-of",
        "The Chief Justice of Kenya, Martha Koome, said the courts would clear the backlog.",
        (Att("the courts would clear the backlog", "Koome|Chief Justice", "said"),),
    ),
    (
        "ti-permanent-secretary",
        "The Permanent Secretary in the Ministry of Health, Mary Muthoni, said vaccines had"
        " been distributed.",
        (Att("vaccines had been distributed", "Muthoni|Permanent Secretary", "said"),),
    ),
    (
        "ti-comptroller-general",
        "The Comptroller-General of Customs said revenue had risen by 40 per cent.",
        (Att("revenue had risen by 40 per cent", "Comptroller-General", "said"),),
    ),
    (
        "ti-commissioner-of-police",
        "The Commissioner of Police, Mr Olohundare Jimoh, said the area had been cordoned off.",
        (Att("the area had been cordoned off", "Jimoh|Commissioner", "said"),),
    ),
    (
        "ti-high-commissioner",
        "The British High Commissioner to Nigeria said the visa backlog had been cleared.",
        (Att("the visa backlog had been cleared", "High Commissioner", "said"),),
    ),
    (
        "ti-governor-of-state",
        "The Governor of Lagos State, Babajide Sanwo-Olu, said the bridge would be reopened.",
        (Att("the bridge would be reopened", "Sanwo-Olu|Governor", "said"),),
    ),
    # --- "In a statement", "Speaking at" ---
    (
        "st-in-statement-ministry",
        'In a statement, the ministry said the claims were "baseless".',
        (Att('the claims were "baseless"', "ministry", "said"),),
    ),
    (
        "st-joint-statement",
        "In a joint statement, the two leaders said they were committed to a two-state solution.",
        (Att("they were committed to a two-state solution", "leaders", "said"),),
    ),
    (
        "st-ministry-interrupting",
        "The ministry, in a statement, said the exams would go ahead as planned.",
        (Att("the exams would go ahead as planned", "ministry", "said"),),
    ),
    (
        "st-according-to-statement",
        "According to a statement from the presidency, the president will travel to Addis"
        " Ababa on Monday.",
        (
            Att(
                "the president will travel to Addis Ababa on Monday",
                "presidency|statement",
                "According",
            ),
        ),
    ),
    (
        "st-speaking-on-sidelines",
        "Speaking on the sidelines of the summit, Mr Modi said India was ready to help.",
        (Att("India was ready to help", "Modi", "said"),),
    ),
    (
        "st-speaking-during-visit",
        "Speaking during a visit to the hospital, the Health Secretary said staff were exhausted.",
        (Att("staff were exhausted", "Health Secretary", "said"),),
    ),
    (
        "st-speaking-colon-quote",
        "Speaking after the verdict, her mother said: 'We finally have answers.'",
        (Att("We finally have answers.", "mother", "said"),),
    ),
    (
        "st-statement-read",
        "A statement from the palace read: 'The King is grateful for the messages of support.'",
        (Att("The King is grateful for the messages of support.", "palace|statement"),),
    ),
    (
        "st-said-in-a-tweet",
        "The minister said in a tweet that the results would be released on Friday.",
        (Att("the results would be released on Friday", "minister", "said"),),
    ),
    (
        "st-in-a-letter",
        "In a letter to shareholders, the chief executive said the company had weathered the"
        " storm.",
        (Att("the company had weathered the storm", "chief executive", "said"),),
    ),
    # --- Neighbours: no attribution ---
    ("nb-so-called", 'The so-called "peace dividend" never materialised.', (Not(),)),
    ("nb-film-title", 'The film "Slumdog Millionaire" won eight Oscars.', (Not(),)),
    ("nb-drama-title-single", "She starred in the BBC drama 'Line of Duty'.", (Not(),)),
    (
        "nb-nickname-known-as",
        'Known as "the Iron Lady", Thatcher dominated British politics for a decade.',
        (Not(),),
    ),
    ("nb-book-titled", "The book, titled 'A Long Walk Home', sold a million copies.", (Not(),)),
    ("nb-nickname-stuck", "His nickname, 'Baba Go-Slow', stuck for years.", (Not(),)),
    ("nb-song-viral", "The song 'Jerusalema' went viral during the pandemic.", (Not(),)),
    ("nb-operation-name", "Operation 'Clean Sweep' began on Monday in three districts.", (Not(),)),
    ("nb-scare-ghost-workers", "The 'ghost workers' scandal cost the state billions.", (Not(),)),
    (
        "nb-scare-temporary",
        "Many residents still live in 'temporary' shelters ten years on.",
        (Not(),),
    ),
    ("nb-show-title", "'Strictly Come Dancing' returns to screens on Saturday.", (Not(),)),
    (
        "nb-indian-scheme",
        "The chief minister's 'Ladli Behna' scheme has 1.3 crore beneficiaries.",
        (Not(),),
    ),
    ("nb-spy-swap", "In a so-called 'spy swap', five prisoners were exchanged.", (Not(),)),
    ("nb-term-entered", 'The term "load shedding" entered the dictionary in 2023.', (Not(),)),
    (
        "nb-nicknamed-team",
        "The team, nicknamed the 'Super Eagles', qualified for the finals.",
        (Not(),),
    ),
    ("nb-said-property", "The said property was sold to a third party in 2015.", (Not(),)),
    ("nb-according-to-plan", "According to plan, the bridge opened on Monday.", (Not(),)),
    ("nb-dubbed", 'The programme, dubbed "Operation Safe Haven", housed 300 families.', (Not(),)),
    ("nb-film-collection", "The film 'Jawan' collected Rs 100 crore on its opening day.", (Not(),)),
    ("nb-guillemets-title", "The newspaper «Kommersant» was founded in 1909.", (Not(),)),
    ("nb-german-quotes-title", "The ship \u201eGorch Fock\u201c returned to Kiel.", (Not(),)),
    ("nb-headline-noun", "Budget 2025: 'Growth' is the word of the day", (Not(),)),
    ("nb-phrase-punchline", 'The phrase "Brexit means Brexit" became a punchline.', (Not(),)),
    ("nb-noted-adjective", "The noted economist has written nine books on trade.", (Not(),)),
    ("nb-maintained-road", "The road is maintained by the county council.", (Not(),)),
    ("nb-warned-off", "The dog warned off intruders for years.", (Not(),)),
    (
        "nb-speaking-of-title",
        "Speaking to \u201cNewsnight\u201d, the minister said the plan was fair.",
        (Not("Newsnight"), Att("the plan was fair", "minister", "said")),
    ),
    (
        "nb-title-then-quote",
        "In his book 'The Last Word', Mr Obi said: 'Nigeria can work.'",
        (Not("The Last Word"), Att("Nigeria can work.", "Obi", "said")),
    ),
    (
        "nb-scare-in-narration",
        "Residents of the 'model village' have had no water for a month.",
        (Not(),),
    ),
    ("nb-brand-quotes", 'The "Make in India" campaign was launched in 2014.', (Not(),)),
)

# Written in the same blind pass, after the first count: passages of two or more sentences,
# curly single quotes with apostrophes inside them, and the British headline forms.
MATRIX_CONTEXT: Final[tuple[tuple[str, str, tuple[Expectation, ...]], ...]] = (
    (
        "cx-curly-single-apostrophe",
        "\u2018We\u2019re not going anywhere,\u2019 the union\u2019s leader told the BBC.",
        (Att("We\u2019re not going anywhere,", "leader", "told"),),
    ),
    (
        "cx-curly-single-plural-possessive",
        "\u2018It is the residents\u2019 choice, not ours,\u2019 Cllr Jane Moss said.",
        (Att("It is the residents\u2019 choice, not ours,", "Moss", "said"),),
    ),
    (
        "cx-curly-single-colon",
        "The head teacher said: \u2018Our pupils can\u2019t learn in freezing classrooms.\u2019",
        (Att("Our pupils can\u2019t learn in freezing classrooms.", "head teacher", "said"),),
    ),
    (
        "cx-curly-single-contraction-end",
        "\u2018I wasn\u2019t going to let them win, was I?\u2019 said Mrs Patel, 81.",
        (Att("I wasn\u2019t going to let them win, was I?", "Patel", "said"),),
    ),
    (
        "cx-says-headline",
        "Families 'cannot cope' with energy bills, says charity",
        (Att("Families 'cannot cope' with energy bills", "charity", "says"),),
    ),
    (
        "cx-union-says-headline",
        "Rail strikes 'will go ahead', union says",
        (Att("Rail strikes 'will go ahead'", "union", "says"),),
    ),
    (
        "cx-name-says-headline",
        "Plan to close A&E 'reckless', says MP",
        (Att("Plan to close A&E 'reckless'", "MP", "says"),),
    ),
    (
        "cx-according-to-after",
        "The plant will close in March with the loss of 400 jobs, according to the union.",
        (Att("The plant will close in March with the loss of 400 jobs", "union", "according"),),
    ),
    (
        "cx-quoted-as-saying",
        "The minister was quoted by PTI as saying that the talks had been fruitful.",
        (Att("the talks had been fruitful", "minister", "quoted"),),
    ),
    (
        "cx-he-said-after-context",
        "Governor Babagana Zulum visited the camp on Monday. The state government will not"
        " tolerate any act of lawlessness, he said.",
        (Att("The state government will not tolerate any act of lawlessness", "Zulum|he", "said"),),
    ),
    (
        "cx-added-paragraph-before-quote",
        "Mr Smith, who has lived in the village for 40 years, added:\n\n'We have never seen"
        " flooding like this.'",
        (Att("We have never seen flooding like this.", "Smith", "added"),),
    ),
    (
        "cx-nested-double-in-single",
        "The officer said: 'They shouted \"get out\" and ran towards the car.'",
        (Att('They shouted "get out" and ran towards the car.', "officer", "said"),),
    ),
    (
        "cx-nested-single-in-double",
        "\"The manager told me 'you're finished' and walked off,\" Mr Ward said.",
        (Att("The manager told me 'you're finished' and walked off,", "Ward", "said"),),
    ),
    (
        "cx-two-speakers",
        "'We want a fair deal,' said the union's Sharon Graham. 'We have made a fair offer,'"
        " the company said.",
        (
            Att("We want a fair deal,", "Graham", "said"),
            Att("We have made a fair offer,", "company", "said"),
        ),
    ),
    (
        "cx-she-said-pronoun",
        "Dr Amina Yusuf runs the only clinic in the district. 'We see 200 patients a day,' she"
        " said.",
        (Att("We see 200 patients a day,", "Yusuf|she", "said"),),
    ),
    (
        "cx-sources-told",
        "Sources told The Hindu that the file had been sent to the Law Ministry.",
        (Att("the file had been sent to the Law Ministry", "Sources", "told"),),
    ),
    (
        "cx-quote-then-statement-paragraph",
        "The club said in a statement: \u201cWe are aware of the allegations and are working"
        " with the authorities.\u201d",
        (
            Att(
                "We are aware of the allegations and are working with the authorities.",
                "club",
                "said",
            ),
        ),
    ),
    (
        "cx-guillemets-quote-after",
        "\u00abWe are ready to negotiate\u00bb, said Foreign Minister Sergei Lavrov.",
        (Att("We are ready to negotiate", "Lavrov", "said"),),
    ),
    (
        "cx-single-quote-inversion-title",
        "'The figures speak for themselves,' said the Chancellor, Rachel Reeves.",
        (Att("The figures speak for themselves,", "Reeves|Chancellor", "said"),),
    ),
    (
        "cx-told-agency-fronted-quote",
        '"There is no question of a ceasefire," a senior Hamas official told AFP.',
        (Att("There is no question of a ceasefire,", "official", "told"),),
    ),
    (
        "cx-colon-lowercase-quote",
        "Asked about the row, the coach said: 'it's not my problem.'",
        (Att("it's not my problem.", "coach", "said"),),
    ),
    (
        "cx-said-ms-after-quote-long",
        '"Every day we wait, more people die on the roads and nobody in this government seems'
        ' to care," said Ms Wanjiku Kamau, the chairwoman of the road safety group.',
        (
            Att(
                "Every day we wait, more people die on the roads and nobody in this government"
                " seems to care,",
                "Kamau",
                "said",
            ),
        ),
    ),
    (
        "cx-paragraph-quote-three",
        "Mr Obi said: \u201cThe youth of this country are tired.\n\n\u201cThey want jobs, not"
        " promises.\u201d",
        (
            Att(
                "The youth of this country are tired.\n\n\u201cThey want jobs, not promises.",
                "Obi",
                "said",
            ),
        ),
    ),
    (
        "cx-nb-apostrophe-no-quote",
        "The council\u2019s plan was rejected by the residents\u2019 association on Tuesday.",
        (Not(),),
    ),
    (
        "cx-nb-curly-scare",
        "Critics call it a \u2018tax on the poor\u2019 and a \u2018stealth raid\u2019 on pensions.",
        (Not(),),
    ),
)
