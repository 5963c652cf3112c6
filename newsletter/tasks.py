"""Background work of the newsletter: sending a digest, and purging unconfirmed sign-ups.

Both run as django-tasks (``manage.py db_worker``); the purge also as a management command
for cron (``purge_unconfirmed_subscribers``), and ``send_digest <id>`` resumes a digest by
hand after an outage.
"""

from django.db import transaction
from django_tasks import task

from newsletter import sending, subscriptions


@task()
def send_digest_task(digest_id):
    return sending.send(digest_id)


@task()
def purge_unconfirmed_subscribers():
    return subscriptions.purge_unconfirmed()


def start_sending(digest):
    """Queue the digest's deliveries and, once they are committed, the task that sends
    them; False when the digest was already sent or is being sent."""
    with transaction.atomic():
        if not sending.queue(digest):
            return False
        transaction.on_commit(lambda: send_digest_task.enqueue(digest.pk))
    return True
