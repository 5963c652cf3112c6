"""Each group can do its job and nothing more; checked from both sides."""

import pytest
from django.contrib.auth.models import Group
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import StandardPage

GROUPS = ["Editors", "Translators", "Library reviewers", "Directory moderators", "Members"]


@pytest.fixture
def user_in(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="pass-1234-secure"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_the_five_groups_exist_and_wagtails_starter_moderators_group_is_gone(db):
    assert set(Group.objects.values_list("name", flat=True)) == set(GROUPS)


@pytest.mark.parametrize(
    ("group", "can_enter_admin"),
    [
        ("Editors", True),
        ("Translators", True),
        ("Library reviewers", True),
        ("Directory moderators", True),
        ("Members", False),
    ],
)
def test_admin_access_per_group(client, user_in, homes, group, can_enter_admin):
    client.force_login(user_in(group))
    response = client.get("/admin/")
    assert (response.status_code == 200) is can_enter_admin
    if not can_enter_admin:
        assert response.status_code == 302


@pytest.mark.parametrize(
    ("group", "can_add", "can_edit", "publishes_in"),
    [
        ("Editors", True, True, {"pl", "uk", "en"}),
        ("Translators", True, True, {"uk", "en"}),
        ("Library reviewers", False, False, set()),
        ("Directory moderators", False, False, set()),
        ("Members", False, False, set()),
    ],
)
def test_page_permissions_per_group(user_in, homes, group, can_add, can_edit, publishes_in):
    user = user_in(group)
    for code, home in homes.items():  # the whole tree, in every locale
        perms = home.permissions_for_user(user)
        assert perms.can_add_subpage() is can_add
        assert perms.can_edit() is can_edit
        assert perms.can_publish() is (code in publishes_in)
        # Wagtail: whoever may edit and publish a live leaf page may also delete it.
        assert perms.can_delete() is (code in publishes_in)


def test_editor_can_create_and_publish_a_page_through_the_admin(client, user_in, homes):
    client.force_login(user_in("Editors"))
    response = client.post(
        f"/admin/pages/add/home/standardpage/{homes['pl'].pk}/",
        {"title": "Nowa strona", "slug": "nowa-strona", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code == 302
    assert StandardPage.objects.get(slug="nowa-strona", locale__language_code="pl").live


def test_translator_cannot_publish_through_the_admin(client, user_in, homes):
    client.force_login(user_in("Translators"))
    response = client.post(
        f"/admin/pages/add/home/standardpage/{homes['pl'].pk}/",
        {"title": "Szkic", "slug": "szkic", "body-count": "0", "action-publish": "1"},
    )
    page = StandardPage.objects.get(slug="szkic", locale__language_code="pl")
    assert response.status_code == 302
    assert not page.live  # saved as a draft, publication refused


@pytest.mark.parametrize("group", ["Library reviewers", "Directory moderators", "Members"])
def test_other_groups_cannot_add_pages_through_the_admin(client, user_in, homes, group):
    client.force_login(user_in(group))
    response = client.post(
        f"/admin/pages/add/home/standardpage/{homes['pl'].pk}/",
        {"title": "Nie", "slug": "nie", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code in (302, 403)
    assert not StandardPage.objects.filter(slug="nie").exists()


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        ("Editors", True),
        ("Translators", True),
        ("Library reviewers", False),
        ("Directory moderators", False),
        ("Members", False),
    ],
)
def test_translation_and_taxonomy_permissions(user_in, db, group, allowed):
    user = user_in(group)
    assert user.has_perm("wagtail_localize.submit_translation") is allowed
    assert user.has_perm("cms.change_theme") is allowed
    assert user.has_perm("cms.delete_theme") is (group == "Editors")


def test_members_see_no_admin_pages_and_cannot_edit_news(user_in, news_items):
    user = user_in("Members")
    policy = PagePermissionPolicy()
    assert not policy.user_has_any_permission(user, ["add", "change", "publish"])
    assert not news_items[0].permissions_for_user(user).can_edit()


@pytest.mark.parametrize(
    ("group", "can_upload"),
    [
        ("Editors", True),
        ("Translators", False),
        ("Library reviewers", False),
        ("Directory moderators", False),
    ],
)
def test_only_editors_upload_documents_and_images(client, user_in, homes, group, can_upload):
    client.force_login(user_in(group))
    for url in ("/admin/documents/add/", "/admin/images/add/"):
        assert (client.get(url).status_code == 200) is can_upload, url
