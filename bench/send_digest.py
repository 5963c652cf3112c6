"""Compose and send a newsletter digest to N subscribers through the locmem mail backend;
print the time of each step and the peak memory of sending (tracemalloc) as JSON.

Run by ``bench/run.py --section newsletter`` in a fresh database. Subscribers are read in
chunks and mails are rendered and sent batch by batch, so memory should stay flat as N
grows; the locmem outbox is emptied after each batch (a real mail server keeps nothing
here either), so it does not count against the process.
"""

import datetime
import json
import sys
import time
import tracemalloc

import django
from django.core.management import call_command

django.setup()

from django.conf import settings  # noqa: E402
from django.core import mail  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from cms.models import Theme  # noqa: E402
from event_calendar.factories import EventIndexPageFactory, EventPageFactory  # noqa: E402
from home.factories import NewsIndexPageFactory, NewsPageFactory, make_site_tree  # noqa: E402
from newsletter import sending  # noqa: E402
from newsletter.digests import compose  # noqa: E402
from newsletter.models import ContentKind, Delivery, Subscriber, SubscriberStatus  # noqa: E402

NEWS = 10
EVENTS = 10


def build(count):
    call_command("migrate", verbosity=0, interactive=False)
    homes = make_site_tree()
    themes = list(Theme.objects.filter(locale__language_code="pl").order_by("pk"))
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    for n in range(NEWS):
        page = NewsPageFactory(parent=news_index)
        page.themes.set([themes[n % len(themes)]])
        page.save_revision().publish()
    events_index = EventIndexPageFactory(parent=homes["pl"])
    now = timezone.now()
    for n in range(EVENTS):
        start = now + datetime.timedelta(days=n + 1)
        event = EventPageFactory(
            parent=events_index, start=start, end=start + datetime.timedelta(hours=2)
        )
        event.themes.set([themes[n % len(themes)]])
        event.save_revision().publish()
    kinds = ContentKind.values
    subscribers = Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"czytelnik{n:06d}@example.org",
                language="pl",
                kinds=[kinds[n % 2], kinds[(n + 1) % len(kinds)]],
                status=SubscriberStatus.CONFIRMED,
                confirmed_at=now,
                consent_given_at=now,
                consent_version="bench",
            )
            for n in range(count)
        ),
        batch_size=5000,
    )
    # A third follow one or two themes; the rest every theme.
    Subscriber.themes.through.objects.bulk_create(
        (
            Subscriber.themes.through(subscriber_id=s.pk, theme=themes[(n * k) % len(themes)])
            for n, s in enumerate(subscribers)
            if n % 3 == 0
            for k in (1, 2)[: n % 2 + 1]
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main(count):
    build(count)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    sent_total = 0
    original = sending.send_batch

    def send_batch(*args):
        nonlocal sent_total
        sent = original(*args)
        sent_total += len(mail.outbox)
        mail.outbox.clear()  # the server took them
        return sent

    sending.send_batch = send_batch
    tracemalloc.start()
    started = time.perf_counter()
    digest = compose("pl")
    composed = time.perf_counter()
    sending.queue(digest)
    queued = time.perf_counter()
    _size, peak_before_send = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    sending.send(digest.pk)
    finished = time.perf_counter()
    _size, peak_send = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "subscribers": count,
                "items": digest.items.count(),
                "deliveries": Delivery.objects.filter(digest=digest).count(),
                "mails": sent_total,
                "compose_s": round(composed - started, 2),
                "queue_s": round(queued - composed, 2),
                "send_s": round(finished - queued, 2),
                "total_s": round(finished - started, 2),
                "mails_per_s": round(sent_total / (finished - queued), 1),
                "peak_compose_queue_mb": round(peak_before_send / 2**20, 1),
                "peak_send_mb": round(peak_send / 2**20, 1),
                "batch_size": settings.NEWSLETTER_BATCH_SIZE,
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
