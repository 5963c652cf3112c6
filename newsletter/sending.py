"""Sending a digest: one mail per subscriber, in batches, from a background task.

``queue`` turns a draft into deliveries: one ``Delivery`` row per confirmed subscriber of
the digest's language who receives at least one of its items (unique per digest and
subscriber, so queueing twice adds nobody twice); ``newsletter.tasks.start_sending`` then
enqueues the task that calls ``send``.

``send`` works through the rows in batches of ``NEWSLETTER_BATCH_SIZE``, one mail
connection per batch. A batch is claimed atomically (``SELECT … FOR UPDATE SKIP LOCKED``,
then marked ``claimed``), so two workers never take the same row. Just before its mail is
handed to the server a row becomes ``sending``, and ``sent`` once the server took it:

- a mail the server refuses is ``failed`` with the error, and retried up to
  ``MAX_ATTEMPTS`` times in all (a later pass of the same run, or the next run);
- an exception that stops the worker (raised while a mail was being handed over: that mail
  is ``failed`` and retried) puts the rest of its batch back in the queue;
- a worker killed outright leaves at most one row ``sending`` (it may have gone: it is never
  sent again) and its other claimed rows, which a later run takes back after
  ``CLAIM_TIMEOUT``.

So a crash or restart resumes where it stopped, and nobody gets the same digest twice.
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from cms import mail
from newsletter import subscriptions
from newsletter.digests import items_for, select, theme_slugs_of
from newsletter.models import (
    ContentKind,
    Delivery,
    DeliveryStatus,
    Digest,
    DigestStatus,
    Subscriber,
    SubscriberStatus,
)

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
CLAIM_TIMEOUT = datetime.timedelta(minutes=15)
QUEUE_CHUNK = 2000
ERROR_MAX_LENGTH = 2000


# Rendering ----------------------------------------------------------------------------------


def sections(items):
    """The items grouped by kind, in the order of ``ContentKind``: (label, items) pairs."""
    grouped = {kind: [] for kind in ContentKind.values}
    for item in items:
        grouped[item.kind].append(item)
    return [(ContentKind(kind).label, chosen) for kind, chosen in grouped.items() if chosen]


def render(digest, items, unsubscribe_url, preferences_url, frame=None, test=False):
    return mail.render(
        "newsletter/emails/digest",
        {
            "digest": digest,
            "sections": sections(items),
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": preferences_url,
            "test": test,
        },
        digest.language,
        frame,
    )


def message_for(digest, subscriber, items, frame, connection=None):
    """The mail of ``digest`` for ``subscriber`` with its ``items``, and its list headers."""
    unsubscribe_url = subscriptions.unsubscribe_url(subscriber)
    rendered = render(
        digest, items, unsubscribe_url, subscriptions.preferences_url(subscriber), frame
    )
    return mail.message(
        rendered,
        [subscriber.email],
        headers=subscriptions.list_headers(unsubscribe_url),
        connection=connection,
    )


def preview(digest):
    """The digest as a subscriber of every kind and theme would receive it."""
    stand_in = Subscriber(email="preview@example.org", language=digest.language, token=uuid.uuid4())
    return render(
        digest,
        list(digest.items.all()),
        subscriptions.unsubscribe_url(stand_in),
        subscriptions.preferences_url(stand_in),
    )


def send_test(digest, address):
    """The whole digest to ``address`` (an Editor's own), marked as a test."""
    stand_in = Subscriber(email=address, language=digest.language, token=uuid.uuid4())
    unsubscribe_url = subscriptions.unsubscribe_url(stand_in)
    rendered = render(
        digest,
        list(digest.items.all()),
        unsubscribe_url,
        subscriptions.preferences_url(stand_in),
        test=True,
    )
    email = mail.message(rendered, [address], headers=subscriptions.list_headers(unsubscribe_url))
    try:
        email.send()
    except Exception:  # whatever the mail server says
        logger.exception("Could not send a test of digest %s to %s", digest.pk, address)
        return False
    return True


# Queueing -----------------------------------------------------------------------------------


def recipients(digest):
    return Subscriber.objects.filter(
        status=SubscriberStatus.CONFIRMED, language=digest.language
    ).order_by("pk")


def queue(digest):
    """Turn a draft into deliveries, in one transaction; False when it is not a draft (an
    Editor pressed twice: the first press sends it)."""
    now = timezone.now()
    with transaction.atomic():
        locked = Digest.objects.select_for_update().get(pk=digest.pk)
        if locked.status != DigestStatus.DRAFT:
            return False
        locked.status = DigestStatus.SENDING
        locked.queued_at = now
        locked.save(update_fields=["status", "queued_at"])
        items = list(locked.items.all())
        # Keyset pages of subscribers: memory stays the same whatever their number.
        last = 0
        while chunk := list(
            recipients(locked).filter(pk__gt=last).values_list("pk", "kinds")[:QUEUE_CHUNK]
        ):
            last = chunk[-1][0]
            themes = theme_slugs_of([pk for pk, _kinds in chunk])
            Delivery.objects.bulk_create(
                (
                    Delivery(digest_id=locked.pk, subscriber_id=pk)
                    for pk, kinds in chunk
                    if select(items, kinds, themes.get(pk, set()))
                ),
                ignore_conflicts=True,
            )
    digest.refresh_from_db()
    return True


# Sending ------------------------------------------------------------------------------------


def claimable(digest, retry, before):
    rows = Delivery.objects.filter(digest=digest)
    if not retry:
        return rows.filter(status=DeliveryStatus.QUEUED)
    return rows.filter(
        Q(status=DeliveryStatus.QUEUED)
        | Q(status=DeliveryStatus.FAILED, attempts__lt=MAX_ATTEMPTS, claimed_at__lt=before)
    )


def claim(digest, size, retry=False, before=None):
    """Take up to ``size`` rows for this worker, atomically; they come with their
    subscribers in one go."""
    now = timezone.now()
    with transaction.atomic():
        pks = list(
            claimable(digest, retry, before)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        Delivery.objects.filter(pk__in=pks).update(
            status=DeliveryStatus.CLAIMED, claimed_at=now, attempts=F("attempts") + 1
        )
    return list(Delivery.objects.filter(pk__in=pks).select_related("subscriber").order_by("pk"))


def release_stale(digest, now):
    """Claimed rows of a worker that died without sending them go back to the queue."""
    return Delivery.objects.filter(
        digest=digest, status=DeliveryStatus.CLAIMED, claimed_at__lt=now - CLAIM_TIMEOUT
    ).update(status=DeliveryStatus.QUEUED, attempts=F("attempts") - 1)


def mark(delivery, status, **fields):
    Delivery.objects.filter(pk=delivery.pk).update(status=status, **fields)


def send_batch(digest, items, frame, batch):
    """Send the claimed ``batch`` over one connection; returns how many mails went."""
    sent = 0
    pending = {delivery.pk for delivery in batch}
    themes = theme_slugs_of([delivery.subscriber_id for delivery in batch])
    try:
        with get_connection() as connection:
            for delivery in batch:
                pending.discard(delivery.pk)
                subscriber = delivery.subscriber
                chosen = items_for(subscriber, items, themes.get(subscriber.pk, set()))
                if not chosen or subscriber.status != SubscriberStatus.CONFIRMED:
                    mark(delivery, DeliveryStatus.SKIPPED)
                    continue
                email = message_for(digest, subscriber, chosen, frame, connection)
                if not Delivery.objects.filter(
                    pk=delivery.pk, status=DeliveryStatus.CLAIMED
                ).update(status=DeliveryStatus.SENDING):
                    continue
                try:
                    connection.send_messages([email])
                except Exception as error:  # refused, timed out …: retried later
                    logger.warning("Digest %s to %s failed: %s", digest.pk, subscriber.pk, error)
                    mark(delivery, DeliveryStatus.FAILED, error=str(error)[:ERROR_MAX_LENGTH])
                    continue
                except BaseException:
                    mark(delivery, DeliveryStatus.FAILED, error="interrupted")
                    raise
                mark(delivery, DeliveryStatus.SENT, sent_at=timezone.now(), error="")
                sent += 1
    finally:
        # Rows this batch never reached, when something stopped it: back to the queue.
        if pending:
            Delivery.objects.filter(pk__in=pending, status=DeliveryStatus.CLAIMED).update(
                status=DeliveryStatus.QUEUED, attempts=F("attempts") - 1
            )
    return sent


def send(digest_id, batch_size=None, now=None):
    """Send what is left of a digest; returns how many mails went. Safe to run again, and
    at the same time as another worker."""
    digest = Digest.objects.get(pk=digest_id)
    if digest.status == DigestStatus.DRAFT:
        return 0
    size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    release_stale(digest, now or timezone.now())
    items = list(digest.items.all())
    frame = mail.frame_context()
    sent = 0
    while batch := claim(digest, size):
        sent += send_batch(digest, items, frame, batch)
    # Retries: each pass takes the rows that failed before it started, so a refused mail is
    # tried at most MAX_ATTEMPTS times, never in a tight loop within one pass.
    for _retry in range(MAX_ATTEMPTS - 1):
        started = timezone.now()
        while batch := claim(digest, size, retry=True, before=started):
            sent += send_batch(digest, items, frame, batch)
    finish(digest)
    return sent


def finish(digest):
    """Mark the digest sent once no row is waiting or in a worker's hands."""
    open_rows = Delivery.objects.filter(digest=digest).filter(
        Q(status__in=[DeliveryStatus.QUEUED, DeliveryStatus.CLAIMED])
        | Q(status=DeliveryStatus.FAILED, attempts__lt=MAX_ATTEMPTS)
    )
    if not open_rows.exists():
        Digest.objects.filter(pk=digest.pk, status=DigestStatus.SENDING).update(
            status=DigestStatus.SENT, sent_at=timezone.now()
        )
