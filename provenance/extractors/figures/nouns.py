"""What a number counts: the noun phrase after it, read without a tagger.

:func:`counted_unit` reads at most three words after a number ("about 53,000
*Russian soldiers* were ...") and stops where a noun phrase ends: at a closed
class of function words and frequent verbs, at a plural head noun, at a
measurement unit ("a 17 *inch* monitor"), at punctuation. Two cheap
agreement checks stand in for part-of-speech tags: after "one" a word ending
in -s is a verb ("one person *owns* a copy"), and a participle after a noun
ends the phrase ("12 bodies *found*"). Measurement units are kept as written
("kilometres", "mi", "km2", "°C"): ``unit`` names what is counted, it does
not convert.
"""

from __future__ import annotations

import re

from provenance.extractors.figures.units import wordset

__all__ = ["counted_unit", "noun_follows", "plain_counted_unit"]

_STOP = wordset(
    """
a about above across after against ago ahead all along also although am among an and another
any are around as at away back be because been before behind being below beside between
beyond both but by can could did do does down due during each earlier either else even ever
every except few for from further had has have having he her here hers him his how however i
if in including inside into is it its itself just last later less like many may me might
more most much must my near nearly neither next no nor not now of off on once one only onto
or other our out outside over own per perhaps previously rather same says said say shall she
should since so some still such than that the their them then there these they this those
though through throughout thus till to today together too toward towards under unless until
up upon us very via vs was we were what when where whether which while who whom whose why
will with within without would yet you your compared according against versus plus minus
respectively apiece each respectively tonight tomorrow yesterday annually daily weekly
monthly yearly pct percent dlrs cts mln bln billion million thousand trillion
monday tuesday wednesday thursday friday saturday sunday
"""
)
# Time units stop a phrase they would start ("2 goals a week") but may end one
# ("three trading days").
_TIME_NOUNS = wordset("year years week weeks day days month months hour hours minute minutes")
# Frequent verb forms that are rarely nouns after a number; -ed and -ing forms
# are caught by their ending.
_VERBS = wordset(
    """
be been being done tell tells told ask asks takes took taken give gives gave get gets got
gotten goes went gone comes came see sees saw seen know knows knew think thinks thought buy buys
bought bring brings brought begin begins began begun become becomes became feels felt pays paid
send sends sent spend spends spent builds built grow grows grew grown rose risen fell fallen
keeps kept met meets sold sells stood sat sits fled flees flew wants needs seem seems remain
remains include includes appear appears owns die dies believe believes expect expects hopes
receive receives
"""
)
# Nouns in -ly that are not adverbs ("5 family members").
_LY_NOUNS = wordset("family supply ally rally assembly monopoly anomaly belly jelly lily fly")
# Singular nouns and noun modifiers ending in -s, so no verb after "one" ("one news
# channel", "one human rights group").
_S_SINGULAR = wordset(
    "news series species means gas lens canvas chaos physics politics economics athletics "
    "mathematics headquarters diabetes measles crossroads rights arms sports savings goods "
    "customs sales earnings singles doubles"
)
# Plurals without -s end the phrase like the others: "5,000 people [took] part".
_IRREGULAR_PLURALS = wordset("people men women children feet teeth mice geese")
# Unit abbreviations and measure words end the phrase: "50 km [underground]", "17 inch [monitor]".
_MEASURES = wordset(
    "km kg g mg m cm mm nm lb lbs ft mi mph kph kmh l ml cl t gb mb tb kb ghz mhz hz mw gw kw "
    "w wh kwh mwh gwh v kv ha oz yd bpd "
    "metre meter kilometre kilometer centimetre centimeter millimetre millimeter mile kilo "
    "kilogram kilogramme gram gramme tonne ton litre liter gallon foot inch yard acre hectare "
    "ounce degree barrel"
)
_MEASURES |= {w + "s" for w in _MEASURES if len(w) > 2} | {"inches"}
# Company suffixes: "South 32 Ltd" names a company, it counts nothing.
_COMPANY = wordset("Ltd Inc Corp Plc PLC LLC Co AG SA NV GmbH Bhd")
# This reader follows English agreement; the lexicon's ``counted_nouns`` says where it applies.
_NUMBERS = wordset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy "
    "eighty ninety hundred dozen thousand million billion trillion"
)
_DEMONYM_ENDINGS = ("ans", "ons", "qis", "lis", "nis", "ese")
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "able", "ible", "al")
_WORD = re.compile(r"[ \t]*+(?:\n(?![ \t]{2}))?[ \t]*+([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])")
# A unit per another, glued by a slash: "120 km/h", "500,000 b/d", "10 m/s" (the first part
# three letters at most, so "and/or" stays out).
_PER = re.compile(r"/[A-Za-z]{1,3}(?![\w/])")
_POWER = re.compile(r"(?:\^?[23]|[²³])(?![\w.,]?\d|[A-Za-z])")
_DEGREES = re.compile(
    r"[ \t]*(°[CF]?|degrees?\b(?:[ \t]+(?:Celsius|Fahrenheit|centigrade|[CF]\b))?)"
)
_DEGREE_SYMBOL = re.compile(r"[ \t\u00a0\u202f]*(°[CF]?)")
# "in" for inches, only where the preposition cannot be meant: "2 in thick", "2 in."
_INCH = re.compile(r"[ \t]+in(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:thick|long|wide|tall|high|deep)\b)")
_OF_NUMBER = re.compile(
    r"[ \t]+of[ \t]+(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|fifty|hundred)[ \t]+[A-Za-z]+\b"
)


