from django.core.management.base import BaseCommand

from newsletter.sending import send


class Command(BaseCommand):
    help = (
        "Send what is left of a digest that is being sent (after a crash or a restart); "
        "nobody receives it twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("digest_id", type=int)

    def handle(self, *args, digest_id, **options):
        sent = send(digest_id)
        self.stdout.write(f"Sent {sent} mails.")
