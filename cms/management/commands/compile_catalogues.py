from django.core.management.base import BaseCommand

from cms.management.catalogues import compile_all


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files (with polib, no gettext needed)."

    def handle(self, *args, **options):
        for po_path in compile_all():
            self.stdout.write(f"compiled {po_path}", self.style.SUCCESS)
