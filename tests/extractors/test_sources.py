"""The source alias registry: built-in table, heuristics, extension and YAML loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.enums import SourceKind
from provenance.errors import ReadError
from provenance.extractors.sources import SourceRegistry, default_sources


@pytest.fixture
def reg() -> SourceRegistry:
    """A fresh registry with the built-in table."""
    return default_sources()


@pytest.mark.parametrize(
    "mention",
    ["Moscow", "the Kremlin", "The Kremlin", "Russia", "Russian", "the Russian government"],
)
def test_russian_government_is_one_source(reg: SourceRegistry, mention: str) -> None:
    """Every way of naming the Russian state resolves to one government source."""
    info = reg.resolve(mention)
    assert (info.name, info.kind, info.affiliation) == (
        "Russian government",
        SourceKind.GOVERNMENT,
        "Russia",
    )


@pytest.mark.parametrize(
    ("mention", "name", "kind", "affiliation"),
    [
        ("Kyiv", "Ukrainian government", SourceKind.GOVERNMENT, "Ukraine"),
        ("Ukraine", "Ukrainian government", SourceKind.GOVERNMENT, "Ukraine"),
        ("Ukrainian government", "Ukrainian government", SourceKind.GOVERNMENT, "Ukraine"),
        ("Zelensky", "Volodymyr Zelensky", SourceKind.PERSON, "Ukraine"),
        ("Zelenskyy", "Volodymyr Zelensky", SourceKind.PERSON, "Ukraine"),
        ("President Zelensky", "Volodymyr Zelensky", SourceKind.PERSON, "Ukraine"),
        (
            "Ukraine’s President Volodymyr Zelensky",
            "Volodymyr Zelensky",
            SourceKind.PERSON,
            "Ukraine",
        ),
        ("Putin", "Vladimir Putin", SourceKind.PERSON, "Russia"),
        ("Russian President Vladimir Putin", "Vladimir Putin", SourceKind.PERSON, "Russia"),
        ("Trump", "Donald Trump", SourceKind.PERSON, "United States"),
        ("US President Donald Trump", "Donald Trump", SourceKind.PERSON, "United States"),
        ("Moscow’s defense ministry", "Russian defence ministry", SourceKind.MILITARY, "Russia"),
        ("Russia's defense ministry", "Russian defence ministry", SourceKind.MILITARY, "Russia"),
        ("Russian defence ministry", "Russian defence ministry", SourceKind.MILITARY, "Russia"),
        ("Washington", "US government", SourceKind.GOVERNMENT, "United States"),
        ("the White House", "US government", SourceKind.GOVERNMENT, "United States"),
        ("AFP", "AFP", SourceKind.AGENCY, None),
        ("Reuters", "Reuters", SourceKind.AGENCY, None),
        ("AP", "AP", SourceKind.AGENCY, None),
    ],
)
def test_builtin_aliases(
    reg: SourceRegistry, mention: str, name: str, kind: SourceKind, affiliation: str | None
) -> None:
    """The built-in table maps the seed's parties to canonical sources."""
    info = reg.resolve(mention)
    assert (info.name, info.kind, info.affiliation) == (name, kind, affiliation)


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("officials", SourceKind.ANONYMOUS),
        ("a senior official", SourceKind.ANONYMOUS),
        ("sources", SourceKind.ANONYMOUS),
        ("a source close to the talks", SourceKind.ANONYMOUS),
        ("traders", SourceKind.ANONYMOUS),  # market sources of wire copy
        ("Dealers", SourceKind.ANONYMOUS),  # at a sentence's start: still no person
        ("the interior ministry", SourceKind.GOVERNMENT),
        ("the government", SourceKind.GOVERNMENT),
        ("the army", SourceKind.MILITARY),
        ("Israeli forces", SourceKind.MILITARY),
        ("Interfax", SourceKind.AGENCY),
        ("Sen. Lindsey Graham", SourceKind.PERSON),
        ("Maria Kowalska", SourceKind.PERSON),
        ("the weather", SourceKind.UNKNOWN),
        # a name after an article is an institution's or a group's, never a person's
        ("the Arab League", SourceKind.ORGANIZATION),
        ("the Taliban", SourceKind.ORGANIZATION),
        ("the Rev. Al Green", SourceKind.PERSON),  # unless a title follows the article
        # an organization's word anywhere in a name, even after a lower-case word
        ("the Virginia House Democratic Caucus", SourceKind.ORGANIZATION),
        ("Amnesty International", SourceKind.ORGANIZATION),
        ("the Securities and Exchange Commission", SourceKind.ORGANIZATION),
        ("the party's leader John Smith", SourceKind.PERSON),
        # an acronym is an organization
        ("the FBI", SourceKind.ORGANIZATION),
        # a role noun and whom the person acts for; a bare role waits for a name
        ("an attorney for the caucus", SourceKind.PERSON),
        ("a federal judge", SourceKind.UNKNOWN),
    ],
)
def test_heuristic_kinds(reg: SourceRegistry, mention: str, kind: SourceKind) -> None:
    """Mentions outside the table get a kind from their words."""
    assert reg.resolve(mention).kind is kind


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Sen. Lindsey Graham", "Lindsey Graham"),
        ("Det Insp Jane Brown", "Jane Brown"),  # British police ranks
        ("Sir Keir Starmer", "Keir Starmer"),
        ("Cllr Ann Lee", "Ann Lee"),
        ("Lord Sugar", "Sugar"),  # a title alone before one name leaves that name
    ],
)
def test_person_heuristic_strips_titles(reg: SourceRegistry, mention: str, name: str) -> None:
    """A titled name outside the table is named without its title."""
    assert reg.resolve(mention).name == name


