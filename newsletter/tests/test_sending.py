"""Sending a digest: one mail per recipient with its own items, list headers and a
plain-text alternative; resuming after a crash without duplicates; bounded retries."""

import datetime
import io
from collections import Counter

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from newsletter import sending
from newsletter.digests import compose
from newsletter.factories import SubscriberFactory
from newsletter.models import Delivery, DeliveryStatus, DigestStatus, SubscriberStatus
from newsletter.tasks import start_sending
from newsletter.tests.backends import CrashingBackend, RefusingBackend, WorkerKilled

pytestmark = pytest.mark.django_db


@pytest.fixture
def crashing(settings):
    settings.EMAIL_BACKEND = "newsletter.tests.backends.CrashingBackend"
    CrashingBackend.taken = 0
    CrashingBackend.limit = None
    yield CrashingBackend
    CrashingBackend.limit = None


@pytest.fixture
def refusing(settings):
    settings.EMAIL_BACKEND = "newsletter.tests.backends.RefusingBackend"
    RefusingBackend.refused = set()
    yield RefusingBackend
    RefusingBackend.refused = set()


def recipients_of(outbox):
    return Counter(address for message in outbox for address in message.to)


def test_each_recipient_gets_their_language_and_topics_with_list_headers(
    editor_client, site_content, theme
):
    ola = SubscriberFactory(email="ola@example.org", language="uk", kinds=["events"])
    SubscriberFactory(email="news@example.org", language="uk", kinds=["news"])
    SubscriberFactory(
        email="nothing@example.org", language="uk", kinds=["events"], themes=[theme("health")]
    )
    SubscriberFactory(email="pending@example.org", language="uk", status=SubscriberStatus.PENDING)
    SubscriberFactory(email="gone@example.org", language="uk", status=SubscriberStatus.UNSUBSCRIBED)
    SubscriberFactory(email="polish@example.org", language="pl")
    digest = compose("uk")
    response = editor_client.post(
        f"/admin/newsletter/digests/{digest.pk}/send/", {"action": "send"}
    )
    assert response.status_code == 302
    assert recipients_of(mail.outbox) == {"ola@example.org": 1, "news@example.org": 1}
    message = next(m for m in mail.outbox if m.to == ["ola@example.org"])
    assert "Зустріч про житло" in message.body
    assert "Нові правила" not in message.body
    assert "Potrzebujemy" not in message.body

    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http") and "/uk/newsletter/unsubscribe/" in unsubscribe
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in message.body  # the footer's link too
    assert "/uk/newsletter/preferences/" in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert "Зустріч про житло" in html
    assert "Нові правила" not in message.alternatives[0][0]

    digest.refresh_from_db()
    assert digest.status == DigestStatus.SENT
    deliveries = Delivery.objects.filter(digest=digest)
    assert deliveries.count() == 2  # nobody is queued for a digest with nothing for them
    assert set(deliveries.values_list("status", flat=True)) == {DeliveryStatus.SENT}
    assert ola.deliveries.get().sent_at is not None


def test_headers_name_a_mailto_address_when_one_is_set(settings, site_content):
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "wypisz@example.org"
    SubscriberFactory(language="uk")
    start_sending(compose("uk"))
    (message,) = mail.outbox
    assert (
        "<mailto:wypisz@example.org?subject=unsubscribe>"
        in (message.extra_headers["List-Unsubscribe"])
    )
    assert "\n" not in message.message()["List-Unsubscribe"].replace("\n ", "")


def test_sending_twice_sends_once(editor_client, site_content):
    SubscriberFactory(language="uk")
    digest = compose("uk")
    url = f"/admin/newsletter/digests/{digest.pk}/send/"
    editor_client.post(url, {"action": "send"})
    editor_client.post(url, {"action": "send"})
    assert len(mail.outbox) == 1
    assert sending.send(digest.pk) == 0


def test_a_crash_mid_batch_resumes_without_sending_anyone_twice(crashing, site_content):
    subscribers = [SubscriberFactory(language="pl") for _ in range(12)]
    digest = compose("pl")
    sending.queue(digest)
    crashing.limit = 5
    with pytest.raises(WorkerKilled):  # the worker dies handing over the sixth mail
        sending.send(digest.pk, batch_size=4)
    assert len(mail.outbox) == 5
    statuses = Counter(Delivery.objects.values_list("status", flat=True))
    assert statuses[DeliveryStatus.SENT] == 5
    assert statuses[DeliveryStatus.CLAIMED] == 0  # the rest of the batch went back

    crashing.limit = None  # the worker restarts
    assert sending.send(digest.pk, batch_size=4) == 7
    assert recipients_of(mail.outbox) == {s.email: 1 for s in subscribers}
    digest.refresh_from_db()
    assert digest.status == DigestStatus.SENT


