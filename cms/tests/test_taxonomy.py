import pytest
from django.db.models import Count
from wagtail import blocks

from cms.blocks import CallToActionBlock
from cms.models import Region, TargetGroup, Theme


@pytest.mark.parametrize("model", [Theme, Region, TargetGroup])
def test_every_term_exists_in_the_three_languages_with_one_slug(db, model):
    by_key = model.objects.values("translation_key").annotate(
        languages=Count("locale"), slugs=Count("slug", distinct=True)
    )
    assert by_key
    assert {row["languages"] for row in by_key} == {3}
    assert {row["slugs"] for row in by_key} == {1}


def test_regions_are_the_sixteen_voivodeships_and_three_more(db):
    polish = Region.objects.filter(locale__language_code="pl")
    voivodeships = polish.filter(kind=Region.Kind.VOIVODESHIP)
    assert voivodeships.count() == 16
    assert sorted(voivodeships.values_list("teryt_code", flat=True)) == [
        f"{code:02d}" for code in range(2, 33, 2)
    ]
    assert set(polish.exclude(kind=Region.Kind.VOIVODESHIP).values_list("slug", flat=True)) == {
        "nationwide",
        "online",
        "ukraine",
    }


@pytest.mark.parametrize(
    ("code", "name"), [("pl", "Pomoc prawna"), ("uk", "Правова допомога"), ("en", "Legal aid")]
)
def test_theme_names_are_translated(db, code, name):
    assert Theme.objects.get(slug="legal-aid", locale__language_code=code).name == name


@pytest.mark.parametrize(
    "value",
    [
        {"page": None, "external_url": ""},
        {"page": "both", "external_url": "https://example.org"},
    ],
)
def test_call_to_action_needs_exactly_one_target(homes, value):
    block = CallToActionBlock()
    data = {"heading": "Dołącz", "text": "", "button_label": "Tak", **value}
    if data["page"] == "both":
        data["page"] = homes["pl"]
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({**data, "page": getattr(data["page"], "pk", None)}))


def test_call_to_action_with_an_address_is_valid(db):
    block = CallToActionBlock()
    value = block.clean(
        block.to_python(
            {
                "heading": "Dołącz",
                "text": "",
                "button_label": "Tak",
                "external_url": "https://example.org",
                "page": None,
            }
        )
    )
    assert value.url() == "https://example.org"
