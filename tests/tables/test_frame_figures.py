"""Whose a figure is in a report of a report ("[Smith said 40 died], the letter said").

The guideline's source is who asserts the figure: inside the nested claim's content its
speaker; elsewhere in the clause a report frame carries (a date, an asked-for object)
the frame's source, not the narrator.
"""

from __future__ import annotations

from functools import cache

import provenance
from tests.rules.helpers import wire_documents

_TEXTS = {
    "asked": "The FBI had requested the materials on Aug. 23, asking for copies of the "
    "emails, laptops and other materials of nine members of the team, the letter said.",
    "inner": "Smith said 40 people died in the attack, the letter said.",
    # neighbour: no frame, the narrator's figures
    "narrated": "The FBI requested the materials on Aug. 23.",
}


@cache
def _sources() -> dict[tuple[str, str], str]:
    t = provenance.check(wire_documents(_TEXTS, "frames"), engine="pandas").tables
    path = t.articles.set_index("article_id")["path"]
    names = t.sources.set_index("source_id")["name"]
    return {
        (str(path[f.article_id]).split("/")[-1], str(f.text)): str(names[f.source_id])
        for f in t.figures.itertuples()
    }


def test_figures_outside_the_nested_content_are_the_frames() -> None:
    """ "on Aug. 23" and the asked-for "nine members" come from the letter."""
    got = _sources()
    assert got[("asked", "Aug. 23")] == got[("asked", "nine")]
    assert "letter" in got[("asked", "nine")].lower()


def test_a_figure_inside_the_nested_content_is_its_speakers() -> None:
    """ "Smith said 40 people died, the letter said": Smith asserts 40."""
    assert _sources()[("inner", "40")] == "Smith"


def test_without_a_frame_the_narrator_keeps_its_figures() -> None:
    """Neighbour: a sentence with no frame leaves its date to the agency."""
    assert _sources()[("narrated", "Aug. 23")] == "Reuters"
