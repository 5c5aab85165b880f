"""Stop 43's blind matrix of attributed speech: US local, Canadian, courts, sport, money.

Written before the claims extractor, its tests or the earlier matrices were read, from
PolNeAR's annotation as the benches read it (``bench/claims.py``): an attribution is a
source, a cue and a content; the content of a quotation is what lies inside its marks, a
quotation resumed after its speaker ("'A,' X said. 'B.'") is one content from its first
mark to its last, and a reported clause is the clause without its complementizer. A
passage's expectation holds when some attributed (direct or indirect) claim's content
overlaps the expected content by at least half (character Jaccard) and its source, as
written or resolved, shares a word with the expected source. Where a title or an age
stands for a person named earlier ("the minister said", "the 23-year-old said"), the
expected source is the person's name, so only the resolution earns it. A neighbour
(``Not``) holds when the passage yields no attributed claim at all.

Every passage is invented, in the house styles of the genres it names; none is copied
from a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["MATRIX", "Att", "Case", "Not", "holds", "locate"]


@dataclass(frozen=True)
class Att:
    """One attribution the passage must yield: content (a substring) and source words."""

    content: str
    source: str
    nth: int = 0


@dataclass(frozen=True)
class Not:
    """The passage must yield no attributed claim."""


@dataclass(frozen=True)
class Case:
    """A passage of the matrix: its id (genre and number), text and expectations."""

    id: str
    text: str
    expect: tuple[Att, ...] | Not


_STOP = frozenset({"the", "a", "an", "of", "for", "at", "in", "and", "on", "to", "s"})
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def locate(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return at, at + len(part)


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _attributed(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = frame[frame["attribution"].isin(["direct", "indirect"])]
    return [dict(r) for r in rows.to_dict("records")]


def _source_words(row: dict[str, Any]) -> set[str]:
    parts = [row.get("source_text"), row.get("source")]
    return _words(" ".join(p for p in parts if isinstance(p, str)))


def holds(case: Case, frame: pd.DataFrame) -> bool:
    """Whether the claims frame of ``case.text`` meets the case's expectations."""
    rows = _attributed(frame)
    if isinstance(case.expect, Not):
        return not rows
    for att in case.expect:
        span = locate(case.text, att.content, att.nth)
        want = _words(att.source)
        if not any(
            _jaccard(span, (int(r["start"]), int(r["end"]))) >= 0.5 and want & _source_words(r)
            for r in rows
        ):
            return False
    return True


def _a(id_: str, text: str, *atts: tuple[str, str]) -> Case:
    return Case(id_, text, tuple(Att(c, s) for c, s in atts))


def _n(id_: str, text: str) -> Case:
    return Case(id_, text, Not())


