"""Reading IPTC and XMP photo metadata from JPEG, PNG and WebP files the tests make."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.errors import ReadError
from provenance.images import local_image, read_image_metadata
from provenance.images._c2pa import manifest_parties, read_c2pa
from tests.images.conftest import MakeImage, make_image


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".webp"])
def test_the_four_iptc_properties_read_back(tmp_path: Path, image: MakeImage, suffix: str) -> None:
    """Creator, Credit Line, Source and Copyright Notice written by pyexiv2 read back as written."""
    path = image(
        tmp_path / f"photo{suffix}",
        creator="Jane Roe",
        credit="AFP",
        source="Agence France-Presse",
        copyright_notice="© AFP 2026",
    )
    meta = read_image_metadata(path)
    assert meta.creators == ("Jane Roe",)
    assert meta.credit_line == "AFP"
    assert meta.source == "Agence France-Presse"
    assert meta.copyright_notice == "© AFP 2026"
    assert meta.path == str(path)


def test_iptc_iim_alone_is_read(tmp_path: Path, image: MakeImage) -> None:
    """A JPEG with IPTC IIM only (no XMP), as older agency files are, still gives the creator."""
    path = image(tmp_path / "old.jpg", creator="Ivan Petrov", credit="Reuters", iptc_only=True)
    meta = read_image_metadata(path)
    assert meta.creators == ("Ivan Petrov",)
    assert meta.credit_line == "Reuters"


def test_an_image_without_metadata_reads_empty(tmp_path: Path, image: MakeImage) -> None:
    """No embedded metadata: every property is empty, nothing is invented."""
    meta = read_image_metadata(image(tmp_path / "bare.png"))
    assert meta.creators == ()
    assert meta.credit_line is meta.source is meta.copyright_notice is None


def test_a_file_that_is_not_an_image_is_a_read_error_naming_it(tmp_path: Path) -> None:
    """Text saved as .jpg: a ReadError naming the file, never a crash from exiv2."""
    path = tmp_path / "fake.jpg"
    path.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_image_metadata(path)
    assert caught.value.path == str(path)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(
        st.characters(categories=("L",), exclude_characters="\x00"), min_size=1, max_size=20
    ).map(lambda first: first + " Example")
)
def test_any_creator_name_round_trips(tmp_path: Path, name: str) -> None:
    """Whatever letters a creator's name holds (accents, scripts), it reads back as written."""
    path = make_image(tmp_path / "named.jpg", creator=name)
    assert read_image_metadata(path).creators == (name,)


def test_relative_and_file_references_resolve_and_web_addresses_only_by_given_name(
    tmp_path: Path, image: MakeImage
) -> None:
    """A relative src resolves beside the article; a web address only to a given file by name."""
    (tmp_path / "img").mkdir()
    photo = image(tmp_path / "img" / "photo.jpg")
    article = str(tmp_path / "story.html")
    assert local_image(article, "img/photo.jpg") == photo
    assert local_image(article, photo.as_uri()) == photo
    assert local_image(article, "https://cdn.example/a/photo.jpg") is None
    assert local_image(article, "https://cdn.example/a/photo.jpg", {"photo.jpg": photo}) == photo
    assert local_image(article, "img/missing.jpg") is None
    assert local_image(article, "story.html") is None  # not an image file


def test_manifest_parties_reads_the_active_manifest() -> None:
    """Signer and claim generator come from the active manifest, not an older one."""
    store = {
        "active_manifest": "new",
        "manifests": {
            "old": {"claim_generator": "Old/1.0", "signature_info": {"issuer": "Old CA"}},
            "new": {"claim_generator": "Camera/2.1", "signature_info": {"issuer": "AFP CA"}},
        },
    }
    assert manifest_parties(store) == ("AFP CA", "Camera/2.1")
    assert manifest_parties({}) == (None, None)


def test_an_image_without_a_manifest_has_no_c2pa_signer(tmp_path: Path, image: MakeImage) -> None:
    """With c2pa-python installed, a file without Content Credentials reads as no signer."""
    pytest.importorskip("c2pa", reason="the c2pa extra (c2pa-python) is not installed")
    path = image(tmp_path / "plain.jpg", creator="Jane Roe")
    assert read_c2pa(str(path), path.read_bytes()) == (None, None)
    meta = read_image_metadata(path)
    assert meta.c2pa_signer is None
    assert meta.c2pa_claim_generator is None
