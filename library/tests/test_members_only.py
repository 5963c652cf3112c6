import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.factories import translate_page
from library.factories import LibraryDocumentFactory, LibraryItemPageFactory
from library.models import Access, LibraryItemPage

SECRET = "Tajny opis dostępny tylko dla członków."


@pytest.fixture
def members_item(library_index, document, refresh_search):
    item = LibraryItemPageFactory(
        parent=library_index,
        title="Wzór umowy najmu",
        summary="Umowa dla rodzin z Ukrainy.",
        description=f"<p>{SECRET}</p>",
        access=Access.MEMBERS,
        document=document,
    )
    refresh_search()
    return item


def restricted_collection():
    return Collection.objects.get(name="Members only")


def test_a_members_only_item_is_restricted_to_the_members_group(members_item):
    [restriction] = PageViewRestriction.objects.filter(page=members_item)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert [group.name for group in restriction.groups.all()] == ["Members"]


def test_the_file_of_a_members_only_item_sits_in_the_restricted_collection(members_item, document):
    document.refresh_from_db()
    assert document.collection == restricted_collection()
    [restriction] = CollectionViewRestriction.objects.filter(collection=document.collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert [group.name for group in restriction.groups.all()] == ["Members"]


def test_applying_access_again_changes_nothing(members_item):
    members_item.apply_access()
    members_item.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=members_item).count() == 1
    assert Collection.objects.filter(name="Members only").count() == 1
    assert CollectionViewRestriction.objects.filter(collection=restricted_collection()).count() == 1


def test_anonymous_visitor_sees_title_summary_lock_and_login_link_never_the_file(
    client, members_item, document
):
    response = client.get(members_item.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wzór umowy najmu" in html
    assert "Umowa dla rodzin z Ukrainy." in html
    assert '<svg class="lock-icon" aria-hidden="true"' in html
    assert f'href="/pl/account/login/?next={members_item.url}"' in html
    assert SECRET not in html
    assert document.url not in html
    assert "/documents/" not in html
    assert "no-cache" in response["Cache-Control"]


def test_a_logged_in_non_member_gets_the_teaser_with_403(client, members_item, user_in_group):
    client.force_login(user_in_group("Editors"))
    response = client.get(members_item.url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Umowa dla rodzin z Ukrainy." in html
    assert SECRET not in html
    assert "/documents/" not in html


def test_a_member_sees_the_description_and_the_file(member_client, members_item, document):
    response = member_client.get(members_item.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert SECRET in html
    assert f'href="{document.url}"' in html


def test_a_superuser_passes_the_restriction(client, members_item, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss", password="x"))
    assert SECRET in client.get(members_item.url).content.decode()


def test_anonymous_visitor_cannot_download_a_members_only_file(client, members_item, document):
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/pl/account/login/?next=")


def test_a_member_downloads_a_members_only_file(member_client, members_item, document):
    response = member_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_switching_an_item_back_to_public_moves_its_file_out_and_opens_it(
    client, members_item, document
):
    members_item.access = Access.PUBLIC
    members_item.save_revision().publish()

    document.refresh_from_db()
    assert document.collection == Collection.get_first_root_node()
    assert not PageViewRestriction.objects.filter(page=members_item).exists()
    assert SECRET in client.get(members_item.url).content.decode()
    assert client.get(document.url).status_code == 200


def test_a_draft_does_not_change_who_may_read_the_live_item(client, members_item):
    members_item.access = Access.PUBLIC
    members_item.save_revision()  # not published
    assert SECRET not in client.get(members_item.url).content.decode()


def test_a_file_shared_with_another_members_only_item_stays_restricted(
    library_index, members_item, document
):
    LibraryItemPageFactory(parent=library_index, access=Access.MEMBERS, document=document)
    members_item.access = Access.PUBLIC
    members_item.save_revision().publish()
    document.refresh_from_db()
    assert document.collection == restricted_collection()


def test_a_public_items_file_stays_out_of_the_restricted_collection(library_index, document):
    LibraryItemPageFactory(parent=library_index, document=document)
    document.refresh_from_db()
    assert document.collection == Collection.get_first_root_node()
    assert Collection.objects.filter(name="Members only").count() <= 1


def test_a_translation_of_a_members_only_item_is_members_only_too(
    client, library_index, members_item
):
    translate_page(library_index, "uk", title="Бібліотека")
    ukrainian = translate_page(members_item, "uk", title="Зразок договору оренди")
    assert ukrainian.access == Access.MEMBERS
    assert PageViewRestriction.objects.filter(page=ukrainian).count() == 1
    html = client.get(ukrainian.url).content.decode()
    assert "Зразок договору оренди" in html
    assert SECRET not in html


def test_the_listing_shows_members_only_items_locked(client, members_item):
    html = client.get("/pl/library/").content.decode()
    assert "Wzór umowy najmu" in html
    assert "Umowa dla rodzin z Ukrainy." in html
    assert '<span class="members-only"><svg class="lock-icon" aria-hidden="true"' in html
    assert SECRET not in html


def test_anonymous_search_does_not_look_into_members_only_descriptions(client, members_item):
    html = client.get("/pl/library/", {"q": "Tajny"}).content.decode()
    assert "Wzór umowy najmu" not in html
    # The title and summary are public, so they answer a search.
    assert "Wzór umowy najmu" in client.get("/pl/library/", {"q": "rodzin"}).content.decode()


def test_members_search_members_only_descriptions(member_client, members_item):
    html = member_client.get("/pl/library/", {"q": "Tajny"}).content.decode()
    assert "Wzór umowy najmu" in html


def test_the_feed_lists_members_only_items_without_their_description(client, members_item):
    channel = ET.fromstring(client.get("/pl/library/feed/").content).find("channel")
    [item] = channel.findall("item")
    assert item.findtext("title") == "Wzór umowy najmu"
    assert item.findtext("description") == "Umowa dla rodzin z Ukrainy."
    assert SECRET not in ET.tostring(channel, encoding="unicode")


def test_members_only_items_are_not_in_the_public_pages_api(client, members_item):
    response = client.get("/api/v2/pages/", {"type": "library.LibraryItemPage"})
    assert response.json()["items"] == []
    assert LibraryItemPage.objects.live().count() == 1


def test_members_only_files_are_not_in_the_public_documents_api(client, members_item, document):
    public = LibraryDocumentFactory(title="Ulotka dla wszystkich")
    response = client.get("/api/v2/documents/")
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert public.title in titles
    assert document.title not in titles
