"""Whatever is created in one language is queued as translation drafts in the others."""

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.localization import create_translation_drafts
from cms.models import Partner
from home.factories import StandardPageFactory
from home.models import StandardPage


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="ed", password="pass-1234-secure")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_a_page_created_in_polish_gets_unpublished_drafts_in_uk_and_en(client, editor, homes):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/home/standardpage/{homes['pl'].pk}/",
        {"title": "Nowa strona", "slug": "nowa", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    versions = {
        page.locale.language_code: page
        for page in StandardPage.objects.filter(slug="nowa").select_related("locale")
    }
    assert set(versions) == {"pl", "uk", "en"}
    assert versions["pl"].live
    assert not versions["uk"].live and not versions["en"].live
    assert versions["uk"].get_parent().pk == homes["uk"].pk  # in the Ukrainian tree
    targets = Translation.objects.filter(source__object_id=versions["pl"].translation_key)
    assert {t.target_locale.language_code for t in targets} == {"uk", "en"}
    assert client.get("/uk/nowa/").status_code == 404  # not public until translated


def test_a_page_started_in_ukrainian_gets_drafts_in_pl_and_en(client, editor, homes):
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/home/standardpage/{homes['uk'].pk}/",
        {"title": "Порадник", "slug": "poradnyk", "body-count": "0", "action-publish": "1"},
    )
    languages = set(
        StandardPage.objects.filter(slug="poradnyk").values_list("locale__language_code", flat=True)
    )
    assert languages == {"pl", "uk", "en"}
    source = Translation.objects.get(target_locale__language_code="pl").source
    assert source.locale.language_code == "uk"


def test_a_snippet_created_in_polish_gets_copies_to_translate(client, editor, homes):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/cms/partner/add/",
        {"name": "Fundacja Nowa", "role": "", "url": "", "sort_order": "0", "locale": "pl"},
    )
    assert response.status_code == 302
    partner = Partner.objects.get(name="Fundacja Nowa", locale__language_code="pl")
    assert {p.locale.language_code for p in partner.get_translations(inclusive=True)} == {
        "pl",
        "uk",
        "en",
    }
    assert Translation.objects.filter(source__object_id=partner.translation_key).count() == 2


def test_creating_a_translation_does_not_start_another_round(homes):
    pl = Partner.objects.create(name="Fundacja", locale=homes["pl"].locale)
    uk = pl.copy_for_translation(Locale.objects.get(language_code="uk"))
    uk.save()
    create_translation_drafts(uk)
    assert not Translation.objects.exists()


def test_section_slugs_are_not_offered_to_translators_but_leaf_slugs_are(news_items, news_index):
    section = TranslationSource.get_or_create_from_instance(news_index)[0]
    leaf = TranslationSource.get_or_create_from_instance(news_items[0])[0]
    section_fields = {s.context.path for s in section.stringsegment_set.select_related("context")}
    leaf_fields = {s.context.path for s in leaf.stringsegment_set.select_related("context")}
    assert "slug" not in section_fields
    assert {"title", "intro"} <= section_fields
    assert "slug" in leaf_fields


def test_translators_get_titles_seo_fields_rich_text_and_image_alt_texts(homes):
    image = wagtail_factories.ImageFactory()
    page = StandardPageFactory(
        parent=homes["pl"],
        title="Galeria",
        seo_title="Galeria Forum",
        search_description="Zdjęcia ze spotkań",
        body=[
            ("paragraph", "<p>Spotkanie w <b>Lublinie</b>.</p>"),
            ("image", {"image": image, "alt_text": "Uczestnicy przy stole", "caption": "Maj"}),
        ],
    )
    source = TranslationSource.get_or_create_from_instance(page)[0]
    texts = {s.string.data for s in source.stringsegment_set.select_related("string")}
    assert {"Galeria", "Galeria Forum", "Zdjęcia ze spotkań", "Uczestnicy przy stole"} <= texts
    assert any("Lublinie" in text for text in texts)