def counted_unit(text: str, pos: int, *, max_words: int = 3, singular: bool = False) -> str | None:
    """The noun phrase a number counts, read from ``text`` at ``pos`` (just after it).

    Stops at verbs, prepositions (except "of" + a measure: "bags of 60 kilos"),
    punctuation and a lone participle ("50 died"). ``singular`` says the number
    is one, so a word in -s after the noun is its verb ("one person owns").

    Example:
        >>> counted_unit("about 53,000 Russian soldiers were involved", 12)
        'Russian soldiers'
        >>> counted_unit("one person owns a copy", 3, singular=True)
        'person'
    """
    c = text[pos : pos + 2]
    if "°" in c or "d" in c:
        deg = _DEGREES.match(text, pos)
        if deg is not None:
            return deg.group(1)  # "300 °C", "1200 degrees Celsius"
    if "i" in text[pos : pos + 3] and _INCH.match(text, pos):
        return "in"
    words: list[str] = []
    end = pos
    budget = max_words
    while len(words) < budget:
        m = _WORD.match(text, end)
        if m is None:
            break
        w = m.group(1)
        lw = w.lower()
        if lw in _TIME_NOUNS:
            if words:
                words.append(w)  # "three trading days"
                end = m.end()
            break
        if lw in _STOP and w not in ("US", "IT"):  # "5 US soldiers", "40 IT staff"
            break
        if lw.endswith("ly") and lw not in _LY_NOUNS:
            break
        if lw in _VERBS or (lw in _NUMBERS and w[0].islower()) or lw.endswith(("n't", "n’t")):
            break  # "Six Nations" is a name, "six" after a number starts another
        if w in _COMPANY:
            nxt = _WORD.match(text, m.end())
            n = "" if nxt is None else nxt.group(1)
            if not n.islower() or n in _STOP or n in _VERBS or n.endswith(("ed", "ing")):
                return None  # "South 32 Ltd [fell]"; but "2 News Corp shares"
        if words and w[0].isupper() and not words[-1][0].isupper():
            # a name after a common noun starts something else; but "two rival EU
            # ministers", "two imprisoned Iranian bloggers" keep acronym or nationality
            acronyms = 3 <= len(w) <= 5 and w[-1] == "s" and w[:-1].isupper()  # "MPs", "DVDs"
            acronym = acronyms or (w.isupper() and len(w) <= 4)
            participle = len(words) == 1 and words[0].endswith("ed")
            possessive = w.endswith(("'s", "’s"))  # "two discussed Washington's scandal"
            if (
                (acronym or participle)
                and not possessive
                and (
                    acronyms
                    or noun_follows(text, m.end())
                    or (participle and w.endswith(_DEMONYM_ENDINGS))
                )
            ):
                budget += 1  # "four major US television networks", "50 injured Iraqis"
            elif participle:
                return None  # "10 recognised Charles Kennedy": a verb and a name
            else:
                break
        if len(w) >= 4 and w[:2].isupper() and not (w[-1] == "s" and w[:-1].isupper()):
            break  # a heading or table label on the next line: "NOTE", "REvs"; not "DVDs"
        if words and lw.endswith(("ed", "ing")):
            break
        plural = (
            lw.endswith("s")
            and not lw.endswith(("ss", "us", "is"))
            and (w[1:2].islower() or (len(w) >= 3 and w[:-1].isupper()))  # "DJs"
            and lw not in _S_SINGULAR
        )
        verb = plural and w[0].islower() and not lw.endswith(("'s", "’s"))
        if singular and verb and lw not in _MEASURES:
            if not words:
                return None  # "one wonders whether": a pronoun, it counts nothing
            break  # "one person owns a copy": the verb agrees with "one"
        words.append(w)
        end = m.end()
        if len(w) <= 3 and text.startswith("/", end) and _per_unit(text, end, words):
            break  # "120 km/h", "500,000 b/d": the unit ends with the one it is per
        if plural or lw in _IRREGULAR_PLURALS:
            break  # a plural noun ends the phrase: "customers [placed]"
        if lw in _MEASURES:
            if len(lw) <= 3:
                p = _POWER.match(text, end)
                if p is not None:
                    words[-1] += p.group()  # "301,338 km2"
            break
        if lw.endswith(("ed", "ing")) and len(words) == 1:
            nxt = _WORD.match(text, end)
            if nxt is None or nxt.group(1).lower() in _STOP:
                return None
        if (
            len(words) == 1
            and not singular
            and lw.endswith(_ADJECTIVE_ENDINGS)
            and _WORD.match(text, end) is None
        ):
            return None  # a lone adjective before punctuation: "three halves fractional?"
    if not words:
        return None
    m = _OF_NUMBER.match(text, end)
    if m is not None and m.group().rsplit(None, 1)[-1].lower() not in _STOP:
        return " ".join(words) + " " + " ".join(m.group().split())
    return " ".join(words)


