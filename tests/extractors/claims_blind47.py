"""Stop 47's blind matrix: attribution in long-form features, live blogs, court and
police copy, science and medical reporting, polls, weather and disaster agencies,
fact-checks, British and Australian English, impersonal passives and speech verbs
beyond "said", with neighbours that must attribute nothing.

Written from PolNeAR's annotation (source, cue, content), not from the extractor: the
content is the quotation inside its marks or the reported clause; a quotation resumed
after its speaker is one content from its first mark to its last. Every sentence is
made up for this matrix, in the house styles of real papers and agencies.

A passage is a :class:`Passage`: its text and its gold attributions, each a
:class:`Gold` of the content (a substring of the text), a word of its source as
written (``None`` when the report names no source: "it is understood that ...") and a
word of its cue. Neighbours have no gold attribution. :func:`score` says whether the
extractor's attributed claims (direct and indirect) match a passage:

* every gold attribution is matched by one predicted attributed claim whose content
  overlaps it by at least half (character Jaccard, as the PolNeAR scorer), whose source
  (as written or resolved) shares a word with the gold source, and whose cue shares a
  word with the gold cue;
* every predicted attributed claim is either such a match or lies inside a gold
  content (a nested report, which PolNeAR never annotates and the product keeps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import provenance

__all__ = ["PASSAGES", "Gold", "Passage", "score"]


@dataclass(frozen=True)
class Gold:
    """One gold attribution: content (substring of the text), source word, cue word."""

    content: str
    source: str | None
    cue: str


@dataclass(frozen=True)
class Passage:
    """A passage of news copy and every attribution PolNeAR would annotate in it."""

    id: str
    text: str
    gold: tuple[Gold, ...] = ()


def _p(pid: str, text: str, *gold: tuple[str, str | None, str]) -> Passage:
    return Passage(pid, text, tuple(Gold(*g) for g in gold))


_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"a", "an", "and", "for", "from", "in", "of", "on", "s", "the", "to"})


def _words(s: str | None) -> set[str]:
    return set(_WORD.findall(s.lower())) - _STOP if s else set()


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _span(text: str, content: str) -> tuple[int, int]:
    start = text.index(content)
    return start, start + len(content)


def predicted(text: str) -> list[dict[str, object]]:
    """The extractor's attributed claims of ``text``: span, source words, cue words."""
    frame = provenance.extract_claims(text)
    out: list[dict[str, object]] = []
    for row in frame.itertuples():
        if row.attribution not in ("direct", "indirect"):
            continue
        source = row.source_text if isinstance(row.source_text, str) else None
        resolved = row.source if isinstance(row.source, str) else None
        cue = row.cue if isinstance(row.cue, str) else None
        out.append(
            {
                "span": (int(row.start), int(row.end)),
                "source": _words(source) | _words(resolved),
                "cue": _words(cue),
            }
        )
    return out


def score(passage: Passage) -> tuple[bool, str]:
    """Whether the extractor matches ``passage``, and what was wrong when not."""
    preds = predicted(passage.text)
    used: set[int] = set()
    problems: list[str] = []
    for g in passage.gold:
        span = _span(passage.text, g.content)
        hit = None
        for i, p in enumerate(preds):
            if i in used or _jaccard(span, p["span"]) < 0.5:  # type: ignore[arg-type]
                continue
            if g.source is not None and not (_words(g.source) & p["source"]):  # type: ignore[operator]
                continue
            if not (_words(g.cue) & p["cue"]):  # type: ignore[operator]
                continue
            hit = i
            break
        if hit is None:
            problems.append(f"missed {g.content!r} ({g.source} / {g.cue})")
        else:
            used.add(hit)
    golds = [_span(passage.text, g.content) for g in passage.gold]
    for i, p in enumerate(preds):
        if i in used:
            continue
        s, e = p["span"]  # type: ignore[misc]
        if any(gs <= s and e <= ge for gs, ge in golds):
            continue
        problems.append(f"extra {passage.text[s:e]!r} ({sorted(p['source'])})")  # type: ignore[arg-type]
    return not problems, "; ".join(problems)


