"""seed_demo: idempotent, translated through wagtail-localize, demo users only where allowed;
the demo directory and calendar.

Seeding takes seconds, so the module seeds once, in a transaction rolled back at its end; each
test runs in a savepoint inside it (pytest-django's ``db``), so what a test changes is undone.
"""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from cms import demo_text
from cms.demo_text import Html, Text
from cms.models import Partner, Region, Theme
from directory import demo_content as directory_content
from directory.models import (
    Organisation,
    OrganisationDescription,
    Status,
    SupportIndexPage,
    SupportListing,
    WorkingGroupPage,
)
from event_calendar import demo_content as event_content
from event_calendar.models import EventIndexPage, EventPage, EventRegistration
from event_calendar.registrations import occurrence_states
from home import demo_content
from home.management.commands.seed_demo import DEMO_ACCOUNTS, ensure_section
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from library import demo_content as library_content
from library.models import Access, LibraryItemPage
from library.models.pages import MEMBERS_ONLY_COLLECTION


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        # The files' text is extracted when the seed's transaction commits: run that here.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        if connection.vendor == "postgresql":
            # The planner's statistics still describe the tables as earlier tests left them
            # (often empty); without fresh ones, deleting a seeded section scans every
            # translation segment once per page, for minutes. ANALYZE counts the rows this
            # transaction inserted.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        yield
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


@pytest.fixture
def home_pl(seeded, db):
    return HomePage.objects.get(locale__language_code="pl")


def counts():
    pages = Page.objects.exclude(depth=1).values_list(
        "content_type__model", "locale__language_code"
    )
    return {
        "pages": Counter(pages),
        "users": get_user_model().objects.count(),
        "partners": Counter(Partner.objects.values_list("locale__language_code", flat=True)),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "documents": get_document_model().objects.count(),
        "workflow states": WorkflowState.objects.count(),
        "organisations": Organisation.objects.count(),
        "descriptions": OrganisationDescription.objects.count(),
        "listings": SupportListing.objects.count(),
        "listing themes": SupportListing.themes.through.objects.count(),
        "registrations": EventRegistration.objects.count(),
        "event exceptions": EventPage.objects.filter(exceptions__isnull=False).count(),
    }


def test_second_run_updates_in_place_without_duplicates(seeded, db):
    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before
    assert before["pages"][("newspage", "pl")] == len(demo_content.NEWS)
    assert before["partners"] == {"pl": 9, "uk": 9, "en": 9}
    assert before["users"] == len(DEMO_ACCOUNTS)
    assert before["pages"][("libraryitempage", "pl")] == len(library_content.ITEMS)
    assert before["workflow states"] == len(library_content.IN_REVIEW)
    assert before["pages"][("eventpage", "pl")] == len(event_content.EVENTS)
    assert before["event exceptions"] > 0
    assert before["registrations"] > 0


def test_every_polish_page_has_live_translations_with_translated_titles(home_pl):
    polish_pages = Page.objects.descendant_of(home_pl, inclusive=True).specific()
    assert len(polish_pages) == 1 + 7 + len(demo_content.NEWS) + len(library_content.ITEMS) + len(
        directory_content.WORKING_GROUPS
    ) + len(event_content.EVENTS)
    for page in polish_pages.live():
        for code in ("uk", "en"):
            translation = page.get_translation(Locale.objects.get(language_code=code))
            assert translation.live
            assert translation.title != page.title
            if page.depth > 2:  # the home pages sit side by side, so their slugs differ
                assert translation.slug == page.slug


def test_translations_are_made_through_wagtail_localize(home_pl):
    for page in Page.objects.descendant_of(home_pl, inclusive=True).live():
        assert Translation.objects.filter(source__object_id=page.translation_key).count() == 2


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_news_section_has_at_least_ten_items_in_each_language(home_pl, code):
    assert NewsPage.objects.live().filter(locale__language_code=code).count() >= 10


def test_section_pages_are_in_menus_with_the_slugs_of_the_public_url_contract(home_pl):
    in_menu = set(home_pl.get_children().live().in_menu().values_list("slug", flat=True))
    assert in_menu == {
        "about",
        "news",
        "library",
        "organizations",
        "support",
        "working-groups",
        "events",
    }


