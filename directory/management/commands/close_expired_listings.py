"""``manage.py close_expired_listings``: mark listings past their date as closed.

The board already hides them (``SupportListing.objects.open()``); closing them keeps the
account pages and the admin truthful too. Run it daily (cron); a second run changes nothing.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from directory.models import SupportListing


class Command(BaseCommand):
    help = "Close the needs and offers whose 'valid until' date has passed. Safe to run again."

    def handle(self, *args, **options):
        closed = SupportListing.objects.filter(
            is_closed=False, valid_until__lt=timezone.localdate()
        ).update(is_closed=True, updated_at=timezone.now())
        if options["verbosity"] >= 1:
            self.stdout.write(f"Closed {closed} expired listings.")