_FEATURES = [
    _p(
        "feat_says_present",
        "Margaret Ellery, 84, says the village has changed beyond recognition since the quarry "
        "closed.",
        ("the village has changed beyond recognition since the quarry closed", "Ellery", "says"),
    ),
    _p(
        "feat_recalls",
        "She recalls that the first winter in the cottage was so cold the milk froze on the "
        "doorstep.",
        (
            "the first winter in the cottage was so cold the milk froze on the doorstep",
            "She",
            "recalls",
        ),
    ),
    _p(
        "feat_recalls_quote",
        "\u201cWe had nothing, and we didn\u2019t know we had nothing,\u201d she recalls.",
        ("\u201cWe had nothing, and we didn\u2019t know we had nothing,\u201d", "she", "recalls"),
    ),
    _p(
        "feat_he_says_mid",
        "\u201cThe sea gives,\u201d he says, \u201cand the sea takes away. You learn that "
        "early.\u201d",
        (
            "\u201cThe sea gives,\u201d he says, \u201cand the sea takes away. You learn that "
            "early.\u201d",
            "he",
            "says",
        ),
    ),
    _p(
        "feat_says_after_name",
        "\u201cI never wanted to be a chef,\u201d says Tomasz Nowak, who now runs three "
        "restaurants in Leeds.",
        ("\u201cI never wanted to be a chef,\u201d", "Nowak", "says"),
    ),
    _p(
        "feat_three_paragraphs",
        "\u201cMy father worked the line at the plant for thirty-one years,\u201d says Denise "
        "Carter. \u201cHe never missed a shift.\n\n\u201cWhen they closed it, he would still get "
        "up at five and sit in the kitchen with his coffee.\n\n\u201cHe didn\u2019t know what "
        "else to do with the mornings.\u201d",
        (
            "\u201cMy father worked the line at the plant for thirty-one years,\u201d says Denise "
            "Carter. \u201cHe never missed a shift.\n\n\u201cWhen they closed it, he would still "
            "get up at five and sit in the kitchen with his coffee.\n\n\u201cHe didn\u2019t know "
            "what else to do with the mornings.\u201d",
            "Carter",
            "says",
        ),
    ),
    _p(
        "feat_as_put_it",
        "As one former minister put it, the party had run out of ideas long before it ran out of "
        "money.",
        ("the party had run out of ideas long before it ran out of money", "minister", "put"),
    ),
    _p(
        "feat_as_x_puts_it",
        "As Okafor puts it, the hardest part of the job is knowing when to stop.",
        ("the hardest part of the job is knowing when to stop", "Okafor", "puts"),
    ),
    _p(
        "feat_explains",
        "Patel explains that the bees only forage when the temperature rises above 12C.",
        ("the bees only forage when the temperature rises above 12C", "Patel", "explains"),
    ),
    _p(
        "feat_admits",
        "Harris admits she was terrified on her first day in the operating theatre.",
        ("she was terrified on her first day in the operating theatre", "Harris", "admits"),
    ),
    _p(
        "feat_says_quote_intro",
        "Greta Lindqvist, who has farmed here since 1971, says: \u201cThe rain doesn\u2019t come "
        "when it used to.\u201d",
        ("\u201cThe rain doesn\u2019t come when it used to.\u201d", "Lindqvist", "says"),
    ),
    _p(
        "feat_insists",
        "Ruiz insists the studio was never about money.",
        ("the studio was never about money", "Ruiz", "insists"),
    ),
    _p(
        "feat_laughs",
        "\u201cI was a terrible student,\u201d she laughs.",
        ("\u201cI was a terrible student,\u201d", "she", "laughs"),
    ),
    _p(
        "feat_tells_me",
        "\u201cThis is the only place I have ever felt at home,\u201d he tells me over coffee.",
        ("\u201cThis is the only place I have ever felt at home,\u201d", "he", "tells"),
    ),
    _p(
        "feat_says_of",
        "Of her years in Lagos, Adeyemi says simply that they made her who she is.",
        ("they made her who she is", "Adeyemi", "says"),
    ),
    _p(
        "feat_writes_memoir",
        "In his memoir, Brennan writes that the decision to leave haunted him for decades.",
        ("the decision to leave haunted him for decades", "Brennan", "writes"),
    ),
    _p(
        "feat_reflects",
        "\u201cYou never really stop being a nurse,\u201d reflects Joan Whitfield, now retired.",
        ("\u201cYou never really stop being a nurse,\u201d", "Whitfield", "reflects"),
    ),
    _p(
        "feat_says_two_sentences",
        "\u201cIt was chaos. Nobody knew who was in charge,\u201d says Imran Qureshi, a volunteer.",
        ("\u201cIt was chaos. Nobody knew who was in charge,\u201d", "Qureshi", "says"),
    ),
    _p(
        "feat_wonders",
        "Now, she wonders whether the sacrifice was worth it.",
        ("whether the sacrifice was worth it", "she", "wonders"),
    ),
    _p(
        "feat_says_pronoun_after_name",
        "Kofi Mensah has driven a taxi in Accra for twenty years. He says the traffic is worse "
        "than ever.",
        ("the traffic is worse than ever", "He", "says"),
    ),
    _p(
        "feat_jokes",
        "\u201cI\u2019m the only one who knows where the keys are,\u201d he jokes.",
        ("\u201cI\u2019m the only one who knows where the keys are,\u201d", "he", "jokes"),
    ),
    _p(
        "feat_describes",
        "Lopez describes the first months as \u201ca blur of nappies and spreadsheets\u201d.",
        ("\u201ca blur of nappies and spreadsheets\u201d", "Lopez", "describes"),
    ),
    _p(
        "feat_resumed_name_first",
        "Sister Agnes, who taught at the school for forty years, says: \u201cThe children have "
        "not changed. The world around them has.\u201d",
        ("\u201cThe children have not changed. The world around them has.\u201d", "Agnes", "says"),
    ),
]

_LIVE = [
    _p(
        "live_gmt_ministry",
        "12:05 GMT - The ministry says 14 people have been evacuated from the building.",
        ("14 people have been evacuated from the building", "ministry", "says"),
    ),
    _p(
        "live_bst_police",
        "14:32 BST: Police say the road will remain closed until the evening.",
        ("the road will remain closed until the evening", "Police", "say"),
    ),
    _p(
        "live_time_spokesman",
        "09:15 A spokesman for the airport says all flights have been suspended.",
        ("all flights have been suspended", "spokesman", "says"),
    ),
    _p(
        "live_update_quote",
        "UPDATE 3.40pm: \u201cWe are doing everything we can,\u201d the mayor has told reporters.",
        ("\u201cWe are doing everything we can,\u201d", "mayor", "told"),
    ),
    _p(
        "live_has_said",
        "The health secretary has said that hospitals are under \u201cenormous pressure\u201d.",
        ("hospitals are under \u201cenormous pressure\u201d", "secretary", "said"),
    ),
    _p(
        "live_dash_agency",
        "10:48 \u2014 The UN\u2019s refugee agency says more than 3,000 people crossed the border "
        "overnight.",
        ("more than 3,000 people crossed the border overnight", "agency", "says"),
    ),
    _p(
        "live_key_event",
        "Key event: The prime minister says a decision on schools will be made on Thursday.",
        ("a decision on schools will be made on Thursday", "minister", "says"),
    ),
    _p(
        "live_reporter",
        "Our correspondent in Kyiv says the explosions were heard across the city.",
        ("the explosions were heard across the city", "correspondent", "says"),
    ),
    _p(
        "live_posted",
        "16:20 The fire service has posted on X that crews are still at the scene.",
        ("crews are still at the scene", "service", "posted"),
    ),
    _p(
        "live_just_in",
        "Just in: Transport for London says the Central line is part-suspended.",
        ("the Central line is part-suspended", "London", "says"),
    ),
    _p(
        "live_eastern",
        "11:02 a.m. ET \u2014 The White House says the president will speak at noon.",
        ("the president will speak at noon", "House", "says"),
    ),
    _p(
        "live_says_colon_quote",
        "13:10 The minister says: \u201cWe will not be rushed into this.\u201d",
        ("\u201cWe will not be rushed into this.\u201d", "minister", "says"),
    ),
    _p(
        "live_confirms",
        "17:45 The council confirms that the bridge has reopened to traffic.",
        ("the bridge has reopened to traffic", "council", "confirms"),
    ),
    _p(
        "live_adds",
        "The spokeswoman adds that no British nationals are thought to be among the injured.",
        ("no British nationals are thought to be among the injured", "spokeswoman", "adds"),
    ),
    _p(
        "live_we_have_been_told",
        "08:30 We have been told by the hospital that two patients remain in a critical condition.",
        ("two patients remain in a critical condition", "hospital", "told"),
    ),
]

