"""Fixtures of the directory's tests: the sections, organisations and their members."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from directory.factories import (
    OrganisationFactory,
    OrganisationIndexPageFactory,
    SupportIndexPageFactory,
    WorkingGroupIndexPageFactory,
)

MEMBERS_GROUP = "Members"  # cms/migrations/0003_groups_and_permissions
MODERATORS_GROUP = "Directory moderators"


@pytest.fixture
def directory_index(homes):
    return OrganisationIndexPageFactory(parent=homes["pl"])


@pytest.fixture
def support_index(homes):
    return SupportIndexPageFactory(parent=homes["pl"])


@pytest.fixture
def working_group_index(homes):
    return WorkingGroupIndexPageFactory(parent=homes["pl"])


@pytest.fixture
def organisation(db):
    """An approved organisation."""
    return OrganisationFactory()


@pytest.fixture
def member(django_user_model, organisation):
    """A member account of ``organisation``."""
    user = django_user_model.objects.create_user(
        username="czlonek", email="czlonek@example.org", password="secret"
    )
    user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    organisation.members.add(user)
    return user


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def moderator(django_user_model, db):
    user = django_user_model.objects.create_user(
        username="moderacja", email="moderacja@example.org", password="secret"
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    # The admin speaks the moderator's language; the tests read its English source.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
