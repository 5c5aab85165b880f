"""Who said it: resolve located source mentions to :class:`SourceInfo` records.

Pronouns ("he", "they") and role nouns ("the minister") go to the nearest fitting
source named before them, a person whose gender the text tells only from a pronoun
or noun of that gender ("she" never to "Jeff Merkley" or "Mr. Obama"; ``genders.yaml``);
a possessive ("his attacks on") to the person its own sentence names first; a
relative pronoun ("voters who say", "a super PAC that backed") to the noun phrase it
stands for; a document with its author ("data it provided", "disclosures the firm
filed", "a letter from the Democrats") to the author; a document named before
("according to the letter") to who spoke in it; an interview's "A:" lines, and the
"I" of its answers, to the person its introduction names most; a bare surname after a full name
("Clinton" after "Hillary Clinton") goes to the full name; everything else goes
through the :class:`~provenance.extractors.sources.SourceRegistry`. The mention as
written stays the claim's ``source_text``: only its resolution changes.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

from provenance.enums import ANONYMOUS as _ANONYMOUS
from provenance.enums import ORGANIZATION as _ORGANIZATION
from provenance.enums import PERSON as _PERSON
from provenance.enums import UNKNOWN as _UNKNOWN
from provenance.enums import SourceKind
from provenance.extractors.records import SourceInfo
from provenance.extractors.sources import SourceRegistry
from provenance.extractors.text.wordlists import alternation
from provenance.extractors.text.wordscan import factored_alternation, folds_apart, may_hold_any
from provenance.lexicon.cues import cue_lexicon
from provenance.lexicon.genders import Gender, GenderLexicon, gender_lexicon
from provenance.lexicon.numbers import number_lexicon
from provenance.lexicon.source_kinds import SourceKindLexicon, source_kind_lexicon

__all__ = ["SpeakerResolver"]

#: Where a sentence ends: a full stop, not one of a title ("Mr. Ryan") or an initial.
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][”\"’]?\s+")


@functools.cache
def _role_patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role-noun mention ("the judge") and the titled name ("Judge Ann Lee") patterns."""
    roles = cue_lexicon(language).speaker_roles
    alt = alternation(roles)
    # "the minister", "the office's executive director", "the agency's deputy chief"
    mention = re.compile(
        rf"^(?:the|this|that)\s+(?:(?:[\w.-]+\s+)?[\w.-]+['’]s\s+)?(?:[a-z-]+\s+){{0,2}}"
        rf"(?P<role>{alt})$",
        re.IGNORECASE,
    )
    # scanned over up to 3,000 characters a call: the roles factored on their first letter
    # (the same matches, see factored_alternation) spare trying all of them at every word
    # the roles in any case ("Prime Minister", "prime minister"), the name capitalised: a
    # verb after it is no part of it ("Prime Minister Boris Johnson spoke"); its first
    # words may be initials ("Chief Minister M K Stalin")
    # words with a full stop: initials ("M. K.") and abbreviated titles ("Dr."), never a
    # name ending a sentence ("Christopher Leslie. The ...")
    abbreviated = alternation(cue_lexicon(language).name_titles) or "(?!)"
    word = rf"(?:[A-Z][\w'’-]*|(?:[A-Z]\.)+|(?:{abbreviated})\.)"
    titled = re.compile(
        rf"\b(?i:{factored_alternation(roles, ignore_case=True)})"
        rf"\s+(?P<name>(?:{word}\s+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*)",
    )
    return mention, titled


@functools.cache
def _role_openings(language: str | None) -> tuple[str, ...]:
    """Where a titled name ("Judge Ann Lee") can start, lowered: the ASCII opening of each
    role's first word ("judge", "prime"; the "t" of "tánaiste"), none holding another.

    Outside ASCII, letters fold in more ways (see :func:`folds_apart`): an opening stops
    there. Empty when a role opens with no ASCII letter (then no cheap search).
    """
    openings: set[str] = set()
    for role in cue_lexicon(language).speaker_roles:
        word = role.split()[0].lower()
        ascii_end = next((i for i, c in enumerate(word) if not c.isascii()), len(word))
        if not word[:1].isascii() or not word[:1].isalpha():
            return ()
        openings.add(word[:ascii_end])
    # "chair" finds every "chairman" too
    held = {w for w in openings if any(o != w and w.startswith(o) for o in openings)}
    return tuple(sorted(openings - held))


@functools.cache
def _role_words(language: str | None) -> frozenset[str]:
    """The last words of the role nouns ("minister" of "prime minister"), lower case."""
    return frozenset(role.split()[-1].lower() for role in cue_lexicon(language).speaker_roles)


#: the letters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (the re
#: module's documentation names these four: "İ", "ı", "ſ" and the Kelvin sign)
_ASCII_FOLDS = "İıſ\u212a"


@functools.cache
def _role_ends(language: str | None) -> frozenset[str] | None:
    """:func:`_role_words`, for a test of a lowered mention's last word before the role
    mention pattern; ``None`` when one holds a letter ``re.IGNORECASE`` matches to an
    ASCII letter (then a last word in ASCII might match it and be no word of the set)."""
    ends = _role_words(language)
    if any(c in word for word in ends for c in _ASCII_FOLDS):
        return None
    return ends


def _may_end_in_role(low: str, ends: frozenset[str] | None) -> bool:
    """Whether the role mention pattern (:func:`_role_patterns`) may match ``low``, a
    lowered mention with its whitespace folded to single spaces: False only when not.

    The pattern ends in a role and ``$``, the role after whitespace, its words joined by
    whitespace: a match's role ends in the mention's last word. A last word in ASCII
    matches a role's last word under ``re.IGNORECASE`` only when it is that word lowered
    (:func:`_role_ends` holds none that an ASCII letter matches otherwise); any other last
    word is left to the pattern.

    Example:
        >>> ends = _role_ends("en")
        >>> _may_end_in_role("the spokesman", ends), _may_end_in_role("the company", ends)
        (True, False)
    """
    last = low.rsplit(" ", 1)[-1]
    return ends is None or not last.isascii() or last in ends


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}\b")
_WHO_ANTECEDENT = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+|the\s+){0,3}[A-Z][\w.'’-]*(?:\s+[a-z]+)?)\s*,\s*$"
)
#: The words of a noun phrase read backwards from a relative pronoun: a word and the
#: spaces after it; anything else (a comma, a bracket, a quote mark) ends the phrase.
_PHRASE_WORD = re.compile(r"[\w.'’&-]+\s+$")
#: How far back an antecedent is read (a noun phrase is far shorter).
_ANTECEDENT_REACH = 120
#: At most this many words in an antecedent ("the state's largest teachers union").
_ANTECEDENT_WORDS = 6