_COURT = [
    _p(
        "court_judge_told_jury",
        "The judge told the jury that they must put aside any sympathy they felt for the "
        "defendant.",
        ("they must put aside any sympathy they felt for the defendant", "judge", "told"),
    ),
    _p(
        "court_closing",
        "Prosecutors said in closing arguments that the evidence against Marsh was overwhelming.",
        ("the evidence against Marsh was overwhelming", "Prosecutors", "said"),
    ),
    _p(
        "court_testified",
        "Dr Helen Okoro testified that the injuries were consistent with a fall from height.",
        ("the injuries were consistent with a fall from height", "Okoro", "testified"),
    ),
    _p(
        "court_cross_exam",
        "Under cross-examination, she said she had not seen the defendant that night.",
        ("she had not seen the defendant that night", "she", "said"),
    ),
    _p(
        "court_told_court",
        "Hughes told Southwark Crown Court he had been acting on instructions from his manager.",
        ("he had been acting on instructions from his manager", "Hughes", "told"),
    ),
    _p(
        "court_prosecuting_said",
        "Anna Price, prosecuting, said the defendant had shown \u201cno remorse whatsoever\u201d.",
        ("the defendant had shown \u201cno remorse whatsoever\u201d", "Price", "said"),
    ),
    _p(
        "court_defending_told",
        "Mark Elliott, defending, told the court his client had a long history of mental illness.",
        ("his client had a long history of mental illness", "Elliott", "told"),
    ),
    _p(
        "court_judge_quote",
        "\u201cYou betrayed the trust of every person in that care home,\u201d the judge said as "
        "she passed sentence.",
        ("\u201cYou betrayed the trust of every person in that care home,\u201d", "judge", "said"),
    ),
    _p(
        "court_jury_heard",
        "The jury heard that the victim had been stabbed seven times.",
        ("the victim had been stabbed seven times", None, "heard"),
    ),
    _p(
        "court_court_heard",
        "The court heard Clarke had sent more than 400 messages to the woman in a single week.",
        ("Clarke had sent more than 400 messages to the woman in a single week", None, "heard"),
    ),
    _p(
        "court_denies",
        "Reynolds, 42, denies murder.",
        ("murder", "Reynolds", "denies"),
    ),
    _p(
        "court_lawyer_argued",
        "His lawyer argued that the police search had been unlawful.",
        ("the police search had been unlawful", "lawyer", "argued"),
    ),
    _p(
        "court_ruled",
        "Justice Amelia Ward ruled that the evidence could be put before the jury.",
        ("the evidence could be put before the jury", "Ward", "ruled"),
    ),
    _p(
        "court_witness_told",
        "A witness told the inquest she saw the car mount the pavement.",
        ("she saw the car mount the pavement", "witness", "told"),
    ),
    _p(
        "court_coroner",
        "The coroner concluded that the death was caused by a failure of basic care.",
        ("the death was caused by a failure of basic care", "coroner", "concluded"),
    ),
    _p(
        "court_in_evidence",
        "Giving evidence, Mr Byrne said he had \u201cpanicked\u201d when he saw the blood.",
        ("he had \u201cpanicked\u201d when he saw the blood", "Byrne", "said"),
    ),
    _p(
        "court_prosecutor_quote_resumed",
        "\u201cThis was not a moment of madness,\u201d prosecutor James Kirby told jurors. "
        "\u201cIt was planned, down to the minute.\u201d",
        (
            "\u201cThis was not a moment of madness,\u201d prosecutor James Kirby told jurors. "
            "\u201cIt was planned, down to the minute.\u201d",
            "Kirby",
            "told",
        ),
    ),
    _p(
        "court_sentencing_remarks",
        "In her sentencing remarks, the judge said Moss had shown a \u201cchilling\u201d "
        "disregard for life.",
        ("Moss had shown a \u201cchilling\u201d disregard for life", "judge", "said"),
    ),
    _p(
        "court_filing_alleges",
        "The lawsuit alleges that the company knew about the defect for years.",
        ("the company knew about the defect for years", "lawsuit", "alleges"),
    ),
    _p(
        "court_defence_claimed",
        "The defence claimed the confession had been obtained under duress.",
        ("the confession had been obtained under duress", "defence", "claimed"),
    ),
    _p(
        "court_admitted",
        "Fielding admitted causing death by dangerous driving.",
        ("causing death by dangerous driving", "Fielding", "admitted"),
    ),
    _p(
        "court_told_jurors_quote",
        "Detective Sergeant Lee told jurors: \u201cThe phone was switched off at 10.42pm.\u201d",
        ("\u201cThe phone was switched off at 10.42pm.\u201d", "Lee", "told"),
    ),
    _p(
        "court_magistrates",
        "Magistrates were told the dog had attacked two people in the park.",
        ("the dog had attacked two people in the park", None, "told"),
    ),
    _p(
        "court_appeal_judges",
        "Three appeal judges said the original sentence was \u201cunduly lenient\u201d.",
        ("the original sentence was \u201cunduly lenient\u201d", "judges", "said"),
    ),
]

