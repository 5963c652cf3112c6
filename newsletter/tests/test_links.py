"""The links in every newsletter: one-click unsubscribing (RFC 8058) and the preferences
page, with valid, tampered and expired tokens."""

import datetime

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from newsletter import subscriptions
from newsletter.factories import SubscriberFactory
from newsletter.models import SubscriberStatus

pytestmark = pytest.mark.django_db


def path_of(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


@pytest.fixture
def subscriber(homes):
    return SubscriberFactory(email="ola@example.org", language="uk", kinds=["events"])


@pytest.fixture
def later(monkeypatch):
    """Move signing's clock past the links' lifetime."""

    def move():
        moment = timezone.now() + subscriptions.LINK_MAX_AGE + datetime.timedelta(days=1)
        monkeypatch.setattr(signing.time, "time", lambda: moment.timestamp())

    return move


def tamper(path):
    return path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]


def test_one_click_unsubscribe_is_a_post_without_csrf_token(subscriber):
    strict = Client(enforce_csrf_checks=True)
    path = path_of(subscriptions.unsubscribe_url(subscriber))
    assert path.startswith("/uk/newsletter/unsubscribe/")
    response = strict.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert strict.post(path).status_code == 200  # a client may POST twice


def test_unsubscribe_get_shows_a_button_and_changes_nothing_until_pressed(client, subscriber):
    path = path_of(subscriptions.unsubscribe_url(subscriber))
    page = client.get(path)
    assert page.status_code == 200
    content = page.content.decode()
    assert '<form method="post">' in content
    assert 'lang="uk"' in content
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    client.post(path)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_unsubscribe_link_changes_nothing(client, subscriber, method):
    path = tamper(path_of(subscriptions.unsubscribe_url(subscriber)))
    response = getattr(client, method)(path)
    assert response.status_code == 400
    assert "newsletter/" in response.content.decode()  # a way on: the sign-up page
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED


def test_a_preferences_link_does_not_unsubscribe(client, subscriber):
    token = subscriptions.subscriber_token(subscriber, subscriptions.PREFERENCES_SALT)
    response = client.post(f"/uk/newsletter/unsubscribe/{token}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_expired_unsubscribe_link_changes_nothing(client, subscriber, later, method):
    path = path_of(subscriptions.unsubscribe_url(subscriber))
    later()
    response = getattr(client, method)(path)
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED


def test_the_preferences_page_changes_language_and_topics_without_logging_in(
    client, subscriber, theme
):
    path = path_of(subscriptions.preferences_url(subscriber))
    page = client.get(path)
    assert page.status_code == 200
    assert page.context["form"].initial["kinds"] == ["events"]
    response = client.post(
        path, {"language": "pl", "kinds": ["news", "events"], "themes": ["housing", "health"]}
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.language == "pl"
    assert subscriber.kinds == ["news", "events"]
    assert set(subscriber.themes.all()) == {theme("housing"), theme("health")}
    assert subscriber.status == SubscriberStatus.CONFIRMED


def test_preferences_need_a_kind_of_content(client, subscriber):
    path = path_of(subscriptions.preferences_url(subscriber))
    response = client.post(path, {"language": "pl"})
    assert response.status_code == 200
    assert response.context["form"].errors["kinds"]
    subscriber.refresh_from_db()
    assert subscriber.kinds == ["events"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_preferences_link_changes_nothing(client, subscriber, method):
    path = tamper(path_of(subscriptions.preferences_url(subscriber)))
    response = getattr(client, method)(
        path, *([{"language": "pl", "kinds": ["news"]}] if method == "post" else [])
    )
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.kinds) == ("uk", ["events"])


def test_an_expired_preferences_link_changes_nothing(client, subscriber, later):
    path = path_of(subscriptions.preferences_url(subscriber))
    later()
    response = client.post(path, {"language": "pl", "kinds": ["news"]})
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.kinds) == ("uk", ["events"])


def test_an_unsubscribe_token_of_a_deleted_subscriber_is_a_friendly_page(client, subscriber):
    path = path_of(subscriptions.unsubscribe_url(subscriber))
    subscriber.delete()
    assert client.post(path).status_code == 400


def test_a_member_subscribes_from_the_account_page(client, homes, django_user_model):
    user = django_user_model.objects.create_user(
        username="czlonek", email="Czlonek@Example.org", password="x-1234-secure"
    )
    client.force_login(user)
    page = client.get("/pl/account/")
    assert 'action="/pl/account/newsletter/"' in page.content.decode()
    response = client.post(
        "/pl/account/newsletter/", {"language": "pl", "kinds": ["news"], "consent": "on"}
    )
    assert response.status_code == 302
    subscriber = user and subscriptions.member_subscription(user)
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.email == "czlonek@example.org"
    assert subscriber.user == user
    assert subscriber.consent_version == subscriptions.CONSENT_VERSION
    page = client.get("/pl/account/")
    assert "/pl/newsletter/preferences/" in page.content.decode()
