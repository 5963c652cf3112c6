"""Working group pages: where they sit, their languages, and only approved organisations."""

import pytest
from django.utils.html import format_html
from wagtail import hooks
from wagtail.test.utils import WagtailPageTestCase

from directory.factories import OrganisationFactory, WorkingGroupPageFactory
from directory.models import Status, WorkingGroupIndexPage, WorkingGroupPage
from home.factories import translate_page
from home.models import HomePage

pytestmark = pytest.mark.django_db


class TestWorkingGroupPageTree(WagtailPageTestCase):
    def test_groups_sit_under_the_working_groups_section_under_a_home_page(self):
        self.assertCanCreateAt(HomePage, WorkingGroupIndexPage)
        self.assertCanCreateAt(WorkingGroupIndexPage, WorkingGroupPage)
        self.assertCanNotCreateAt(HomePage, WorkingGroupPage)


@pytest.fixture
def group(working_group_index):
    lead = OrganisationFactory(name="UNHCR (demo)", slug="unhcr-demo")
    co_lead = OrganisationFactory(name="Pending Co-lead", status=Status.PENDING)
    group = WorkingGroupPageFactory(
        parent=working_group_index,
        title="Grupa mieszkaniowa",
        slug="housing",
        lead_organisation=lead,
        co_lead_organisation=co_lead,
        contact_email="grupa@example.org",
    )
    group.member_organisations.set(
        [
            OrganisationFactory(name="Approved Member"),
            OrganisationFactory(name="Rejected Member", status=Status.REJECTED),
        ]
    )
    group.save_revision().publish()
    return group


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_group_renders_in_every_language(client, working_group_index, group, code):
    if code != "pl":
        translate_page(working_group_index, code)
        translate_page(group, code, title=f"Group {code}")
    html = client.get(f"/{code}/working-groups/housing/").content.decode()
    assert f'<html lang="{code}">' in html
    assert "UNHCR (demo)" in html and "/organizations/unhcr-demo/" in html
    index_html = client.get(f"/{code}/working-groups/").content.decode()
    assert "UNHCR (demo)" in index_html


def test_group_page_shows_approved_organisations_only(client, group):
    html = client.get("/pl/working-groups/housing/").content.decode()
    assert "Approved Member" in html
    assert "Rejected Member" not in html
    assert "Pending Co-lead" not in html
    assert "grupa@example.org" in html


def test_other_apps_add_sections_through_the_hook(client, group):
    def meetings(request, page):
        return format_html("<section>Meetings of {}</section>", page.title)

    def nothing(request, page):
        return None

    with (
        hooks.register_temporarily("working_group_sections", meetings),
        hooks.register_temporarily("working_group_sections", nothing),
    ):
        html = client.get("/pl/working-groups/housing/").content.decode()
    assert "<section>Meetings of Grupa mieszkaniowa</section>" in html
    assert "None" not in html