_POLICE = [
    _p(
        "police_spokesperson",
        "A police spokesperson said officers were called to the address at about 2am.",
        ("officers were called to the address at about 2am", "spokesperson", "said"),
    ),
    _p(
        "police_statement",
        "Officers said in a statement that a 27-year-old man had been arrested.",
        ("a 27-year-old man had been arrested", "Officers", "said"),
    ),
    _p(
        "police_fire_crews",
        "Fire crews said the blaze had been brought under control by mid-morning.",
        ("the blaze had been brought under control by mid-morning", "crews", "said"),
    ),
    _p(
        "police_force_quote",
        "\u201cWe are keeping an open mind about the cause,\u201d Detective Inspector Ruth Hale "
        "said.",
        ("\u201cWe are keeping an open mind about the cause,\u201d", "Hale", "said"),
    ),
    _p(
        "police_named_force",
        "Greater Manchester Police said the two men were not known to each other.",
        ("the two men were not known to each other", "Police", "said"),
    ),
    _p(
        "police_ambulance",
        "The ambulance service said three people had been taken to hospital with minor injuries.",
        ("three people had been taken to hospital with minor injuries", "service", "said"),
    ),
    _p(
        "police_appealing",
        "Police said they were appealing for anyone with dashcam footage to come forward.",
        ("they were appealing for anyone with dashcam footage to come forward", "Police", "said"),
    ),
    _p(
        "police_coastguard",
        "The coastguard said the search had been stood down at dusk.",
        ("the search had been stood down at dusk", "coastguard", "said"),
    ),
    _p(
        "police_added",
        "A force spokesman added that there was no wider threat to the public.",
        ("there was no wider threat to the public", "spokesman", "added"),
    ),
    _p(
        "police_fire_chief_warned",
        "The fire chief warned residents to keep their windows and doors closed.",
        ("residents to keep their windows and doors closed", "chief", "warned"),
    ),
    _p(
        "police_sheriff",
        "The sheriff\u2019s office said the suspect was taken into custody without incident.",
        ("the suspect was taken into custody without incident", "office", "said"),
    ),
    _p(
        "police_according",
        "According to police, the driver fled the scene on foot.",
        ("the driver fled the scene on foot", "police", "According"),
    ),
    _p(
        "police_said_after_clause",
        "The man was pronounced dead at the scene, police said.",
        ("The man was pronounced dead at the scene", "police", "said"),
    ),
    _p(
        "police_chief_constable_quote",
        "Chief Constable Amir Saleh said: \u201cThis was a cowardly attack on a family in their "
        "own home.\u201d",
        ("\u201cThis was a cowardly attack on a family in their own home.\u201d", "Saleh", "said"),
    ),
    _p(
        "police_rescue_volunteers",
        "Mountain rescue volunteers said the walker had been found cold but uninjured.",
        ("the walker had been found cold but uninjured", "volunteers", "said"),
    ),
    _p(
        "police_paramedics_told",
        "Paramedics told the BBC the scene was \u201clike nothing they had seen before\u201d.",
        ("the scene was \u201clike nothing they had seen before\u201d", "Paramedics", "told"),
    ),
    _p(
        "police_believe",
        "Detectives believe the attack was targeted.",
        ("the attack was targeted", "Detectives", "believe"),
    ),
    _p(
        "police_urged",
        "The RNLI urged swimmers to stay between the red and yellow flags.",
        ("swimmers to stay between the red and yellow flags", "RNLI", "urged"),
    ),
]

