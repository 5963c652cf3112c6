"""Translation status: what is missing, in progress, outdated or up to date, and who sees it."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from cms.models import Partner, Theme
from cms.translation_status import Status, compute_translation_status
from home.factories import NewsPageFactory, StandardPageFactory, translate_page

STATUS_URL = "/admin/translation-status/"


@pytest.fixture
def user_in(django_user_model):
    """A user of the group, whose admin speaks English (the messages checked here are)."""

    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="pass-1234-secure"
        )
        user.groups.add(Group.objects.get(name=group_name))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        return user

    return make


@pytest.fixture
def translator_client(client, user_in):
    client.force_login(user_in("Translators"))
    return client


def locale(code):
    return Locale.objects.get(language_code=code)


def start_translation(instance, code):
    """Submit ``instance`` for translation into ``code`` as the "Translate" action does."""
    TranslationCreator(None, [locale(code)]).create_translations(instance)
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )


def translate_segments(translation, count=None):
    """Translate the first ``count`` segments of ``translation`` (all when None)."""
    segments = StringSegment.objects.filter(source=translation.source).order_by("order")
    for segment in segments.select_related("string", "context")[:count]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": f"{segment.string.data} ({translation.target_locale.language_code})",
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    return segments.count()


def publish_target(translation):
    """Save and publish the translated page now (save_target publishes on commit)."""
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()


def row_for(instance, code):
    with override("en"):
        rows = compute_translation_status("en").rows
    return next(
        row
        for row in rows
        if row.source.translation_key == instance.translation_key
        and row.locale.language_code == code
    )


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["uk", "en"])
def test_a_page_only_in_polish_is_missing_in_the_other_languages(news_items, code):
    row = row_for(news_items[0], code)
    assert row.status == Status.MISSING
    assert row.percent is None
    assert row.action_url == reverse(
        "wagtail_localize:submit_page_translation", args=[news_items[0].pk]
    )


@pytest.mark.django_db
def test_the_source_language_gets_no_row_of_its_own(news_items):
    rows = compute_translation_status("pl").rows
    key = news_items[0].translation_key
    keys = [row.locale.language_code for row in rows if row.source.translation_key == key]
    assert sorted(keys) == ["en", "uk"]


@pytest.mark.django_db
def test_a_translation_with_one_segment_done_is_in_progress_with_its_percentage(news_items):
    translation = start_translation(news_items[0], "uk")
    total = translate_segments(translation, count=1)
    assert total > 1
    row = row_for(news_items[0], "uk")
    assert row.status == Status.IN_PROGRESS
    assert row.percent == 100 // total
    assert translation.get_progress() == (total, 1)  # the same count as wagtail-localize's
    assert row.action_url == reverse("wagtailadmin_pages:edit", args=[row.target.pk])
    assert row_for(news_items[0], "en").status == Status.MISSING


@pytest.mark.django_db
def test_a_fully_translated_draft_stays_in_progress_until_it_is_published(news_items):
    translation = start_translation(news_items[0], "uk")
    translate_segments(translation)
    translation.save_target(publish=False)
    assert row_for(news_items[0], "uk").status == Status.IN_PROGRESS
    assert row_for(news_items[0], "uk").percent == 100

    publish_target(translation)
    assert row_for(news_items[0], "uk").status == Status.UP_TO_DATE


@pytest.mark.django_db
def test_republishing_the_polish_source_after_the_sync_makes_the_translation_outdated(
    news_items,
):
    page = news_items[0]
    translation = start_translation(page, "uk")
    translate_segments(translation)
    publish_target(translation)
    assert row_for(page, "uk").status == Status.UP_TO_DATE

    page.lead = "Nowy lead po synchronizacji."
    page.save_revision().publish()
    assert row_for(page, "uk").status == Status.OUTDATED

    translation.source.update_from_db()  # the translator syncs: the new lead is to translate
    assert row_for(page, "uk").status == Status.IN_PROGRESS
    translate_segments(translation)
    publish_target(translation)
    assert row_for(page, "uk").status == Status.UP_TO_DATE


@pytest.mark.django_db
def test_a_published_copy_made_outside_wagtail_localize_is_up_to_date_until_the_source_changes(
    news_items,
):
    page = news_items[0]
    translate_page(page.get_parent(), "en")
    translate_page(page, "en", title="News in English")
    assert row_for(page, "en").status == Status.UP_TO_DATE

    page.save_revision().publish()
    assert row_for(page, "en").status == Status.OUTDATED


@pytest.mark.django_db
def test_an_alias_counts_as_missing(news_items):
    page = news_items[0]
    page.copy_for_translation(locale("uk"), copy_parents=True, alias=True)
    row = row_for(page, "uk")
    assert row.target.alias
    assert row.status == Status.MISSING


@pytest.mark.django_db
def test_a_page_started_in_ukrainian_is_the_source_for_polish_and_english(homes):
    page = StandardPageFactory(parent=homes["uk"], title="Довідник для біженців", slug="dovidnyk")
    assert row_for(page, "pl").status == Status.MISSING
    assert row_for(page, "en").status == Status.MISSING


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["uk", "en"])
def test_a_partner_only_in_polish_is_missing_with_a_link_to_translate_it(db, code):
    partner = Partner.objects.create(name="Fundacja Ocalenie", locale=locale("pl"))
    row = row_for(partner, code)
    assert row.status == Status.MISSING
    assert row.section_label == "Snippets: Partners"
    assert row.action_url == reverse(
        "wagtail_localize:submit_snippet_translation", args=["cms", "partner", partner.pk]
    )


@pytest.mark.django_db
def test_themes_from_the_data_migration_are_up_to_date_in_every_language(db):
    rows = [row for row in compute_translation_status("pl").rows if row.source.model is Theme]
    assert len(rows) == 2 * Theme.objects.filter(locale__language_code="pl").count()
    assert {row.status for row in rows} == {Status.UP_TO_DATE}


@pytest.mark.django_db
def test_a_translated_snippet_is_outdated_when_its_source_content_changes(db):
    partner = Partner.objects.create(name="Fundacja Ocalenie", locale=locale("pl"))
    translation = start_translation(partner, "uk")
    translate_segments(translation)
    translation.save_target()
    assert row_for(partner, "uk").status == Status.UP_TO_DATE

    partner.role = "Współzałożyciel"
    partner.save()
    assert row_for(partner, "uk").status == Status.OUTDATED


@pytest.mark.django_db
def test_the_view_lists_each_page_and_snippet_per_language(translator_client, news_items):
    response = translator_client.get(STATUS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert news_items[0].title in html
    assert "Snippets: Themes" in html  # a section to filter by
    assert reverse("wagtail_localize:submit_page_translation", args=[news_items[0].pk]) in html


@pytest.mark.django_db
def test_the_listing_is_paginated_by_fifty(translator_client, homes):
    response = translator_client.get(STATUS_URL)
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].count > 50  # themes, regions, target groups …


@pytest.mark.django_db
def test_filter_by_locale_keeps_only_that_language(translator_client, news_items):
    response = translator_client.get(STATUS_URL, {"locale": "uk"})
    rows = response.context["paginator"].object_list
    assert rows
    assert {row.locale.language_code for row in rows} == {"uk"}


@pytest.mark.django_db
def test_filter_by_section_keeps_only_the_pages_below_it(translator_client, news_index, news_items):
    response = translator_client.get(STATUS_URL, {"section": str(news_index.translation_key)})
    rows = response.context["paginator"].object_list
    assert {row.title for row in rows} == {news_index.title, *(page.title for page in news_items)}
    assert {row.section_label for row in rows} == {news_index.title}


@pytest.mark.django_db
def test_filter_by_snippet_section_and_status(translator_client, news_items):
    Partner.objects.create(name="Fundacja Ocalenie", locale=locale("pl"))
    response = translator_client.get(
        STATUS_URL, {"section": "snippets.cms.partner", "status": "missing"}
    )
    rows = response.context["paginator"].object_list
    assert [(row.title, row.locale.language_code) for row in rows] == [
        ("Fundacja Ocalenie", "uk"),
        ("Fundacja Ocalenie", "en"),
    ]


@pytest.mark.django_db
def test_filter_by_status(translator_client, news_items):
    response = translator_client.get(STATUS_URL, {"status": "up_to_date"})
    rows = response.context["paginator"].object_list
    assert rows
    assert {row.status for row in rows} == {Status.UP_TO_DATE}


@pytest.mark.django_db
def test_a_bad_filter_value_is_reported_and_ignored(translator_client, news_items):
    response = translator_client.get(STATUS_URL, {"locale": "xx", "status": "missing"})
    assert response.status_code == 200
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("xx" in message for message in messages)
    rows = response.context["paginator"].object_list
    assert {row.status for row in rows} == {Status.MISSING}  # the valid filter still applies
    assert {row.locale.language_code for row in rows} == {"uk", "en"}


@pytest.mark.django_db
def test_csv_export_has_a_header_the_filtered_rows_and_keeps_cyrillic(translator_client, homes):
    page = StandardPageFactory(parent=homes["uk"], title="Довідник для біженців", slug="dovidnyk")
    response = translator_client.get(STATUS_URL, {"format": "csv", "status": "missing"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="translation-status-' in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('.csv"')
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))
    assert rows[0] == [
        "Title",
        "Type",
        "Section",
        "Language",
        "Status",
        "Translated segments (%)",
        "Link",
    ]
    assert {row[4] for row in rows[1:]} == {"Missing"}
    ours = [row for row in rows[1:] if row[0] == page.title]
    assert sorted(row[3] for row in ours) == ["en", "pl"]
    assert ours[0][6].startswith("http://testserver/admin/localize/submit/page/")


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Translators"])
def test_editors_and_translators_see_the_view_the_menu_item_and_their_queue(
    client, user_in, news_items, group
):
    client.force_login(user_in(group))
    assert client.get(STATUS_URL).status_code == 200
    dashboard = client.get("/admin/").content.decode()
    assert "Your translation queue" in dashboard
    assert news_items[0].title in dashboard
    assert STATUS_URL in dashboard  # the menu item and the panel's link


@pytest.mark.django_db
def test_superusers_see_the_view(client, django_user_model, homes):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    assert client.get(STATUS_URL).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Library reviewers", "Directory moderators", "Members"])
def test_other_groups_cannot_open_the_view_nor_see_the_queue(client, user_in, homes, group):
    client.force_login(user_in(group))
    response = client.get(STATUS_URL)
    assert response.status_code in (302, 403)
    assert response.get("Location", "") != STATUS_URL
    dashboard = client.get("/admin/", follow=True).content.decode()
    assert "Your translation queue" not in dashboard
    assert STATUS_URL not in dashboard


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login_page(client, homes):
    response = client.get(STATUS_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_the_translation_queue_lists_what_needs_work_outside_polish(
    translator_client, homes, news_items
):
    translation = start_translation(news_items[1], "uk")
    translate_segments(translation, count=1)
    dashboard = translator_client.get("/admin/")
    html = dashboard.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]) in html
    assert "In progress" in html


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_content(translator_client, news_index):
    def count_queries():
        translator_client.get(STATUS_URL)  # warm Django's and Wagtail's caches
        with CaptureQueriesContext(connection) as queries:
            response = translator_client.get(STATUS_URL, {"p": 2})
        assert response.status_code == 200
        return len(queries)

    pages = [NewsPageFactory(parent=news_index) for _ in range(3)]
    start_translation(pages[0], "uk")
    Partner.objects.create(name="Fundacja Ocalenie", locale=locale("pl"))
    few = count_queries()

    more = [NewsPageFactory(parent=news_index) for _ in range(12)]
    start_translation(more[0], "en")
    Partner.objects.create(name="Fundacja Dialog", locale=locale("pl"))
    assert count_queries() == few
    assert few <= 25
