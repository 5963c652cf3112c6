"""The directory's part of seed_demo: counts, coverage, translations, idempotence."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Page, Site

from cms.models import Region, Theme
from directory import demo_content
from directory.models import (
    Organisation,
    OrganisationDescription,
    Status,
    SupportIndexPage,
    SupportListing,
    WorkingGroupPage,
)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


def counts():
    return {
        "organisations": Organisation.objects.count(),
        "descriptions": OrganisationDescription.objects.count(),
        "listings": SupportListing.objects.count(),
        "listing themes": SupportListing.themes.through.objects.count(),
        "groups": WorkingGroupPage.objects.count(),
        "pages": Page.objects.count(),
    }


def test_second_run_changes_nothing(seeded, db):
    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before


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
    assert getattr(demo_content.WORKING_GROUPS[0]["fields"]["title"], code) in (
        response.content.decode()
    )


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_support_board_is_a_section_in_every_language(seeded, db, client, code):
    assert SupportIndexPage.objects.live().filter(locale__language_code=code).exists()
    response = client.get(f"/{code}/support/")
    assert response.status_code == 200
    assert response.context["listings_page"].paginator.count == 20
