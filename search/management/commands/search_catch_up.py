from django.core.management.base import BaseCommand, CommandError

from search import indexing


class Command(BaseCommand):
    help = (
        "Send the search engine the changes it missed while it was down (run it from a timer; "
        "/readyz also starts it when the engine is back)."
    )

    def handle(self, *args, **options):
        try:
            applied = indexing.catch_up()
        except Exception as error:
            raise CommandError(
                f"The search engine still refuses updates ({error.__class__.__name__}); "
                f"{indexing.pending_count()} stay queued."
            ) from error
        self.stdout.write(f"{applied} updates sent; {indexing.pending_count()} still queued.")