def test_a_killed_worker_leaves_its_claim_to_a_later_run_and_never_resends_in_flight(
    site_content, settings
):
    subscribers = [SubscriberFactory(language="pl") for _ in range(6)]
    digest = compose("pl")
    sending.queue(digest)
    # A worker claimed three rows, had one mail in the server's hands, and was killed.
    claimed = sending.claim(digest, 3)
    Delivery.objects.filter(pk=claimed[0].pk).update(status=DeliveryStatus.SENDING)

    assert sending.send(digest.pk) == 3  # the others' claim is recent: left alone
    later = timezone.now() + sending.CLAIM_TIMEOUT + datetime.timedelta(minutes=1)
    assert sending.send(digest.pk, now=later) == 2  # the dead worker's claim is taken back
    received = recipients_of(mail.outbox)
    assert received == {s.email: 1 for s in subscribers if s.pk != claimed[0].subscriber_id}
    assert Delivery.objects.get(pk=claimed[0].pk).status == DeliveryStatus.SENDING


def test_a_refused_mail_is_retried_a_bounded_number_of_times_with_the_error(refusing, site_content):
    SubscriberFactory(email="ok@example.org", language="pl")
    SubscriberFactory(email="full@example.org", language="pl")
    refusing.refused = {"full@example.org"}
    digest = compose("pl")
    start_sending(digest)
    assert recipients_of(mail.outbox) == {"ok@example.org": 1}
    failed = Delivery.objects.get(subscriber__email="full@example.org")
    assert failed.status == DeliveryStatus.FAILED
    assert failed.attempts == sending.MAX_ATTEMPTS
    assert "mailbox unavailable" in failed.error
    # Nothing more is tried, and the digest is done.
    assert sending.send(digest.pk) == 0
    digest.refresh_from_db()
    assert digest.status == DigestStatus.SENT


def test_a_refusal_that_passes_is_sent_on_a_retry(refusing, site_content, monkeypatch):
    SubscriberFactory(email="later@example.org", language="pl")
    refusing.refused = {"later@example.org"}
    original = sending.send_batch
    calls = []

    def send_batch(*args):
        calls.append(1)
        if len(calls) == 2:
            refusing.refused = set()  # the mailbox has room again
        return original(*args)

    monkeypatch.setattr(sending, "send_batch", send_batch)
    start_sending(compose("pl"))
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.SENT
    assert delivery.attempts == 2
    assert recipients_of(mail.outbox) == {"later@example.org": 1}


def test_one_connection_per_batch(site_content, monkeypatch, settings):
    for _ in range(5):
        SubscriberFactory(language="pl")
    opened = []
    original = sending.get_connection

    def get_connection(*args, **kwargs):
        opened.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(sending, "get_connection", get_connection)
    settings.NEWSLETTER_BATCH_SIZE = 2
    start_sending(compose("pl"))
    assert len(mail.outbox) == 5
    assert len(opened) == 3


def test_no_header_can_be_smuggled_in_through_the_digest(site_content):
    SubscriberFactory(language="uk")
    digest = compose("uk")
    digest.subject = "Новини\r\nBcc: victim@example.org"
    digest.intro = "Вітаємо\nBcc: victim@example.org"
    digest.save()
    start_sending(digest)
    (message,) = mail.outbox
    assert "\n" not in message.subject and "\r" not in message.subject
    assert message.bcc == []
    assert "victim" not in str(message.message()).split("\n\n", 1)[0].replace(message.subject, "")


def test_a_digest_stuck_by_an_outage_is_resumed_by_hand(site_content):
    subscriber = SubscriberFactory(language="pl")
    digest = compose("pl")
    sending.queue(digest)  # queued, but no worker ran
    out = io.StringIO()
    call_command("send_digest", str(digest.pk), stdout=out)
    assert "Sent 1 mails." in out.getvalue()
    assert recipients_of(mail.outbox) == {subscriber.email: 1}
    call_command("send_digest", str(digest.pk), stdout=io.StringIO())
    assert len(mail.outbox) == 1
