"""Signing up: double opt-in, one row per address, no enumeration, bad input, rate limit,
honeypot, and the purge of sign-ups never confirmed."""

import datetime
import io
import re

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from newsletter import subscriptions
from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber, SubscriberStatus
from newsletter.tasks import purge_unconfirmed_subscribers

pytestmark = pytest.mark.django_db

URL = "/{}/newsletter/"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="Ola@Example.org", language="uk", kinds=("events",), themes=(), **extra):
    data = {
        "email": email,
        "language": language,
        "kinds": list(kinds),
        "themes": list(themes),
        "consent": "on",
        **extra,
    }
    return client.post(URL.format(language), data)


def confirmation_link(message):
    return re.search(r"https?://\S+/newsletter/confirm/\S+/", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_form_is_shown_in_every_language(client, homes, language):
    response = client.get(URL.format(language))
    assert response.status_code == 200
    assert 'name="homepage"' in response.content.decode()


def test_signing_up_stores_a_pending_subscriber_and_mails_a_confirmation_link(client, homes):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/uk/newsletter/check-your-inbox/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ola@example.org"
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.language == "uk"
    assert subscriber.kinds == ["events"]
    (message,) = mail.outbox
    assert message.to == ["ola@example.org"]
    assert "Підтвердіть" in message.subject  # in the language chosen
    assert "/uk/newsletter/confirm/" in message.body


def test_following_the_confirmation_link_confirms_with_time_and_consent_version(client, homes):
    sign_up(client)
    path = path_of(confirmation_link(mail.outbox[0]))
    page = client.get(path)
    assert page.status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING  # a GET changes nothing
    response = client.post(path)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.consent_version == subscriptions.CONSENT_VERSION
    assert timezone.now() - subscriber.consent_given_at < datetime.timedelta(minutes=1)
    assert subscriber.confirmed_at == subscriber.consent_given_at


def test_a_tampered_confirmation_link_gives_a_friendly_page_and_changes_nothing(client, homes):
    sign_up(client)
    path = path_of(confirmation_link(mail.outbox[0]))
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    for method in (client.get, client.post):
        response = method(tampered)
        assert response.status_code == 400
        assert "Посилання не працює" in response.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_an_expired_confirmation_link_gives_a_friendly_page_and_changes_nothing(
    client, homes, settings, monkeypatch
):
    sign_up(client)
    path = path_of(confirmation_link(mail.outbox[0]))
    later = timezone.now() + datetime.timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS + 1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    response = client.post(path)
    assert response.status_code == 400
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_signing_up_again_updates_the_one_row_on_confirmation(client, homes, theme):
    subscriber = SubscriberFactory(email="ola@example.org", language="pl", kinds=["news"])
    sign_up(
        client,
        email="  OLA@example.ORG ",
        language="en",
        kinds=["library", "support"],
        themes=["housing"],
    )
    assert Subscriber.objects.count() == 1
    subscriber.refresh_from_db()
    assert subscriber.kinds == ["news"]  # nothing changes until the owner confirms
    client.post(path_of(confirmation_link(mail.outbox[0])))
    subscriber.refresh_from_db()
    assert Subscriber.objects.count() == 1
    assert subscriber.language == "en"
    assert subscriber.kinds == ["library", "support"]
    assert list(subscriber.themes.all()) == [theme("housing")]


def test_the_answer_does_not_reveal_whether_an_address_is_subscribed(client, homes):
    SubscriberFactory(email="known@example.org")
    known = sign_up(client, email="known@example.org")
    unknown = sign_up(client, email="unknown@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    first, second = mail.outbox
    assert first.subject == second.subject
    # Same words, only the address and the link differ.
    assert re.sub(r"\S+/confirm/\S+", "", first.body) == re.sub(r"\S+/confirm/\S+", "", second.body)
    done_known = client.get(known["Location"]).content
    done_unknown = client.get(unknown["Location"]).content
    assert done_known == done_unknown


@pytest.mark.parametrize(
    ("language", "email", "message"),
    [
        ("pl", "not-an-address", "To nie wygląda na adres e-mail"),
        ("uk", "ola@mailinator.com", "тимчасових"),
        ("en", "ola@sub.yopmail.com", "throwaway mail services"),
    ],
)
def test_malformed_or_disposable_addresses_are_refused_in_the_visitors_language(
    client, homes, language, email, message
):
    response = sign_up(client, email=email, language=language)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_no_header_can_be_smuggled_in_through_the_address(client, homes):
    response = sign_up(client, email="ola@example.org\r\nBcc: victim@example.org")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_consent_and_a_kind_of_content_are_required(client, homes):
    response = client.post(URL.format("en"), {"email": "ola@example.org", "language": "en"})
    content = response.content.decode()
    assert "Without this consent we cannot send the newsletter." in content
    assert "Choose at least one kind of content." in content
    assert not Subscriber.objects.exists()


def test_the_honeypot_answers_robots_as_if_they_succeeded_and_stores_nothing(client, homes):
    response = sign_up(client, homepage="https://spam.example")
    assert response.status_code == 302
    assert response["Location"] == "/uk/newsletter/check-your-inbox/"
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_sign_ups_are_rate_limited_per_client(client, homes):
    for n in range(subscriptions.SUBSCRIPTIONS_PER_HOUR):
        assert sign_up(client, email=f"ola{n}@example.org").status_code == 302
    response = sign_up(client, email="one-more@example.org")
    assert response.status_code == 429
    assert "Забагато" in response.content.decode()
    assert not Subscriber.objects.filter(email="one-more@example.org").exists()
    # Another client is not limited.
    other = client.post(
        URL.format("en"),
        {"email": "x@example.org", "language": "en", "kinds": ["news"], "consent": "on"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 302


def test_unconfirmed_sign_ups_are_purged_after_the_set_number_of_days(settings):
    old = SubscriberFactory(status=SubscriberStatus.PENDING)
    Subscriber.objects.filter(pk=old.pk).update(
        created_at=timezone.now()
        - datetime.timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS + 1)
    )
    recent = SubscriberFactory(status=SubscriberStatus.PENDING)
    confirmed = SubscriberFactory()
    Subscriber.objects.filter(pk=confirmed.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )
    call_command("purge_unconfirmed_subscribers", stdout=io.StringIO())
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_the_purge_runs_as_a_task():
    old = SubscriberFactory(status=SubscriberStatus.PENDING)
    Subscriber.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    result = purge_unconfirmed_subscribers.enqueue()
    assert result.return_value == 1
    assert not Subscriber.objects.exists()