_SCIENCE = [
    _p(
        "sci_authors_wrote",
        "The authors wrote that the effect was strongest in children under five.",
        ("the effect was strongest in children under five", "authors", "wrote"),
    ),
    _p(
        "sci_study_found",
        "The study found that people who slept less than six hours were more likely to catch a "
        "cold.",
        ("people who slept less than six hours were more likely to catch a cold", "study", "found"),
    ),
    _p(
        "sci_researchers_concluded",
        "The researchers concluded that the vaccine remained effective against the new variant.",
        ("the vaccine remained effective against the new variant", "researchers", "concluded"),
    ),
    _p(
        "sci_according_paper",
        "According to the paper published in Nature, the glacier is retreating twice as fast as "
        "previously thought.",
        ("the glacier is retreating twice as fast as previously thought", "paper", "According"),
    ),
    _p(
        "sci_lead_author_quote",
        "\u201cThese results surprised us,\u201d said lead author Dr Mei Chen of the University "
        "of Bristol.",
        ("\u201cThese results surprised us,\u201d", "Chen", "said"),
    ),
    _p(
        "sci_team_reported",
        "The team reported in the Lancet that the drug cut deaths by a fifth.",
        ("the drug cut deaths by a fifth", "team", "reported"),
    ),
    _p(
        "sci_scientists_warned",
        "Scientists warned that the coral could be lost within a generation.",
        ("the coral could be lost within a generation", "Scientists", "warned"),
    ),
    _p(
        "sci_report_showed",
        "The report showed that emissions from aviation rose by 9% last year.",
        ("emissions from aviation rose by 9% last year", "report", "showed"),
    ),
    _p(
        "sci_analysis_suggests",
        "The analysis suggests that the outbreak began weeks earlier than officials said.",
        ("the outbreak began weeks earlier than officials said", "analysis", "suggests"),
    ),
    _p(
        "sci_not_involved",
        "Prof Daniel Moore, who was not involved in the research, said the findings were "
        "\u201cimportant but preliminary\u201d.",
        ("the findings were \u201cimportant but preliminary\u201d", "Moore", "said"),
    ),
    _p(
        "sci_cautioned",
        "Independent experts cautioned that the trial was too small to draw firm conclusions.",
        ("the trial was too small to draw firm conclusions", "experts", "cautioned"),
    ),
    _p(
        "sci_estimates",
        "The WHO estimates that 1.3 million people die on the roads every year.",
        ("1.3 million people die on the roads every year", "WHO", "estimates"),
    ),
    _p(
        "sci_paper_states",
        "The paper states that no serious side effects were observed.",
        ("no serious side effects were observed", "paper", "states"),
    ),
    _p(
        "sci_researchers_say",
        "Researchers say the findings could lead to earlier diagnosis of dementia.",
        ("the findings could lead to earlier diagnosis of dementia", "Researchers", "say"),
    ),
    _p(
        "sci_data_indicate",
        "Data from the Office for National Statistics indicate that life expectancy has stalled.",
        ("life expectancy has stalled", "Data from the Office for National Statistics", "indicate"),
    ),
    _p(
        "sci_writing_in",
        "Writing in the journal Science, the team said the fossil was about 300,000 years old.",
        ("the fossil was about 300,000 years old", "team", "said"),
    ),
    _p(
        "sci_doctors_advised",
        "Doctors advised patients not to stop taking their medication.",
        ("patients not to stop taking their medication", "Doctors", "advised"),
    ),
    _p(
        "sci_nhs_england",
        "NHS England said waiting lists had fallen for the third month in a row.",
        ("waiting lists had fallen for the third month in a row", "England", "said"),
    ),
    _p(
        "sci_authors_note",
        "The authors note that the sample was mostly white and middle-aged.",
        ("the sample was mostly white and middle-aged", "authors", "note"),
    ),
    _p(
        "sci_quote_then_title",
        "\u201cWe can now see the disease years before symptoms appear,\u201d said Prof Anita "
        "Rao, a neurologist at King\u2019s College London.",
        ("\u201cWe can now see the disease years before symptoms appear,\u201d", "Rao", "said"),
    ),
]

_POLLS = [
    _p(
        "poll_respondents_said",
        "Six in ten respondents said they would not buy an electric car in the next five years.",
        ("they would not buy an electric car in the next five years", "respondents", "said"),
    ),
    _p(
        "poll_found",
        "The poll found that support for the policy had fallen to 38%.",
        ("support for the policy had fallen to 38%", "poll", "found"),
    ),
    _p(
        "poll_survey_suggests",
        "A YouGov survey suggests that most voters have not yet made up their minds.",
        ("most voters have not yet made up their minds", "survey", "suggests"),
    ),
    _p(
        "poll_percent_said",
        "Some 41% of those polled said the economy was their main concern.",
        ("the economy was their main concern", "polled", "said"),
    ),
    _p(
        "poll_voters_told",
        "Voters told pollsters that housing costs were the issue that mattered most.",
        ("housing costs were the issue that mattered most", "Voters", "told"),
    ),
    _p(
        "poll_showed",
        "The latest Ipsos poll showed Labour with a 12-point lead.",
        ("Labour with a 12-point lead", "poll", "showed"),
    ),
    _p(
        "poll_according_survey",
        "According to the survey, nearly half of teachers plan to leave the profession within "
        "five years.",
        (
            "nearly half of teachers plan to leave the profession within five years",
            "survey",
            "According",
        ),
    ),
    _p(
        "poll_majority_believe",
        "A majority of those surveyed believe the country is heading in the wrong direction.",
        ("the country is heading in the wrong direction", "surveyed", "believe"),
    ),
    _p(
        "poll_parents_reported",
        "Parents reported that their children spent an average of four hours a day online.",
        ("their children spent an average of four hours a day online", "Parents", "reported"),
    ),
    _p(
        "poll_found_no_that",
        "The survey found nurses were working an average of six unpaid hours a week.",
        ("nurses were working an average of six unpaid hours a week", "survey", "found"),
    ),
    _p(
        "poll_pollster_said",
        "John Curtice, the polling expert, said the result was \u201cwithin the margin of "
        "error\u201d.",
        ("the result was \u201cwithin the margin of error\u201d", "Curtice", "said"),
    ),
    _p(
        "poll_respondents_agreed",
        "Three-quarters of respondents agreed that the railways should be publicly owned.",
        ("the railways should be publicly owned", "respondents", "agreed"),
    ),
]

_WEATHER = [
    _p(
        "wx_met_office",
        "The Met Office said temperatures could reach 35C in the south-east on Friday.",
        ("temperatures could reach 35C in the south-east on Friday", "Office", "said"),
    ),
    _p(
        "wx_forecasters_warned",
        "Forecasters warned of travel disruption as heavy snow moves south.",
        ("travel disruption as heavy snow moves south", "Forecasters", "warned"),
    ),
    _p(
        "wx_bom",
        "The Bureau of Meteorology said the cyclone was expected to cross the coast overnight.",
        ("the cyclone was expected to cross the coast overnight", "Bureau", "said"),
    ),
    _p(
        "wx_usgs",
        "The US Geological Survey said the quake struck at a depth of 10km.",
        ("the quake struck at a depth of 10km", "Survey", "said"),
    ),
    _p(
        "wx_environment_agency",
        "The Environment Agency warned that further flooding was likely along the Severn.",
        ("further flooding was likely along the Severn", "Agency", "warned"),
    ),
    _p(
        "wx_meteorologist_quote",
        "\u201cThis is a once-in-a-generation storm,\u201d said Met Office meteorologist Alex "
        "Burkill.",
        ("\u201cThis is a once-in-a-generation storm,\u201d", "Burkill", "said"),
    ),
    _p(
        "wx_nhc",
        "The National Hurricane Center said the storm had strengthened to a Category 4.",
        ("the storm had strengthened to a Category 4", "Center", "said"),
    ),
    _p(
        "wx_officials_said_death_toll",
        "Disaster management officials said the death toll had risen to 57.",
        ("the death toll had risen to 57", "officials", "said"),
    ),
    _p(
        "wx_forecasters_say",
        "Forecasters say the heatwave will break by the weekend.",
        ("the heatwave will break by the weekend", "Forecasters", "say"),
    ),
    _p(
        "wx_rfs",
        "The Rural Fire Service said more than 40 homes had been lost in the blaze.",
        ("more than 40 homes had been lost in the blaze", "Service", "said"),
    ),
    _p(
        "wx_agency_predicted",
        "The agency predicted an above-normal hurricane season.",
        ("an above-normal hurricane season", "agency", "predicted"),
    ),
    _p(
        "wx_red_cross",
        "The Red Cross said thousands of families were sleeping in the open.",
        ("thousands of families were sleeping in the open", "Cross", "said"),
    ),
]

