import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import override
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)

from cms.models import Region, TargetGroup, Theme
from home.factories import make_site_tree, translate_page
from home.models import HomePage
from library.factories import (
    LibraryDocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
)
from library.models import (
    LibraryIndexPage,
    LibraryItemPage,
    Licence,
    MaterialLanguage,
    ResourceType,
)


class LibraryPageTreeTests(WagtailPageTestCase):
    def test_the_library_sits_under_a_home_page_and_holds_only_items(self):
        self.assertAllowedParentPageTypes(LibraryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LibraryIndexPage, {LibraryItemPage})

    def test_items_live_only_in_a_library_and_have_no_subpages(self):
        self.assertAllowedParentPageTypes(LibraryItemPage, {LibraryIndexPage})
        self.assertAllowedSubpageTypes(LibraryItemPage, set())

    def test_one_library_per_home_page(self):
        self.login()
        homes = make_site_tree()
        self.assertCanCreate(
            homes["pl"],
            LibraryIndexPage,
            nested_form_data(
                {"title": "Biblioteka", "slug": "library", "intro": "", "body": {"count": 0}}
            ),
        )
        homes["pl"].refresh_from_db()  # treebeard reads numchild from the instance
        self.assertFalse(LibraryIndexPage.can_create_at(homes["pl"]))

    def test_an_editor_creates_an_item_with_its_languages_in_the_admin(self):
        self.login()
        homes = make_site_tree()
        index = LibraryIndexPageFactory(parent=homes["pl"])
        housing = Theme.objects.get(slug="housing", locale__language_code="pl")
        data = nested_form_data(
            {
                "title": "Poradnik mieszkaniowy",
                "slug": "poradnik-mieszkaniowy",
                "summary": "Jak znaleźć mieszkanie.",
                "description": rich_text("<p>Krok po kroku.</p>"),
                "resource_type": ResourceType.GUIDE,
                "publisher_name": "Fundacja",
                "publication_date": "2025-05-04",
                "external_url": "https://example.org/guide",
                "licence": Licence.CC_BY,
                "access": "public",
            }
        )
        # Checkboxes post one value per ticked box.
        data.update(languages=[MaterialLanguage.POLISH, MaterialLanguage.UKRAINIAN])
        data.update(themes=[housing.pk])
        self.assertCanCreate(index, LibraryItemPage, data)
        item = LibraryItemPage.objects.get(slug="poradnik-mieszkaniowy", locale=index.locale)
        assert item.languages == ["pl", "uk"]
        assert list(item.themes.all()) == [housing]

    def test_the_library_and_its_items_render(self):
        homes = make_site_tree()
        index = LibraryIndexPageFactory(parent=homes["pl"])
        item = LibraryItemPageFactory(parent=index)
        for page in (index, item, homes["pl"]):
            self.assertPageIsRenderable(page)


def test_an_item_needs_a_file_or_a_link(library_index):
    item = LibraryItemPageFactory.build(external_url="")
    with pytest.raises(ValidationError) as error:
        library_index.add_child(instance=item)
    assert set(error.value.message_dict) == {"document", "external_url"}
    assert "plik albo jako link" in error.value.message_dict["document"][0]  # in Polish


@pytest.mark.parametrize("material", ["file", "link"])
def test_a_file_alone_or_a_link_alone_is_enough(library_index, document, material):
    fields = {"document": document, "external_url": ""} if material == "file" else {}
    item = LibraryItemPageFactory(parent=library_index, **fields)
    item.full_clean()


def test_languages_of_the_material_survive_a_revision(library_index):
    item = LibraryItemPageFactory(parent=library_index, languages=["uk"])
    item.languages = [MaterialLanguage.UKRAINIAN, MaterialLanguage.RUSSIAN]
    item.save_revision().publish()
    assert LibraryItemPage.objects.get(pk=item.pk).languages == ["uk", "ru"]
    assert item.get_latest_revision_as_object().languages == ["uk", "ru"]


def test_an_unknown_language_code_is_refused(library_index):
    item = LibraryItemPageFactory(parent=library_index)
    item.languages = ["pl", "xx"]
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "languages" in error.value.message_dict


