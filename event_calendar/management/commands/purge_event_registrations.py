from django.core.management.base import BaseCommand

from event_calendar.tasks import purge_registrations


class Command(BaseCommand):
    help = (
        "Delete registrations of occurrences that ended more than "
        "EVENT_REGISTRATION_RETENTION_DAYS days ago."
    )

    def handle(self, *args, **options):
        deleted = purge_registrations()
        self.stdout.write(f"Deleted {deleted} registrations.")
