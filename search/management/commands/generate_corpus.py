"""``manage.py generate_corpus N [--seed S]``: N realistic items for the search benchmarks.

News, library items with the extracted text of their files, approved organisations and
events in Polish, Ukrainian and English (``search.corpus``). Needs the site tree (the home
pages in the three languages, as ``seed_demo`` makes them); it does not index: run
``manage.py update_index`` afterwards.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from search.corpus import CorpusError, generate

MAX_ITEMS = 1_000_000


class Command(BaseCommand):
    help = (
        "Generate N realistic items (news, library items with file text, organisations, "
        "events) in Polish, Ukrainian and English for the search benchmarks; the same seed "
        "gives the same items. Needs the site tree; does not index (run update_index after)."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", help="how many items to make, 1 to 1,000,000")
        parser.add_argument("--seed", type=int, default=1, help="makes the corpus (default 1)")

    def handle(self, *args, count, seed, verbosity, **options):
        given = count
        try:
            count = int(given)
        except ValueError:
            count = 0
        if not 1 <= count <= MAX_ITEMS:
            raise CommandError(
                f"N must be a whole number of items from 1 to {MAX_ITEMS:,}, not {given!r}."
            )
        say = self.stdout.write if verbosity >= 2 else lambda message: None
        started = time.perf_counter()
        try:
            counts = generate(count, seed, say=say)
        except CorpusError as error:
            raise CommandError(str(error)) from error
        seconds = time.perf_counter() - started
        if verbosity >= 1:
            kinds = ", ".join(
                f"{counts[k]} {k}" for k in ("news", "library", "organisation", "event")
            )
            languages = ", ".join(f"{counts[f'language {c}']} {c}" for c in ("pl", "uk", "en"))
            self.stdout.write(
                f"Generated {count} items (seed {seed}) in {seconds:.1f} s, "
                f"{count / seconds:.0f} items/s: {kinds}; {languages}; "
                f"{counts['draft']} drafts, {counts['members only']} members-only."
            )
