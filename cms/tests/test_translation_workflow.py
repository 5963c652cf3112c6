"""Translators' workflow: who may publish what, machine translation, and the PO round trip.

Translators edit every locale's tree and publish in the target locales (uk, en), never in
the source locale (pl); the other groups never reach wagtail-localize's views.
"""

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from cms.models import ContactSettings, Partner
from home.factories import StandardPageFactory

ROOT = Path(__file__).resolve().parents[2]
POLISH_BODY = "Pomagamy uchodźcom z Ukrainy znaleźć mieszkanie."
UKRAINIAN = {
    "title": "Про нас",
    "slug": "pro-nas",  # slugs are ASCII (WAGTAIL_ALLOW_UNICODE_SLUGS = False)
    "heading": "Контакти",
    "paragraph": "Ми допомагаємо біженцям з України знайти житло.",
}
DEEPL = {
    "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "fake-key-for-tests:fx"},
}


@pytest.fixture
def user_in(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="pass-1234-secure"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def translator(user_in):
    return user_in("Translators")


@pytest.fixture
def about_pl(homes):
    """A published Polish page with a heading and a paragraph: the source to translate."""
    page = StandardPageFactory(
        parent=homes["pl"],
        title="O nas",
        slug="o-nas",
        body=[
            ("heading", {"text": "Kontakt", "level": "h2"}),
            ("paragraph", f"<p>{POLISH_BODY}</p>"),
        ],
    )
    page.save_revision().publish()
    return page


def locale(code):
    return Locale.objects.get(language_code=code)


def translate(user, page, code):
    """Start the translation of ``page`` into ``code`` as wagtail-localize's submit view does."""
    TranslationCreator(user, [locale(code)]).create_translations(page)
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(code)
    )


def editor_props(response):
    """The data wagtail-localize's translation editor (a React app) is rendered from."""
    editor = BeautifulSoup(response.content, "html.parser").select_one(".js-translation-editor")
    assert editor is not None, "the translation editor is not on the page"
    return json.loads(editor["data-props"])


def refused(response):
    """Wagtail answers a missing permission with 403, or a redirect to its dashboard or login."""
    location = response.get("Location", "")
    return response.status_code == 403 or (
        response.status_code == 302
        and (
            location == reverse("wagtailadmin_home")
            or location.startswith(reverse("wagtailadmin_login"))
        )
    )


# Who may publish where ----------------------------------------------------------------------


@pytest.mark.parametrize(("code", "can_publish"), [("pl", False), ("uk", True), ("en", True)])
def test_translators_edit_every_locale_but_publish_only_in_target_locales(
    homes, translator, code, can_publish
):
    page = StandardPageFactory(parent=homes[code])
    for instance in (homes[code], page):
        perms = instance.permissions_for_user(translator)
        assert perms.can_edit()
        assert perms.can_publish() is can_publish