_FACTCHECK = [
    _p(
        "fc_claimed_false",
        "Senator Blake claimed that crime had doubled in the city since 2020. That is false.",
        ("crime had doubled in the city since 2020", "Blake", "claimed"),
    ),
    _p(
        "fc_posts_claim",
        "Posts shared thousands of times claim the vaccine alters human DNA. It does not.",
        ("the vaccine alters human DNA", "Posts", "claim"),
    ),
    _p(
        "fc_said_misleading",
        "The minister said unemployment was at a record low. This is misleading: the rate was "
        "lower in 1974.",
        ("unemployment was at a record low", "minister", "said"),
    ),
    _p(
        "fc_viral_video",
        "A viral video falsely claims that the bridge was blown up by protesters.",
        ("the bridge was blown up by protesters", "video", "claims"),
    ),
    _p(
        "fc_asserted_no_evidence",
        "Thompson asserted that the ballots had been printed abroad. There is no evidence of this.",
        ("the ballots had been printed abroad", "Thompson", "asserted"),
    ),
    _p(
        "fc_quote_then_verdict",
        "\u201cWe have built 300,000 homes a year,\u201d the housing minister said. The official "
        "figures show 234,000.",
        ("\u201cWe have built 300,000 homes a year,\u201d", "minister", "said"),
        ("234,000", "figures", "show"),
    ),
    _p(
        "fc_suggested_wrong",
        "The campaign suggested that the tax would fall on every household. In fact, it applies "
        "to one in ten.",
        ("the tax would fall on every household", "campaign", "suggested"),
    ),
    _p(
        "fc_facebook_post",
        "A Facebook post says the photo shows flooding in Valencia. It was taken in Thailand in "
        "2011.",
        ("the photo shows flooding in Valencia", "post", "says"),
    ),
    _p(
        "fc_repeated_claim",
        "The MP repeated the claim that migrants receive bigger pensions than British retirees.",
        ("migrants receive bigger pensions than British retirees", "MP", "repeated the claim"),
    ),
]

_BRITISH = [
    _p(
        "gb_told_bbc",
        "The head teacher told the BBC the school had been \u201clet down\u201d by the council.",
        ("the school had been \u201clet down\u201d by the council", "teacher", "told"),
    ),
    _p(
        "gb_told_abc_radio",
        "The premier told ABC radio the state would not be returning to lockdown.",
        ("the state would not be returning to lockdown", "premier", "told"),
    ),
    _p(
        "gb_told_nine",
        "Mr Albanese told the Nine Network the government would act on the review\u2019s findings.",
        ("the government would act on the review\u2019s findings", "Albanese", "told"),
    ),
    _p(
        "gb_told_today",
        "The chancellor told BBC Radio 4\u2019s Today programme that there would be no return to "
        "austerity.",
        ("there would be no return to austerity", "chancellor", "told"),
    ),
    _p(
        "gb_told_sky",
        "A government source told Sky News the vote could be delayed until autumn.",
        ("the vote could be delayed until autumn", "source", "told"),
    ),
    _p(
        "gb_told_pa",
        "A spokeswoman for the Prince told the PA news agency the visit would go ahead.",
        ("the visit would go ahead", "spokeswoman", "told"),
    ),
    _p(
        "gb_told_sunrise",
        "The opposition leader told Sunrise the tax cuts were \u201ca con\u201d.",
        ("the tax cuts were \u201ca con\u201d", "leader", "told"),
    ),
    _p(
        "gb_told_mps",
        "The home secretary told MPs the policy would be reviewed within six months.",
        ("the policy would be reviewed within six months", "secretary", "told"),
    ),
    _p(
        "gb_told_guardian_australia",
        "A spokesperson for the minister told Guardian Australia that the figures were being "
        "checked.",
        ("the figures were being checked", "spokesperson", "told"),
    ),
    _p(
        "gb_single_quotes",
        "\u2018We will not stand by while our members are treated like this,\u2019 the "
        "union\u2019s general secretary said.",
        (
            "\u2018We will not stand by while our members are treated like this,\u2019",
            "secretary",
            "said",
        ),
    ),
    _p(
        "gb_told_lbc",
        "The former minister told LBC: \u201cThe party has lost its way.\u201d",
        ("\u201cThe party has lost its way.\u201d", "minister", "told"),
    ),
    _p(
        "gb_told_7news",
        "A neighbour told 7NEWS she heard screaming just after midnight.",
        ("she heard screaming just after midnight", "neighbour", "told"),
    ),
    _p(
        "gb_speaking_to",
        "Speaking to BBC Breakfast, the health secretary said A&E waits were "
        "\u201cunacceptable\u201d.",
        ("A&E waits were \u201cunacceptable\u201d", "secretary", "said"),
    ),
    _p(
        "gb_labour_source",
        "A Labour source said the leader\u2019s office was \u201cfurious\u201d.",
        ("the leader\u2019s office was \u201cfurious\u201d", "source", "said"),
    ),
    _p(
        "gb_whitehall_source",
        "One Whitehall source said the plan was \u201cdead in the water\u201d.",
        ("the plan was \u201cdead in the water\u201d", "source", "said"),
    ),
]