def test_polish_home_page_is_the_default_sites_root(home_pl):
    assert Site.objects.get(is_default_site=True).root_page_id == home_pl.pk
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_home_page_shows_the_hero_in_the_visitors_language(client, home_pl, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert getattr(demo_content.HOME["fields"]["hero_title"], code) in response.content.decode()


@pytest.mark.parametrize("code", ["uk", "en"])
def test_about_page_is_translated_with_its_questions_and_partners(client, home_pl, code):
    html = client.get(f"/{code}/about/").content.decode()
    faq = dict(demo_content.ABOUT["fields"]["body"])["faq"]
    assert getattr(faq["items"][0]["question"], code) in html
    assert getattr(demo_content.PARTNERS[0]["name"], code) in html


def test_demo_users_have_their_groups_and_log_in_with_the_demo_password(client, home_pl, settings):
    user_model = get_user_model()
    assert user_model.objects.get(username="admin").is_superuser
    for username, group in DEMO_ACCOUNTS.items():
        user = user_model.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == ([group] if group else [])
        assert user.email == f"{username}@example.org"
        assert client.login(username=username, password=settings.DEMO_PASSWORD)


def test_no_demo_users_where_settings_do_not_allow_them(home_pl, settings):
    get_user_model().objects.all().delete()
    settings.DEMO_USERS_ALLOWED = False
    call_command("seed_demo", verbosity=0)
    assert not get_user_model().objects.exists()


def test_ensure_section_replaces_a_page_of_another_type_in_every_language(home_pl):
    replaced = ensure_section(home_pl, "library", NewsIndexPage, title="Biblioteka")
    at_slug = Page.objects.filter(slug="library").specific()
    assert [type(page) for page in at_slug] == [NewsIndexPage]
    assert at_slug[0].pk == replaced.pk
    assert not StandardPage.objects.filter(slug="library").exists()
    home_pl.refresh_from_db()
    assert home_pl.numchild == Page.objects.child_of(home_pl).count()


def test_texts_must_have_the_same_segments_in_every_language():
    assert demo_text.translations([Text("Tak & nie", "Tak (uk)", "Yes")]) == {
        "Tak &amp; nie": {"uk": "Tak (uk)", "en": "Yes"}
    }
    with pytest.raises(ValueError, match="other segments"):
        demo_text.translations([Html("<p>Raz</p><p>dwa</p>", "<p>Raz, dwa (uk)</p>", "<p>1</p>")])


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_library_has_at_least_25_live_materials_in_each_language(home_pl, code):
    items = LibraryItemPage.objects.live().filter(locale__language_code=code)
    assert items.count() == len(library_content.PUBLISHED) >= 25
    if code != "pl":
        titles = {getattr(entry["fields"]["title"], code) for entry in library_content.PUBLISHED}
        assert set(items.values_list("title", flat=True)) == titles


def test_members_only_materials_are_restricted_with_their_files(home_pl):
    members_only = LibraryItemPage.objects.live().filter(
        locale__language_code="pl", access=Access.MEMBERS
    )
    assert members_only.count() >= 3
    for item in members_only:
        assert item.view_restrictions.filter(groups__name="Members").exists()
        assert item.document.collection.name == MEMBERS_ONLY_COLLECTION


def test_materials_waiting_in_review_are_the_members_untranslated_drafts(home_pl):
    drafts = LibraryItemPage.objects.filter(live=False)
    assert drafts.count() == len(library_content.IN_REVIEW) >= 2
    for draft in drafts:
        assert draft.owner.username == "member"
        assert draft.locale.language_code == "pl"
        assert draft.workflow_in_progress
        assert not Translation.objects.filter(source__object_id=draft.translation_key).exists()


def test_the_files_text_is_extracted_with_their_distinctive_words(home_pl):
    with_files = [entry for entry in library_content.ITEMS if entry["file"]]
    assert len(with_files) >= 25
    for entry in with_files:
        document = get_document_model().objects.get(title=entry["fields"]["title"].pl)
        assert entry["codename"] in document.extracted_text
        assert entry["codename"] not in entry["fields"]["summary"].pl


# The directory


def test_sixty_organisations_some_pending_and_rejected_all_clearly_demo(seeded, db):
    organisations = Organisation.objects.all()
    assert organisations.count() >= 60
    statuses = set(organisations.values_list("status", flat=True))
    assert statuses == {Status.APPROVED, Status.PENDING, Status.REJECTED}
    # The demo content rejects organisations 23 and 48 and leaves four pending.
    assert organisations.filter(status=Status.REJECTED).count() == 2
    assert organisations.filter(status=Status.PENDING).count() == 4
    for organisation in organisations:
        assert organisation.contact_email.endswith("@example.org")
        assert "demo" in organisation.description.lower() or "демо" in organisation.description


def test_approved_organisations_cover_every_voivodeship_and_theme(seeded, db):
    public = Organisation.objects.public()
    voivodeships = set(
        Region.objects.filter(locale__language_code="pl", kind="voivodeship").values_list(
            "slug", flat=True
        )
    )
    assert len(voivodeships) == 16
    covered_regions = set(public.values_list("regions__slug", flat=True))
    assert voivodeships <= covered_regions
    themes = set(Theme.objects.filter(locale__language_code="pl").values_list("slug", flat=True))
    assert themes <= set(public.values_list("themes__slug", flat=True))


def test_descriptions_are_written_in_every_language_and_translated(seeded, db):
    languages = set(Organisation.objects.values_list("description_language", flat=True))
    assert languages == {"pl", "uk", "en"}
    organisation = Organisation.objects.filter(description_language="uk").first()
    assert set(organisation.descriptions.values_list("language", flat=True)) == {"pl", "en"}


def test_twenty_open_needs_and_offers(seeded, db):
    assert SupportListing.objects.open().count() == 20
    assert set(SupportListing.objects.values_list("kind", flat=True)) == {"need", "offer"}


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_three_working_groups_in_each_language_one_led_by_unhcr(seeded, db, client, code):
    groups = WorkingGroupPage.objects.live().filter(locale__language_code=code)
    assert groups.count() == 3
    led = groups.get(slug="housing")
    assert led.lead_organisation.name == "UNHCR (demo)"
    assert led.co_lead_organisation.kind != "international"
    response = client.get(f"/{code}/working-groups/housing/")
    assert response.status_code == 200
    assert getattr(directory_content.WORKING_GROUPS[0]["fields"]["title"], code) in (
        response.content.decode()
    )


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_support_board_is_a_section_in_every_language(seeded, db, client, code):
    assert SupportIndexPage.objects.live().filter(locale__language_code=code).exists()
    response = client.get(f"/{code}/support/")
    assert response.status_code == 200
    assert response.context["listings_page"].paginator.count == 20


# The calendar


def test_the_calendar_and_its_events_exist_in_three_languages(seeded, db):
    events = Counter(EventPage.objects.values_list("locale__language_code", flat=True))
    n = len(event_content.EVENTS)
    assert events == {"pl": n, "uk": n, "en": n}
    indexes = Counter(EventIndexPage.objects.values_list("locale__language_code", flat=True))
    assert indexes == {"pl": 1, "uk": 1, "en": 1}
    assert EventIndexPage.objects.get(locale__language_code="pl").slug == "events"


def test_the_plenary_repeats_monthly_with_one_cancelled_meeting(seeded, db):
    plenary = EventPage.objects.get(slug="posiedzenie-plenarne-forum", locale__language_code="pl")
    assert plenary.repeat == "monthly-nth"
    [exception] = plenary.exceptions.all()
    assert exception.is_cancelled
    english = EventPage.objects.get(
        translation_key=plenary.translation_key, locale__language_code="en"
    )
    assert english.title == "Forum plenary meeting"


def test_the_training_has_one_place_left(seeded, db):
    training = EventPage.objects.get(
        slug="szkolenie-legalizacja-pobytu", locale__language_code="pl"
    )
    occurrence = training.occurrence_on(training.local_start.date())
    [state] = occurrence_states(training, [occurrence])
    assert state["places_left"] == 1