@functools.cache
def _antecedent_words(
    language: str | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The relative pronouns, the words that end an antecedent, its determiners, endings.

    An antecedent is a noun phrase: it stops before a preposition, a coordinator, an
    auxiliary or a verb (``antecedent_stops``, ``mandative_stops``, ``relative_prepositions``,
    ``finite_auxiliaries``, ``irregular_pasts``, a word with one of
    ``antecedent_stop_endings``) and after a determiner (``mandative_determiners``,
    ``claimant_openers``).
    """
    lex = cue_lexicon(language)
    relatives = frozenset(w.lower() for w in lex.relative_pronouns)
    stops = frozenset(
        w.lower()
        for w in (
            *lex.antecedent_stops,
            *lex.mandative_stops,
            *lex.relative_prepositions,
            *lex.finite_auxiliaries,
            *lex.irregular_pasts,
        )
    )
    determiners = frozenset(w.lower() for w in (*lex.mandative_determiners, *lex.claimant_openers))
    return relatives, stops | relatives, determiners, lex.antecedent_stop_endings


def _antecedent(text: str, pos: int, language: str | None = "en") -> str | None:
    """The noun phrase a relative pronoun at ``pos`` stands for, or ``None``.

    The phrase right before the pronoun, past one comma ("Fernandez, who"): its words
    back to a determiner, and never past a preposition, a coordinator, a verb or a
    punctuation mark.

    Example:
        >>> t = "Critics of the plan and voters who said no."
        >>> _antecedent(t, t.index("who"))
        'voters'
        >>> t = "It backed a super PAC that said no."
        >>> _antecedent(t, t.index("that"))
        'a super PAC'
        >>> t = "Lawyers for Fernandez, who has said no."
        >>> _antecedent(t, t.index("who"))
        'Fernandez'
        >>> t = "It posted one story in September that said no."
        >>> _antecedent(t, t.index("that")) is None
        True
    """
    _, stops, determiners, endings = _antecedent_words(language)
    lo = max(0, pos - _ANTECEDENT_REACH)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ",":
        end -= 1
    window = text[lo:end] + " "
    start = len(window)
    for _ in range(_ANTECEDENT_WORDS):
        m = _PHRASE_WORD.search(window, 0, start)
        if m is None:
            break
        word = m.group(0).rstrip()
        low = word.lower()
        if low in stops or (low[0].islower() and low.endswith(endings)):
            break  # "[praised] voters who", "[especially] poorly among voters who"
        start = m.start()
        if low in determiners:
            break
    words = window[start:].split()
    while words and (words[-1].lower() in _time_words(language) or words[-1].isdigit()):
        words.pop()  # "one in September that said", "returns from 1995 that showed"
    phrase = " ".join(words)
    if not phrase or phrase.lower() in determiners:
        return None  # "those who say": no noun to stand for
    return phrase


@functools.cache
def _time_words(language: str | None) -> frozenset[str]:
    """Month and day words: never what a relative pronoun stands for."""
    days = (w.lower() for w in cue_lexicon(language).noun_adjuncts if " " not in w)
    return frozenset((*number_lexicon(language or "en").months, *days))


@functools.cache
def _times(language: str | None) -> frozenset[str]:
    """Words of a time, lowered, that own no document ("Monday's report", "last year's
    figures"): :func:`_time_words` and the matching lexicon's ``time_words``."""
    from provenance.lexicon.matching import match_lexicon

    return _time_words(language) | match_lexicon(language).time_words


@functools.cache
def _opening_words(language: str | None) -> frozenset[str]:
    """Function words a capitalised run can open that name no one ("On Thursday", "Then")."""
    lex = cue_lexicon(language)
    given = gender_lexicon(language or "en").given_names  # "Will Rogers" opens with a name
    adverbial = (w for w in lex.not_in_noun_phrase if w not in given)
    return frozenset(
        (*lex.subject_boundaries, *lex.focus_adverbs, *lex.np_prepositions, *adverbial)
    )


def _named(run: str, language: str | None) -> str | None:
    """The name in a capitalised run, or ``None``: "Then Brafman" is "Brafman", "On
    Thursday" names no one (a day or a month is never a person)."""
    words = run.split()
    openers = _opening_words(language)
    while words and words[0].lower() in openers:
        del words[0]
    times = _time_words(language)
    if all(w.lower() in times for w in words):  # none left, or "Thursday" ("Theresa May" stays)
        return None
    return " ".join(words)


@functools.cache
def _issued_pattern(language: str | None) -> re.Pattern[str]:
    """A document named again by its head noun: "the letter", "this statement"."""
    heads = alternation(cue_lexicon(language).document_heads)
    return re.compile(rf"^(?:the|that|this)\s+(?P<head>{heads})$")


@functools.cache
def _relayed_pattern(language: str | None) -> re.Pattern[str]:
    """A speaker and the outlet relaying the words: "one analyst quoted by AFP"."""
    relaying = cue_lexicon(language).relaying_participles
    return re.compile(
        rf"(?P<who>.+?)\s+(?:{alternation(relaying) or '(?!)'})\s+by\s+\S.*",
        re.IGNORECASE | re.DOTALL,
    )


@functools.cache
def _label_pattern(language: str | None) -> re.Pattern[str]:
    """A line opening with a transcript label of ``language``: ``Q:``, ``A:``."""
    lex = cue_lexicon(language)
    labels = lex.answer_labels | lex.question_labels
    alt = alternation(labels)
    return re.compile(rf"(?m)^[\"“]?({alt or '(?!)'}):")


@functools.cache
def _sent_from(language: str | None) -> re.Pattern[str] | None:
    """A document and its author after a preposition: "Monday's letter from the Democrats".

    The document is one of ``authored_documents`` or ``document_heads``, maybe with one of
    ``authoring_verbs`` after it ("a complaint filed by"), then one of
    ``author_prepositions`` and the author, a name or a noun phrase of up to six words.
    """
    lex = cue_lexicon(language)
    if not lex.author_prepositions:
        return None
    docs = alternation(sorted(lex.authored_documents | {h.lower() for h in lex.document_heads}))
    verbs = alternation(sorted(lex.authoring_verbs))
    preps = alternation(sorted(lex.author_prepositions))
    return re.compile(
        rf"^(?:[\w'’.-]+\s+){{0,3}}?(?i:{docs})\s+(?:(?i:{verbs})\s+)?(?i:{preps})\s+"
        rf"(?P<author>(?:[\w'’.&-]+\s+){{0,5}}[\w'’.&-]+)$"
    )


def _owner_of(mention: str, docs: frozenset[str] | None) -> str | None:
    """The owner of a document mention ("the labour ministry's figures", "Gallup's latest
    poll"): up to five words before "'s", then at most two words and a document word
    (``docs``, lowered); ``None`` otherwise. String tests, no pattern: most mentions hold
    no "'s".

    Example:
        >>> docs = frozenset({"figures", "poll"})
        >>> _owner_of("the labour ministry's own figures", docs), _owner_of("Smith", docs)
        ('labour ministry', None)
    """
    if docs is None:
        return None
    i = max(mention.find("'s "), mention.find("’s "))
    if i <= 0:
        return None
    owner, rest = mention[:i].split(), mention[i + 3 :].split()
    if owner and owner[0].lower() == "the":
        owner = owner[1:]
    if not 0 < len(owner) <= 5 or not 0 < len(rest) <= 3 or rest[-1].lower() not in docs:
        return None
    if not all(w.replace(".", "").replace("&", "").replace("-", "").isalnum() for w in owner):
        return None
    return " ".join(owner)


@functools.cache
def _document_words(language: str | None) -> frozenset[str] | None:
    """The document words of :func:`_sent_from` and :func:`_author_grammar`, lowered.

    A mention either pattern matches names one as a whole word among its first four
    (after up to three words); ``None`` when a word is no single ASCII word (no cheap test).
    """
    lex = cue_lexicon(language)
    words = lex.authored_documents | {h.lower() for h in lex.document_heads}
    if not all(w.isascii() and len(w.split()) == 1 for w in words):
        return None
    return frozenset(words)


@functools.cache
def _author_grammar(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The document-and-author mention and the organization phrase patterns.

    "data it provided", "disclosures the firm filed with the U.S. Congress": a document
    (``authored_documents``), its author (a pronoun, "the firm", a name) and an authoring
    verb (``authoring_verbs``). "the employment office for Congress": a phrase headed by
    one of ``organization_nouns``.
    """
    lex = cue_lexicon(language)
    docs = alternation(sorted(lex.authored_documents))
    verbs = alternation(sorted(lex.authoring_verbs))
    orgs = alternation(sorted(lex.organization_nouns))
    author = re.compile(
        rf"^(?:[\w'’.-]+\s+){{0,3}}?(?i:{docs})\s+"
        rf"(?P<author>(?i:it|they)|(?i:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+"
        rf"|(?:[A-Z][\w'’.&-]*\s+){{0,4}}?[A-Z][\w'’.&-]*)\s+(?i:{verbs})\b"
    )
    phrase = re.compile(
        rf"\b(?i:the)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{orgs})\b"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)?"
    )
    return author, phrase


#: A capitalized name of up to five words ("Podesta Group"), never across a full stop.
_PROPER = re.compile(r"\b[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4}")
#: How far back "the firm" looks for the organization it stands for.
_ORGANIZATION_REACH = 1500
_ORGANIZATION_KINDS = frozenset({SourceKind.ORGANIZATION, SourceKind.GOVERNMENT})


@functools.cache
def _surname_titles(language: str | None) -> re.Pattern[str]:
    """Titles before a name ("Sen. ", "Mr "), stripped to leave a bare surname."""
    alt = alternation(cue_lexicon(language).surname_titles)
    return re.compile(rf"^(?:(?:{alt})\.?\s+)+", re.IGNORECASE)


#: How far back a bare surname looks for its full name (far longer than a news story).
_FULL_NAME_REACH = 20_000


_WORD_CHAR = re.compile(r"\w")


def _given_start(text: str, end: int, lo: int) -> int | None:
    """Start of a capitalized word ``[A-Z][a-z]+`` ending at ``end``, at a word boundary."""
    i = end - 1
    while i >= lo and "a" <= text[i] <= "z":
        i -= 1
    if i == end - 1 or i < lo or not "A" <= text[i] <= "Z":
        return None
    if i > 0 and _WORD_CHAR.match(text[i - 1]):
        return None
    return i


def _full_name_before(
    text: str, surname: str, lo: int, hi: int, ok: Callable[[str], bool] | None = None
) -> str | None:
    r"""The first "First [I.] Surname" in ``text[lo:hi]`` passing ``ok``, or None.

    What ``\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s<surname>\b`` would find by ``search(text, lo,
    hi)``, without compiling a pattern per surname: the occurrences of the surname are
    found with ``str.find`` and the given name is read backwards from each. With ``ok``,
    the first of the names it accepts ("Mrs. Clinton" takes no man's full name).

    Example:
        >>> _full_name_before("Hillary Clinton spoke. Clinton said", "Clinton", 0, 23)
        'Hillary Clinton'
        >>> t = "Bill Clinton and Hillary Clinton spoke."
        >>> _full_name_before(t, "Clinton", 0, len(t), lambda n: n.startswith("H"))
        'Hillary Clinton'
    """
    found: list[tuple[int, bool, int]] = []  # (start, has no initial, end)
    n = len(surname)
    j = text.find(surname, lo, hi) if n else -1
    while j != -1:
        end = j + n
        right = end < hi and _WORD_CHAR.match(text[end]) is not None
        if right != (_WORD_CHAR.match(text[end - 1]) is not None) and text[j - 1 : j].isspace():
            # "First I. Surname" (tried first by the pattern at a given start) and "First Surname"
            if j - 4 >= lo and text[j - 2] == "." and "A" <= text[j - 3] <= "Z":
                k = _given_start(text, j - 4, lo) if text[j - 4].isspace() else None
                if k is not None:
                    found.append((k, False, end))
            k = _given_start(text, j - 1, lo)
            if k is not None:
                found.append((k, True, end))
            if ok is None and found:
                break  # the first occurrence holding a name is the earliest
        j = text.find(surname, j + 1, hi)
    for start, _, end in sorted(found):
        if ok is None or ok(text[start:end]):
            return text[start:end]
    return None


#: The word before a name: an honorific or a gendered noun, then up to two name words
#: or initials ("Mrs. Clinton", "spokeswoman Sarah Sanders", "Mr. Barack H. Obama"), or a
#: given name right before it; a name word never ends in a full stop, so "Mrs." is
#: never read as one.
_BEFORE_NAME = re.compile(
    r"\b([A-Za-z][a-z-]*)\.?\s+(?P<between>(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s+){0,2})$"
)
#: A gendered noun in apposition after a name: "Grundmann, the office's chairwoman",
#: "Melania Trump, his wife".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|his|her|their|its|[\w.'’-]+['’]s)\s+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)"
)


def _last_runs(text: str, lo: int, end: int, count: int) -> int:
    """Where a match of at most ``count`` runs of non-space characters that ends at ``end``
    (with spaces) can start in ``text[lo:end]``: at the space before its last ``count``
    runs, or ``lo`` when it holds no more.

    A pattern anchored at the window's end (``...\\s+$``) is then searched only there,
    not tried at each position of the window.

    Example:
        >>> text = "said the spokeswoman Sarah Sanders"
        >>> text[_last_runs(text, 0, 27, 2) :]
        ' spokeswoman Sarah Sanders'
        >>> _last_runs(text, 0, 8, 2)
        0
    """
    parts = text[lo:end].rsplit(None, count)
    return lo + len(parts[0]) if len(parts) > count else lo


def name_gender(
    text: str, name: str, lex: GenderLexicon, stops: frozenset[str] = frozenset()
) -> Gender | None:
    """The gender ``text`` gives the person ``name``, or ``None`` when it does not tell.

    A given name of one gender in ``name`` decides; otherwise every place the surname
    stands in ``text`` votes by the honorific or gendered noun before it ("Mrs. Clinton",
    "spokeswoman Sarah Sanders"), the gendered noun in apposition after it ("Grundmann,
    the chairwoman") and the given name before it ("Barack Obama" for "Obama"). A tie is
    ``None``. The apposition's noun is its last word before one of ``stops`` (a
    preposition, a relative pronoun: "the chairwoman of the board").

    Example:
        >>> from provenance.lexicon.genders import gender_lexicon
        >>> lex = gender_lexicon("en")
        >>> name_gender("", "Hillary Clinton", lex), name_gender("", "Obama", lex)
        ('female', None)
        >>> name_gender("Mr. Obama spoke. Obama left.", "Obama", lex)
        'male'
        >>> name_gender("Grundmann, the office's chairwoman, said", "Grundmann", lex)
        'female'
        >>> name_gender("Lee, the son of a farmer, said", "Lee", lex, frozenset({"of"}))
        'male'
    """
    suffixes = cue_lexicon(lex.language).name_suffixes  # not the surname: "Trump Jr."
    words = [w for w in name.split() if w.lower() not in suffixes]
    if not words:
        return None
    # the given name stands right before the surname, or before a middle name: the first
    # of those two words that is one ("Christine Todd Whitman"), never a word of a title
    # before them ("Virginia Gov. Terry McAuliffe": "Virginia" is a state there)
    for word in words[-3:-1]:
        if (given := lex.given_names.get(word.lower())) is not None:
            return given
    surname = words[-1].removesuffix("'s").removesuffix("’s")  # "Clinton's" is Clinton
    votes = {"female": 0, "male": 0}
    n = len(surname)
    j = text.find(surname)
    while j != -1:
        end = j + n
        if (j == 0 or not _WORD_CHAR.match(text[j - 1])) and (
            end == len(text) or not _WORD_CHAR.match(text[end])
        ):
            # a match holds a word and up to two names: the window's last three runs
            lo = _last_runs(text, j - 60 if j > 60 else 0, j, 3)
            if (m := _BEFORE_NAME.search(text, lo, j)) is not None:
                word = m.group(1).lower()
                g = lex.honorifics.get(word) or lex.nouns.get(word)
                if g is None and not m.group("between"):
                    # a given name stands right before its surname: "Virginia" of "the
                    # Virginia House Democratic Caucus" names a state, not a woman
                    g = lex.given_names.get(word)
                if g is not None:
                    votes[g] += 1
            if (m := _APPOSITION.match(text, end, end + 80)) is not None:
                phrase: list[str] = []
                for word in m.group(1).lower().split():
                    if word in stops:
                        break
                    phrase.append(word)
                if phrase and (g := lex.nouns.get(phrase[-1])) is not None:
                    votes[g] += 1
        j = text.find(surname, end)
    if votes["female"] == votes["male"]:
        return None
    return "female" if votes["female"] > votes["male"] else "male"


#: An acronym's plural ("MPs", "CEOs"): a group, never one person.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


@functools.cache
def _never_names(language: str | None) -> frozenset[str]:
    """Words a capitalised one-word mention can be that never name a person: determiners
    and quantifiers ("Many", "Both", "Each"), modifiers of a source ("Former", "Local") and
    source nouns ("Judges", "Officials"), lowered."""
    lex = cue_lexicon(language)
    return frozenset(
        w.lower()
        for w in (
            *lex.claimant_openers,
            *lex.mandative_determiners,
            *lex.subject_pronouns,
            *lex.source_modifiers,
            *lex.source_heads,
        )
    )


def _lower_case_word(text: str, word: str) -> bool:
    """Whether ``word`` (lower case) stands in ``text`` as a whole word.

    Example:
        >>> _lower_case_word("Many said so; many did not.", "many")
        True
        >>> _lower_case_word("Many said so; Germany did not.", "many")
        False
    """
    n = len(word)
    j = text.find(word)
    while j != -1:
        end = j + n
        if (j == 0 or not _WORD_CHAR.match(text[j - 1])) and (
            end == len(text) or not _WORD_CHAR.match(text[end])
        ):
            return True
        j = text.find(word, end)
    return False


@functools.cache
def _one_speaker_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an unnamed single speaker ("a spokesman", "the senior official"): the
    determiners that open one and the one-word role nouns that end one."""
    lex = cue_lexicon(language)
    openers = frozenset((*lex.singular_determiners, *lex.claimant_determiners))
    return openers, frozenset(r for r in lex.speaker_roles if " " not in r)


#: A possessive ending a titled name: "MP Howard Flight's (allies)" names Howard Flight.
_POSSESSIVE_END = re.compile(r"['’]s$")

#: Where a phrase breaks: punctuation or a line break.
_PHRASE_BREAK = re.compile(r"[.,;:!?\"“”\n]")

#: A name right before a comma, so the phrase after it stands in apposition: "Scott
#: Stanzel, a spokesman for the campaign".
_NAMED_BEFORE_APPOSITION = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s*$")


#: Kinds of an unnamed one-person speaker a pronoun may stand for: "a spokesman" (anonymous),
#: "the minister" (a role the registry does not know: unknown).
_DESCRIBED = frozenset({_ANONYMOUS, _UNKNOWN})

#: How far back a pronoun looks for a person the text names.
_NAMED_REACH = 600
#: An age standing for a person: "45-year-old" of "the 45-year-old said".
_AGE = re.compile(r"\d{1,3}-year-old")
#: A name as :data:`_NAME` reads it, its letters after the first in any script ("Jürgen
#: Klopp", "Søren Kierkegaard").
_SUBJECT_NAME = re.compile(r"\b[A-Z][^\W\d_A-Z]+(?:[- ][A-Z][^\W\d_A-Z]+){0,2}\b")
#: What follows a sentence's subject: a verb or an apposition ("Maya Lindqvist lost",
#: "Andrea Kowalczyk, 52,"), never another capital ("History Makes Latinos").
_SUBJECT_NEXT = re.compile(r",|[ \t]+(?P<word>[a-z]+)")


def _quoted_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` closes a quotation it does not open: a name at ``lo``
    stood inside one (an odd count of straight marks, or a closing curly mark first)."""
    seg = text[lo:hi]
    close, opening = seg.find("”"), seg.find("“")
    return seg.count('"') % 2 == 1 or (close != -1 and (opening == -1 or close < opening))


@functools.cache
def _name_title_words(language: str | None) -> frozenset[str]:
    """Words that stand before a person's name, lowered, without a full stop: titles
    ("Sen.", "President", "Lord"), honorifics ("Mrs") and one-word speaker roles."""
    lex = cue_lexicon(language)
    kinds = source_kind_lexicon(language)
    words = (
        *kinds.title_words,
        *lex.surname_titles,
        *lex.name_titles,
        *gender_lexicon(language or "en").honorifics,
        *(r for r in lex.speaker_roles if " " not in r),
    )
    return frozenset(w.lower().rstrip(".") for w in words)


#: The word right before a name: "Mr. Lou", "Sen. Cruz", "Chris Christie".
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Za-z][\w'’-]*)(\.?)[ \t]+$")
#: A name used as a modifier: "Labour MP", "Ofcom's report" (a capitalised word or an
#: acronym after it, or a possessive).
_MODIFIER_AFTER = re.compile(r"['’]s\b|[ \t]+[A-Z]")
#: The rest of a full name after its first word: "Jinping", "Jong Un", "Sanders" (one
#: to two capitalized words, the run ending there).
_NAME_RUN = re.compile(r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?(?![\w'’-]|[ \t]+[A-Z])")
#: The lower-case word right after a name: "Yukos shares".
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


class SpeakerResolver:
    """Resolves source mentions of one text, in text order, remembering who spoke.

    Example:
        >>> from provenance.extractors.sources import default_sources
        >>> r = SpeakerResolver("Zelensky spoke. He said no.", default_sources())
        >>> r.resolve("Zelensky", 0).name
        'Volodymyr Zelensky'
        >>> r.resolve("He", 16).name
        'Volodymyr Zelensky'
    """

    def __init__(self, text: str, registry: SourceRegistry, language: str = "en") -> None:
        self.text = text
        self.registry = registry
        self.history: list[tuple[str, SourceInfo]] = []
        self._history_at: list[int] = []  # where each mention of the history stands
        self._roles, self._titled = _role_patterns(language)
        self._role_openings = _role_openings(language)
        self._role_ends = _role_ends(language)
        self._authoring_verbs = cue_lexicon(language).authoring_verbs
        self._low: tuple[str | None] | None = None  # the lowered text, read once if needed
        self._language = language
        self._author_pattern, self._organization_phrase = _author_grammar(language)
        self._sent_from = _sent_from(language)
        self._document_words = _document_words(language)
        lex = cue_lexicon(language)
        self._organization_heads = lex.organization_nouns
        self._office_modifiers = lex.office_modifiers
        self._unnamed_roles = lex.unnamed_roles
        self._epithets = lex.person_epithets
        self._credit_followers = lex.credit_name_followers
        self._relayed = _relayed_pattern(language)
        self._issued_pattern = _issued_pattern(language)
        # every resolved mention with its offset: who spoke in a sentence
        self._placed: list[tuple[int, SourceInfo]] = []
        self._relatives = _antecedent_words(language)[0]
        # the latest person of the history by last word: a lookup, not a scan per mention
        self._by_surname: dict[str, SourceInfo] = {}
        # the first person of the history by first word: "Xi" after "Xi Jinping"
        self._by_first: dict[str, SourceInfo] = {}
        self._genders = gender_lexicon(language)
        self._gender_of: dict[str, Gender | None] = {}
        self._common: dict[str, bool] = {}  # one-word "persons" the text writes in lower case
        self._bare_kind: dict[str, SourceKind] = {}  # one-word "persons": what the text says
        self._answer_labels = lex.answer_labels
        self._label_pattern = _label_pattern(language)
        self._interviewee_found: tuple[SourceInfo | None] | None = None
        self._person = lex.person_pronouns
        # an unnamed single speaker: "a spokesman", "the senior official"
        self._one_openers, self._one_roles = _one_speaker_words(language)
        self._coordinators = lex.coordinators
        self._complement_openers = lex.np_prepositions
        self._first_person = lex.first_person_pronouns
        # a possessive as a source ("his claim that") refers to a person of its sentence first
        self._possessive = lex.possessive_person_pronouns
        self._group = lex.group_pronouns
        self._thing = lex.thing_pronouns
        self._titles = _surname_titles(language)
        self._contracted = lex.contracted_auxiliaries
        self._subject_pronouns = lex.subject_pronouns
        self._expletives = frozenset(w.lower() for w in lex.expletive_subjects)
        self._label_lines: list[tuple[int, bool]] | None = None  # (offset, is an answer)
        # persons the text names with a title of rank ("Sir Ian Blair"): no "Mr Blair"
        self._rank_titles = lex.rank_titles
        self._plain_honorifics = lex.plain_honorifics
        self._ranked: set[str] = set()

    def _owner(self, owner: str | None) -> str | None:
        """A document's owner ("the ministry's figures"), unless a time ("Monday's report")."""
        if not owner or owner.split()[-1].lower() in _times(self._language):
            return None
        return owner

    def resolve(self, mention: str, pos: int) -> SourceInfo:
        """Resolve ``mention`` (found at offset ``pos``) and remember it."""
        low = " ".join(mention.lower().split())
        info: SourceInfo | None
        # every relaying phrase holds " by " once its whitespace is folded: most hold none
        relay = self._relayed.match(mention) if " by " in low else None
        if relay is not None and relay.group("who").strip():
            # "one analyst quoted by AFP": the analyst speaks, the agency relays
            return self.resolve(relay.group("who"), pos)
        if "'" in low or "’" in low:
            for aux in self._contracted:
                if low.endswith(aux) and " " not in low and len(low) > len(aux):
                    # "It's arguing", "I'm telling": the pronoun before the auxiliary
                    stem = mention.strip()[: -len(aux)]
                    if stem.lower() in self._subject_pronouns - self._expletives:
                        return self.resolve(stem, pos)
                    if not aux.endswith("s") or stem.lower() in self._expletives:
                        # "Don't worry", "It's time"; "Obama's" is a possessive
                        return SourceInfo(mention.strip(), _UNKNOWN)
        # the two document patterns need a document word among the first four: most
        # mentions ("Putin", "the ministry") hold none (a set test, not two pattern tries)
        docs = self._document_words
        document = docs is None or folds_apart(mention) or not docs.isdisjoint(low.split(" ")[:4])
        # the issued-document and role patterns open with "the", "this" or "that" (lowered:
        # no other character folds to "t" or "h"); most mentions are names
        determined = low.startswith("th")
        if (
            document
            # every match holds an authoring verb ("provided"): most mentions hold none (its
            # words joined by whitespace, so in the lowered mention with its spaces folded)
            and may_hold_any(mention, self._authoring_verbs, low=low)
            and (by := self._author_pattern.match(mention)) is not None
        ):
            # "data it provided", "disclosures the firm filed": the author is the source
            info = self._author(by.group("author"), pos)
        elif (
            document
            and self._sent_from is not None
            and (sent := self._sent_from.match(mention))
            and (author := sent.group("author"))
        ) or (document and (author := self._owner(_owner_of(mention, self._document_words)))):
            # "Monday's letter from the Democrats", "the ministry's figures": the author
            info = self._surname(self.registry.resolve(author), author, pos)
        elif determined and (doc := self._issued_pattern.match(low)) is not None:
            # "According to the letter": who spoke in the letter named before
            info = self._issuer(doc.group("head"), pos)
        elif mention.strip() in self._answer_labels or (
            low in self._first_person and self._in_answer(pos)
        ):
            # "A: It's a big mistake.": the interviewee the introduction names, who is
            # also the "I" of an answer ("A: Yes, I think that's really important")
            info = self._interviewee()
        elif low in self._possessive:
            # "Donald Trump on Thursday ratcheted up his attacks": the person the sentence
            # names before the possessive, else the last speaker; one whose gender the
            # text tells must agree with the pronoun's
            agrees = self._agrees(low)
            info = self._person_in_sentence(pos, agrees) or self._antecedent_of(low, pos)
        elif low in self._person:
            info = self._antecedent_of(low, pos)
        elif low in self._group:
            info = self._last(lambda i: i.kind is not _PERSON)
        elif low in self._thing:
            info = self._last(lambda i: i.kind not in {_PERSON, _ANONYMOUS})
        elif low in {"who", "which"} and (
            m := _WHO_ANTECEDENT.search(self.text, max(0, pos - 80), pos)
        ):
            info = self.registry.resolve(m.group(1))
        elif low in self._relatives:
            # "voters who say", "a super PAC that backed": the phrase the pronoun stands for
            phrase = _antecedent(self.text, pos, self._language)
            info = (
                None
                if phrase is None
                else self._surname(self.registry.resolve(phrase), phrase, pos)
            )
        elif (
            determined
            and _may_end_in_role(low, self._role_ends)
            and (role := self._roles.match(low)) is not None
        ):
            word = role.group("role").split()[-1]
            said = low.split()
            # "the spokeswoman" never stands for a man, "the chancellor" never for a
            # person the text gives another office
            agrees = self._agrees(low, self._genders.nouns.get(word))
            info = (
                self._last(
                    lambda i: i.kind is _PERSON and agrees(i),
                    lambda m: word in m.lower() and self._office_fits(m, word, said),
                )
                or self._titled_before(word, pos, low, agrees)
                or self._titled_after(word, pos, low, agrees)
                or (
                    self._unnamed(word, said)
                    if word in self._unnamed_roles
                    else self._last(
                        lambda i: (
                            agrees(i) and self._full_person(i) and not self._other_role(i, word)
                        ),
                        lambda m: self._office_fits(m, word, said, alone=True),
                    )
                )
            )
        else:
            info = (self._epithet_person(low, pos) if determined else None) or self._surname(
                self.registry.resolve(mention), mention, pos
            )
        unresolved = info is None and low in self._subject_pronouns and low not in self._person
        if unresolved:
            # "It said", "You said" standing for no one named: no person called "It"
            info = SourceInfo(mention.strip(), _UNKNOWN)
        if info is None:
            info = self.registry.resolve(mention)
        self._placed.append((pos, info))
        if low not in self._person and low not in self._group and not unresolved:
            self.history.append((mention, info))
            self._history_at.append(pos)
            if info.kind is _PERSON and " " in info.name:
                self._by_surname[info.name.rsplit(" ", 1)[1]] = info
                self._by_first.setdefault(info.name.split(" ", 1)[0], info)
                if not self._rank_titles.isdisjoint(low.replace(".", " ").split()):
                    self._ranked.add(info.name)
        return info

    def _epithet_person(self, low: str, pos: int) -> SourceInfo | None:
        """The person "the 23-year-old", "the German" or "the mother of three" (``low``,
        lowered) stands for: the nearest full name before ``pos`` whose gender agrees with
        the noun's; ``None`` when the mention is no such epithet or no one is named."""
        words = low.split()
        if len(words) > 3 and words[-2] == "of":
            words = words[:-2]  # "the mother of three"
        head = words[-1]
        if len(words) < 2 or len(words) > 4:
            return None
        if head not in self._epithets and _AGE.fullmatch(head) is None:
            return None
        agrees = self._agrees(low, self._genders.nouns.get(head))
        return self._subject_before(pos, lambda i: agrees(i) and self._full_person(i))

    def _subject_before(self, pos: int, ok: Callable[[SourceInfo], bool]) -> SourceInfo | None:
        """The nearest person named before ``pos`` (up to 600 characters back) as the
        subject of a sentence, passing ``ok``: before the name in its sentence no lower-case
        word but titles and roles ("Tesla chief executive Elon Musk spoke"), never a
        person a verb before governs ("Police arrested John Smith")."""
        titles = _name_title_words(self._language)
        lo = max(0, pos - _NAMED_REACH)
        for m in reversed(list(_SUBJECT_NAME.finditer(self.text, lo, pos))):
            word = _named(m.group(0), self._language)
            if word is None:
                continue
            start = lo
            for end in _SENTENCE_END.finditer(self.text, lo, m.start()):
                start = end.end()
            lead = self.text[start : m.start()].split()
            if any(w[:1].islower() and w.rstrip(".,").lower() not in titles for w in lead):
                continue
            after = _SUBJECT_NEXT.match(self.text, m.end())
            if (
                after is None
                or after.group("word") in self._coordinators
                or after.group("word") in self._credit_followers
                or _quoted_between(self.text, m.end(), pos)
            ):
                # a run of capitals ("History Makes Latinos"), one of two coordinated
                # ("Donor Adelson and Trump May"), a photo credit's name ("Jane Roe via
                # Getty Images") or a name inside a quotation
                continue
            info = self.registry.resolve(word) if " " in word else self.registry.lookup(word)
            if info is not None and info.kind is _PERSON and ok(info):
                return info
        return None

    def _honorific_gender(self, mention: str) -> Gender | None:
        """The gender of the honorific opening ``mention`` ("Mrs. Clinton"), if any."""
        first = mention.split(maxsplit=1)[0].rstrip(".").lower() if mention.strip() else ""
        return self._genders.honorifics.get(first)

    def _given_agrees(self, name: str, want: Gender | None) -> bool:
        """Whether the given name of ``name`` can be of gender ``want`` (any when it is
        ``None``, or when the given name is not one of a single gender)."""
        if want is None:
            return True
        words = name.split()
        given = self._genders.given_names.get(words[0].lower()) if len(words) > 1 else None
        return given in (None, want)

    def _in_answer(self, pos: int) -> bool:
        """Whether ``pos`` is in an answer: the last label line before it is "A:"."""
        if self._label_lines is None:
            self._label_lines = [
                (m.start(), m.group(1) in self._answer_labels)
                for m in self._label_pattern.finditer(self.text)
            ]
        i = bisect.bisect_right(self._label_lines, (pos, True)) - 1
        return i >= 0 and self._label_lines[i][1]

    def _interviewee(self) -> SourceInfo | None:
        """Who answers in an interview transcript: the person its introduction names most.

        The introduction is the text before the first line opening with a label ("Q:",
        "A:"); a surname counts for the full name it follows ("Joe Biden ... Biden"),
        and of persons named as often the first wins. Read once per text.
        """
        if self._interviewee_found is None:
            first = self._label_pattern.search(self.text)
            intro = self.text[: first.start() if first is not None else 0]
            counts: dict[str, int] = {}
            persons: dict[str, SourceInfo] = {}
            by_surname: dict[str, SourceInfo] = {}
            for m in _PROPER.finditer(intro):  # "Vice President Joe Biden" whole
                word = m.group(0)
                info = (
                    self.registry.resolve(word)
                    if " " in word
                    else by_surname.get(word) or self.registry.lookup(word)
                )
                if info is None or info.kind is not _PERSON:
                    continue
                if " " in info.name:
                    by_surname[info.name.rsplit(" ", 1)[1]] = info
                persons.setdefault(info.name, info)
                counts[info.name] = counts.get(info.name, 0) + 1
            best = max(counts, key=lambda n: counts[n], default=None)  # first of the most
            self._interviewee_found = (None if best is None else persons[best],)
        return self._interviewee_found[0]

    def _antecedent_of(self, pronoun: str, pos: int) -> SourceInfo | None:
        """The person a personal pronoun stands for: the last speaker it agrees with.

        A speaker whose gender the text tells agrees only with a pronoun of that gender
        ("she" never goes to "Jeff Merkley" or "Mr. Obama"); one whose gender it does not
        tell agrees with any. With no such speaker, the nearest person the text names
        before the pronoun whose gender agrees for sure; when the text has named no
        speaker at all, who may agree. Otherwise none: the pronoun stays as written
        rather than going to a person of the other gender.
        """
        agrees = self._agrees(pronoun)
        want = self._genders.pronouns.get(pronoun)
        for i in range(len(self.history) - 1, -1, -1):
            mention, info = self.history[i]
            if agrees(info):
                return info
            if (
                info.kind in _DESCRIBED
                and self._one_person(mention, want)
                and (at := self._history_at[i]) < pos
                and self._persons_in(at + len(mention), pos, agrees) is None
            ):
                # "A Labour Party spokesman said ... He said": the spokesman; "Scott
                # Stanzel, a spokesman for the campaign, said ... He said": Scott Stanzel
                named = _NAMED_BEFORE_APPOSITION.search(self.text, max(0, at - 80), at)
                person = self._persons_in(named.start(), at, agrees) if named else None
                return person or info
        if (
            want is not None
            and (sure := self._name_before(pos, lambda i: self._gender(i) == want)) is not None
        ):
            return sure
        if self._last(lambda i: i.kind is _PERSON) is not None:
            return None
        return self._name_before(pos, agrees)

    def _one_person(self, mention: str, want: Gender | None) -> bool:
        """Whether an unnamed source is one person of ``want`` gender (any when ``None``):
        an article and a singular role noun ("a spokesman", "a Conservative spokeswoman",
        "the senior official", "a spokeswoman for the ICO"), never a group ("officials", "a
        spokesman and an aide")."""
        words = mention.lower().split()
        for i, word in enumerate(words):
            if word in self._complement_openers:  # "a spokeswoman for the ICO"
                words = words[:i]
                break
        if len(words) < 2 or words[0] not in self._one_openers or words[-1] not in self._one_roles:
            return False
        if any(w in self._coordinators for w in words):
            return False
        return want is None or self._genders.nouns.get(words[-1]) in (None, want)

    def _agrees(self, pronoun: str, want: Gender | None = None) -> Callable[[SourceInfo], bool]:
        """A test for persons a pronoun (or a noun of ``want`` gender) can stand for: "she"
        or "the spokeswoman" never for a man."""
        want = want or self._genders.pronouns.get(pronoun)

        def agrees(info: SourceInfo) -> bool:
            if info.kind is not _PERSON or self._common_word(info):
                return False
            return want is None or self._gender(info) in (None, want)

        return agrees

    def _common_word(self, info: SourceInfo) -> bool:
        """Whether a one-word "person" is a common word, not a name.

        A word of a closed class or a source noun ("Many", "Both", "Former", "Judge"; see
        :func:`_never_names`), an acronym's plural ("MPs"), or a word the text also writes
        in lower case, itself or its singular ("Falling" beside "falling", "Ministers" beside
        "minister"). A given name, or a word the text gives a gender ("Mrs May" though the
        text says "may"), stays a person.
        """
        name = info.name
        if " " in name or not name[:1].isupper():
            return False
        if name not in self._common:
            low = name.lower()
            self._common[name] = (
                low not in self._genders.given_names
                and (
                    low in _never_names(self._language)
                    or _ACRONYM_PLURAL.fullmatch(name) is not None
                    or (
                        low != name
                        and _lower_case_word(self.text, cue_lexicon(self._language).singular(low))
                    )
                )
                and self._gender(info) is None
            )
        return self._common[name]

    def _gender(self, info: SourceInfo) -> Gender | None:
        """The gender the text gives a person (read once per name)."""
        if info.name not in self._gender_of:
            self._gender_of[info.name] = name_gender(
                self.text, info.name, self._genders, _antecedent_words(self._language)[1]
            )
        return self._gender_of[info.name]

    def _last(
        self,
        kind_ok: Callable[[SourceInfo], bool],
        mention_ok: Callable[[str], bool] | None = None,
    ) -> SourceInfo | None:
        """The most recent remembered source passing both tests."""
        for mention, info in reversed(self.history):
            if kind_ok(info) and (mention_ok is None or mention_ok(mention)):
                return info
        return None

    def _other_office(self, start: int, mention: str) -> bool:
        """ "shadow chancellor X" for "the chancellor": a modifier before the office that
        makes it another, which the mention does not say."""
        said = mention.split()
        # up to three words back, within the title ("shadow home secretary David Davis")
        for word in reversed(self.text[max(0, start - 40) : start].split()[-3:]):
            if not word.replace("-", "").isalpha():
                return False
            # "ex-Conservative chancellor Ken Clarke": the modifier before a hyphen too
            for part in word.lower().split("-"):
                if part in self._office_modifiers:
                    return part not in said
        return False

    def _office_fits(self, past: str, role: str, said: list[str], alone: bool = False) -> bool:
        """Whether a remembered mention holding ``role`` ("The shadow chancellor") is the
        office the mention saying ``said`` means: no modifier before the role word in it
        makes it another office the mention does not say ("the chancellor"). With
        ``alone``, a mention naming another office ("Chancellor Gordon Brown" for "the
        foreign secretary") fits neither."""
        words = past.lower().split()
        if role not in words:
            return not alone or _role_words(self._language).isdisjoint(words)
        i = words.index(role)
        for word in words[max(0, i - 3) : i]:
            for part in word.split("-"):
                if part in self._office_modifiers and part not in said:
                    return False
        return True

    def _unnamed(self, role: str, said: list[str]) -> SourceInfo | None:
        """The unnamed speaker "the spokesman" refers back to: the last remembered source
        whose mention holds the role word ("a spokesman for the club"), else none."""
        for i in range(len(self.history) - 1, -1, -1):
            mention, info = self.history[i]
            words = mention.lower().split()
            if role in words and self._office_fits(mention, role, said):
                return info
        return None

    def _full_person(self, info: SourceInfo) -> bool:
        """Whether a person is surely one: a full name, or one word the text gives a
        gender ("Saakashvili ... he"), not a one-word place or firm ("Wales")."""
        return " " in info.name or self._gender(info) is not None

    def _other_role(self, info: SourceInfo, role: str) -> bool:
        """Whether the text gives the person ``info`` another role than ``role``: a
        mention of it, or the words right before one, hold a role word ("Home Secretary
        Charles Clarke" for "the minister") and none holds ``role``."""
        roles = _role_words(self._language)
        other = False
        for (mention, past), at in zip(self.history, self._history_at, strict=True):
            if past.name != info.name:
                continue
            # the words right before it in its own phrase ("Home Secretary [Charles Clarke]")
            before = _PHRASE_BREAK.split(self.text[max(0, at - 40) : at])[-1]
            before = before.lower().replace("-", " ").split()[-3:]
            held = roles.intersection(mention.lower().replace("-", " ").split() + before)
            if role in held:
                return False
            other = other or bool(held)
        return other

    def _titled_before(
        self,
        role: str,
        pos: int,
        mention: str = "",
        ok: Callable[[SourceInfo], bool] | None = None,
    ) -> SourceInfo | None:
        """The last person named with this title before ``pos`` ("Judge Ann Lee") who
        passes ``ok``."""
        lo = max(0, pos - 3000)
        # every match taken holds the role word: where the text before does not (most
        # calls), skip the scan (an ASCII word in a match is in the lowered window too)
        if role.isascii() and role not in self.text[lo:pos].lower():
            return None
        for m in reversed(list(self._titled_in(lo, pos))):
            start = m.start()
            # "Chief Minister M K Stalin": the name after the last title, not "Minister"
            m = self._last_title(m)
            if (
                role in m.group(0).lower().split()
                and not self._other_office(start, mention)
                and (info := self._titled_person(m, ok)) is not None
            ):
                return info
        return None

    def _titled_in(self, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """The titled names in ``text[lo:hi]``: the matches ``finditer`` gives there.

        A match opens with a role at a word start, so the pattern is tried only where the
        lowered text holds a role's opening (:func:`_role_openings`, found with
        ``str.find``), not at every position of a window of up to 3,000 characters. A
        text whose case folding the lowered text does not keep is scanned by ``finditer``.
        """
        low = self._lowered()
        if low is None or not self._role_openings:
            yield from self._titled.finditer(self.text, lo, hi)
            return
        starts: set[int] = set()
        for opening in self._role_openings:
            at = low.find(opening, lo, hi)
            while at != -1:
                starts.add(at)
                at = low.find(opening, at + 1, hi)
        text = self.text
        end = lo
        for at in sorted(starts):
            # ``\b`` before the role: at the window's start, or after no word character
            if at < end or (at > lo and _WORD_CHAR.match(text, at - 1) is not None):
                continue
            m = self._titled.match(text, at, hi)
            if m is not None:
                yield m
                end = m.end()

    def _lowered(self) -> str | None:
        """The text lowered, or ``None`` when lowering does not keep ``re.IGNORECASE``'s
        matches in place (a character the two fold apart, or a length changed)."""
        if self._low is None:
            low = self.text.lower()
            keeps = len(low) == len(self.text) and not folds_apart(self.text)
            self._low = (low if keeps else None,)
        return self._low[0]

    def _last_title(self, m: re.Match[str]) -> re.Match[str]:
        """The match of the last title of a run ("Chief Minister [M K Stalin]")."""
        while (inner := self._titled.match(self.text, m.start("name"))) is not None:
            m = inner
        return m

    def _titled_person(
        self, m: re.Match[str], ok: Callable[[SourceInfo], bool] | None
    ) -> SourceInfo | None:
        """The person a titled name stands for, if a person who passes ``ok``."""
        info = self.registry.resolve(_POSSESSIVE_END.sub("", m.group("name")))
        return info if info.kind is _PERSON and (ok is None or ok(info)) else None

    def _titled_after(
        self,
        role: str,
        pos: int,
        mention: str = "",
        ok: Callable[[SourceInfo], bool] | None = None,
    ) -> SourceInfo | None:
        """The first person named with this title after ``pos`` who passes ``ok``: a
        story may name later."""
        for m in self._titled_in(pos, min(len(self.text), pos + 3000)):
            # "Executive Director Susan Tsui Grundmann": the name after the last title
            if (
                role in m.group(0).lower().split()
                and not self._other_office(m.start(), mention)
                and (info := self._titled_person(self._last_title(m), ok)) is not None
            ):
                return info
        return None

    def _author(self, author: str, pos: int) -> SourceInfo | None:
        """The source a document's author stands for: "it", "the firm", or a name."""
        words = author.lower().split()
        if words[-1] not in self._organization_heads and words not in (["it"], ["they"]):
            return self._surname(self.registry.resolve(author), author, pos)
        if len(words) == 1:
            # "data it provided": the organization its own sentence names
            lo = max(0, pos - 400)
            for end in _SENTENCE_END.finditer(self.text, lo, pos):
                lo = end.end()
            phrases = list(self._organization_phrase.finditer(self.text, lo, pos))
            if phrases:
                return self.registry.resolve(phrases[-1].group(0))
        # "the firm": the organization named last before it
        lo = max(0, pos - _ORGANIZATION_REACH)
        for m in reversed(list(_PROPER.finditer(self.text, lo, pos))):
            info = self.registry.resolve(m.group(0))
            if info.kind in _ORGANIZATION_KINDS:
                return info
        return None if len(words) == 1 else self.registry.resolve(author)

    def _issuer(self, head: str, pos: int) -> SourceInfo | None:
        """Who issued "the letter": the first source of the sentence naming a letter before.

        "In a letter to Harper the office's director said X. According to the letter, Y":
        the director, resolved in the sentence of the first "letter".
        """
        lo = max(0, pos - _ORGANIZATION_REACH)
        named = [m.start() for m in re.finditer(rf"\b{re.escape(head)}\b", self.text[lo:pos], re.I)]
        if not named:
            return None
        at = lo + named[-1]
        # the sentence opens after the last full stop before the document word, or at
        # the text's start when the document is named in its first sentence
        start = max(0, at - 400)
        for boundary in _SENTENCE_END.finditer(self.text, max(0, at - 400), at):
            start = boundary.end()
        stop = _SENTENCE_END.search(self.text, at)
        end = stop.start() if stop is not None else len(self.text)
        # the sentence's first source: its subject ("Kory Langhofer, counsel to the team
        # known as Trump for America, wrote a letter"), not a name inside its phrases
        inside = [
            (p, info)
            for p, info in self._placed
            if start <= p < end and not (p <= at < p + 40 and head in info.name.lower())
        ]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    def _person_in_sentence(
        self, pos: int, ok: Callable[[SourceInfo], bool] | None = None
    ) -> SourceInfo | None:
        """The nearest person named before ``pos`` in its own sentence, or ``None``.

        A full name, a surname whose full name came earlier ("Mr. Ryan" after "Paul
        Ryan"), or a name in the table.
        """
        lo = max(0, pos - 400)
        for end in _SENTENCE_END.finditer(self.text, lo, pos):
            lo = end.end()
        return self._persons_in(lo, pos, ok)

    def _persons_in(
        self, lo: int, hi: int, ok: Callable[[SourceInfo], bool] | None = None
    ) -> SourceInfo | None:
        """The last person named in ``text[lo:hi]`` passing ``ok``: a full name, a surname
        whose full name came earlier, or a name in the table."""
        for m in reversed(list(_NAME.finditer(self.text, lo, hi))):
            named = _named(m.group(0), self._language)
            if named is None:
                continue
            word = named
            info: SourceInfo | None
            if " " in word:
                info = self.registry.resolve(word)
            else:
                info = self._by_surname.get(word) or self.registry.lookup(word)
                if info is None and (
                    full := _full_name_before(
                        self.text, word, max(0, m.start() - _FULL_NAME_REACH), m.start()
                    )
                ):
                    info = self.registry.resolve(full)
            if info is not None and info.kind is _PERSON and (ok is None or ok(info)):
                return info
        return None

    def _name_before(
        self, pos: int, ok: Callable[[SourceInfo], bool] | None = None
    ) -> SourceInfo | None:
        """The nearest person named before ``pos`` (up to 600 characters back) passing
        ``ok``: a full name, or a surname in the table."""
        names = list(_NAME.finditer(self.text, max(0, pos - _NAMED_REACH), pos))
        for m in reversed(names):
            word = _named(m.group(0), self._language)
            if word is None:
                continue
            info = self.registry.resolve(word) if " " in word else self.registry.lookup(word)
            if info is not None and info.kind is _PERSON and (ok is None or ok(info)):
                return info
        return None

    def _surname(self, info: SourceInfo, mention: str, pos: int) -> SourceInfo:
        """ "Clinton" after "Hillary Clinton" -> the full name's source."""
        if info.kind is not _PERSON:
            return info
        bare = self._titles.sub("", info.name).strip()
        if " " in bare or not bare:
            return info
        # "Mrs. Clinton" never goes to "Bill Clinton": the honorific's gender must agree
        # with the full name's given name
        want = self._honorific_gender(mention)
        # "Mr Blair" is never "Sir Ian Blair": a plain honorific passes over a person the
        # text names with a title of rank, for another of the surname
        plain = self._ranked and self._plain_honorific(mention)
        seen = self._by_surname.get(bare)
        if seen is not None and plain and seen.name in self._ranked:
            seen = self._unranked(bare, want)
        if seen is not None and self._given_agrees(seen.name, want):
            return seen
        # the full name within the reach of one article, not the whole text (linear time)
        lo = max(0, pos - _FULL_NAME_REACH)
        ok = None if want is None else (lambda name: self._given_agrees(name, want))
        if plain:
            agrees = ok
            ranked = self._ranked

            def ok(name: str) -> bool:
                return name not in ranked and (agrees is None or agrees(name))

        found = _full_name_before(self.text, bare, lo, pos, ok)
        if found is not None:
            full = self.registry.resolve(found)
            if full.kind is _PERSON and " " in full.name:
                return full  # not "President Xi": a title, the full name may follow
        kind = self._one_word_kind(bare, mention)
        if kind is _PERSON and (opened := self._opened_name(bare, want, lo, pos)):
            return opened
        if bare != info.name or kind is not info.kind:
            return SourceInfo(bare, kind, info.affiliation)
        return info

    def _plain_honorific(self, mention: str) -> bool:
        """Whether ``mention`` opens with a plain honorific ("Mr Blair", "Mrs. Clinton")."""
        first = mention.split(maxsplit=1)[0].rstrip(".").lower() if mention.strip() else ""
        return first in self._plain_honorifics

    def _unranked(self, surname: str, want: Gender | None) -> SourceInfo | None:
        """The latest person of the history with ``surname`` and no title of rank."""
        for _, info in reversed(self.history):
            name = info.name
            if (
                info.kind is _PERSON
                and name.endswith(" " + surname)
                and name not in self._ranked
                and self._given_agrees(name, want)
            ):
                return info
        return None

    def _opened_name(self, bare: str, want: Gender | None, lo: int, pos: int) -> SourceInfo | None:
        """The person whose full name opens with ``bare``: "Xi" after "Xi Jinping" (a family
        name written first), "Bernie" after "Bernie Sanders" (a given name used alone).

        A speaker named before, else a name in ``text[lo:pos]`` that the word opens after a
        title ("Chinese President Xi Jinping") or, when the word is a given name, anywhere
        ("Bernie Sanders"); never when an honorific makes a given name a surname ("Mr.
        Bernie"), nor a run the text also writes in lower case ("Trump Tower" beside "tower").
        """
        low = bare.lower()
        given = low in self._genders.given_names
        if (want is not None and given) or low in _never_names(self._language):
            return None
        titles = _name_title_words(self._language)
        if low in titles:
            return None
        seen = self._by_first.get(bare)
        if seen is not None:
            return seen
        text = self.text
        j = text.rfind(bare + " ", lo, pos)
        while j != -1:
            if (
                (m := _NAME_RUN.match(text, j + len(bare) + 1, pos)) is not None
                and (j == 0 or not _WORD_CHAR.match(text[j - 1]))
                and (
                    given
                    or (
                        (t := _WORD_BEFORE.search(text, _last_runs(text, max(0, j - 40), j, 1), j))
                        is not None
                        and t.group(1).lower() in titles
                        and not (t.group(2) and t.group(1).isupper())
                    )
                )
                and not any(
                    w.lower() in titles or _lower_case_word(text, w.lower())
                    for w in m.group(0).split()
                )
            ):
                info = self.registry.resolve(f"{bare} {m.group(0)}")
                if info.kind is _PERSON and info.name.split()[0] == bare:
                    return info
            j = text.rfind(bare + " ", lo, j)
        return None

    def _one_word_kind(self, name: str, mention: str) -> SourceKind:
        """The kind of a one-word name guessed a person, by what the text tells of it.

        A person when the text gives it a title or honorific ("Mr. Lou", "Lord Falconer",
        "President Obama", in the mention or anywhere before the name), a gender, a given
        name before it ("Chris Christie"), or when it is itself a given name ("Bob"), or
        a person of the alias table. Otherwise no person ("Yukos", "Labour", "Ofcom"): an
        organization when the text uses it as a modifier ("Labour MP", "Ofcom's report"),
        else still a person ("Woolf said ... He said").
        """
        words = mention.split()
        titles = _name_title_words(self._language)
        if len(words) > 1 and words[-2].lower().rstrip(".") in titles:
            return _PERSON  # "Mr. Lou", "Sen. Cruz"
        found = self._bare_kind.get(name)
        if found is None:
            found = self._bare_kind[name] = self._text_kind(name, titles)
        return found

    def _text_kind(self, name: str, titles: frozenset[str]) -> SourceKind:
        """:meth:`_one_word_kind` from the text alone (read once per name)."""
        low = name.lower()
        if low in self._genders.given_names or not name[:1].isupper():
            return _PERSON
        known = self.registry.lookup(name)
        if known is not None:
            return known.kind
        if self._gender(SourceInfo(name, _PERSON)) is not None:
            return _PERSON
        text = self.text
        modifier = organization = False
        kinds = source_kind_lexicon(self._language)
        # the registry writes "O’Malley" with a straight apostrophe: the text may not
        for written in {name, name.replace("'", "’")}:
            n = len(written)
            j = text.find(written)
            while j != -1:
                end = j + n
                if (j == 0 or not _WORD_CHAR.match(text[j - 1])) and (
                    end == len(text) or not _WORD_CHAR.match(text[end])
                ):
                    lo = _last_runs(text, j - 40 if j > 40 else 0, j, 1)  # one word: the last run
                    if (m := _WORD_BEFORE.search(text, lo, j)) is not None:
                        before = m.group(1)
                        if before.lower() in titles and not (m.group(2) and before.isupper()):
                            # "Mr Blair", "Senator Cruz"; not "in the UK. Cadbury said": an
                            # abbreviated title is no acronym, a full stop after one ends a
                            # sentence
                            return _PERSON
                        if before.lower() in kinds.organization_descriptors:
                            organization = True  # "oil giant Yukos", "carmaker Volkswagen"
                        if (
                            before[:1].isupper()
                            and not m.group(2)  # "Houston. Yukos": a sentence ends there
                            and _named(before, self._language)
                        ):
                            full = self.registry.resolve(f"{before} {name}")
                            if full.kind is _PERSON and " " in full.name:
                                return _PERSON  # "Chris Christie"
                    modifier = modifier or _MODIFIER_AFTER.match(text, end) is not None
                    if not organization and text.startswith((",", " "), end):
                        organization = self._organization_after(text, end, kinds)
                j = text.find(written, end)
        # with no modifier use a person still ("Woolf said ... He said")
        return _ORGANIZATION if modifier or organization else _PERSON

    def _organization_after(self, text: str, end: int, kinds: SourceKindLexicon) -> bool:
        """Whether what follows a name at ``end`` tells an organization: a noun only one
        owns ("Yukos shares") or an apposition headed by an organization noun ("Yukos,
        Russia's biggest oil producer,"; "Yukos, the oil company, said")."""
        if text.startswith(" ", end):
            m = _NEXT_WORD.match(text, end)
            return m is not None and m.group(1) in kinds.organization_possessions
        if (m := _APPOSITION.match(text, end, end + 80)) is None:
            return False
        stops = _antecedent_words(self._language)[1]
        head = ""
        for word in m.group(1).split():
            if word.lower() in stops:
                break
            head = word
        return head.lower() in kinds.organization_descriptors
