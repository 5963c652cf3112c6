"""Issue 3's "done when", end to end: a Translator logs in, sees what needs translating,
translates a page into Ukrainian by PO file, publishes it, and the status view shows it up
to date."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail_localize.models import Translation

from cms.tests.test_translation_workflow import po_round_trip
from home.models import StandardPage

PASSWORD = "pass-1234-secure"


def member_of(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def listed(client, status):
    """The titles in the rows of the status view for Ukrainian with ``status``."""
    response = client.get("/admin/translation-status/", {"locale": "uk", "status": status})
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    return {row.find("td").get_text(strip=True) for row in rows}


def test_translator_translates_a_new_page_into_ukrainian_and_sees_it_up_to_date(
    client, homes, django_user_model, django_capture_on_commit_callbacks
):
    editor = member_of(django_user_model, "editor", "Editors")
    member_of(django_user_model, "translator", "Translators")

    # An editor publishes a new Polish page; Ukrainian and English drafts are queued.
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/home/standardpage/{homes['pl'].pk}/",
        {"title": "Dyżur prawny", "slug": "dyzur-prawny", "body-count": "0", "action-publish": "1"},
    )
    client.logout()
    source = StandardPage.objects.get(slug="dyzur-prawny", locale__language_code="pl")

    # The translator logs in and lands on the dashboard, where the page waits in the queue.
    dashboard = client.post(
        "/admin/login/", {"username": "translator", "password": PASSWORD}, follow=True
    )
    assert dashboard.redirect_chain[-1][0] == "/admin/"
    assert "Dyżur prawny" in dashboard.content.decode()
    assert "Dyżur prawny" in listed(client, "in_progress")

    # Translated by PO file and published from the translation editor.
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale__language_code="uk"
    )
    edit_url = po_round_trip(
        client,
        translation,
        {"Dyżur prawny": "Правове чергування", "dyzur-prawny": "pravove-chergyvannia"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, {"action": "publish"}).status_code == 302

    page = client.get("/uk/pravove-chergyvannia/")
    assert page.status_code == 200
    assert "Правове чергування" in page.content.decode()
    assert "Dyżur prawny" in listed(client, "up_to_date")
    assert "Dyżur prawny" not in listed(client, "in_progress")