MATRIX: tuple[Case, ...] = (
    # --- US regional and local papers -------------------------------------------------
    _a(
        "local01",
        "Carver County commissioners voted 4-1 on Tuesday to delay the levy. Commissioner "
        "Dale Rieke said the county could not ask residents to pay more while road projects "
        "sat unfinished.",
        (
            "the county could not ask residents to pay more while road projects sat unfinished",
            "Dale Rieke",
        ),
    ),
    _a(
        "local02",
        '"We\'ve had three water main breaks on that block since March," said Tanya '
        "Olmsted, who owns a bakery on Front Street.",
        ("We've had three water main breaks on that block since March,", "Tanya Olmsted"),
    ),
    _a(
        "local03",
        "School board President Marcus Bell told The Gazette that the district would not "
        "close any elementary schools next year.",
        ("the district would not close any elementary schools next year", "Marcus Bell"),
    ),
    _a(
        "local04",
        "According to the Lake County sheriff's office, the driver was not wearing a seat belt.",
        ("the driver was not wearing a seat belt", "Lake County sheriff's office"),
    ),
    _a(
        "local05",
        "The city's finance director, Angela Ruiz, said in an interview Monday that sales tax "
        "receipts were running 6 percent ahead of last year.",
        ("sales tax receipts were running 6 percent ahead of last year", "Angela Ruiz"),
    ),
    _a(
        "local06",
        'Residents packed the council chambers Thursday night. "This is our park, and nobody '
        'asked us," said Gloria Pham, 67, who has lived on Elm Avenue for four decades.',
        ("This is our park, and nobody asked us,", "Gloria Pham"),
    ),
    _a(
        "local07",
        "State Rep. Tom Haskins, R-Wichita, said he expects the bill to reach the House floor "
        "by the end of the month.",
        ("he expects the bill to reach the House floor by the end of the month", "Tom Haskins"),
    ),
    _a(
        "local08",
        "The utility will raise rates 4.5 percent in January, spokeswoman Kim Darby said.",
        ("The utility will raise rates 4.5 percent in January", "Kim Darby"),
    ),
    _a(
        "local09",
        "Fire Chief Ron Bales said crews arrived within six minutes and found heavy smoke "
        "coming from the second floor.",
        (
            "crews arrived within six minutes and found heavy smoke coming from the second floor",
            "Ron Bales",
        ),
    ),
    _a(
        "local10",
        'Mayor Lisa Trent called the vote "a turning point for downtown."',
        ("a turning point for downtown.", "Lisa Trent"),
    ),
    _a(
        "local11",
        "\"It's the busiest summer we've ever had,\" said Joe Kowalski, manager of the Harbor "
        'Marina. "We ran out of slips by June."',
        (
            "It's the busiest summer we've ever had,\" said Joe Kowalski, manager of the Harbor "
            'Marina. "We ran out of slips by June.',
            "Joe Kowalski",
        ),
    ),
    _a(
        "local12",
        "The county health department said Friday that two more cases of West Nile virus had "
        "been confirmed in Dane County.",
        (
            "two more cases of West Nile virus had been confirmed in Dane County",
            "county health department",
        ),
    ),
    _a(
        "local13",
        "Superintendent Karen Leclair wrote in a letter to parents that buses would run on a "
        "two-hour delay through the end of the week.",
        (
            "buses would run on a two-hour delay through the end of the week",
            "Karen Leclair",
        ),
    ),
    _a(
        "local14",
        "Neighbors say the intersection has been dangerous for years.",
        ("the intersection has been dangerous for years", "Neighbors"),
    ),
    _a(
        "local15",
        "Township Manager Phil Greco said the township had received 14 bids for the project, "
        "the lowest of them from a Scranton firm.",
        (
            "the township had received 14 bids for the project, the lowest of them from a "
            "Scranton firm",
            "Phil Greco",
        ),
    ),
    _a(
        "local16",
        "The developer, Ridgeline Partners, said in a statement that it remained committed to "
        "the project.",
        ("it remained committed to the project", "Ridgeline Partners"),
    ),
    _a(
        "local17",
        '"We\'re not going anywhere," Sandoval told the Journal-Star on Wednesday.',
        ("We're not going anywhere,", "Sandoval"),
    ),
    _a(
        "local18",
        "Officials at the water plant said the boil order would likely be lifted by Saturday.",
        ("the boil order would likely be lifted by Saturday", "Officials"),
    ),
    _a(
        "local19",
        "The hospital's chief executive, Dr. Raymond Oyelaran, said the emergency room would "
        "stay open while the new wing is built.",
        (
            "the emergency room would stay open while the new wing is built",
            "Raymond Oyelaran",
        ),
    ),
    _a(
        "local20",
        "County Clerk Denise Maher said turnout in the primary was about 22 percent, the "
        "lowest since 2014.",
        ("turnout in the primary was about 22 percent, the lowest since 2014", "Denise Maher"),
    ),
    _a(
        "local21",
        "The Associated Press reported that talks between the county and the union had "
        "broken down.",
        ("talks between the county and the union had broken down", "Associated Press"),
    ),
    _a(
        "local22",
        "Witnesses told police the gunman fired at least a dozen shots before driving off.",
        ("the gunman fired at least a dozen shots before driving off", "Witnesses"),
    ),
    # --- Canadian copy -------------------------------------------------------------------
    _a(
        "canada01",
        "Premier Doug Ford told reporters at Queen's Park that the province would not reopen "
        "the contract.",
        ("the province would not reopen the contract", "Doug Ford"),
    ),
    _a(
        "canada02",
        '"We are asking Ottawa to step up," Alberta\'s finance minister, Nate Horner, said '
        "Thursday.",
        ("We are asking Ottawa to step up,", "Nate Horner"),
    ),
    _a(
        "canada03",
        "The RCMP said in a news release that the 34-year-old man from Nanaimo faces two "
        "counts of dangerous driving.",
        ("the 34-year-old man from Nanaimo faces two counts of dangerous driving", "RCMP"),
    ),
    _a(
        "canada04",
        "Statistics Canada said the unemployment rate rose to 6.8 per cent in August.",
        ("the unemployment rate rose to 6.8 per cent in August", "Statistics Canada"),
    ),
    _a(
        "canada05",
        "Bank of Canada governor Tiff Macklem said the bank was prepared to cut rates further "
        "if inflation kept easing.",
        ("the bank was prepared to cut rates further if inflation kept easing", "Tiff Macklem"),
    ),
    _a(
        "canada06",
        "Quebec's health minister, Christian Dubé, said the province's hospitals were "
        "operating at 110 per cent of capacity.",
        (
            "the province's hospitals were operating at 110 per cent of capacity",
            "Christian Dubé",
        ),
    ),
    _a(
        "canada07",
        '"It\'s a sad day for the community," said Chief Wilton Littlechild of the Ermineskin '
        "Cree Nation.",
        ("It's a sad day for the community,", "Wilton Littlechild"),
    ),
    _a(
        "canada08",
        "A spokesperson for Transport Canada said the department was reviewing the incident.",
        ("the department was reviewing the incident", "spokesperson Transport Canada"),
    ),
    _a(
        "canada09",
        "Conservative MP Melissa Lantsman said in question period that the government had "
        '"lost control" of the file.',
        ('the government had "lost control" of the file', "Melissa Lantsman"),
    ),
    _a(
        "canada10",
        "Halifax Regional Police say a man was taken to hospital with serious injuries after "
        "a stabbing on Gottingen Street.",
        (
            "a man was taken to hospital with serious injuries after a stabbing on Gottingen "
            "Street",
            "Halifax Regional Police",
        ),
    ),
    _a(
        "canada11",
        "Environment Canada says up to 30 centimetres of snow could fall on parts of southern "
        "Ontario by Tuesday morning.",
        (
            "up to 30 centimetres of snow could fall on parts of southern Ontario by Tuesday "
            "morning",
            "Environment Canada",
        ),
    ),
    _a(
        "canada12",
        "The union representing the workers, Unifor, said the company's offer fell short on "
        "pensions.",
        ("the company's offer fell short on pensions", "Unifor"),
    ),
    _a(
        "canada13",
        "Finance Minister Chrystia Freeland presented the fall economic statement on Monday. "
        "The deputy prime minister told reporters the deficit would come in below $40 billion.",
        ("the deficit would come in below $40 billion", "Freeland"),
    ),
    _a(
        "canada14",
        "Toronto police say they are looking for a man who allegedly robbed a convenience "
        "store near Dufferin and Bloor streets on Saturday night.",
        (
            "they are looking for a man who allegedly robbed a convenience store near Dufferin "
            "and Bloor streets on Saturday night",
            "Toronto police",
        ),
    ),
    # --- Courts ---------------------------------------------------------------------------
    _a(
        "court01",
        "In a 42-page ruling, U.S. District Judge Amy Berman wrote that the agency had failed "
        "to consider the rule's effect on small businesses.",
        ("the agency had failed to consider the rule's effect on small businesses", "Amy Berman"),
    ),
    _a(
        "court02",
        "The court said in its order that the state had not shown it would suffer irreparable "
        "harm.",
        ("the state had not shown it would suffer irreparable harm", "court"),
    ),
    _a(
        "court03",
        "A bench of Justices Surya Kant and K.V. Viswanathan remarked that the right to a "
        "speedy trial could not be defeated by the prosecution's delay.",
        (
            "the right to a speedy trial could not be defeated by the prosecution's delay",
            "bench Surya Kant Viswanathan",
        ),
    ),
    _a(
        "court04",
        '"The statute is clear on its face," Judge Harold Mims wrote for the majority.',
        ("The statute is clear on its face,", "Harold Mims"),
    ),
    _a(
        "court05",
        "The appeals court ruled that the lower court had erred in excluding the expert's "
        "testimony.",
        ("the lower court had erred in excluding the expert's testimony", "appeals court"),
    ),
    _a(
        "court06",
        "The Delhi High Court observed that the police had acted in haste and without a "
        "proper inquiry.",
        ("the police had acted in haste and without a proper inquiry", "Delhi High Court"),
    ),
    _a(
        "court07",
        "Prosecutors said Jenkins had stolen more than $400,000 from the charity over six years.",
        ("Jenkins had stolen more than $400,000 from the charity over six years", "Prosecutors"),
    ),
    _a(
        "court08",
        "Defense attorney Lauren Kemp argued that the search of her client's car was "
        "unconstitutional.",
        ("the search of her client's car was unconstitutional", "Lauren Kemp"),
    ),
    _a(
        "court09",
        'Chief Justice John Roberts, writing for the court, said the law "does not reach so far."',
        ('the law "does not reach so far."', "John Roberts"),
    ),
    _a(
        "court10",
        "The judge noted that the defendant had no prior convictions and had shown remorse.",
        ("the defendant had no prior convictions and had shown remorse", "judge"),
    ),
    _a(
        "court11",
        'In her dissent, Justice Sonia Sotomayor wrote that the decision "guts" the '
        "protections Congress enacted.",
        ('the decision "guts" the protections Congress enacted', "Sonia Sotomayor"),
    ),
    _a(
        "court12",
        "The Supreme Court held that the tribe's reservation had never been disestablished.",
        ("the tribe's reservation had never been disestablished", "Supreme Court"),
    ),
    _a(
        "court13",
        'The bench said the trial court\'s order suffered from "non-application of mind" '
        "and set it aside.",
        ('the trial court\'s order suffered from "non-application of mind"', "bench"),
    ),
    _a(
        "court14",
        "A three-judge panel of the 9th U.S. Circuit Court of Appeals found that the policy "
        "likely violated federal law.",
        ("the policy likely violated federal law", "panel Circuit Court Appeals"),
    ),
    _a(
        "court15",
        "Justice B.V. Nagarathna said in a separate opinion that governors could not sit on "
        "bills indefinitely.",
        ("governors could not sit on bills indefinitely", "Nagarathna"),
    ),
    _a(
        "court16",
        "The magistrate told the court that she had seen no evidence the accused was a flight "
        "risk.",
        ("she had seen no evidence the accused was a flight risk", "magistrate"),
    ),
    _a(
        "court17",
        '"Mr. Coleman showed a callous disregard for human life," Circuit Judge Maria Velez '
        "said as she imposed the sentence.",
        ("Mr. Coleman showed a callous disregard for human life,", "Maria Velez"),
    ),
    _a(
        "court18",
        "The high court, in a unanimous decision, said the statute violated the First Amendment.",
        ("the statute violated the First Amendment", "high court"),
    ),
    _a(
        "court19",
        "A Division Bench of Justices Revati Mohite Dere and Prithviraj Chavan observed that "
        "the detention order had been passed mechanically.",
        ("the detention order had been passed mechanically", "Bench Revati Chavan"),
    ),
    _a(
        "court20",
        "Prosecutors allege that Chen laundered the money through shell companies in Delaware.",
        ("Chen laundered the money through shell companies in Delaware", "Prosecutors"),
    ),
    _a(
        "court21",
        "Judge Ellen Park sentenced Mr. Ruiz to 18 months in prison. The judge said Ruiz had "
        "shown no remorse.",
        ("Ruiz had shown no remorse", "Park"),
    ),
    _a(
        "court22",
        "The Ontario Court of Appeal said in its decision that the trial judge had "
        "misapprehended the evidence.",
        ("the trial judge had misapprehended the evidence", "Ontario Court Appeal"),
    ),
    _a(
        "court23",
        "The justices wrote that the lower court had applied the wrong standard of review.",
        ("the lower court had applied the wrong standard of review", "justices"),
    ),
    # --- Sport press conferences --------------------------------------------------------
    _a(
        "sport01",
        '"We didn\'t defend well enough in the first half," Arteta told reporters after the match.',
        ("We didn't defend well enough in the first half,", "Arteta"),
    ),
    _a(
        "sport02",
        "Coach Andy Reid told reporters Monday that Mahomes would practice on a limited basis.",
        ("Mahomes would practice on a limited basis", "Andy Reid"),
    ),
    _a(
        "sport03",
        '"I felt good out there. The knee held up," said Lindsey Vonn after finishing fifth.',
        ("I felt good out there. The knee held up,", "Lindsey Vonn"),
    ),
    _a(
        "sport04",
        "The manager said after the game that he had no complaints about the penalty decision.",
        ("he had no complaints about the penalty decision", "manager"),
    ),
    _a(
        "sport05",
        'Speaking at his pre-match press conference, Guardiola said Rodri was "not ready" '
        "to start.",
        ('Rodri was "not ready" to start', "Guardiola"),
    ),
    _a(
        "sport06",
        '"It\'s a dream come true," Alcaraz said in his on-court interview.',
        ("It's a dream come true,", "Alcaraz"),
    ),
    _a(
        "sport07",
        "Head coach Dan Campbell said the team would appeal the fine.",
        ("the team would appeal the fine", "Dan Campbell"),
    ),
    _a(
        "sport08",
        '"We\'ll see how he pulls up tomorrow," Ange Postecoglou told Sky Sports after the '
        "2-2 draw.",
        ("We'll see how he pulls up tomorrow,", "Ange Postecoglou"),
    ),
    _a(
        "sport09",
        "Williams, who scored twice, said the dressing room had never lost belief.",
        ("the dressing room had never lost belief", "Williams"),
    ),
    _a(
        "sport10",
        '"Honestly, I didn\'t see it," Kane said of the handball claim.',
        ("Honestly, I didn't see it,", "Kane"),
    ),
    _a(
        "sport11",
        "The club said in a statement that the midfielder had suffered a hamstring strain and "
        "would be assessed over the coming days.",
        (
            "the midfielder had suffered a hamstring strain and would be assessed over the "
            "coming days",
            "club",
        ),
    ),
    _a(
        "sport12",
        'Verstappen told Dutch broadcaster Viaplay that the car was "undriveable" in the '
        "final stint.",
        ('the car was "undriveable" in the final stint', "Verstappen"),
    ),
    _a(
        "sport13",
        '"Defensively we were a mess," admitted Rangers boss Philippe Clement.',
        ("Defensively we were a mess,", "Philippe Clement"),
    ),
    _a(
        "sport14",
        "Maya Lindqvist lost in straight sets. The 23-year-old told reporters she had been "
        "playing through a wrist injury since Wimbledon.",
        ("she had been playing through a wrist injury since Wimbledon", "Lindqvist"),
    ),
    _a(
        "sport15",
        "Jürgen Klopp watched from the stands. The German said afterwards that he was proud "
        "of the young side.",
        ("he was proud of the young side", "Klopp"),
    ),
    _a(
        "sport16",
        'Oleksandr Usyk retained his titles in Riyadh. "He\'s a great fighter," the Ukrainian '
        "said of his opponent.",
        ("He's a great fighter,", "Usyk"),
    ),
    _a(
        "sport17",
        '"I\'ve been coaching for thirty years," Hall said after practice. "I\'ve never seen '
        'a group this close."',
        (
            "I've been coaching for thirty years,\" Hall said after practice. \"I've never "
            "seen a group this close.",
            "Hall",
        ),
    ),
    _a(
        "sport18",
        "Asked about his future, the 36-year-old striker said he would decide at the end of "
        "the season.",
        ("he would decide at the end of the season", "striker"),
    ),
    # --- Earnings calls and analysts' notes ---------------------------------------------
    _a(
        "money01",
        '"Demand remained resilient across all regions," Chief Executive Officer Mary Barra '
        "said on a conference call with analysts.",
        ("Demand remained resilient across all regions,", "Mary Barra"),
    ),
    _a(
        "money02",
        "Analysts at Jefferies wrote in a note to clients that the margin guidance looked "
        "conservative.",
        ("the margin guidance looked conservative", "Analysts Jefferies"),
    ),
    _a(
        "money03",
        "Chief Financial Officer Amy Hood told analysts on the call that capital spending "
        "would rise sequentially.",
        ("capital spending would rise sequentially", "Amy Hood"),
    ),
    _a(
        "money04",
        '"We expect pricing pressure to persist into the second half," CFO Kevin Ahern said.',
        ("We expect pricing pressure to persist into the second half,", "Kevin Ahern"),
    ),
    _a(
        "money05",
        "The company said it expects full-year revenue of $4.1 billion to $4.3 billion.",
        ("it expects full-year revenue of $4.1 billion to $4.3 billion", "company"),
    ),
    _a(
        "money06",
        "Morgan Stanley analyst Adam Jonas said in a research note that the recall could cost "
        "the automaker up to $2 billion.",
        ("the recall could cost the automaker up to $2 billion", "Adam Jonas"),
    ),
    _a(
        "money07",
        '"The quarter was noisy, but the underlying trend is intact," Bernstein analyst Toni '
        "Sacconaghi wrote.",
        ("The quarter was noisy, but the underlying trend is intact,", "Toni Sacconaghi"),
    ),
    _a(
        "money08",
        "Citi cut its price target to $85, saying the slowdown in China would weigh on sales "
        "through next year.",
        ("the slowdown in China would weigh on sales through next year", "Citi"),
    ),
    _a(
        "money09",
        "Executives said on the call that the company had no plans to resume share buybacks "
        "this year.",
        ("the company had no plans to resume share buybacks this year", "Executives"),
    ),
    _a(
        "money10",
        'Wedbush\'s Dan Ives called the results "a clean beat and raise."',
        ("a clean beat and raise.", "Dan Ives"),
    ),
    _a(
        "money11",
        "The retailer warned that tariffs would shave about 30 cents a share off earnings.",
        ("tariffs would shave about 30 cents a share off earnings", "retailer"),
    ),
    _a(
        "money12",
        "Chief executive Pat Gelsinger acknowledged that the foundry business would not break "
        "even until 2027.",
        ("the foundry business would not break even until 2027", "Pat Gelsinger"),
    ),
    _a(
        "money13",
        "\"We're being prudent,\" Nvidia's finance chief, Colette Kress, told analysts.",
        ("We're being prudent,", "Colette Kress"),
    ),
    _a(
        "money14",
        "In a note on Tuesday, Goldman Sachs economists said they now expect the Fed to cut "
        "rates three times this year.",
        (
            "they now expect the Fed to cut rates three times this year",
            "Goldman Sachs economists",
        ),
    ),
    _a(
        "money15",
        "Shares fell 8 percent after the bank said net interest income would be flat.",
        ("net interest income would be flat", "bank"),
    ),
    _a(
        "money16",
        "Tesla chief executive Elon Musk spoke for an hour. The billionaire said the company "
        "would start production of the robotaxi next year.",
        ("the company would start production of the robotaxi next year", "Musk"),
    ),
    _a(
        "money17",
        "RBC Capital Markets analysts said in a note to investors that they see limited "
        "downside from here.",
        ("they see limited downside from here", "RBC Capital Markets analysts"),
    ),
    _a(
        "money18",
        '"Our order book has never been stronger," Airbus chief executive Guillaume Faury '
        "told analysts on Thursday's earnings call.",
        ("Our order book has never been stronger,", "Guillaume Faury"),
    ),
    # --- Science papers and their authors -----------------------------------------------
    _a(
        "science01",
        '"We were surprised by how quickly the tumours shrank," said the study\'s lead '
        "author, Dr. Priya Natarajan of the University of Michigan.",
        ("We were surprised by how quickly the tumours shrank,", "Priya Natarajan"),
    ),
    _a(
        "science02",
        "The researchers found that people who slept less than six hours a night had a 20 "
        "percent higher risk of heart disease.",
        (
            "people who slept less than six hours a night had a 20 percent higher risk of "
            "heart disease",
            "researchers",
        ),
    ),
    _a(
        "science03",
        "The study, published Wednesday in the journal Nature, suggests that the ice sheet is "
        "losing mass faster than models predicted.",
        ("the ice sheet is losing mass faster than models predicted", "study"),
    ),
    _a(
        "science04",
        "Lead author Maria Gonzalez, an ecologist at Stanford, said the findings should worry "
        "anyone who eats shellfish.",
        ("the findings should worry anyone who eats shellfish", "Maria Gonzalez"),
    ),
    _a(
        "science05",
        "The authors wrote that larger trials were needed before the drug could be recommended.",
        ("larger trials were needed before the drug could be recommended", "authors"),
    ),
    _a(
        "science06",
        '"This is the first time anyone has seen this in a living animal," said co-author '
        "Kenji Watanabe, a neuroscientist at Kyoto University.",
        ("This is the first time anyone has seen this in a living animal,", "Kenji Watanabe"),
    ),
    _a(
        "science07",
        "According to the report by the Intergovernmental Panel on Climate Change, global "
        "temperatures are likely to exceed 1.5C within two decades.",
        (
            "global temperatures are likely to exceed 1.5C within two decades",
            "Intergovernmental Panel Climate Change",
        ),
    ),
    _a(
        "science08",
        "Scientists at the European Space Agency said the probe had entered a stable orbit "
        "around the moon.",
        ("the probe had entered a stable orbit around the moon", "Scientists"),
    ),
    _a(
        "science09",
        "The paper's senior author, Harvard epidemiologist Walter Willett, cautioned that the "
        "study was observational and could not prove cause and effect.",
        (
            "the study was observational and could not prove cause and effect",
            "Walter Willett",
        ),
    ),
    _a(
        "science10",
        "Researchers at the University of Toronto reported that the vaccine was 85 percent "
        "effective against severe illness.",
        ("the vaccine was 85 percent effective against severe illness", "Researchers"),
    ),
    _a(
        "science11",
        "Dr. Anthony Fauci, who was not involved in the research, said the results were "
        '"very encouraging."',
        ('the results were "very encouraging."', "Anthony Fauci"),
    ),
    _a(
        "science12",
        "The team concluded that the fossil belonged to a previously unknown species of early "
        "whale.",
        ("the fossil belonged to a previously unknown species of early whale", "team"),
    ),
    _a(
        "science13",
        "The study's authors estimate that air pollution caused 4.2 million premature deaths "
        "in 2019.",
        ("air pollution caused 4.2 million premature deaths in 2019", "authors"),
    ),
    _a(
        "science14",
        'Other experts were more cautious. "It\'s a small sample," said Eric Topol, a '
        "cardiologist at Scripps Research, who was not involved in the study.",
        ("It's a small sample,", "Eric Topol"),
    ),
    _a(
        "science15",
        "The findings, the authors said, add to evidence that microplastics can cross the "
        "blood-brain barrier.",
        (
            "The findings, the authors said, add to evidence that microplastics can cross the "
            "blood-brain barrier",
            "authors",
        ),
    ),
    _a(
        "science16",
        "Dr. Leah Moreno, the county's medical examiner, performed the autopsy. The doctor "
        "said the cause of death was blunt force trauma.",
        ("the cause of death was blunt force trauma", "Moreno"),
    ),
    # --- Police statements and spokespeople --------------------------------------------
    _a(
        "police01",
        "Police said the victim, a 19-year-old man, was pronounced dead at the scene.",
        ("the victim, a 19-year-old man, was pronounced dead at the scene", "Police"),
    ),
    _a(
        "police02",
        '"There is no ongoing threat to the public," Sgt. Mike Alvarez, a police spokesman, '
        "said at a briefing.",
        ("There is no ongoing threat to the public,", "Mike Alvarez"),
    ),
    _a(
        "police03",
        "Authorities said the suspect fled on foot and was arrested about two blocks away.",
        ("the suspect fled on foot and was arrested about two blocks away", "Authorities"),
    ),
    _a(
        "police04",
        "A police spokeswoman, Constable Julie Fortin, said officers were called to the home "
        "shortly after 2 a.m.",
        ("officers were called to the home shortly after 2 a.m.", "Julie Fortin"),
    ),
    _a(
        "police05",
        "The Metropolitan Police said in a statement that a 45-year-old man had been arrested "
        "on suspicion of murder.",
        (
            "a 45-year-old man had been arrested on suspicion of murder",
            "Metropolitan Police",
        ),
    ),
    _a(
        "police06",
        "According to a police report, the car was traveling at more than 90 mph when it left "
        "the road.",
        ("the car was traveling at more than 90 mph when it left the road", "police report"),
    ),
    _a(
        "police07",
        "Investigators believe the fire was started deliberately, the fire marshal's office said.",
        ("Investigators believe the fire was started deliberately", "fire marshal's office"),
    ),
    _a(
        "police08",
        "Police Chief Harold Medina told reporters that the department would review the "
        "officers' body camera footage.",
        (
            "the department would review the officers' body camera footage",
            "Harold Medina",
        ),
    ),
    _a(
        "police09",
        '"We are asking anyone with dashcam footage to come forward," Det. Insp. Sarah Cole said.',
        ("We are asking anyone with dashcam footage to come forward,", "Sarah Cole"),
    ),
    _a(
        "police10",
        "The sheriff's department said deputies found two firearms and about 3 pounds of "
        "methamphetamine in the vehicle.",
        (
            "deputies found two firearms and about 3 pounds of methamphetamine in the vehicle",
            "sheriff's department",
        ),
    ),
    _a(
        "police11",
        "A spokesperson for the New York Police Department said no arrests had been made.",
        ("no arrests had been made", "spokesperson New York Police Department"),
    ),
    _a(
        "police12",
        "Officers said they found the man unresponsive in the back seat.",
        ("they found the man unresponsive in the back seat", "Officers"),
    ),
    _a(
        "police13",
        "Police say the two men knew each other.",
        ("the two men knew each other", "Police"),
    ),
    _a(
        "police14",
        "The FBI said it was assisting local authorities but declined to comment further.",
        ("it was assisting local authorities", "FBI"),
    ),
    _a(
        "police15",
        "Jorge Medina was named interim chief in June. The chief said Tuesday that the "
        "department was short 40 officers.",
        ("the department was short 40 officers", "Medina"),
    ),
    _a(
        "police16",
        "The police union disputed the chief's account, saying officers had followed protocol.",
        ("officers had followed protocol", "police union"),
    ),
    _a(
        "police17",
        "The spokesman, who spoke on condition of anonymity because he was not authorized to "
        "discuss the matter, said talks had stalled.",
        ("talks had stalled", "spokesman"),
    ),
    # PolNeAR marks "did not respond to [a request for comment]" and "declined [to
    # comment]" as attributions (its train set: 28 of 28 "declined to comment"): written
    # first as neighbours, corrected after the count at df30766
    _a(
        "police18",
        "A spokesperson did not respond to a request for comment.",
        ("a request for comment", "spokesperson"),
    ),
    _a("police19", "The company declined to comment.", ("to comment", "company")),
    # --- Entertainment and celebrity interviews ----------------------------------------
    _a(
        "celeb01",
        '"I didn\'t want to be the funny friend anymore," Jenna Ortega told Vanity Fair in an '
        "interview published Tuesday.",
        ("I didn't want to be the funny friend anymore,", "Jenna Ortega"),
    ),
    _a(
        "celeb02",
        "Speaking to the BBC, Paul Mescal said he had turned down the role twice before accepting.",
        ("he had turned down the role twice before accepting", "Paul Mescal"),
    ),
    _a(
        "celeb03",
        '"Honestly, we wrote that song in about twenty minutes," Chris Martin told Rolling Stone.',
        ("Honestly, we wrote that song in about twenty minutes,", "Chris Martin"),
    ),
    _a(
        "celeb04",
        'A representative for the singer told People magazine that she was "resting and '
        'recovering."',
        ('she was "resting and recovering."', "representative"),
    ),
    _a(
        "celeb05",
        "The director told Deadline that filming would resume in Budapest next spring.",
        ("filming would resume in Budapest next spring", "director"),
    ),
    _a(
        "celeb06",
        '"It was terrifying and thrilling at the same time," says Florence Pugh of her first '
        "stage role.",
        ("It was terrifying and thrilling at the same time,", "Florence Pugh"),
    ),
    _a(
        "celeb07",
        "In an interview with Esquire, Pedro Pascal said he still gets nervous before table reads.",
        ("he still gets nervous before table reads", "Pedro Pascal"),
    ),
    _a(
        "celeb08",
        "Her publicist confirmed that the couple had separated earlier this year.",
        ("the couple had separated earlier this year", "publicist"),
    ),
    _a(
        "celeb09",
        "Beyoncé, in a rare interview with GQ, said motherhood had changed how she writes.",
        ("motherhood had changed how she writes", "Beyoncé"),
    ),
    _a(
        "celeb10",
        '"I never thought I\'d get a second chance," the 58-year-old actor told The Hollywood '
        "Reporter.",
        ("I never thought I'd get a second chance,", "actor"),
    ),
    _a(
        "celeb11",
        "Netflix said in a statement that the series would not be renewed for a third season.",
        ("the series would not be renewed for a third season", "Netflix"),
    ),
    _a(
        "celeb12",
        "Andrea Kowalczyk, 52, has run the shelter since 2009. \"We've never turned anyone "
        'away," the mother of three said.',
        ("We've never turned anyone away,", "Kowalczyk"),
    ),
    # --- Translated agency copy: Chinese, Russian, Japanese, Latin American -------------
    _a(
        "agency01",
        "Chinese Foreign Ministry spokesperson Mao Ning said at a regular press briefing on "
        "Monday that China firmly opposes any form of official interaction with the Taiwan "
        "region.",
        (
            "China firmly opposes any form of official interaction with the Taiwan region",
            "Mao Ning",
        ),
    ),
    _a(
        "agency02",
        "Xi stressed that efforts should be made to promote high-quality development and "
        "advance Chinese modernization.",
        (
            "efforts should be made to promote high-quality development and advance Chinese "
            "modernization",
            "Xi",
        ),
    ),
    _a(
        "agency03",
        "Li noted that China is ready to work with Brazil to deepen practical cooperation in "
        "trade and green energy.",
        (
            "China is ready to work with Brazil to deepen practical cooperation in trade and "
            "green energy",
            "Li",
        ),
    ),
    _a(
        "agency04",
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow had not received any "
        "official proposals from Washington.",
        ("Moscow had not received any official proposals from Washington", "Dmitry Peskov"),
    ),
    _a(
        "agency05",
        '"Russia has never refused dialogue," Russian Foreign Minister Sergei Lavrov said at '
        "a news conference in Moscow.",
        ("Russia has never refused dialogue,", "Sergei Lavrov"),
    ),
    _a(
        "agency06",
        "According to the Russian Defence Ministry, air defence systems intercepted and "
        "destroyed 24 Ukrainian drones overnight.",
        (
            "air defence systems intercepted and destroyed 24 Ukrainian drones overnight",
            "Russian Defence Ministry",
        ),
    ),
    _a(
        "agency07",
        'Zakharova stated that the statements of the British side were "openly provocative".',
        ('the statements of the British side were "openly provocative"', "Zakharova"),
    ),
    _a(
        "agency08",
        "Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that the "
        'government would respond "calmly and resolutely."',
        ('the government would respond "calmly and resolutely."', "Yoshimasa Hayashi"),
    ),
    _a(
        "agency09",
        "Kishida told reporters at the prime minister's office that Japan would lodge a strong "
        "protest with Beijing.",
        ("Japan would lodge a strong protest with Beijing", "Kishida"),
    ),
    _a(
        "agency10",
        "According to the Japan Meteorological Agency, the quake had a preliminary magnitude "
        "of 6.1.",
        ("the quake had a preliminary magnitude of 6.1", "Japan Meteorological Agency"),
    ),
    _a(
        "agency11",
        "A Tokyo Electric Power Company Holdings official said that radiation levels around "
        "the plant remained unchanged.",
        ("radiation levels around the plant remained unchanged", "official"),
    ),
    _a(
        "agency12",
        "President Luiz Inácio Lula da Silva stated that Brazil will not accept any "
        "interference in its internal affairs.",
        ("Brazil will not accept any interference in its internal affairs", "Lula"),
    ),
    _a(
        "agency13",
        '"Mexico is a free and sovereign country," President Claudia Sheinbaum affirmed '
        "during her morning press conference.",
        ("Mexico is a free and sovereign country,", "Claudia Sheinbaum"),
    ),
    _a(
        "agency14",
        "The Argentine Ministry of Economy reported that inflation slowed to 2.7% in October.",
        ("inflation slowed to 2.7% in October", "Argentine Ministry Economy"),
    ),
    _a(
        "agency15",
        "Petro assured that the peace talks with the ELN would continue despite the attack.",
        ("the peace talks with the ELN would continue despite the attack", "Petro"),
    ),
    _a(
        "agency16",
        "The minister indicated that the government will present the budget reform before "
        "Congress in March.",
        (
            "the government will present the budget reform before Congress in March",
            "minister",
        ),
    ),
    _a(
        "agency17",
        "Wang Yi pointed out that unilateral sanctions have no basis in international law.",
        ("unilateral sanctions have no basis in international law", "Wang Yi"),
    ),
    _a(
        "agency18",
        "Putin emphasized that Russia remains open to negotiations on the basis of the "
        "realities on the ground.",
        (
            "Russia remains open to negotiations on the basis of the realities on the ground",
            "Putin",
        ),
    ),
    _a(
        "agency19",
        'The spokesman of the Chinese Embassy said that the accusations were "groundless and '
        'purely fabricated."',
        ('the accusations were "groundless and purely fabricated."', "spokesman Embassy"),
    ),
    _a(
        "agency20",
        "Matsuno said the government was gathering information and there were no reports of "
        "Japanese nationals among the injured.",
        (
            "the government was gathering information and there were no reports of Japanese "
            "nationals among the injured",
            "Matsuno",
        ),
    ),
    _a(
        "agency21",
        "Chilean President Gabriel Boric declared that the state of emergency would be "
        "extended for 15 days.",
        ("the state of emergency would be extended for 15 days", "Gabriel Boric"),
    ),
    _a(
        "agency22",
        "The head of state highlighted that the country had reached record levels of foreign "
        "investment.",
        ("the country had reached record levels of foreign investment", "head state"),
    ),
    _a(
        "agency23",
        "Chinese Premier Li Qiang said that China will continue to expand high-level opening "
        "up, Xinhua reported.",
        ("China will continue to expand high-level opening up", "Li Qiang"),
    ),
    _a(
        "agency24",
        "Russian Deputy Foreign Minister Sergei Ryabkov was quoted by RIA Novosti as saying "
        "that Moscow saw no grounds for new talks.",
        ("Moscow saw no grounds for new talks", "Sergei Ryabkov"),
    ),
    # --- Social-media posts as sources --------------------------------------------------
    _a(
        "social01",
        "Musk wrote on X that the company would open-source the algorithm next week.",
        ("the company would open-source the algorithm next week", "Musk"),
    ),
    _a(
        "social02",
        '"The election was a disgrace," Trump said in a post on Truth Social.',
        ("The election was a disgrace,", "Trump"),
    ),
    _a(
        "social03",
        "Zelensky said in a post on Telegram that Ukrainian forces had repelled an attack "
        "near Pokrovsk.",
        ("Ukrainian forces had repelled an attack near Pokrovsk", "Zelensky"),
    ),
    _a(
        "social04",
        "The governor tweeted that all state offices would close early because of the storm.",
        ("all state offices would close early because of the storm", "governor"),
    ),
    _a(
        "social05",
        "In a post on Facebook, the Harris County Sheriff's Office said the missing boy had "
        "been found safe.",
        ("the missing boy had been found safe", "Harris County Sheriff's Office"),
    ),
    _a(
        "social06",
        '"Grateful for every one of you," the singer wrote on Instagram alongside a photo '
        "from the show.",
        ("Grateful for every one of you,", "singer"),
    ),
    _a(
        "social07",
        'Rep. Alexandria Ocasio-Cortez posted on X that the bill was "a giveaway to the '
        'fossil fuel industry."',
        ('the bill was "a giveaway to the fossil fuel industry."', "Ocasio-Cortez"),
    ),
    _a(
        "social08",
        'The ministry said on its official Weibo account that the drills were a "stern '
        'warning" to separatist forces.',
        ('the drills were a "stern warning" to separatist forces', "ministry"),
    ),
    _a(
        "social09",
        "Kadyrov said on Telegram that his forces had taken control of the village.",
        ("his forces had taken control of the village", "Kadyrov"),
    ),
    _a(
        "social10",
        'The embassy wrote on X: "We are closely monitoring the situation."',
        ("We are closely monitoring the situation.", "embassy"),
    ),
    _a(
        "social11",
        'Posting on LinkedIn, the chief executive said the layoffs were "the hardest '
        'decision" of his career.',
        ('the layoffs were "the hardest decision" of his career', "chief executive"),
    ),
    _a(
        "social12",
        "Netanyahu's office said in a statement posted on X that the delegation would travel "
        "to Cairo on Sunday.",
        ("the delegation would travel to Cairo on Sunday", "Netanyahu's office"),
    ),
    _a(
        "social13",
        "The National Weather Service in Boston warned on X that gusts could reach 60 mph "
        "along the Cape.",
        ("gusts could reach 60 mph along the Cape", "National Weather Service"),
    ),
    _a(
        "social14",
        'Elon Musk replied on X, "This is false."',
        ("This is false.", "Musk"),
    ),
    _a(
        "social15",
        'Medvedev wrote on his Telegram channel that the West was "playing with fire."',
        ('the West was "playing with fire."', "Medvedev"),
    ),
    _a(
        "social16",
        'Swift said in an Instagram post that the tour had been "the most electric time" of '
        "her life.",
        ('the tour had been "the most electric time" of her life', "Swift"),
    ),
    # --- Titles resolving to a person named earlier -------------------------------------
    _a(
        "title01",
        "Health Minister Adrian Okafor unveiled the plan on Tuesday. The minister said "
        "waiting lists would be halved within two years.",
        ("waiting lists would be halved within two years", "Okafor"),
    ),
    _a(
        "title02",
        "Sen. Ruth Calloway, a Democrat from Oregon, voted against the measure. The senator "
        "said the bill would gut funding for rural clinics.",
        ("the bill would gut funding for rural clinics", "Calloway"),
    ),
    _a(
        "title03",
        'Governor Maura Healey signed the bill Thursday. "This is a good day for '
        'Massachusetts families," she said.',
        ("This is a good day for Massachusetts families,", "Healey"),
    ),
    _a(
        "title04",
        "Defence Minister Richard Marles arrived in Manila on Sunday. The minister told "
        "reporters Australia would send two more patrol vessels.",
        ("Australia would send two more patrol vessels", "Marles"),
    ),
    _a(
        "title05",
        "Jacinda Moss, 45, founded the clinic after her son's diagnosis. The 45-year-old said "
        "the waiting list had grown to 300 families.",
        ("the waiting list had grown to 300 families", "Moss"),
    ),
    _a(
        "title06",
        "Coach Brian Daboll benched the quarterback in the third quarter. The coach said "
        "after the game that the decision was his alone.",
        ("the decision was his alone", "Daboll"),
    ),
    _a(
        "title07",
        "Prosecutor Alicia Gomez laid out the case on Monday. The prosecutor told jurors that "
        "the evidence would show a pattern of fraud.",
        ("the evidence would show a pattern of fraud", "Gomez"),
    ),
    _a(
        "title08",
        "Ambassador Nicholas Burns met Chinese officials in Beijing. The envoy said the talks "
        'had been "candid and constructive."',
        ('the talks had been "candid and constructive."', "Burns"),
    ),
    # --- Multi-paragraph quotations -----------------------------------------------------
    _a(
        "para01",
        '"We have spent the last two years rebuilding trust with our customers.\n\n'
        '"That work is not finished, and I will not pretend that it is," Henderson said.',
        (
            "We have spent the last two years rebuilding trust with our customers.\n\n"
            '"That work is not finished, and I will not pretend that it is,',
            "Henderson",
        ),
    ),
    _a(
        "para02",
        "Alvarez described the night of the flood.\n\n"
        '"The water came up through the floor first. We grabbed the kids and went to the '
        'attic.\n\n"By morning you couldn\'t see the mailbox," she said.',
        (
            "The water came up through the floor first. We grabbed the kids and went to the "
            "attic.\n\n\"By morning you couldn't see the mailbox,",
            "Alvarez",
        ),
    ),
    _a(
        "para03",
        "Judge Ortiz read from her ruling.\n\n"
        "\"The defendant's conduct was deliberate and sustained.\n\n"
        '"It cannot be excused by the pressures of his office," she said.',
        (
            "The defendant's conduct was deliberate and sustained.\n\n"
            '"It cannot be excused by the pressures of his office,',
            "Ortiz",
        ),
    ),
    _a(
        "para04",
        '"I\'ve been coaching for thirty years," Hall said. "I\'ve never seen a group this '
        'close.\n\n"They genuinely care about each other."',
        (
            "I've been coaching for thirty years,\" Hall said. \"I've never seen a group this "
            'close.\n\n"They genuinely care about each other.',
            "Hall",
        ),
    ),
    _a(
        "para05",
        'In his statement, Reyes wrote: "I accept full responsibility for what happened.\n\n'
        '"I have apologised to the family privately and I do so now publicly."',
        (
            "I accept full responsibility for what happened.\n\n"
            '"I have apologised to the family privately and I do so now publicly.',
            "Reyes",
        ),
    ),
    _a(
        "para06",
        '"The market has turned," said Kofi Mensah, chief economist at the bank. "Rates '
        "will stay high for longer than anyone priced in.\n\n"
        '"Households will feel it first."',
        (
            'The market has turned," said Kofi Mensah, chief economist at the bank. "Rates '
            "will stay high for longer than anyone priced in.\n\n"
            '"Households will feel it first.',
            "Kofi Mensah",
        ),
    ),
    # --- Attributions split by an aside ------------------------------------------------
    _a(
        "aside01",
        "The senator, speaking after a closed-door briefing on Capitol Hill, said the "
        'intelligence was "deeply troubling."',
        ('the intelligence was "deeply troubling."', "senator"),
    ),
    _a(
        "aside02",
        "Smith, who has represented the district since 2011 and chairs the transportation "
        "committee, said the money would be spent on bridges first.",
        ("the money would be spent on bridges first", "Smith"),
    ),
    _a(
        "aside03",
        '"The numbers," Powell said, "are moving in the right direction."',
        ('The numbers," Powell said, "are moving in the right direction.', "Powell"),
    ),
    _a(
        "aside04",
        "Moreno said — in a rare break with the party leadership — that she would vote "
        "against the budget.",
        ("she would vote against the budget", "Moreno"),
    ),
    _a(
        "aside05",
        "The company's chief executive, in a memo sent to staff on Friday and seen by "
        "Reuters, said the office would close at the end of March.",
        ("the office would close at the end of March", "chief executive"),
    ),
    _a(
        "aside06",
        '"If we don\'t act now," the mayor warned, "the city will be paying for this for decades."',
        (
            'If we don\'t act now," the mayor warned, "the city will be paying for this for '
            "decades.",
            "mayor",
        ),
    ),
    _a(
        "aside07",
        "Ngozi Okonjo-Iweala, the WTO's director-general, told reporters in Geneva that the "
        'rules were "not fit for purpose."',
        ('the rules were "not fit for purpose."', "Okonjo-Iweala"),
    ),
    _a(
        "aside08",
        "Officials, however, said the project was on schedule.",
        ("the project was on schedule", "Officials"),
    ),
    _a(
        "aside09",
        "Garcia said, as she left the courthouse, that she would appeal.",
        ("she would appeal", "Garcia"),
    ),
    _a(
        "aside10",
        "The minister, according to two people familiar with the matter, told colleagues "
        "that she would resign if the bill passed.",
        ("she would resign if the bill passed", "minister"),
    ),
    _a(
        "aside11",
        "The prime minister, in a televised address on Sunday night, said the country "
        "would hold early elections in March.",
        ("the country would hold early elections in March", "prime minister"),
    ),
    _a(
        "aside12",
        "Jones denied that he had ever met the lobbyist.",
        ("he had ever met the lobbyist", "Jones"),
    ),
    # --- Neighbours that must attribute nothing ----------------------------------------
    _n("not01", "The council voted 5-2 to approve the rezoning on Tuesday night."),
    _n("not02", "The bridge, which opened in 1962, carries about 40,000 vehicles a day."),
    _n("not03", "Police arrested a 22-year-old man on Main Street early Sunday."),
    _n("not04", "The judge sentenced Ruiz to 18 months in prison and three years of probation."),
    _n("not05", "The court adjourned the hearing until next Thursday."),
    _n("not06", "Arsenal beat Chelsea 2-1 at the Emirates on Saturday."),
    _n("not07", "Shares of the company rose 4 percent in after-hours trading."),
    _n("not08", "The study followed 12,000 adults for a decade."),
    _n("not09", "The band will tour Europe next summer, with dates in Paris and Berlin."),
    _n("not10", "The documentary tells the story of a family farm in Iowa."),
    _n("not11", "She said goodbye to her teammates on Friday."),
    _n("not12", "The post on X was deleted within an hour."),
    _n("not13", "The note to clients was dated Tuesday."),
    _n("not14", "The ruling came after a three-day hearing in Ottawa."),
    _n("not15", "The press conference was delayed by 40 minutes."),
    _n("not16", "The minister arrived in Beijing on Monday for a three-day visit."),
    _n("not17", 'The school\'s motto, "Strength in unity," is painted above the door.'),
    _n("not18", 'The film "Everything Everywhere All at Once" won seven Oscars.'),
    _n("not19", "Kishida will travel to Washington next month."),
    _n("not20", "The sheriff's office posted a photo of the suspect on Facebook."),
    _n("not23", "Tickets go on sale Friday at 10 a.m."),
    _n("not24", "The analyst downgraded the stock to neutral from buy."),
    _n("not25", "The researchers collected samples from 40 lakes across Ontario."),
    _n("not26", "Lavrov met his Chinese counterpart on the sidelines of the summit."),
    _n("not27", "The defense rested its case on Wednesday."),
    _n("not28", "The coach signed a three-year contract extension."),
    _n("not29", "The ministry's Weibo account has 2 million followers."),
    _n("not30", 'The phrase "new normal" entered the dictionary in 2021.'),
    _n("not31", "The statement was read aloud at the start of the meeting."),
    _n("not32", "The bench heard arguments from both sides for three hours."),
    _n("not33", "The 45-year-old was taken to hospital with minor injuries."),
    _n("not34", "Reporters waited outside the courthouse for most of the afternoon."),
)
