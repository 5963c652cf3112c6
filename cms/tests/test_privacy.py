"""Wagtail's page privacy, asked in one condition: the same pages as Wagtail's public()."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Page, PageViewRestriction

from cms.privacy import barred_paths, public
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(homes):
    """home > open > {open_child, members > members_child}, home > login_only > child, and
    a page restricted to two groups."""
    members = Group.objects.get_or_create(name="Members")[0]
    other = Group.objects.create(name="Another group")
    pages = {"open": StandardPageFactory(parent=homes["pl"], slug="open")}
    pages["open_child"] = StandardPageFactory(parent=pages["open"], slug="open-child")
    pages["members"] = StandardPageFactory(parent=pages["open"], slug="members")
    pages["members_child"] = StandardPageFactory(parent=pages["members"], slug="members-child")
    pages["login_only"] = StandardPageFactory(parent=homes["pl"], slug="login-only")
    pages["login_child"] = StandardPageFactory(parent=pages["login_only"], slug="login-child")
    pages["two_groups"] = StandardPageFactory(parent=homes["pl"], slug="two-groups")
    restriction = PageViewRestriction.objects.create(
        page=pages["members"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([members])
    PageViewRestriction.objects.create(
        page=pages["login_only"], restriction_type=PageViewRestriction.LOGIN
    )
    both = PageViewRestriction.objects.create(
        page=pages["two_groups"], restriction_type=PageViewRestriction.GROUPS
    )
    both.groups.set([other, members])
    return pages


def test_public_keeps_the_pages_wagtails_public_keeps(tree):
    ours = set(public(Page.objects.all()).values_list("pk", flat=True))
    wagtails = set(Page.objects.public().values_list("pk", flat=True))
    assert ours == wagtails
    assert tree["open_child"].pk in ours
    for name in ("members", "members_child", "login_only", "login_child", "two_groups"):
        assert tree[name].pk not in ours


def test_public_without_restrictions_keeps_everything(homes):
    assert public(Page.objects.all()).count() == Page.objects.count()


def paths_barred_for(user, tree):
    barred = barred_paths([page.path for page in tree.values()], user)
    return {name for name, page in tree.items() if page.path.startswith(barred)}


def test_anonymous_visitor_is_barred_from_every_restricted_section(tree):
    assert paths_barred_for(AnonymousUser(), tree) == {
        "members",
        "members_child",
        "login_only",
        "login_child",
        "two_groups",
    }


def test_member_passes_the_members_and_login_restrictions(tree, django_user_model):
    member = django_user_model.objects.create_user("member", password="x")
    member.groups.add(Group.objects.get(name="Members"))
    assert paths_barred_for(member, tree) == set()


def test_logged_in_user_outside_the_groups_passes_the_login_restriction_only(
    tree, django_user_model
):
    user = django_user_model.objects.create_user("someone", password="x")
    assert paths_barred_for(user, tree) == {"members", "members_child", "two_groups"}
