"""The gettext catalogues in ``locale/``: compiling and checking them with polib.

polib (a wagtail-localize dependency) writes .mo files, so a fresh machine needs no gettext
system package to build the site.
"""

from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings


def po_files():
    return sorted(
        po
        for locale_dir in settings.LOCALE_PATHS
        for po in Path(locale_dir).glob("*/LC_MESSAGES/*.po")
    )


def compile_all():
    """Write a .mo beside every .po; returns the .po paths compiled."""
    compiled = []
    for po_path in po_files():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        compiled.append(po_path)
    return compiled


@dataclass
class CatalogueProblems:
    path: Path
    untranslated: list
    fuzzy: list

    def __bool__(self):
        return bool(self.untranslated or self.fuzzy)


def problems():
    """Catalogues with untranslated or fuzzy messages (plural forms count as untranslated
    when any form is empty)."""
    found = []
    for po_path in po_files():
        catalogue = polib.pofile(str(po_path))
        untranslated = [
            entry.msgid
            for entry in catalogue
            if not entry.obsolete and not entry.fuzzy and not entry.translated()
        ]
        fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
        result = CatalogueProblems(po_path, untranslated, fuzzy)
        if result:
            found.append(result)
    return found
