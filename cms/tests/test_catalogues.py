import polib
import pytest
from django.utils import translation
from django.utils.translation import ngettext

from cms.management.catalogues import po_files, problems


def test_every_language_has_a_catalogue():
    languages = {path.parent.parent.name for path in po_files()}
    assert languages == {"pl", "uk", "en"}


def test_catalogues_have_no_untranslated_or_fuzzy_messages():
    found = problems()
    assert not found, "\n".join(
        f"{item.path}: untranslated {item.untranslated[:5]}, fuzzy {item.fuzzy[:5]}"
        for item in found
    )


def test_catalogues_declare_the_right_plural_forms():
    forms = {
        path.parent.parent.name: polib.pofile(str(path)).metadata["Plural-Forms"]
        for path in po_files()
    }
    # Django's own pl and uk catalogues use four forms (the fourth for fractions); ours
    # must agree with them or ngettext picks the wrong form.
    assert forms["pl"].startswith("nplurals=4;")
    assert forms["uk"].startswith("nplurals=4;")
    assert forms["en"].startswith("nplurals=2;")


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("pl", 1, "1 wynik"),
        ("pl", 2, "2 wyniki"),
        ("pl", 5, "5 wyników"),
        ("pl", 22, "22 wyniki"),
        ("uk", 1, "1 результат"),
        ("uk", 3, "3 результати"),
        ("uk", 11, "11 результатів"),
        ("en", 1, "1 result"),
        ("en", 2, "2 results"),
    ],
)
def test_plural_forms_are_right_in_each_language(code, count, expected):
    with translation.override(code):
        text = ngettext(
            "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", count
        ) % {"counter": count, "query": "x"}
    assert text.startswith(expected + " ")
