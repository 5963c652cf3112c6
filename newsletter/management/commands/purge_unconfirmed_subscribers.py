from django.core.management.base import BaseCommand

from newsletter.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete newsletter sign-ups never confirmed within NEWSLETTER_UNCONFIRMED_DAYS days."

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        self.stdout.write(f"Deleted {deleted} unconfirmed sign-ups.")
