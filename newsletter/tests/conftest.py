"""Fixtures of the newsletter's tests: Editors and other admin users, themes, subscribers."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from cms.models import Theme


@pytest.fixture
def user_in(django_user_model):
    """A user of the group, whose admin speaks English."""

    def make(group_name, email="someone@example.org"):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"),
            password="pass-1234-secure",
            email=email,
        )
        user.groups.add(Group.objects.get(name=group_name))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        return user

    return make


@pytest.fixture
def editor(user_in):
    return user_in("Editors", email="redakcja@example.org")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def theme():
    """A source-language (Polish) theme by slug."""

    def get(slug):
        return Theme.objects.get(locale__language_code="pl", slug=slug)

    return get