def test_translator_publishes_a_ukrainian_page_through_the_admin(client, homes, translator):
    page = StandardPageFactory(parent=homes["uk"], title="Чернетка", slug="chernetka", live=False)
    client.force_login(translator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"title": "Сторінка", "slug": "chernetka", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.title == "Сторінка"


def test_translators_publish_action_on_a_polish_page_only_saves_a_draft(
    client, about_pl, translator
):
    client.force_login(translator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[about_pl.pk]),
        {"title": "Zmieniony tytuł", "slug": "o-nas", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    about_pl.refresh_from_db()
    assert about_pl.title == "O nas"  # the live page is untouched
    assert about_pl.has_unpublished_changes
    assert about_pl.get_latest_revision_as_object().title == "Zmieniony tytuł"


def test_translator_cannot_publish_a_polish_translation_of_a_ukrainian_page(
    client, homes, translator
):
    source = StandardPageFactory(parent=homes["uk"], title="Матеріал", slug="material")
    translation = translate(translator, source, "pl")
    target = translation.get_target_instance()
    client.force_login(translator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert editor_props(client.get(edit_url))["perms"]["canPublish"] is False
    assert refused(client.post(edit_url, {"action": "publish"}))
    target.refresh_from_db()
    assert not target.live


def test_translator_cannot_delete_source_pages_or_whole_sections(
    client, homes, about_pl, translator
):
    section = StandardPageFactory(parent=homes["uk"], slug="section")
    StandardPageFactory(parent=section, slug="leaf")
    assert not about_pl.permissions_for_user(translator).can_delete()
    assert not section.permissions_for_user(translator).can_delete()
    client.force_login(translator)
    for page in (about_pl, section):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert refused(response)
        assert type(page).objects.filter(pk=page.pk).exists()


def test_translators_may_remove_a_leaf_translation_but_not_sources_or_sections(homes, translator):
    # Wagtail ties deleting a live page to publishing it: whoever may publish a leaf page
    # may also take it down. Sources (pl) and pages with children stay out of reach.
    uk_leaf = StandardPageFactory(parent=homes["uk"])
    assert uk_leaf.permissions_for_user(translator).can_delete()
    pl_leaf = StandardPageFactory(parent=homes["pl"])
    assert not pl_leaf.permissions_for_user(translator).can_delete()
    homes["uk"].refresh_from_db()
    assert not homes["uk"].permissions_for_user(translator).can_delete()


def test_translator_cannot_change_the_site_settings(client, homes, translator):
    contact = ContactSettings.load()
    client.force_login(translator)
    url = reverse("wagtailsettings:edit", args=["cms", "contactsettings", contact.pk])
    assert refused(client.get(url))
    assert refused(
        client.post(url, {"email": "spam@example.org", "phone": "", "postal_address": ""})
    )
    contact.refresh_from_db()
    assert contact.email != "spam@example.org"


def test_translator_cannot_manage_users(client, homes, translator):
    client.force_login(translator)
    assert refused(client.get(reverse("wagtailusers_users:index")))
    assert not translator.has_perm("auth.change_user")
    assert not translator.has_perm("auth.add_user")


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_editors_publish_in_every_locale(homes, user_in, code):
    editor = user_in("Editors")
    page = StandardPageFactory(parent=homes[code])
    assert page.permissions_for_user(editor).can_publish()


@pytest.mark.parametrize("group", ["Library reviewers", "Directory moderators", "Members"])
def test_other_groups_cannot_reach_the_translation_views(client, about_pl, user_in, group):
    translation = translate(user_in("Translators"), about_pl, "uk")
    partner = Partner.objects.create(locale=locale("pl"), name="Fundacja")
    client.force_login(user_in(group))
    for url in (
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]),
        reverse("wagtail_localize:download_pofile", args=[translation.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[about_pl.pk]),
        reverse("wagtail_localize:submit_snippet_translation", args=["cms", "partner", partner.pk]),
    ):
        assert refused(client.get(url)), url


def test_homes_of_target_locales_let_translators_publish_and_the_source_home_does_not(homes):
    granted = set(
        GroupPagePermission.objects.filter(
            group__name="Translators", permission__codename="publish_page"
        ).values_list("page__locale__language_code", flat=True)
    )
    assert granted == {"uk", "en"}


def test_migration_grants_publishing_on_existing_target_homes_once(homes):
    grants = GroupPagePermission.objects.filter(
        group__name="Translators", permission__codename="publish_page"
    )
    grants.delete()
    migration = importlib.import_module("cms.migrations.0004_translator_permissions")
    migration.forwards(apps, schema_editor=None)
    migration.forwards(apps, schema_editor=None)
    assert sorted(grants.values_list("page_id", flat=True)) == sorted(
        [homes["uk"].pk, homes["en"].pk]
    )


# Starting a translation -----------------------------------------------------------------------


def test_translator_submits_a_live_page_and_its_translation_starts_as_a_draft(
    client, about_pl, translator
):
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about_pl.pk]),
        {"locales": [locale("uk").pk]},
    )
    assert response.status_code == 302
    target = about_pl.get_translation(locale("uk"))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert not target.live  # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def test_translator_translates_a_snippet_in_the_translation_editor(client, homes, translator):
    partner = Partner.objects.create(locale=locale("pl"), name="Fundacja Pomocy")
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["cms", "partner", partner.pk]),
        {"locales": [locale("uk").pk]},
    )
    assert response.status_code == 302
    target = partner.get_translation(locale("uk"))
    editor = client.get(reverse("wagtailsnippets_cms_partner:edit", args=[target.pk]))
    assert editor.status_code == 200
    sources = [segment["source"] for segment in editor_props(editor)["segments"]]
    assert "Fundacja Pomocy" in sources


