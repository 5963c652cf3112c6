"""The story of issue 8: a visitor subscribes in Ukrainian to events only, confirms; an
Editor composes and sends the next digest; the visitor receives only the Ukrainian
upcoming events, and unsubscribes with one click."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from newsletter.models import Digest, Subscriber, SubscriberStatus

pytestmark = pytest.mark.django_db


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_ukrainian_visitor_gets_only_ukrainian_events_and_unsubscribes_in_one_click(
    client, editor, site_content
):
    cache.clear()
    # The visitor subscribes in Ukrainian, to events only.
    response = client.post(
        "/uk/newsletter/",
        {"email": "olena@example.org", "language": "uk", "kinds": ["events"], "consent": "on"},
    )
    assert response.status_code == 302
    (confirmation,) = mail.outbox
    link = re.search(r"https?://\S+/uk/newsletter/confirm/\S+/", confirmation.body).group(0)
    assert client.post(path_of(link)).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED
    mail.outbox.clear()

    # An Editor composes the next digest in Ukrainian and sends it.
    admin = Client()
    admin.force_login(editor)
    admin.post("/admin/newsletter/compose/", {"language": "uk"})
    digest = Digest.objects.get()
    assert (
        admin.post(f"/admin/newsletter/digests/{digest.pk}/send/", {"action": "send"}).status_code
        == 302
    )

    # The visitor receives the Ukrainian upcoming events, and nothing else.
    (newsletter,) = mail.outbox
    assert newsletter.to == ["olena@example.org"]
    assert "Зустріч про житло" in newsletter.body
    for other in (
        "Нові правила",
        "Spotkanie o mieszkaniach",
        "Spotkanie o zdrowiu",
        "Poradnik prawny",
        "Potrzebujemy prawników",
    ):
        assert other not in newsletter.body
        assert other not in newsletter.alternatives[0][0]

    # One click in the mail client: a POST without a CSRF token.
    unsubscribe = newsletter.extra_headers["List-Unsubscribe"].strip("<>")
    mail_client = Client(enforce_csrf_checks=True)
    assert (
        mail_client.post(path_of(unsubscribe), {"List-Unsubscribe": "One-Click"}).status_code == 200
    )
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED
