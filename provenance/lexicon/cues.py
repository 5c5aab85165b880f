"""Reporting cues of one language, read from ``data/<lang>/cues.yaml``.

A cue is a word or phrase that credits content to a source ("said", "according
to", "allegations of") or says what the text holds of its truth ("allegedly",
"has not verified", "pleaded not guilty"). Each entry names its lemma, its forms,
its *frame* (how the content follows) and its *status*; the extractors build
their regular expressions from this table, once per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import MappingProxyType
from typing import Any

from provenance.enums import ClaimStatus
from provenance.errors import LexiconError
from provenance.lexicon._files import (
    NEUTRAL,
    Entry,
    available_languages,
    entries,
    language_key,
    read_data,
)

__all__ = [
    "CueLexicon",
    "CueNoun",
    "CuePhrase",
    "CueVerb",
    "CueWord",
    "Frame",
    "SingularRule",
    "cue_lexicon",
    "unasserting_forms",
]

_STATUS = {
    "asserted": ClaimStatus.ASSERTED,
    "hedge": ClaimStatus.HEDGED,
    "denial": ClaimStatus.DENIED,
    "unconfirmed": ClaimStatus.UNCONFIRMED,
}
_FLAGS = frozenset({"unverified"})


class Frame(Enum):
    """How the content follows a cue."""

    CLAUSE = "clause"  # said (that) X / X, he said
    OBJECT = "object"  # denied X / urged X to ...
    TELL = "tell"  # told Y (that) X
    ACCORDING = "according"  # according to Y
    TO = "to"  # pleaded not guilty to X
    OF_THAT = "of_that"  # there was no evidence of X / that X
    PREVIOUS = "previous"  # X, without providing evidence
    AFTER = "after"  # was accused of X


# The frames read per cue, as plain module globals (the same objects as the members): on
# Python 3.11 ``Frame.OBJECT`` goes through the enum metaclass, as ``provenance.enums``
# says of its members; hot paths import these.
CLAUSE = Frame.CLAUSE
OBJECT = Frame.OBJECT
TELL = Frame.TELL
ACCORDING = Frame.ACCORDING


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A cue verb: its forms, frame and status.

    ``flag`` ("unverified") marks charges a fact-checker must check although the
    verb is neutral ("accused"); ``flag_sources`` limits that to sources of
    those kinds ("media" for "reported"); ``particles`` are words or phrases that make a form
    right before them another verb ("shows up at the rally", "tells the story of").
    """

    lemma: str
    forms: tuple[str, ...]
    frame: Frame
    status: ClaimStatus
    weak: bool = False
    headline: tuple[str, ...] = ()
    flag: str | None = None
    flag_sources: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueNoun:
    """A noun cue ("allegations") and the words that must follow it ("of", "that")."""

    lemma: str
    forms: tuple[str, ...]
    status: ClaimStatus
    follows: tuple[str, ...]
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class CueWord:
    """A one-word cue that is not a verb: an attributive adjective or a sentence adverb."""

    lemma: str
    forms: tuple[str, ...]
    status: ClaimStatus
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class CuePhrase:
    """A fixed phrase with its own frame ("pleaded not guilty" + "to X")."""

    forms: tuple[str, ...]
    status: ClaimStatus
    frame: Frame
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class SingularRule:
    """A plural ending and the singular ending that replaces it ("ies" -> "y")."""

    plural: str
    singular: str
    min_length: int
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Every cue of one language.

    Example:
        >>> lex = cue_lexicon("en")
        >>> lex.verb("denied").status, lex.verb("denied").lemma
        (<ClaimStatus.DENIED: 'denied'>, 'deny')
        >>> lex.noun("allegations").follows[:2]
        ('of', 'that')
    """

    language: str
    verbs: tuple[CueVerb, ...]
    according: tuple[str, ...]
    weak_participles: MappingProxyType[str, str]
    auxiliaries: tuple[str, ...]
    aux_leads: tuple[str, ...]
    adverbs: tuple[str, ...]
    negations: tuple[str, ...]
    negating_auxiliaries: tuple[str, ...]
    confirming: frozenset[str]
    open_question_lemmas: frozenset[str]
    open_question_openers: tuple[str, ...]
    refusal_objects: frozenset[str]
    anaphoric_objects: frozenset[str]
    anaphoric_determiners: tuple[str, ...]
    anaphoric_heads_after: tuple[str, ...]
    indirect_objects: tuple[str, ...]
    indirect_object_determiners: tuple[str, ...]
    ambiguous_indirect_objects: tuple[str, ...]
    name_object_determiners: tuple[str, ...]
    recipient_heads: frozenset[str]
    withheld_objects: tuple[str, ...]
    name_titles: tuple[str, ...]
    negative_subjects: tuple[str, ...]
    noun_homographs: frozenset[str]
    noun_before: frozenset[str]
    noun_after: frozenset[str]
    thing_objects: tuple[str, ...]
    #: hedge lemmas that may take a thing (thing_objects, thing_heads, demand_prepositions)
    thing_lemmas: frozenset[str]
    thing_object_exceptions: tuple[str, ...]
    claimed_objects: tuple[str, ...]
    #: facts about oneself claimed after a possessive ("asserted his innocence")
    claimed_own_objects: tuple[str, ...]
    possessives: tuple[str, ...]
    zero_that_subjects: tuple[str, ...]
    noun_adjuncts: tuple[str, ...]
    noun_adjunct_prepositions: tuple[str, ...]
    zero_that_verbs: tuple[str, ...]
    #: objects after a pronoun and a past verb that make a dropped-"that" clause
    zero_that_objects: tuple[str, ...]
    #: denial verbs turning a person down for a role, the marker and its determiners
    role_choice_lemmas: tuple[str, ...]
    role_choice_markers: tuple[str, ...]
    role_choice_determiners: tuple[str, ...]
    #: verbs after a name or a determined noun that make a dropped-"that" clause
    zero_that_name_gap_verbs: tuple[str, ...]
    #: determiners opening such a noun ("claims the minister lied")
    zero_that_name_determiners: tuple[str, ...]
    #: coordinators that open a new clause after a noun cue's content, before a name and verb
    new_clause_coordinators: tuple[str, ...]
    evaluations: tuple[str, ...]
    labeling_verbs: tuple[str, ...]
    copulas: tuple[str, ...]
    claim_heads: tuple[str, ...]
    speaker_roles: tuple[str, ...]
    source_heads: frozenset[str]
    source_modifiers: frozenset[str]
    nouns: tuple[CueNoun, ...]
    unconfirming_adjectives: tuple[str, ...]
    #: determiners before a noun cue that make its "of" name the claimant ("the claims of X")
    claimant_determiners: frozenset[str]
    claimant_prepositions: frozenset[str]
    claimant_openers: frozenset[str]
    entitlement_modifiers: frozenset[str]
    #: one-word auxiliaries, never followed by a third-person "-s" verb ("have claims")
    finite_auxiliaries: frozenset[str]
    #: auxiliaries of what may or will be: a cue after one is no report frame
    modal_auxiliaries: frozenset[str]
    #: prepositions that make a hedge verb a demand ("insisted on paying")
    demand_prepositions: tuple[str, ...]
    #: prepositions after "that" + a past form that make "that" relative ("that originated in")
    relative_prepositions: frozenset[str]
    #: what reads a "that" clause as a demand ("insisted that the first lady go")
    mandative_lemmas: frozenset[str]
    #: denial lemmas whose non-restrictive "which" object is the clause before the comma
    #: ("X said the firms merged, which Y denied on Tuesday")
    clause_relative_lemmas: frozenset[str]
    #: nouns besides the claim heads that rename the clause before them in an appositive
    #: ("X said 30 died, a figure the army disputed")
    denied_appositive_heads: frozenset[str]
    #: denial lemmas whose base form is a verb after a pronoun subject ("We deny")
    base_denial_lemmas: frozenset[str]
    #: the pronoun subjects of such a base form (case-folded)
    base_denial_subjects: frozenset[str]
    #: determiners opening such an appositive ("a claim", "an account")
    denied_appositive_determiners: frozenset[str]
    mandative_pronouns: frozenset[str]
    mandative_determiners: frozenset[str]
    mandative_stops: frozenset[str]
    mandative_followers: frozenset[str]
    irregular_pasts: frozenset[str]
    coordinators: frozenset[str]
    relative_pronouns: tuple[str, ...]
    #: word endings read by the hedge constructions (a third-person verb or a plural noun,
    #: a past form, forms that are no finite verb)
    third_person_endings: tuple[str, ...]
    not_third_person: tuple[str, ...]
    past_endings: tuple[str, ...]
    non_verb_endings: tuple[str, ...]
    complementizers: tuple[str, ...]
    attributive_after: tuple[str, ...]
    noun_followers: frozenset[str]
    adjectives: tuple[CueWord, ...]
    sentence_adverbs: tuple[CueWord, ...]
    hedging_passives: tuple[CueWord, ...]
    phrases: tuple[CuePhrase, ...]
    unverified: MappingProxyType[str, tuple[str, ...]]
    _verb_forms: MappingProxyType[str, CueVerb]
    _noun_forms: MappingProxyType[str, CueNoun]
    #: noun cue forms whose content may precede them ("sexual misconduct allegations")
    compound_nouns: frozenset[str] = frozenset()
    #: noun cue forms a denial points back with that only name what was said ("rejected
    #: the claim", "denied the report"): unlike "the allegation", no charge
    plain_claim_nouns: frozenset[str] = frozenset()
    #: noun cue forms that may name their target before their content ("allegations
    #: against the governor that ..."), and the prepositions that name it
    targeted_nouns: tuple[str, ...] = ()
    target_prepositions: tuple[str, ...] = ()
    #: words that end such a compound content on its left ("new", "probe", "into")
    compound_stopwords: frozenset[str] = frozenset()
    #: determiners that make such a compound given, not new ("the fraud allegations")
    compound_definites: frozenset[str] = frozenset()
    #: -ing words after which a denial participle stays a verb ("being disputed")
    gerund_auxiliaries: frozenset[str] = frozenset()
    #: determiners after which a denial participle is an adjective ("these disputed waters")
    participle_leads: frozenset[str] = frozenset()
    #: words joining a second report to a reported clause after a comma (", and X said")
    clause_coordinators: tuple[str, ...] = ()
    #: words joining a contrasting report, with or without a comma ("while X said")
    contrast_coordinators: tuple[str, ...] = ()
    #: nouns of a stance whose content is their preposition's object ("criticism of X")
    topic_nouns: tuple[CueNoun, ...] = ()
    #: verbs whose subject holds a topic noun they take ("raised questions about X")
    topic_light_verbs: tuple[str, ...] = ()
    #: words that end a topic noun's content besides ``noun_followers`` ("comes as")
    topic_content_ends: frozenset[str] = frozenset()
    #: heads of a document a fronted "In ..." credits with its clause ("In a poll, X")
    document_heads: tuple[str, ...] = ()
    #: document heads whose clause's subject is its speaker ("In a speech, Clinton ...")
    spoken_documents: frozenset[str] = frozenset()
    #: the preposition opening such a document phrase ("In a poll", "in the polls")
    document_prepositions: tuple[str, ...] = ()
    #: participles whose "by" agent issued such a document ("In a statement issued by X")
    document_issuers: tuple[str, ...] = ()
    #: subordinators opening a sentence: a report inside ends with the clause ("While X said Y,")
    fronted_subordinators: tuple[str, ...] = ()
    #: determiners of one thing: a bare verb form cannot follow their noun phrase ("A news
    #: report said": "report" is a noun there)
    singular_determiners: frozenset[str] = frozenset()
    #: words of a quantity of many, which agrees in the plural ("a majority of voters say")
    partitive_words: frozenset[str] = frozenset()
    #: quantifiers taking "than" that open a noun phrase ("More than half of respondents")
    comparative_quantifiers: frozenset[str] = frozenset()
    #: last words of a "to" phrase that stand as its content when no object follows
    #: ("They pleaded [not guilty]."): a denial answering the charge made before it
    bare_denial_contents: frozenset[str] = frozenset()
    #: prepositions taking a "to" phrase's object when a charge document heads it
    #: ("pleaded not guilty in [a 12-count indictment]")
    charge_prepositions: tuple[str, ...] = ()
    #: nouns naming such a document ("indictment", "charges")
    charge_documents: tuple[str, ...] = ()
    #: modifiers after a comma that go on naming the charges ("…, ranging from X to Y")
    charge_continuations: tuple[str, ...] = ()
    #: nouns a hedge participle may take a charge after as a reduced relative ("a
    #: complaint alleging [fraud]", "claims against lawmakers alleging [harassment]")
    alleging_heads: frozenset[str] = frozenset()
    #: participles of putting a question, with its asker as a "by" agent ("asked by a
    #: reporter whether X"): the agent is the source, the question the content
    question_participles: tuple[str, ...] = ()
    #: words that open the question after the agent ("whether", "if", "about", "to")
    question_openers: tuple[str, ...] = ()
    #: subordinators before a fronted question participle ("When asked about X, ...")
    question_lead_subordinators: tuple[str, ...] = ()
    #: conjunctions, then openers of a fronted adjunct that sets a scene ("But in Iowa, ...")
    intro_conjunctions: tuple[str, ...] = ()
    intro_adjunct_openers: tuple[str, ...] = ()
    #: determiners opening an intro adjunct only before a period ("This week,", not
    #: "This plan will fail,"), and the periods
    intro_period_openers: tuple[str, ...] = ()
    intro_periods: tuple[str, ...] = ()
    #: words opening an adjunct after a cue's source ("said on Monday", "told reporters")
    tail_adjunct_openers: tuple[str, ...] = ()
    #: endings of words naming a day ("Monday", "today"), adjuncts wherever they stand
    day_suffixes: tuple[str, ...] = ()
    #: words opening a short adjunct between a medial cue and its content ("in a tweet,")
    medial_adjunct_openers: tuple[str, ...] = ()
    #: coordinators after a medial cue's adjunct that go on with its content ("X paid 9%,
    #: the agency said in a report, and Y paid 1%")
    medial_coordinators: frozenset[str] = frozenset()
    #: a joiner (and adverbs) before a cue sharing the subject of the verb before it
    verb_joiners: tuple[str, ...] = ()
    verb_joiner_adverbs: tuple[str, ...] = ()
    #: auxiliaries making a cue passive ("was told"): its subject is no source
    passive_auxiliaries: tuple[str, ...] = ()
    #: degree words between a copula and an evaluation ("totally false")
    evaluation_degrees: tuple[str, ...] = ()
    #: evaluations of truth an expletive "it" takes before its clause ("it was false that")
    extraposed_evaluations: frozenset[str] = frozenset()
    #: participles between a claim head and the preposition naming its target or author
    #: ("the criticism [leveled] against X was ridiculous", "the claims [made] by X are false")
    claim_participles: tuple[str, ...] = ()
    #: words marking a claim as the evaluator's own ("his own claim was wrong"): no denial
    self_markers: tuple[str, ...] = ()
    #: words whose object opens a small clause ("videos showing [men] waving flags"): a
    #: cue participle going on with it ("..., chanting X") takes that object as its source
    small_clause_verbs: tuple[str, ...] = ()
    #: prepositions opening an absolute small clause after a comma ("..., with [supporters]
    #: waving signs, chanting X")
    small_clause_prepositions: tuple[str, ...] = ()
    #: heads of an object a denial verb discards that states no claim ("rejected a
    #: treaty", "the need for one", "attempts to block him")
    non_claim_objects: frozenset[str] = frozenset()
    #: lemmas of denial cues that remove a person from a post ("dismissed Comey in May")
    removal_lemmas: frozenset[str] = frozenset()
    #: lemmas of psych verbs whose participle after a copula and before "that" is an
    #: adjective of its subject, the source ("was worried that", "were frustrated that")
    experiencer_lemmas: frozenset[str] = frozenset()
    #: heads of a post a person is removed from, beside ``speaker_roles``
    removal_posts: tuple[str, ...] = ()
    #: words after a removed person that end the object ("dismissed Comey [in] May")
    removal_followers: tuple[str, ...] = ()
    #: lemmas of denial cues that withhold from a person or vote one down ("denied Gerrard
    #: with a tackle", "rejected Smith in the primary"): no claim denied
    person_object_lemmas: frozenset[str] = frozenset()
    #: words after such a person that end the object ("denied Gerrard [with] a tackle")
    person_object_followers: tuple[str, ...] = ()
    #: words that end the modifiers before a post ("the charges [against] the director")
    removal_blockers: tuple[str, ...] = ()
    #: determiners of a post after "as" that keep it held ("dismissed Smith as its coach")
    removal_post_determiners: tuple[str, ...] = ()
    #: heads of an object a hedge verb takes as a thing ("claiming the Republican
    #: nomination", "claiming U.S. tax breaks", "claiming allegiance to ISIS")
    thing_heads: tuple[str, ...] = ()
    #: quantities before a thing's head: "claimed thousands of victims"
    thing_partitives: tuple[str, ...] = ()
    #: hedge lemmas a reflexive object makes an action ("asserting itself"), and those objects
    #: heads of what a contest gives, a hedge verb's whole content no flag reads ("claimed
    #: victory in the marathon"): the flags layer's, the extractor keeps the hedge
    claimed_wins: frozenset[str] = frozenset()
    #: determiners a win may open with ("claimed a victory", "claimed their win")
    claimed_win_determiners: frozenset[str] = frozenset()
    reflexive_thing_lemmas: frozenset[str] = frozenset()
    reflexive_objects: frozenset[str] = frozenset()
    #: powers those lemmas exercise when one is the bare object ("asserted control over")
    exercised_objects: frozenset[str] = frozenset()
    #: fixed terms holding an attributive hedge adjective, no hedge ("probable cause")
    adjective_terms: tuple[str, ...] = ()
    #: words that end a relative pronoun's antecedent read backwards, besides the
    #: prepositions, auxiliaries and past forms ("critical [of] Republicans who suggest")
    antecedent_stops: frozenset[str] = frozenset()
    #: endings of lower-case words that end such an antecedent ("praised", "poorly")
    antecedent_stop_endings: tuple[str, ...] = ()
    #: documents whose author may follow in a reduced relative ("data it provided")
    authored_documents: frozenset[str] = frozenset()
    #: the verbs of such a relative ("filed", "provided", "released")
    authoring_verbs: frozenset[str] = frozenset()
    #: prepositions naming a document's author after it ("a letter from the Democrats")
    author_prepositions: frozenset[str] = frozenset()
    #: heads naming an organization ("the firm", "the agency"): they stand for one named before
    organization_nouns: frozenset[str] = frozenset()
    #: interview transcript labels: a question's ("Q:") and an answer's ("A:")
    question_labels: frozenset[str] = frozenset()
    #: auxiliaries opening a yes-no question, case-sensitive ("Did the minister deny the
    #: report?"): a hedge or denial cue in it reports no claim
    question_auxiliaries: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    #: lemmas of a question or a request: their content is not asserted ("asked", "urged")
    unasserting_lemmas: frozenset[str] = frozenset()
    #: stance lemmas whose gerund after one of ``event_gerund_leads`` names an act, not a
    #: claim ("after railing against the tariffs"): no claim
    event_gerund_lemmas: frozenset[str] = frozenset()
    event_gerund_leads: frozenset[str] = frozenset()
    #: cue lemmas whose subject may follow them after a comma or a quotation ("..., said
    #: the minister", "“No,” replied Smith")
    inverting_verbs: frozenset[str] = frozenset()
    #: verbs of manner of speaking that invert only after a quotation ("“Out!” yelled the
    #: crowd"); after a plain phrase and a comma their subject stands before them
    quote_inverting_verbs: frozenset[str] = frozenset()
    #: cue lemmas that report only words in quotation marks: a colon or a quotation right
    #: after them ("She went on: “...”"), or a quotation they close ("“...,” he continued")
    quotation_verbs: frozenset[str] = frozenset()
    #: pronouns that, as a cue's whole object before an adjunct, point back to what was said
    #: before ("X stated this on Monday while ..."): no content stands before the cue
    pointing_objects: frozenset[str] = frozenset()
    #: heads after "according to" naming how words came, not who said them ("according
    #: to a translation", "according to a transcript")
    according_channels: frozenset[str] = frozenset()
    #: bare nouns after "according to" naming a standard kept, no source ("according to
    #: plan", "according to schedule")
    according_standards: frozenset[str] = frozenset()
    #: modals a past report shifts its content's future to ("said it was aware and would
    #: be seeking ..."): a cue after "and" with one of them goes on with the content
    backshifted_modals: frozenset[str] = frozenset()
    #: cue lemmas whose passive with an agent reports nothing ("the road is maintained by
    #: the council")
    unreporting_passive_lemmas: frozenset[str] = frozenset()
    #: cue lemmas that may stand in a parenthetical after their content ("X, experts believe")
    parenthetical_verbs: frozenset[str] = frozenset()
    #: weak cue lemmas that report a clause whose subject is a figure with no "that"
    #: ("Organisers estimated about 1,000 people attended", "Police confirmed 12 died")
    figure_clause_lemmas: frozenset[str] = frozenset()
    #: cue lemmas giving the words written on a thing ("a shirt that read “...”") and the
    #: things that bear words no one says (signs, shirts, banners): no speaker's claim
    inscription_lemmas: frozenset[str] = frozenset()
    inscription_heads: frozenset[str] = frozenset()
    #: cue lemmas whose object may be the source relied on, not a claim (", citing
    #: hospital officials"): such an object names who gave the report before it
    relaying_lemmas: frozenset[str] = frozenset()
    #: verb forms that are plural nouns as often ("states"): a cue only right after one of
    #: ``document_form_heads``, a document that speaks ("The charge sheet states that ...",
    #: not "Member states that fail to comply")
    document_forms: frozenset[str] = frozenset()
    document_form_heads: frozenset[str] = frozenset()
    #: offices a headline names its speaker by before a name ("...: PM Modi", "...: CM
    #: Yogi"), lower case; with the speaker roles and titles
    headline_titles: frozenset[str] = frozenset()
    #: a cue's whole content asking for anonymity ("who asked not to be named"): no claim
    anonymity_requests: tuple[str, ...] = ()
    #: cue lemmas whose to-infinitive may be a physical act, no content ("refused to
    #: leave"), and those acts' verbs ("leave", "drop"): such a content is no claim
    act_refusal_lemmas: frozenset[str] = frozenset()
    refused_acts: frozenset[str] = frozenset()
    #: words between a possessive and a noun cue taking "that" ("his earlier claim that")
    noun_cue_modifiers: tuple[str, ...] = ()
    #: "In the minister's words, ...": the preposition, the heads naming a source's
    #: wording or view after a possessive, and the word that may stand between
    possessive_report_leads: tuple[str, ...] = ()
    possessive_report_heads: tuple[str, ...] = ()
    #: words that show a headline's words before a colon are a statement, not a topic
    #: ("Will not tolerate graft: Tinubu" against "India vs Australia: Highlights")
    headline_statement_words: frozenset[str] = frozenset()
    #: heads of a subject that is evidence, not a speaker ("a study found", "data show")
    evidence_heads: frozenset[str] = frozenset()
    #: documents a participle after them was done to ("a statement posted on its website
    #: said"), besides the evidence heads
    posted_documents: frozenset[str] = frozenset()
    #: participles after an evidence noun that report what it holds ("polls showing [X]")
    evidence_participles: tuple[str, ...] = ()
    #: the evidence nouns such a participle reports for ("polls showing"); no pictures
    evidence_participle_heads: tuple[str, ...] = ()
    #: cue forms that are as often plural nouns ("questions", "reports"): a cue only after a
    #: name, a pronoun or a source noun
    nounish_forms: frozenset[str] = frozenset()
    #: prepositions that may go on after a source phrase's head ("a video [of] the episode")
    head_prepositions: tuple[str, ...] = ()
    #: words around an equative's adjective before a report ("as wealthy as he [claims]")
    equative_markers: frozenset[str] = frozenset()
    #: words after a comparative before a report ("richer than he [says]")
    comparative_markers: frozenset[str] = frozenset()
    #: words before such a marker that make no comparison ("as soon as", "rather than")
    comparison_exceptions: frozenset[str] = frozenset()
    #: prizes a hedge verb's base or -ing form takes, not a claim ("to claim the nomination")
    prospective_thing_heads: frozenset[str] = frozenset()
    #: verbs that may take a noun cue as their object: after a subject before a noun cue they
    #: make a relative clause ("the claims he made"), not a dropped-"that" content clause
    zero_that_relative_verbs: frozenset[str] = frozenset()
    #: finite auxiliaries of a plural subject ("claims [are] false": a noun before them)
    plural_finite_auxiliaries: frozenset[str] = frozenset()
    #: verbs whose subject makes the noun cue they take ("The ministry [issued] a flat
    #: denial that ..."), and prepositions of an adjunct before the main clause holding a
    #: noun cue the main clause's source makes ("[In] a denial of the report, the ministry
    #: said ...") (``claims.noun_sources``)
    light_noun_verbs: frozenset[str] = frozenset()
    fronted_noun_prepositions: frozenset[str] = frozenset()
    #: adverbs that also stand before a determiner ("denied [all] that"): no adverb before
    #: a complementizer (``claims.trailing_adverbs``)
    predeterminer_adverbs: frozenset[str] = frozenset()
    #: pronouns opening a noun cue's dropped-"that" clause only in its widest reading ("it")
    zero_that_thing_subjects: tuple[str, ...] = ()
    #: an existential subject and its verbs opening a noun cue's dropped-"that" clause
    #: ("his assertion [there are] generals who agree")
    existential_subjects: tuple[str, ...] = ()
    existential_verbs: tuple[str, ...] = ()
    #: marks right after a noun cue that open its content ("Bombshell Claim: ...")
    noun_content_marks: tuple[str, ...] = ()
    #: words after a label marker that make it no label ("to reject Trump as well")
    label_exceptions: frozenset[str] = frozenset()
    #: determiners after a copula before "to" that make the next word a noun ("is an attempt")
    act_noun_determiners: frozenset[str] = frozenset()
    #: denial lemmas never meaning a refusal: after a bare "to" their object is denied
    contesting_lemmas: frozenset[str] = frozenset()
    #: adverbs of falsity in a cue: the narrator refutes the content ("falsely claimed")
    refuting_adverbs: tuple[str, ...] = ()
    #: adjectives of falsity before a noun cue of the narrator's ("the false claim that")
    refuting_adjectives: tuple[str, ...] = ()
    #: subordinators right after a denial verb: its object stands before it ("reject if")
    object_gap_subordinators: frozenset[str] = frozenset()
    #: words after a subjectless denial participle that make it a passive ("dismissed as")
    object_gap_labels: frozenset[str] = frozenset()
    #: adverbs of degree that may stand between such a participle and "as" ("so often")
    degree_adverbs: frozenset[str] = frozenset()
    #: participles of an agentless passive of expectation before an infinitive ("expected")
    expectation_participles: tuple[str, ...] = ()
    #: the auxiliaries before such a participle ("is", "are", "'s")
    expectation_auxiliaries: tuple[str, ...] = ()
    #: endings of a noun, never of a bare verb ("investment"): the subject goes on
    noun_endings: tuple[str, ...] = ()
    #: bare infinitive markers: a hedge verb after one needs a claimed object ("to claim credit")
    infinitive_markers: tuple[str, ...] = ()
    #: past participles outside past_endings and irregular_pasts ("been", "done"): a noun
    #: cue's "to have" one is a perfect ("the claim to have tested"), "to be" one a passive
    infinitive_participles: frozenset[str] = frozenset()
    #: manner adverbs that make a plain clause cue an insisting one ("argued insistently")
    insisting_adverbs: frozenset[str] = frozenset()
    #: subjects of an impersonal passive report, no source ("it was claimed he ...")
    expletive_subjects: frozenset[str] = frozenset()
    #: the words of a source phrase's grammar (``claims.subjects``): pronouns that may be a
    #: whole subject, words that end a subject's clause, prepositions inside a noun phrase,
    #: words never inside one, determiners, "polled" participles, focus adverbs, "close" words
    subject_pronouns: frozenset[str] = frozenset()
    subject_boundaries: frozenset[str] = frozenset()
    np_prepositions: frozenset[str] = frozenset()
    not_in_noun_phrase: frozenset[str] = frozenset()
    subject_determiners: frozenset[str] = frozenset()
    polled_participles: frozenset[str] = frozenset()
    #: nouns ending in "-ly" that a source phrase may hold, never read as adverbs ("the
    #: organizer of the rally said", "a spokesman for the assembly said")
    ly_nouns: frozenset[str] = frozenset()
    focus_adverbs: frozenset[str] = frozenset()
    closeness_words: frozenset[str] = frozenset()
    role_prepositions: frozenset[str] = frozenset()
    #: words after a negation that make it the correlative "not only ... but", no
    #: negation of the cue: "not only denied the report but attacked reporters"
    negation_focus: tuple[str, ...] = ()
    #: auxiliaries with the negation contracted onto them ("didn't", "hasn't", "won't"):
    #: an auxiliary and a negation in one word before a cue
    contracted_negations: tuple[str, ...] = ()
    #: participles before "by" and the outlet relaying a speaker's words ("quoted by AFP")
    relaying_participles: frozenset[str] = frozenset()
    #: a speaker's tag after a comma ("..., she said"): inside a quotation it shows the
    #: closing mark was lost before the comma (``claims.lost_closes``)
    lost_close_tags: frozenset[str] = frozenset()
    #: words before an office that make it another ("shadow chancellor", "Deputy Prime
    #: Minister"): "the chancellor" is not the one titled so (``claims.speakers``)
    office_modifiers: frozenset[str] = frozenset()
    #: role nouns of speakers a text seldom names ("the spokesman", "the official"): such
    #: a mention refers back to an unnamed one or to a person given the role, never
    #: simply to the last person named (``claims.speakers``)
    unnamed_roles: frozenset[str] = frozenset()
    #: nouns a story calls a person it has just named, no office ("the 23-year-old", "the
    #: German", "the billionaire"): the nearest person named before (``claims.speakers``)
    person_epithets: frozenset[str] = frozenset()
    #: words after a capitalised name that make it a photo credit's, never a sentence's
    #: subject ("Jane Roe via Getty Images"): an epithet never stands for it
    #: (``claims.speakers``)
    credit_name_followers: frozenset[str] = frozenset()
    #: words that open a singular subject on their own ("Another said", "One said"):
    #: before a cue word in its bare form ("Another tweet said", "One report warned") they
    #: determine that word as a noun, no subject of it (``claims.subjects``)
    singular_subjects: frozenset[str] = frozenset()
    #: pronouns as the speaker resolver reads them (``claims.speakers``): those standing
    #: for a person, the first person, possessives read in their own sentence first,
    #: those standing for a group, those standing for a thing; words after a surname that
    #: are not it ("Jr."); titles stripped before a bare surname ("Sen. Warren")
    person_pronouns: frozenset[str] = frozenset()
    first_person_pronouns: frozenset[str] = frozenset()
    possessive_person_pronouns: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()
    surname_titles: frozenset[str] = frozenset()
    #: an auxiliary contracted onto a subject ("It's arguing", "I'm telling"): the
    #: speaker is the word before it; a word not a pronoun there names no one ("Here's")
    contracted_auxiliaries: frozenset[str] = frozenset()
    #: titles of rank kept on every later mention ("Sir Ian", "Lord Butler"), and the
    #: plain honorifics ("Mr", "Mrs") never used for a person the text gave one
    rank_titles: frozenset[str] = frozenset()
    plain_honorifics: frozenset[str] = frozenset()
    #: a speaker sentence before a quotation (``claims.cue_sentences``): the pronouns that
    #: may be the whole speaker, as written ("He", "he", "I"); object pronouns, never one;
    #: capitalised words that open a sentence and are no part of a name ("But Hingis")
    speaker_pronouns: tuple[str, ...] = ()
    object_pronouns: frozenset[str] = frozenset()
    sentence_openers: frozenset[str] = frozenset()
    #: adjuncts between a clause cue and its "that" or its quotation ("said in a statement
    #: that", "said of the senator, “...”"), and the day words that stand as one ("today")
    adjunct_that_openers: tuple[str, ...] = ()
    adjunct_quote_openers: tuple[str, ...] = ()
    adjunct_day_words: tuple[str, ...] = ()
    #: subjects that open a clause only after a day adjunct ("said Sunday [it] would")
    adjunct_day_subjects: tuple[str, ...] = ()
    #: words before and after such a day ("said [late] on Tuesday [night] it would")
    adjunct_day_leads: tuple[str, ...] = ()
    adjunct_day_parts: tuple[str, ...] = ()
    #: words ending a told addressee ("told reporters [on] Friday"), and its determiners
    addressee_end_openers: tuple[str, ...] = ()
    addressee_determiners: tuple[str, ...] = ()
    #: words ending a passive's "by" agent ("rejected by the ministry [on] Monday")
    agent_adjunct_openers: tuple[str, ...] = ()
    #: determiners opening the noun phrase a relative pronoun points back to ("the attacks
    #: in Paris, which were claimed by ...")
    antecedent_determiners: tuple[str, ...] = ()
    #: determiners that are no name when capitalised at a small clause's object's head
    small_clause_determiners: frozenset[str] = frozenset()
    #: a fronted adjunct before a main clause's subject ("But in Iowa, Trump ..."): its
    #: conjunctions, then its openers (case-sensitive, as sentence openers)
    subject_intro_conjunctions: tuple[str, ...] = ()
    subject_intro_openers: tuple[str, ...] = ()
    #: endings that negate the word they end ("didn't"): a negated cue is no charge
    negation_clitics: tuple[str, ...] = ()
    #: a plural's singular, roughly: the first rule whose ending the word has (not one of
    #: its exceptions) and whose minimum length it reaches swaps the ending
    singular_rules: tuple[SingularRule, ...] = ()
    #: the words of a subject's grammar before a cue (``claims.clause_subjects``, ``spans``,
    #: ``inversions``); see the comments of the English file
    subject_np_openers: frozenset[str] = frozenset()
    clause_subject_pronouns: frozenset[str] = frozenset()
    clause_leads: frozenset[str] = frozenset()
    source_quantifiers: frozenset[str] = frozenset()
    loose_subject_prepositions: frozenset[str] = frozenset()
    not_last_in_subject: frozenset[str] = frozenset()
    loose_subject_finites: frozenset[str] = frozenset()
    relative_openers: frozenset[str] = frozenset()
    relative_heads: frozenset[str] = frozenset()
    noun_marking_determiners: frozenset[str] = frozenset()
    post_prepositions: frozenset[str] = frozenset()
    clause_finites: frozenset[str] = frozenset()
    #: a subject after a fronted adjunct or a fronted negative (``claims.fronted_subjects``)
    fronted_adjunct_openers: frozenset[str] = frozenset()
    quantifier_subjects: frozenset[str] = frozenset()
    negative_inversion_leads: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    clause_subjects: frozenset[str] = frozenset()
    as_source_pronouns: frozenset[str] = frozenset()
    #: the words of a cue's content span, a passive's agent, "quoted as", a document subject
    #: and a source phrase, a headline's label, a continuing cue's conjunction
    #: (``claims.spans``, ``inversions``, ``clause_subjects``, ``subjects``, ``layouts``,
    #: ``attribute``): each list in the order its pattern tries it; see the English file
    channel_prepositions: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    content_lead_adverbs: tuple[str, ...] = ()
    #: pro-forms standing for a whole report ("said as much", "said so"): the content
    proform_contents: tuple[str, ...] = ()
    #: cue participles opening a sentence ("Citing a poll, the senator said ...")
    fronted_participles: tuple[str, ...] = ()
    #: prepositions before a fronted cue participle ("After saying X, she ...")
    fronted_participle_leads: tuple[str, ...] = ()
    #: prepositions of the place a source after its cue is in (", said a diplomat in Brussels")
    post_source_prepositions: tuple[str, ...] = ()
    #: of those, the ones before a body that says whose sources they are (", said sources
    #: in the ministry"), and the determiners opening that body
    post_source_body_prepositions: tuple[str, ...] = ()
    post_source_body_determiners: tuple[str, ...] = ()
    #: a free relative around a cue after a contrast ("[Contrary to] [what] X said, ..."):
    #: the clause after its comma is no report of X's
    #: prepositions after a pro-form that belong to it ("said the same of Sanders")
    proform_complements: tuple[str, ...] = ()
    content_complementizers: tuple[str, ...] = ()
    demonstrative_that_verbs: tuple[str, ...] = ()
    addressee_name_determiners: tuple[str, ...] = ()
    addressee_outlet_nouns: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    addressee_pronouns: tuple[str, ...] = ()
    addressee_adjunct_openers: tuple[str, ...] = ()
    object_list_conjunctions: tuple[str, ...] = ()
    object_list_openers: tuple[str, ...] = ()
    occasion_prepositions: tuple[str, ...] = ()
    occasion_determiners: tuple[str, ...] = ()
    occasion_nouns: tuple[str, ...] = ()
    #: the prepositions joining an occasion to whom it was held with ("in an interview
    #: [with] CNN"): the name after them is the occasion's, no source
    occasion_partners: tuple[str, ...] = ()
    #: the endings of a possessive noun inside a source after its cue (", said the
    #: company's chief executive.")
    possessive_endings: tuple[str, ...] = ()
    contact_modes: tuple[str, ...] = ()
    object_end_phrases: tuple[str, ...] = ()
    comment_clause_openers: tuple[str, ...] = ()
    comment_clause_pronouns: tuple[str, ...] = ()
    comment_clause_subordinators: tuple[str, ...] = ()
    participle_lead_prepositions: tuple[str, ...] = ()
    object_end_subordinators: tuple[str, ...] = ()
    continuing_conjunctions: tuple[str, ...] = ()
    continuing_subordinators: tuple[str, ...] = ()
    clause_subject_quantifiers: tuple[str, ...] = ()
    gerund_prepositions: tuple[str, ...] = ()
    loose_source_ends: tuple[str, ...] = ()
    splice_pronouns: tuple[str, ...] = ()
    agent_prepositions: tuple[str, ...] = ()
    quoted_auxiliaries: tuple[str, ...] = ()
    quoted_adverbs: tuple[str, ...] = ()
    quoted_participles: tuple[str, ...] = ()
    quoted_prepositions: tuple[str, ...] = ()
    quoted_markers: tuple[str, ...] = ()
    evidence_documents: tuple[str, ...] = ()
    document_participles: tuple[str, ...] = ()
    #: verbs that argue against a claim, closing an appositive's relative clause (", an
    #: account the organisers contested"): the relative's subject denies the clause before
    appositive_denial_forms: tuple[str, ...] = ()
    #: passive auxiliaries after an appositive's relative (", a claim that [was] denied by")
    appositive_passive_auxiliaries: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    definite_articles: tuple[str, ...] = ()
    intro_prepositions: tuple[str, ...] = ()
    head_suffixes: tuple[str, ...] = ()
    contracting_pronouns: tuple[str, ...] = ()
    contraction_endings: tuple[str, ...] = ()
    headline_source_labels: tuple[str, ...] = ()
    continuation_conjunctions: tuple[str, ...] = ()
    #: words before a gerund a base denial takes as its claim ("“I deny [ever] taking a
    #: bribe,” he said"), and words ending "-ing" that are no gerund ("I deny nothing")
    denied_gerund_leads: tuple[str, ...] = ()
    non_gerunds: tuple[str, ...] = ()
    #: pronouns of a free relative whose gap is a reported clause's subject ("condemned
    #: [what] he claimed was a cover-up"): the cue inside it still reports that clause
    free_relative_pronouns: tuple[str, ...] = ()
    #: words after a possessive phrase's "-s" word that make it a plural noun, no
    #: present verb ("claims his benefits each month")
    possessive_present_stops: tuple[str, ...] = ()
    #: present "-s" verbs that take no object and are no plural noun after a possessive
    #: phrase, read as the clause's verb before a preposition too ("claims their leader
    #: remains in hiding")
    possessive_present_verbs: tuple[str, ...] = ()
    #: determiners that make a subject negative with the noun after them ("neither
    #: company has disputed it"): a denial verb after them denies nothing
    negative_determiners: tuple[str, ...] = ()
    #: connectives opening a sentence whose report verb points back and reports nothing
    #: ("Having said that, ..."): the cue inside one is no cue
    connective_leads: tuple[str, ...] = ()
    #: paragraph openers before a colon that label the paragraph, no speaker ("Key
    #: event:", a fact-check's "Claim:" and "Verdict:"), beside the extractor's own
    layout_labels: tuple[str, ...] = ()

    def singular(self, word: str) -> str:
        """A lower-case plural's singular by ``singular_rules``; any other word as it is.

        Example:
            >>> lex = cue_lexicon("en")
            >>> lex.singular("ministers"), lex.singular("studies"), lex.singular("press")
            ('minister', 'study', 'press')
        """
        for rule in self.singular_rules:
            if (
                word.endswith(rule.plural)
                and len(word) >= rule.min_length
                and not word.endswith(rule.exceptions)
            ):
                return word[: len(word) - len(rule.plural)] + rule.singular
        return word

    def verb(self, form: str) -> CueVerb:
        """The verb entry of a form ("denied", "Says", "points  out").

        Raises:
            KeyError: ``form`` is no form of a cue verb.
        """
        key = " ".join(form.split())
        found = self._verb_forms.get(key) or self._verb_forms.get(key.lower())
        if found is None:
            raise KeyError(form)
        return found

    def noun(self, form: str) -> CueNoun:
        """The noun entry of a form ("allegations").

        Raises:
            KeyError: ``form`` is no form of a noun cue.
        """
        return self._noun_forms[form.lower()]

    @property
    def noun_forms(self) -> frozenset[str]:
        """Every noun cue form, lower-cased ("allegations", "claim", "denials")."""
        return frozenset(self._noun_forms)

    def lemmas(self, status: ClaimStatus) -> frozenset[str]:
        """Lemmas of the verbs with a status (the hedges, the denials)."""
        return frozenset(v.lemma for v in self.verbs if v.status is status)

    def lemma_of(self, form: str) -> str | None:
        """The lemma of a one-word cue form: verb, noun, adjective or adverb.

        Example:
            >>> lex = cue_lexicon("en")
            >>> lex.lemma_of("Allegations"), lex.lemma_of("accused"), lex.lemma_of("table")
            ('allege', 'accuse', None)
        """
        return _lemma_table(self.language).get(form.lower())

    def flagged_forms(self) -> MappingProxyType[str, tuple[str, ...]]:
        """Forms of flagged verbs and nouns ("accused", "reported"), with their source kinds.

        An empty tuple of kinds means the flag holds whatever the source.
        """
        out: dict[str, tuple[str, ...]] = {}
        for n in self.nouns:
            if n.flag:
                out.update(dict.fromkeys(n.forms, ()))
        for w in (*self.adjectives, *self.sentence_adverbs, *self.hedging_passives):
            if w.flag:
                out.update(dict.fromkeys(w.forms, ()))
        for p in self.phrases:
            if p.flag:
                out.update(dict.fromkeys((f.split()[-2] for f in p.forms if " " in f), ()))
        for v in self.verbs:  # a verb's limits win where a form is both ("reports")
            if v.flag:
                out.update(dict.fromkeys(v.forms, v.flag_sources))
        return MappingProxyType(out)


@cache
def _lemma_table(language: str) -> dict[str, str]:
    lex = cue_lexicon(language)
    out: dict[str, str] = {}
    entries: tuple[CueWord | CueNoun | CueVerb, ...] = (
        *lex.adjectives,
        *lex.sentence_adverbs,
        *lex.nouns,
        *lex.verbs,
    )
    for entry in entries:  # a verb's lemma wins where a form is both ("claims")
        out.update((f.lower(), entry.lemma) for f in entry.forms if " " not in f)
    return out


def _status(e: Entry) -> ClaimStatus:
    return _STATUS[e.choice("status", frozenset(_STATUS), "asserted")]


def _flag(e: Entry) -> str | None:
    flag = e.opt_text("flag")
    if flag is not None and flag not in _FLAGS:
        raise e.error(f"'flag' must be one of {sorted(_FLAGS)}, got {flag!r}")
    return flag


def _forms(e: Entry) -> tuple[str, ...]:
    forms = e.texts("forms")
    if not forms:
        raise e.error("'forms' must list at least one form")
    return tuple(" ".join(f.split()) for f in forms)


#: the word lists of the ``unverified`` mapping ("could not be independently verified")
_UNVERIFIED_KEYS = (
    "verbs",
    "participles",
    "adverbs",
    "modals",
    "possibility_adjectives",
    "impossibility_adjectives",
    "appositive_determiners",
    "appositive_relatives",
    "appositive_heads",
    "appositive_auxiliaries",
    "unproven_copulas",
    "unproven_adjectives",
    "absence_leads",
    "absence_modifiers",
    "absence_nouns",
)


def _words(data: dict[str, Any], key: str, file: str) -> tuple[str, ...]:
    return Entry({key: data.get(key, ())}, file, key).texts(key)


#: the word lists of a source phrase's grammar, each a field of the same name
_SUBJECT_KEYS = (
    "subject_pronouns",
    "subject_boundaries",
    "np_prepositions",
    "not_in_noun_phrase",
    "subject_determiners",
    "polled_participles",
    "ly_nouns",
    "focus_adverbs",
    "closeness_words",
    "role_prepositions",
    "relaying_participles",
    "lost_close_tags",
    "person_pronouns",
    "first_person_pronouns",
    "possessive_person_pronouns",
    "group_pronouns",
    "thing_pronouns",
    "name_suffixes",
    "surname_titles",
    "contracted_auxiliaries",
    "rank_titles",
    "plain_honorifics",
    "light_noun_verbs",
    "fronted_noun_prepositions",
    "predeterminer_adverbs",
)


#: the word sets of a subject's grammar before a cue, each a field of the same name
_CLAUSE_SUBJECT_KEYS = (
    "subject_np_openers",
    "clause_subject_pronouns",
    "clause_leads",
    "source_quantifiers",
    "loose_subject_prepositions",
    "not_last_in_subject",
    "loose_subject_finites",
    "relative_openers",
    "relative_heads",
    "noun_marking_determiners",
    "post_prepositions",
    "clause_finites",
    "fronted_adjunct_openers",
    "quantifier_subjects",
    "negative_inversion_leads",
    "clause_words",
    "clause_subjects",
    "as_source_pronouns",
)


#: the ordered word lists of the content span and its neighbours, each a field of the same name
_SPAN_KEYS = (
    "channel_prepositions",
    "channels",
    "content_lead_adverbs",
    "proform_contents",
    "fronted_participles",
    "fronted_participle_leads",
    "post_source_prepositions",
    "post_source_body_prepositions",
    "post_source_body_determiners",
    "proform_complements",
    "content_complementizers",
    "demonstrative_that_verbs",
    "addressee_name_determiners",
    "addressee_outlet_nouns",
    "addressees",
    "addressee_pronouns",
    "addressee_adjunct_openers",
    "object_list_conjunctions",
    "object_list_openers",
    "occasion_prepositions",
    "occasion_determiners",
    "occasion_nouns",
    "occasion_partners",
    "possessive_endings",
    "contact_modes",
    "object_end_phrases",
    "comment_clause_openers",
    "comment_clause_pronouns",
    "comment_clause_subordinators",
    "participle_lead_prepositions",
    "object_end_subordinators",
    "continuing_conjunctions",
    "continuing_subordinators",
    "clause_subject_quantifiers",
    "gerund_prepositions",
    "loose_source_ends",
    "splice_pronouns",
    "agent_prepositions",
    "quoted_auxiliaries",
    "quoted_adverbs",
    "quoted_participles",
    "quoted_prepositions",
    "quoted_markers",
    "evidence_documents",
    "document_participles",
    "appositive_denial_forms",
    "appositive_passive_auxiliaries",
    "weekdays",
    "definite_articles",
    "intro_prepositions",
    "head_suffixes",
    "contracting_pronouns",
    "contraction_endings",
    "headline_source_labels",
    "continuation_conjunctions",
    "denied_gerund_leads",
    "non_gerunds",
    "free_relative_pronouns",
    "possessive_present_stops",
    "possessive_present_verbs",
    "negative_determiners",
    "connective_leads",
    "layout_labels",
)


def _lowered(data: dict[str, Any], key: str, file: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _words(data, key, file))


def _frame(e: Entry, default: str) -> Frame:
    return Frame(e.choice("frame", frozenset(f.value for f in Frame), default))


def cue_lexicon(language: str | None = "en") -> CueLexicon:
    """The cue lexicon of a language (a BCP 47 tag or key), read and validated once.

    Example:
        >>> cue_lexicon("en-GB").verb("claimed").status
        <ClaimStatus.HEDGED: 'hedged'>

    Raises:
        LexiconError: the file is missing or an entry is malformed; the message
            names the file and the entry.
    """
    return _load_tag(language)


@cache
def unasserting_forms(language: str | None = "en") -> frozenset[str]:
    """Lower-cased forms of the cue verbs that ask or request, not assert ("asked").

    Empty for a language without a cue file: nothing is read with another's words.

    Example:
        >>> sorted(f for f in unasserting_forms("en") if f.startswith("ask"))
        ['ask', 'asked', 'asking', 'asks']
        >>> unasserting_forms("de")
        frozenset()
        >>> unasserting_forms(None) is unasserting_forms("en-GB")  # one set a language
        True
    """
    return _unasserting_forms(language_key(language))


@cache
def _unasserting_forms(key: str) -> frozenset[str]:
    """:func:`unasserting_forms` per lexicon key: every tag of one language shares the
    same set, so caches keyed by it (``tables.build``'s phrase tables) match by identity."""
    if key == NEUTRAL or key not in available_languages():
        return frozenset()
    try:
        lex = _load(key)
    except LexiconError as exc:
        if "file not found" in exc.problem:
            return frozenset()
        raise
    return frozenset(
        f.lower() for v in lex.verbs if v.lemma in lex.unasserting_lemmas for f in v.forms
    )


@cache
def _load_tag(language: str | None) -> CueLexicon:
    """Per language tag (a handful per process): resolving the key reads the data folder."""
    return _load(language_key(language))


def _more(data: dict[str, Any], file: str, key: str) -> tuple[Entry, ...]:
    """Entries of an optional list appended at the end of a file ("more_verbs")."""
    return tuple(entries(data, file, key)) if key in data else ()


@cache
def _load(key: str) -> CueLexicon:
    """Read and validate ``<key>/cues.yaml`` (once per language key)."""
    file = f"{key}/cues.yaml"
    data = read_data(file)
    if not isinstance(data, dict):
        raise LexiconError(file, "expected a mapping at the top")
    verbs = tuple(
        CueVerb(
            lemma=e.text("lemma"),
            forms=_forms(e),
            frame=_frame(e, "clause"),
            status=_status(e),
            weak=e.flag("weak"),
            headline=e.texts("headline"),
            flag=_flag(e),
            flag_sources=e.texts("flag_sources"),
            particles=e.texts("particles"),
        )
        for e in (
            *entries(data, file, "verbs"),
            *_more(data, file, "more_verbs"),
            *_more(data, file, "feature_verbs"),
        )
    )
    verb_forms: dict[str, CueVerb] = {}
    for v in verbs:
        for form in (*v.forms, *v.headline):
            if form in verb_forms and verb_forms[form] is not v:
                raise LexiconError(file, f"verb form {form!r} is listed twice")
            verb_forms[form] = v
    for form in _words(data, "document_forms", file):
        if form not in verb_forms:
            raise LexiconError(file, f"document_forms: {form!r} is no verb form of the file")
    nouns = tuple(
        CueNoun(
            lemma=e.text("lemma"),
            forms=_forms(e),
            status=_status(e),
            follows=e.texts("follows"),
            flag=_flag(e),
        )
        for e in (*entries(data, file, "nouns"), *_more(data, file, "more_nouns"))
    )
    weak = Entry({"w": data.get("weak_participles", {})}, file, "weak_participles").data["w"]
    if not isinstance(weak, dict) or not all(
        isinstance(k, str) and v in {x.lemma for x in verbs} for k, v in weak.items()
    ):
        raise LexiconError(file, "weak_participles: each form must map to a verb lemma")
    unverified = data.get("unverified", {})
    if not isinstance(unverified, dict):
        raise LexiconError(file, "unverified: expected a mapping")
    return CueLexicon(
        language=key,
        verbs=verbs,
        according=_words(data, "according", file),
        weak_participles=MappingProxyType(dict(weak)),
        auxiliaries=_words(data, "auxiliaries", file),
        aux_leads=_words(data, "aux_leads", file),
        adverbs=_words(data, "adverbs", file),
        negations=_words(data, "negations", file),
        negating_auxiliaries=_words(data, "negating_auxiliaries", file),
        negation_focus=_words(data, "negation_focus", file),
        contracted_negations=_words(data, "contracted_negations", file),
        confirming=frozenset(_words(data, "confirming", file)),
        open_question_lemmas=frozenset(_words(data, "open_question_lemmas", file)),
        open_question_openers=_words(data, "open_question_openers", file),
        refusal_objects=frozenset(_words(data, "refusal_objects", file)),
        anaphoric_objects=_lowered(data, "anaphoric_objects", file),
        anaphoric_determiners=_words(data, "anaphoric_determiners", file),
        anaphoric_heads_after=_words(data, "anaphoric_heads_after", file),
        indirect_objects=_words(data, "indirect_objects", file),
        indirect_object_determiners=_words(data, "indirect_object_determiners", file),
        ambiguous_indirect_objects=_words(data, "ambiguous_indirect_objects", file),
        name_object_determiners=_words(data, "name_object_determiners", file),
        recipient_heads=frozenset(_words(data, "recipient_heads", file)),
        withheld_objects=_words(data, "withheld_objects", file),
        name_titles=_words(data, "name_titles", file),
        negative_subjects=_words(data, "negative_subjects", file),
        noun_homographs=frozenset(_words(data, "noun_homographs", file)),
        noun_before=frozenset(_words(data, "noun_before", file)),
        noun_after=frozenset(_words(data, "noun_after", file)),
        thing_objects=_words(data, "thing_objects", file),
        thing_lemmas=frozenset(_words(data, "thing_lemmas", file)),
        thing_object_exceptions=_words(data, "thing_object_exceptions", file),
        claimed_objects=_words(data, "claimed_objects", file),
        claimed_own_objects=_words(data, "claimed_own_objects", file),
        possessives=_words(data, "possessives", file),
        zero_that_subjects=_words(data, "zero_that_subjects", file),
        noun_adjuncts=_words(data, "noun_adjuncts", file),
        noun_adjunct_prepositions=_words(data, "noun_adjunct_prepositions", file),
        zero_that_verbs=_words(data, "zero_that_verbs", file),
        zero_that_objects=_words(data, "zero_that_objects", file),
        role_choice_lemmas=_words(data, "role_choice_lemmas", file),
        role_choice_markers=_words(data, "role_choice_markers", file),
        role_choice_determiners=_words(data, "role_choice_determiners", file),
        zero_that_name_gap_verbs=_words(data, "zero_that_name_gap_verbs", file),
        zero_that_name_determiners=_words(data, "zero_that_name_determiners", file),
        new_clause_coordinators=_words(data, "new_clause_coordinators", file),
        evaluations=_words(data, "evaluations", file),
        labeling_verbs=_words(data, "labeling_verbs", file),
        copulas=_words(data, "copulas", file),
        claim_heads=_words(data, "claim_heads", file),
        speaker_roles=_words(data, "speaker_roles", file),
        office_modifiers=_lowered(data, "office_modifiers", file),
        unnamed_roles=_lowered(data, "unnamed_roles", file),
        person_epithets=_lowered(data, "person_epithets", file),
        credit_name_followers=_lowered(data, "credit_name_followers", file),
        singular_subjects=_lowered(data, "singular_subjects", file),
        source_heads=frozenset(_words(data, "source_heads", file)),
        source_modifiers=frozenset(_words(data, "source_modifiers", file)),
        nouns=nouns,
        unconfirming_adjectives=_words(data, "unconfirming_adjectives", file),
        claimant_determiners=frozenset(_words(data, "claimant_determiners", file)),
        claimant_prepositions=frozenset(_words(data, "claimant_prepositions", file)),
        claimant_openers=frozenset(_words(data, "claimant_openers", file)),
        entitlement_modifiers=frozenset(_words(data, "entitlement_modifiers", file)),
        finite_auxiliaries=frozenset(_words(data, "finite_auxiliaries", file)),
        modal_auxiliaries=frozenset(_words(data, "modal_auxiliaries", file)),
        demand_prepositions=_words(data, "demand_prepositions", file),
        relative_prepositions=frozenset(_words(data, "relative_prepositions", file)),
        mandative_lemmas=frozenset(_words(data, "mandative_lemmas", file)),
        clause_relative_lemmas=frozenset(_words(data, "clause_relative_lemmas", file)),
        denied_appositive_heads=frozenset(_words(data, "denied_appositive_heads", file)),
        base_denial_lemmas=frozenset(_words(data, "base_denial_lemmas", file)),
        base_denial_subjects=frozenset(
            w.casefold() for w in _words(data, "base_denial_subjects", file)
        ),
        denied_appositive_determiners=frozenset(
            _words(data, "denied_appositive_determiners", file)
        ),
        mandative_pronouns=frozenset(_words(data, "mandative_pronouns", file)),
        mandative_determiners=frozenset(_words(data, "mandative_determiners", file)),
        mandative_stops=frozenset(_words(data, "mandative_stops", file)),
        mandative_followers=frozenset(_words(data, "mandative_followers", file)),
        irregular_pasts=frozenset(_words(data, "irregular_pasts", file)),
        coordinators=frozenset(_words(data, "coordinators", file)),
        relative_pronouns=_words(data, "relative_pronouns", file),
        antecedent_stops=_lowered(data, "antecedent_stops", file),
        antecedent_stop_endings=_words(data, "antecedent_stop_endings", file),
        authored_documents=_lowered(data, "authored_documents", file),
        authoring_verbs=_lowered(data, "authoring_verbs", file),
        author_prepositions=_lowered(data, "author_prepositions", file),
        organization_nouns=_lowered(data, "organization_nouns", file),
        question_labels=frozenset(_words(data, "question_labels", file)),
        question_auxiliaries=frozenset(_words(data, "question_auxiliaries", file)),
        answer_labels=frozenset(_words(data, "answer_labels", file)),
        unasserting_lemmas=_lowered(data, "unasserting_lemmas", file),
        event_gerund_lemmas=_lowered(data, "event_gerund_lemmas", file),
        event_gerund_leads=_lowered(data, "event_gerund_leads", file),
        inverting_verbs=_lowered(data, "inverting_verbs", file),
        quote_inverting_verbs=_lowered(data, "quote_inverting_verbs", file),
        quotation_verbs=_lowered(data, "quotation_verbs", file),
        pointing_objects=_lowered(data, "pointing_objects", file),
        according_channels=_lowered(data, "according_channels", file),
        according_standards=_lowered(data, "according_standards", file),
        backshifted_modals=_lowered(data, "backshifted_modals", file),
        unreporting_passive_lemmas=_lowered(data, "unreporting_passive_lemmas", file),
        parenthetical_verbs=_lowered(data, "parenthetical_verbs", file),
        figure_clause_lemmas=_lowered(data, "figure_clause_lemmas", file),
        inscription_lemmas=_lowered(data, "inscription_lemmas", file),
        inscription_heads=_lowered(data, "inscription_heads", file),
        relaying_lemmas=_lowered(data, "relaying_lemmas", file),
        document_forms=_lowered(data, "document_forms", file),
        document_form_heads=_lowered(data, "document_form_heads", file),
        headline_titles=_lowered(data, "headline_titles", file),
        anonymity_requests=tuple(w.lower() for w in _words(data, "anonymity_requests", file)),
        act_refusal_lemmas=_lowered(data, "act_refusal_lemmas", file),
        refused_acts=_lowered(data, "refused_acts", file),
        noun_cue_modifiers=_words(data, "noun_cue_modifiers", file),
        possessive_report_leads=_words(data, "possessive_report_leads", file),
        possessive_report_heads=_words(data, "possessive_report_heads", file),
        headline_statement_words=_lowered(data, "headline_statement_words", file),
        evidence_heads=_lowered(data, "evidence_heads", file),
        posted_documents=_lowered(data, "posted_documents", file),
        evidence_participles=_words(data, "evidence_participles", file),
        evidence_participle_heads=_words(data, "evidence_participle_heads", file),
        nounish_forms=_lowered(data, "nounish_forms", file),
        head_prepositions=_words(data, "head_prepositions", file),
        third_person_endings=_words(data, "third_person_endings", file),
        not_third_person=_words(data, "not_third_person", file),
        past_endings=_words(data, "past_endings", file),
        non_verb_endings=_words(data, "non_verb_endings", file),
        complementizers=_words(data, "complementizers", file),
        attributive_after=_words(data, "attributive_after", file),
        noun_followers=frozenset(_words(data, "noun_followers", file)),
        adjectives=tuple(
            CueWord(e.text("lemma"), _forms(e), _status(e), _flag(e))
            for e in entries(data, file, "adjectives")
        ),
        sentence_adverbs=tuple(
            CueWord(e.text("lemma"), _forms(e), _status(e), _flag(e))
            for e in entries(data, file, "sentence_adverbs")
        ),
        hedging_passives=tuple(
            CueWord(e.text("lemma"), _forms(e), _status(e), _flag(e))
            for e in entries(data, file, "hedging_passives")
        ),
        phrases=tuple(
            CuePhrase(_forms(e), _status(e), _frame(e, "previous"), _flag(e))
            for e in entries(data, file, "phrases")
        ),
        unverified=MappingProxyType({k: _words(unverified, k, file) for k in _UNVERIFIED_KEYS}),
        _verb_forms=MappingProxyType(verb_forms),
        _noun_forms=MappingProxyType({f.lower(): n for n in nouns for f in n.forms}),
        compound_nouns=_noun_cue_forms(data, file, nouns, "compound_nouns"),
        plain_claim_nouns=_noun_cue_forms(data, file, nouns, "plain_claim_nouns"),
        targeted_nouns=_words(data, "targeted_nouns", file),
        target_prepositions=_words(data, "target_prepositions", file),
        compound_stopwords=_lowered(data, "compound_stopwords", file),
        compound_definites=_lowered(data, "compound_definites", file),
        gerund_auxiliaries=frozenset(_words(data, "gerund_auxiliaries", file)),
        participle_leads=frozenset(_lowered(data, "participle_leads", file)),
        small_clause_verbs=_words(data, "small_clause_verbs", file),
        small_clause_prepositions=_words(data, "small_clause_prepositions", file),
        non_claim_objects=frozenset(_words(data, "non_claim_objects", file)),
        removal_lemmas=frozenset(_words(data, "removal_lemmas", file)),
        experiencer_lemmas=frozenset(_words(data, "experiencer_lemmas", file)),
        removal_posts=_words(data, "removal_posts", file),
        removal_followers=_words(data, "removal_followers", file),
        person_object_lemmas=frozenset(_words(data, "person_object_lemmas", file)),
        person_object_followers=_words(data, "person_object_followers", file),
        removal_blockers=_words(data, "removal_blockers", file),
        removal_post_determiners=_words(data, "removal_post_determiners", file),
        thing_heads=_words(data, "thing_heads", file),
        thing_partitives=_words(data, "thing_partitives", file),
        claimed_wins=_lowered(data, "claimed_wins", file),
        claimed_win_determiners=_lowered(data, "claimed_win_determiners", file),
        reflexive_thing_lemmas=_lowered(data, "reflexive_thing_lemmas", file),
        reflexive_objects=_lowered(data, "reflexive_objects", file),
        exercised_objects=_lowered(data, "exercised_objects", file),
        adjective_terms=_words(data, "adjective_terms", file),
        clause_coordinators=_words(data, "clause_coordinators", file),
        contrast_coordinators=_words(data, "contrast_coordinators", file),
        topic_nouns=_topic_nouns(data, file),
        topic_light_verbs=_words(data, "topic_light_verbs", file),
        topic_content_ends=frozenset(_words(data, "topic_content_ends", file)),
        document_heads=_words(data, "document_heads", file),
        document_prepositions=_words(data, "document_prepositions", file),
        document_issuers=_words(data, "document_issuers", file),
        spoken_documents=_lowered(data, "spoken_documents", file),
        fronted_subordinators=_words(data, "fronted_subordinators", file),
        singular_determiners=_lowered(data, "singular_determiners", file),
        partitive_words=_lowered(data, "partitive_words", file),
        comparative_quantifiers=_lowered(data, "comparative_quantifiers", file),
        bare_denial_contents=frozenset(
            w.lower() for w in _words(data, "bare_denial_contents", file)
        ),
        charge_prepositions=_words(data, "charge_prepositions", file),
        charge_documents=_words(data, "charge_documents", file),
        charge_continuations=_words(data, "charge_continuations", file),
        alleging_heads=frozenset(w.lower() for w in _words(data, "alleging_heads", file)),
        question_participles=_words(data, "question_participles", file),
        question_openers=_words(data, "question_openers", file),
        question_lead_subordinators=_words(data, "question_lead_subordinators", file),
        intro_conjunctions=_words(data, "intro_conjunctions", file),
        intro_adjunct_openers=_words(data, "intro_adjunct_openers", file),
        intro_period_openers=_words(data, "intro_period_openers", file),
        intro_periods=_words(data, "intro_periods", file),
        tail_adjunct_openers=_words(data, "tail_adjunct_openers", file),
        day_suffixes=_words(data, "day_suffixes", file),
        medial_adjunct_openers=_words(data, "medial_adjunct_openers", file),
        medial_coordinators=frozenset(_words(data, "medial_coordinators", file)),
        verb_joiners=_words(data, "verb_joiners", file),
        verb_joiner_adverbs=_words(data, "verb_joiner_adverbs", file),
        passive_auxiliaries=_words(data, "passive_auxiliaries", file),
        evaluation_degrees=_words(data, "evaluation_degrees", file),
        extraposed_evaluations=_lowered(data, "extraposed_evaluations", file),
        claim_participles=_words(data, "claim_participles", file),
        self_markers=_words(data, "self_markers", file),
        equative_markers=_lowered(data, "equative_markers", file),
        comparative_markers=_lowered(data, "comparative_markers", file),
        comparison_exceptions=_lowered(data, "comparison_exceptions", file),
        prospective_thing_heads=_lowered(data, "prospective_thing_heads", file),
        zero_that_relative_verbs=frozenset(_words(data, "zero_that_relative_verbs", file)),
        plural_finite_auxiliaries=_lowered(data, "plural_finite_auxiliaries", file),
        zero_that_thing_subjects=_words(data, "zero_that_thing_subjects", file),
        existential_subjects=_words(data, "existential_subjects", file),
        existential_verbs=_words(data, "existential_verbs", file),
        noun_content_marks=_words(data, "noun_content_marks", file),
        label_exceptions=_lowered(data, "label_exceptions", file),
        act_noun_determiners=_lowered(data, "act_noun_determiners", file),
        contesting_lemmas=_lowered(data, "contesting_lemmas", file),
        refuting_adverbs=_words(data, "refuting_adverbs", file),
        refuting_adjectives=_words(data, "refuting_adjectives", file),
        object_gap_subordinators=_lowered(data, "object_gap_subordinators", file),
        object_gap_labels=_lowered(data, "object_gap_labels", file),
        degree_adverbs=_lowered(data, "degree_adverbs", file),
        expectation_participles=tuple(_words(data, "expectation_participles", file)),
        expectation_auxiliaries=tuple(_words(data, "expectation_auxiliaries", file)),
        noun_endings=_words(data, "noun_endings", file),
        infinitive_markers=_words(data, "infinitive_markers", file),
        infinitive_participles=_lowered(data, "infinitive_participles", file),
        insisting_adverbs=_lowered(data, "insisting_adverbs", file),
        expletive_subjects=_lowered(data, "expletive_subjects", file),
        speaker_pronouns=_words(data, "speaker_pronouns", file),
        object_pronouns=_lowered(data, "object_pronouns", file),
        sentence_openers=frozenset(_words(data, "sentence_openers", file)),
        adjunct_that_openers=_words(data, "adjunct_that_openers", file),
        adjunct_quote_openers=_words(data, "adjunct_quote_openers", file),
        adjunct_day_words=_words(data, "adjunct_day_words", file),
        adjunct_day_subjects=_words(data, "adjunct_day_subjects", file),
        adjunct_day_leads=_words(data, "adjunct_day_leads", file),
        adjunct_day_parts=_words(data, "adjunct_day_parts", file),
        addressee_end_openers=_words(data, "addressee_end_openers", file),
        addressee_determiners=_words(data, "addressee_determiners", file),
        agent_adjunct_openers=_words(data, "agent_adjunct_openers", file),
        antecedent_determiners=_words(data, "antecedent_determiners", file),
        small_clause_determiners=_lowered(data, "small_clause_determiners", file),
        subject_intro_conjunctions=_words(data, "subject_intro_conjunctions", file),
        subject_intro_openers=_words(data, "subject_intro_openers", file),
        negation_clitics=_words(data, "negation_clitics", file),
        singular_rules=_singular_rules(data, file),
        **_named_lists(data, file),
    )


def _named_lists(data: dict[str, Any], file: str) -> dict[str, Any]:
    """The word lists loaded by key alone: lower-cased sets, then lists in their order."""
    out: dict[str, Any] = {k: _lowered(data, k, file) for k in _CLAUSE_SUBJECT_KEYS}
    out.update({k: _lowered(data, k, file) for k in _SUBJECT_KEYS})
    out.update({k: _words(data, k, file) for k in _SPAN_KEYS})
    return out


def _singular_rules(data: dict[str, Any], file: str) -> tuple[SingularRule, ...]:
    """The ``singular_rules`` entries, in order: each names a non-empty plural ending.

    Raises:
        LexiconError: an entry has no plural ending or a minimum length below it.
    """
    out = []
    for e in _more(data, file, "singular_rules"):
        plural = e.text("plural")
        singular = e.opt_text("singular") or ""
        raw = e.data.get("min_length", len(plural) + 1)
        if not isinstance(raw, int) or isinstance(raw, bool) or raw <= len(plural):
            raise e.error("'min_length' must be an integer longer than the plural ending")
        out.append(SingularRule(plural, singular, raw, e.texts("exceptions")))
    return tuple(out)


def _noun_cue_forms(
    data: dict[str, Any], file: str, nouns: tuple[CueNoun, ...], key: str
) -> frozenset[str]:
    """The forms listed under ``key``, each a form of a noun cue of the same file.

    Raises:
        LexiconError: a form is no noun cue's form.
    """
    forms = {f.lower() for n in nouns for f in n.forms}
    found = _lowered(data, key, file)
    unknown = sorted(found - forms)
    if unknown:
        raise LexiconError(file, f"{key}: {unknown} are no forms of the nouns list")
    return found


def _topic_nouns(data: dict[str, Any], file: str) -> tuple[CueNoun, ...]:
    """The ``topic_nouns`` entries; each must name the prepositions it takes.

    Raises:
        LexiconError: an entry has no ``follows``.
    """
    out = []
    for e in _more(data, file, "topic_nouns"):
        follows = e.texts("follows")
        if not follows:
            raise e.error("'follows' must list the prepositions whose object is the content")
        out.append(CueNoun(e.text("lemma"), _forms(e), _status(e), follows, _flag(e)))
    return tuple(out)