def test_translator_opens_the_translation_editor_of_a_ukrainian_page(client, about_pl, translator):
    translation = translate(translator, about_pl, "uk")
    client.force_login(translator)
    response = client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert response.status_code == 200
    props = editor_props(response)
    assert props["perms"]["canPublish"] is True
    assert props["links"]["downloadPofile"] == reverse(
        "wagtail_localize:download_pofile", args=[translation.pk]
    )
    sources = {segment["contentPath"]: segment["source"] for segment in props["segments"]}
    assert sources["title"] == "O nas"
    assert POLISH_BODY in sources.values()


# Machine translation --------------------------------------------------------------------------


def test_translation_editor_offers_no_machine_translation_without_a_deepl_key(
    client, about_pl, translator
):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    translation = translate(translator, about_pl, "uk")
    client.force_login(translator)
    response = client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert editor_props(response)["machineTranslator"] is None
    html = response.content.decode()
    assert "DeepL" not in html
    assert reverse("wagtail_localize:machine_translate", args=[translation.pk]) not in html


def test_translation_editor_offers_deepl_when_it_is_configured(
    client, settings, monkeypatch, about_pl, translator
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DEEPL

    def no_network(*args, **kwargs):
        raise AssertionError("rendering the editor must not call DeepL")

    monkeypatch.setattr("wagtail_localize.machine_translators.deepl.requests.post", no_network)
    translation = translate(translator, about_pl, "uk")
    client.force_login(translator)
    response = client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert editor_props(response)["machineTranslator"] == {
        "name": "DeepL",
        "url": reverse("wagtail_localize:machine_translate", args=[translation.pk]),
    }


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("", None),
        ("free-key:fx", {**DEEPL, "OPTIONS": {"AUTH_KEY": "free-key:fx"}}),
        ("pro-key", {**DEEPL, "OPTIONS": {"AUTH_KEY": "pro-key"}}),
    ],
)
def test_machine_translator_setting_follows_deepl_api_key(key, expected):
    environment = {**os.environ, "DEEPL_API_KEY": key}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from cms.settings import base; "
            "print(json.dumps(getattr(base, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == expected


# PO files and slugs ---------------------------------------------------------------------------


def po_round_trip(client, translation, by_source):
    """Download the translation's PO file, fill every msgstr from ``by_source``, upload it."""
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == set(by_source)
    for entry in po:
        entry.msgstr = by_source[entry.msgid]
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile("page.po", str(po).encode(), "text/x-gettext-translation"),
            "next": edit_url,
        },
    )
    assert upload.status_code == 302
    assert upload["Location"] == edit_url
    return edit_url


def test_po_round_trip_publishes_the_ukrainian_page_at_its_translated_address(
    client, about_pl, translator, django_capture_on_commit_callbacks
):
    translation = translate(translator, about_pl, "uk")
    client.force_login(translator)
    edit_url = po_round_trip(
        client,
        translation,
        {
            "O nas": UKRAINIAN["title"],
            "o-nas": UKRAINIAN["slug"],
            "Kontakt": UKRAINIAN["heading"],
            POLISH_BODY: UKRAINIAN["paragraph"],
        },
    )
    # The editor's Publish action; wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, {"action": "publish"}).status_code == 302

    target = translation.get_target_instance()
    assert target.live
    assert target.slug == "pro-nas"  # a leaf page's slug may be translated
    response = client.get("/uk/pro-nas/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in UKRAINIAN.values():
        assert text in html
    assert POLISH_BODY not in html
    assert ">Kontakt<" not in html


def test_section_page_keeps_its_slug_in_ukrainian_after_a_po_round_trip(
    client, news_index, translator, django_capture_on_commit_callbacks
):
    news_index.save_revision().publish()
    translation = translate(translator, news_index, "uk")
    client.force_login(translator)
    edit_url = po_round_trip(
        client, translation, {"Aktualności": "Новини", "Co nowego w Forum.": "Що нового на Форумі."}
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})

    assert translation.get_target_instance().slug == "news"  # DESIGN.md: /{lang}/news/
    response = client.get("/uk/news/")
    assert response.status_code == 200
    assert "Новини" in response.content.decode()
