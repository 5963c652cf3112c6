"""Background work of the newsletter: sending a digest, and purging unconfirmed sign-ups.

Both run as django-tasks (``manage.py db_worker``); the purge also as a management command
for cron (``purge_unconfirmed_subscribers``), and ``send_digest <id>`` resumes a digest by
hand after an outage.
"""

from django_tasks import task

from newsletter import sending, subscriptions


@task()
def send_digest_task(digest_id):
    return sending.send(digest_id)


@task()
def purge_unconfirmed_subscribers():
    return subscriptions.purge_unconfirmed()


def start_sending(digest):
    """Queue the digest's deliveries, then the task that sends them; False when the digest
    was already sent or is being sent. The deliveries are committed first (``queue`` is one
    transaction), and the database task backend stores the task in the same database, so a
    worker never finds the task without its deliveries."""
    if not sending.queue(digest):
        return False
    send_digest_task.enqueue(digest.pk)
    return True
