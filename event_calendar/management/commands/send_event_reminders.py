from django.core.management.base import BaseCommand

from event_calendar.tasks import send_reminders


class Command(BaseCommand):
    help = "E-mail confirmed registrants of occurrences starting in the next 24 hours (once each)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} reminders.")