def test_register_extends_and_overrides() -> None:
    """register() adds an alias and its canonical name; later registrations win."""
    reg = SourceRegistry()
    reg.register("NBU", "National Bank of Ukraine", SourceKind.ORGANIZATION, "Ukraine")
    assert reg.resolve("nbu").name == "National Bank of Ukraine"
    assert reg.resolve("National Bank of Ukraine").affiliation == "Ukraine"
    reg.register("NBU", "Nowhere Business Union", SourceKind.ORGANIZATION)
    assert reg.resolve("NBU").name == "Nowhere Business Union"
    assert "nbu" in reg
    assert len(reg) == 3


def test_default_sources_returns_independent_registries() -> None:
    """Changing one default registry does not change another."""
    first = default_sources()
    first.register("Moscow", "Someone else", SourceKind.PERSON)
    assert default_sources().resolve("Moscow").name == "Russian government"


def test_load_yaml(tmp_path: Path) -> None:
    """load() registers every entry and alias of a YAML table."""
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n"
        "  - name: Israeli government\n"
        "    kind: government\n"
        "    affiliation: Israel\n"
        "    aliases: [Jerusalem, Israel]\n",
        encoding="utf-8",
    )
    reg = SourceRegistry()
    reg.load(path)
    assert reg.resolve("Jerusalem").name == "Israeli government"
    assert reg.resolve("israel").kind is SourceKind.GOVERNMENT


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("sources: [", "not valid YAML"),
        ("people: []", "no 'sources' list"),
        ("sources:\n  - kind: person\n", "has no 'name'"),
        ("sources:\n  - name: X\n    kind: wizard\n", "has kind 'wizard'"),
    ],
)
def test_load_rejects_bad_tables(tmp_path: Path, content: str, reason: str) -> None:
    """A malformed table raises ReadError naming the file and the problem."""
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError, match=reason) as info:
        SourceRegistry().load(path)
    assert info.value.path == str(path)


def test_load_missing_file(tmp_path: Path) -> None:
    """A missing table raises ReadError, not OSError."""
    with pytest.raises(ReadError, match="cannot read"):
        SourceRegistry().load(tmp_path / "absent.yaml")


def test_an_organization_keeps_its_whole_name(reg: SourceRegistry) -> None:
    """An organization's name is not cut to a trailing "name" after a lower-case word."""
    assert reg.resolve("the Securities and Exchange Commission").name == (
        "Securities and Exchange Commission"
    )
