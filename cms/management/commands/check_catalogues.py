from django.core.management.base import BaseCommand, CommandError

from cms.management.catalogues import po_files, problems


class Command(BaseCommand):
    help = "Fail when a catalogue has an untranslated or fuzzy message."

    def handle(self, *args, **options):
        if not po_files():
            raise CommandError("No catalogues found under LOCALE_PATHS.")
        found = problems()
        for item in found:
            for msgid in item.untranslated:
                self.stderr.write(f"{item.path}: untranslated: {msgid!r}")
            for msgid in item.fuzzy:
                self.stderr.write(f"{item.path}: fuzzy: {msgid!r}")
        if found:
            raise CommandError("Some catalogues are incomplete.")
        self.stdout.write("All catalogues are complete.", self.style.SUCCESS)