def test_item_page_shows_what_a_reader_needs_to_judge_the_material(client, library_index, document):
    item = LibraryItemPageFactory(
        parent=library_index,
        title="Prawo pobytu",
        summary="Co mówi ustawa.",
        description="<p>Analiza przepisów o pobycie.</p>",
        resource_type=ResourceType.LEGAL_ANALYSIS,
        languages=["pl", "uk"],
        publisher_name="Stowarzyszenie Interwencji Prawnej",
        publication_date=datetime.date(2025, 3, 5),
        licence=Licence.CC_BY_SA,
        document=document,
    )
    item.themes.set([Theme.objects.get(slug="legal-aid", locale__language_code="pl")])
    item.regions.set([Region.objects.filter(locale__language_code="pl").first()])
    item.target_groups.set([TargetGroup.objects.filter(locale__language_code="pl").first()])
    item.save_revision().publish()

    html = client.get(item.url).content.decode()
    with override("pl"):
        assert str(ResourceType.LEGAL_ANALYSIS.label) in html
    assert '<time datetime="2025-03-05">5 marca 2025</time>' in html
    assert "Co mówi ustawa." in html
    assert "Analiza przepisów o pobycie." in html
    assert document.url in html
    assert "https://example.org/materials/" in html
    assert "Stowarzyszenie Interwencji Prawnej" in html
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license"' in html
    assert "/pl/library/?theme=legal-aid" in html


def test_item_page_shows_themes_in_the_readers_language(client, library_index):
    item = LibraryItemPageFactory(parent=library_index)
    item.themes.set([Theme.objects.get(slug="housing", locale__language_code="pl")])
    item.save_revision().publish()
    translate_page(library_index, "en", title="Library")
    english = translate_page(item, "en", title="Housing guide", summary="How to rent.")
    html = client.get(english.url).content.decode()
    assert "Housing guide" in html
    assert ">Housing</a>" in html
    assert "Mieszkalnictwo" not in html


def publish_translation(translation):
    """Save and publish the translated page now (save_target publishes on commit)."""
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()
    return translation.get_target_instance()


def test_a_translation_may_carry_its_own_file(library_index, document):
    """The file is a synchronised field that a translator may override in wagtail-localize."""
    item = LibraryItemPageFactory(parent=library_index, document=document)
    ukrainian_file = LibraryDocumentFactory(title="Посібник PDF")
    uk = Locale.objects.get(language_code="uk")
    translate_page(library_index, "uk", title="Бібліотека")

    source, _created = TranslationSource.get_or_create_from_instance(item)
    translation = Translation.objects.create(source=source, target_locale=uk)
    segment = OverridableSegment.objects.get(source=source, context__path="document")
    assert json.loads(segment.data_json) == document.pk
    SegmentOverride.objects.create(
        locale=uk, context=segment.context, data_json=json.dumps(ukrainian_file.pk)
    )
    ukrainian = publish_translation(translation)
    assert ukrainian.document == ukrainian_file

    # A later change of the Polish source keeps the Ukrainian file.
    item.title = "Poradnik, wydanie 2"
    item.save_revision().publish()
    source.update_from_db()
    ukrainian = publish_translation(translation)
    assert ukrainian.document == ukrainian_file
    assert LibraryItemPage.objects.get(pk=item.pk).document == document


def test_a_translation_without_an_override_keeps_the_source_file(library_index, document):
    item = LibraryItemPageFactory(parent=library_index, document=document)
    translate_page(library_index, "uk", title="Бібліотека")
    assert translate_page(item, "uk", title="Посібник").document == document


def test_items_are_in_the_pages_api_with_their_facts(client, library_index):
    item = LibraryItemPageFactory(
        parent=library_index, title="Raport", languages=["pl", "en"], licence=Licence.CC0
    )
    item.themes.set([Theme.objects.get(slug="housing", locale__language_code="pl")])
    item.save_revision().publish()
    response = client.get(
        "/api/v2/pages/",
        {"type": "library.LibraryItemPage", "fields": "summary,languages,licence,access,themes"},
    )
    assert response.status_code == 200
    [found] = response.json()["items"]
    assert found["title"] == "Raport"
    assert found["languages"] == ["pl", "en"]
    assert found["licence"] == "cc0"
    assert found["access"] == "public"
    assert found["themes"] == ["housing"]


def test_the_library_section_keeps_its_slug_in_every_language(library_index):
    english = translate_page(library_index, "en", title="Knowledge library")
    assert english.slug == "library"
    assert Page.objects.get(pk=english.pk).url == "/en/library/"