def _per_unit(text: str, end: int, words: list[str]) -> bool:
    """Whether the unit ending at ``end`` goes on with a slash and the unit it is per
    ("km/h", "b/d"); if so, that part is added to the last of ``words``. The callers test
    first that the word is short and a slash follows it.

    Example:
        >>> words = ["km"]
        >>> _per_unit("120 km/h on", 6, words), words
        (True, ['km/h'])
    """
    per = _PER.match(text, end)
    if per is None:
        return False
    words[-1] += per.group()
    return True


def noun_follows(text: str, pos: int) -> bool:
    """Whether a lower-case word that may be a noun follows ``pos`` ("Wall Street *banks*";
    not "Downing Street *was*").

    Example:
        >>> noun_follows("12 Wall Street banks", 15), noun_follows("10 Downing Street was", 17)
        (True, False)
    """
    m = _WORD.match(text, pos)
    if m is None:
        return False
    w = m.group(1)
    return w.islower() and w not in _STOP and w not in _VERBS and not w.endswith(("ed", "ing"))


_PLAIN_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_][\w'’-]*)")


def plain_counted_unit(
    text: str, pos: int, stop: frozenset[str], *, max_words: int = 2
) -> str | None:
    """The noun phrase after a number for a language without agreement rules here.

    Reads up to ``max_words`` lower-case words after ``pos`` and stops at a
    stop word of the language (articles, prepositions, frequent verbs), a
    capitalized word or punctuation.

    Example:
        >>> plain_counted_unit("53 000 soldats russes ont été tués", 6, frozenset({"ont"}))
        'soldats russes'
    """
    if "°" in text[pos : pos + 3]:
        deg = _DEGREE_SYMBOL.match(text, pos)
        if deg is not None:
            return deg.group(1)  # "25 °C", "25\u202f°C": the symbol, in any language
    words: list[str] = []
    end = pos
    while len(words) < max_words:
        m = _PLAIN_WORD.match(text, end)
        if m is None:
            break
        w = m.group(1)
        if not w.islower() or w in stop or w.split("'")[0].split("’")[0] + "'" in stop:
            break
        words.append(w)
        end = m.end()
        if len(w) <= 3 and text.startswith("/", end) and _per_unit(text, end, words):
            break  # "120 km/h", "500,000 b/d": the unit ends with the one it is per
    return " ".join(words) or None