_PASSIVE = [
    _p(
        "pass_understood",
        "It is understood that the chairman will step down at the end of the season.",
        ("the chairman will step down at the end of the season", None, "understood"),
    ),
    _p(
        "pass_was_reported",
        "It was reported that the two leaders met secretly in Geneva last month.",
        ("the two leaders met secretly in Geneva last month", None, "reported"),
    ),
    _p(
        "pass_is_said_to_have",
        "The singer is said to have turned down a \u00a35m offer to reunite the band.",
        (
            "The singer is said to have turned down a \u00a35m offer to reunite the band",
            None,
            "said",
        ),
    ),
    _p(
        "pass_is_believed_to",
        "The gunman is believed to have acted alone.",
        ("The gunman is believed to have acted alone", None, "believed"),
    ),
    _p(
        "pass_it_is_thought",
        "It is thought the fire started in a kitchen on the ground floor.",
        ("the fire started in a kitchen on the ground floor", None, "thought"),
    ),
    _p(
        "pass_bbc_understands",
        "The BBC understands the deal is worth about \u00a3200m.",
        ("the deal is worth about \u00a3200m", "BBC", "understands"),
    ),
    _p(
        "pass_has_been_claimed",
        "It has been claimed that the minister knew about the affair for months.",
        ("the minister knew about the affair for months", None, "claimed"),
    ),
    _p(
        "pass_is_reported_to",
        "The club is reported to have made a bid for the striker.",
        ("The club is reported to have made a bid for the striker", None, "reported"),
    ),
    _p(
        "pass_it_is_alleged",
        "It is alleged that the officers failed to record the complaint.",
        ("the officers failed to record the complaint", None, "alleged"),
    ),
    _p(
        "pass_reportedly",
        "The company was reportedly preparing to cut 2,000 jobs.",
        ("The company was reportedly preparing to cut 2,000 jobs", None, "reportedly"),
    ),
    _p(
        "pass_it_was_announced",
        "It was announced on Monday that the factory would close in March.",
        ("the factory would close in March", None, "announced"),
    ),
    _p(
        "pass_are_thought_to",
        "At least 30 people are thought to have been on board.",
        ("At least 30 people are thought to have been on board", None, "thought"),
    ),
    _p(
        "pass_it_emerged",
        "It emerged last night that the report had been shown to ministers in advance.",
        ("the report had been shown to ministers in advance", None, "emerged"),
    ),
    _p(
        "pass_was_told",
        "The Guardian was told that the meeting ended without agreement.",
        ("the meeting ended without agreement", None, "told"),
    ),
    _p(
        "pass_sources_said",
        "Sources close to the negotiations said a deal was \u201cvery close\u201d.",
        ("a deal was \u201cvery close\u201d", "Sources", "said"),
    ),
]

_VERBS = [
    _p(
        "verb_warned",
        "The governor warned that the state could run out of water by August.",
        ("the state could run out of water by August", "governor", "warned"),
    ),
    _p(
        "verb_added_quote",
        "\u201cWe will be back stronger,\u201d the captain added.",
        ("\u201cWe will be back stronger,\u201d", "captain", "added"),
    ),
    _p(
        "verb_noted",
        "The central bank noted that inflation had eased for a third month.",
        ("inflation had eased for a third month", "bank", "noted"),
    ),
    _p(
        "verb_conceded",
        "The chief executive conceded that mistakes had been made.",
        ("mistakes had been made", "executive", "conceded"),
    ),
    _p(
        "verb_acknowledged",
        "The ministry acknowledged that the system had failed to flag the payments.",
        ("the system had failed to flag the payments", "ministry", "acknowledged"),
    ),
    _p(
        "verb_argued",
        "Critics argued that the scheme would benefit only the wealthiest households.",
        ("the scheme would benefit only the wealthiest households", "Critics", "argued"),
    ),
    _p(
        "verb_explained",
        "The engineer explained that the cracks had appeared after the heatwave.",
        ("the cracks had appeared after the heatwave", "engineer", "explained"),
    ),
    _p(
        "verb_stressed",
        "The mayor stressed that the city remained open for business.",
        ("the city remained open for business", "mayor", "stressed"),
    ),
    _p(
        "verb_recalled",
        "Her sister recalled that she had always wanted to be a pilot.",
        ("she had always wanted to be a pilot", "sister", "recalled"),
    ),
    _p(
        "verb_quipped",
        "\u201cAt least the weather was on our side,\u201d the manager quipped.",
        ("\u201cAt least the weather was on our side,\u201d", "manager", "quipped"),
    ),
    _p(
        "verb_emphasised",
        "The minister emphasised that no decision had yet been taken.",
        ("no decision had yet been taken", "minister", "emphasised"),
    ),
    _p(
        "verb_pointed_out",
        "The economist pointed out that wages had not kept pace with prices.",
        ("wages had not kept pace with prices", "economist", "pointed"),
    ),
    _p(
        "verb_insisted",
        "The coach insisted his job was not under threat.",
        ("his job was not under threat", "coach", "insisted"),
    ),
    _p(
        "verb_admitted_quote",
        "\u201cWe got it wrong,\u201d the party chairman admitted.",
        ("\u201cWe got it wrong,\u201d", "chairman", "admitted"),
    ),
    _p(
        "verb_maintained",
        "The company has maintained that its products are safe.",
        ("its products are safe", "company", "maintained"),
    ),
    _p(
        "verb_observed",
        "One analyst observed that the market had already priced in the cut.",
        ("the market had already priced in the cut", "analyst", "observed"),
    ),
    _p(
        "verb_countered",
        "The union countered that the offer was below inflation.",
        ("the offer was below inflation", "union", "countered"),
    ),
    _p(
        "verb_replied",
        "Asked whether he would resign, the minister replied: \u201cAbsolutely not.\u201d",
        ("whether he would resign", None, "Asked"),
        ("\u201cAbsolutely not.\u201d", "minister", "replied"),
    ),
    _p(
        "verb_cautioned_quote",
        "\u201cIt is far too early to celebrate,\u201d cautioned the health officer.",
        ("\u201cIt is far too early to celebrate,\u201d", "officer", "cautioned"),
    ),
    _p(
        "verb_announced",
        "The airline announced that it would cut 40 routes from its winter schedule.",
        ("it would cut 40 routes from its winter schedule", "airline", "announced"),
    ),
    _p(
        "verb_complained",
        "Residents complained that the noise continued until 3am.",
        ("the noise continued until 3am", "Residents", "complained"),
    ),
    _p(
        "verb_revealed",
        "The chairman revealed that the club had received three offers.",
        ("the club had received three offers", "chairman", "revealed"),
    ),
    _p(
        "verb_predicted",
        "The governor predicted that prices would start falling next year.",
        ("prices would start falling next year", "governor", "predicted"),
    ),
    _p(
        "verb_vowed",
        "The president vowed to rebuild every home destroyed by the floods.",
        ("to rebuild every home destroyed by the floods", "president", "vowed"),
    ),
    _p(
        "verb_mused",
        "\u201cMaybe I should have been a plumber,\u201d the actor mused.",
        ("\u201cMaybe I should have been a plumber,\u201d", "actor", "mused"),
    ),
    _p(
        "verb_went_on",
        "He went on to say that the team had \u201cnothing to fear\u201d.",
        ("the team had \u201cnothing to fear\u201d", "He", "say"),
    ),
]

_NEIGHBOURS = [
    _p("nb_said_property", "The said property was sold at auction in 1998 for an undisclosed sum."),
    _p("nb_that_said", "That said, the recovery remains fragile and uneven across the regions."),
    _p("nb_having_said_that", "Having said that, the market has rarely been so quiet in August."),
    _p("nb_needless_to_say", "Needless to say, the trains were late again."),
    _p("nb_number_rose", "Unemployment rose to 4.3% in the three months to June."),
    _p("nb_number_fell", "Shares in the company fell 12% in early trading on Tuesday."),
    _p(
        "nb_number_deaths",
        "More than 200 people died in the floods, and thousands more were displaced.",
    ),
    _p(
        "nb_title_film",
        "The director\u2019s new film, \u201cThe Long Road Home\u201d, opens in cinemas next week.",
    ),
    _p("nb_title_song", "The band closed with \u201cCarry Me Home\u201d, their first hit."),
    _p(
        "nb_title_book",
        "Her debut novel, \u201cA House of Glass\u201d, won the Booker Prize in 2019.",
    ),
    _p("nb_title_programme", "He appeared on \u201cQuestion Time\u201d last Thursday."),
    _p("nb_scare_quotes", "The so-called \u201cpeace plan\u201d has been in the works for months."),
    _p(
        "nb_scare_quotes_2",
        "The government\u2019s \u201creforms\u201d have done little to cut waiting lists.",
    ),
    _p("nb_nickname", "The \u201cIron Lady\u201d led the country for eleven years."),
    _p(
        "nb_said_to_be_noun",
        "Said to be the oldest pub in England, the inn dates from the 12th century.",
    ),
    _p("nb_statement_noun", "The statement was published on the ministry\u2019s website at 9am."),
    _p("nb_warning_noun", "A yellow weather warning is in place until midnight."),
    _p("nb_report_noun", "The report runs to 400 pages and took three years to compile."),
    _p("nb_told_story", "The film told the story of a family torn apart by war."),
    _p("nb_study_noun", "The study involved 12,000 adults in five countries."),
    _p("nb_poll_noun", "The poll of 2,000 adults was carried out last week."),
    _p("nb_court_procedure", "The trial continues."),
    _p("nb_court_adjourned", "The case was adjourned until 14 March."),
    _p("nb_police_event", "Officers arrived at the scene within minutes."),
    _p("nb_fire_event", "Fire crews tackled the blaze for six hours."),
    _p("nb_weather_event", "Heavy rain swept across the north of England overnight."),
    _p("nb_live_timestamp", "12:05 GMT - Welcome to our live coverage of the budget."),
    _p("nb_recalled_product", "The carmaker recalled 300,000 vehicles over a faulty airbag."),
    _p("nb_noted_adj", "She is a noted historian of the Tudor period."),
    _p("nb_argued_case", "The barrister has argued more than 100 cases before the Supreme Court."),
    _p("nb_explained_noun", "The rise in prices is largely explained by the cost of energy."),
    _p("nb_added_numbers", "The new wing added 40 beds to the hospital."),
    _p(
        "nb_warned_past_title",
        "\u201cWarning Signs\u201d, a documentary, airs on Channel 4 tonight.",
    ),
    _p("nb_found_object", "Divers found the wreck at a depth of 60 metres."),
    _p("nb_stress_noun", "Stress levels among junior doctors are at a record high."),
    _p("nb_hearing_noun", "A preliminary hearing is scheduled for next month."),
    _p("nb_factcheck_label", "Claim: Drinking hot water kills the virus. Verdict: False."),
]

PASSAGES: tuple[Passage, ...] = tuple(
    _FEATURES
    + _LIVE
    + _COURT
    + _POLICE
    + _SCIENCE
    + _POLLS
    + _WEATHER
    + _FACTCHECK
    + _BRITISH
    + _PASSIVE
    + _VERBS
    + _NEIGHBOURS
)
