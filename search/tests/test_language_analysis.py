"""Each language's content is analysed in that language, with diacritics folded.

Every case indexes a page in one language and searches it with another form of a word
(never the same string, nor a prefix of it), against the real engine.
"""

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.factories import NewsPageFactory

pytestmark = pytest.mark.engine

POLISH = [
    ("Organizacja pozarządowa pomaga rodzinom", "organizacji"),
    ("Uchodźcy z Ukrainy w Lublinie", "uchodźców"),
    ("Uchodźcy z Ukrainy w Lublinie", "uchodzcy"),  # typed without diacritics
    ("Mieszkanie dla rodziny z dziećmi", "mieszkania"),
    ("Szkoła podstawowa przyjmuje uczniów", "szkole"),
    ("Zajęcia dla dzieci w świetlicy", "dzieciom"),
    ("Praca w Warszawie dla tłumaczy", "pracy"),
    ("Nowy poradnik o zdrowiu", "poradniki"),
    ("Tłumacz przysięgły w Krakowie", "tłumacza"),
    ("Spotkanie grupy roboczej", "spotkania"),
    ("Integracja na rynku pracy", "integracji"),
    ("Zbiórka żywności w Łodzi", "lodzi"),  # ł and ó folded
]
UKRAINIAN = [
    ("Біженці з України отримують допомогу", "біженців"),
    ("Наша організація працює у Варшаві", "організації"),
    ("Юридична допомога для сімей", "допомоги"),
    ("Житло для сімей з дітьми", "житлом"),
    ("Заняття для дітей у Кракові", "діти"),
    ("Школа польської мови", "школи"),
    ("Робота в Польщі", "роботи"),
    ("Перекладач у лікарні", "перекладачів"),
    ("Зустріч робочої групи", "зустрічі"),
    ("Гуманітарна допомога Україна", "України"),
    ("Біженці у Любліні", "біженцям"),
]
ENGLISH = [
    ("Help finding a house", "housing"),
    ("A refugee family in Poland", "refugees"),
    ("Member organisation of the Forum", "organisations"),
    ("Working group meeting", "meetings"),
    ("School opens its doors", "schools"),
    ("Interpreting at the clinic", "interpreter"),
    ("Volunteers wanted", "volunteering"),
    ("Education for children", "educational"),
    ("A job for Ukrainians", "jobs"),
    ("Training for teachers", "trainings"),
    ("Who helps families", "helping"),
]
CASES = (
    [("pl", text, query) for text, query in POLISH]
    + [("uk", text, query) for text, query in UKRAINIAN]
    + [("en", text, query) for text, query in ENGLISH]
)


@pytest.mark.parametrize(("language", "text", "query"), CASES)
def test_a_word_form_finds_other_forms_in_its_language(news_indexes, found, language, text, query):
    words = text.lower().split()
    assert query.lower() not in words and not any(w.startswith(query.lower()) for w in words)
    page = NewsPageFactory(parent=news_indexes[language], title=text, lead="Notatka.", slug="case")
    unrelated = NewsPageFactory(
        parent=news_indexes[language], title="Kalendarz / Календар", slug="other"
    )
    hits = found(query, language)
    assert ("page", page.pk) in hits
    assert ("page", unrelated.pk) not in hits


def test_polish_stemming_is_not_applied_to_english_searches(news_indexes, found):
    """A search looks at the visitor's language; with every language searched, it is
    analysed in each of them."""
    page = NewsPageFactory(parent=news_indexes["pl"], title="Organizacja pozarządowa")
    assert ("page", page.pk) in found("organizacji", "pl")
    assert ("page", page.pk) not in found("organizacji", "en")  # English content only
    assert ("page", page.pk) in found("organizacji", "en", all_languages=True)


def test_text_is_stemmed_in_all_text_and_in_the_fields_a_search_may_name(homes):
    backend = get_search_backend()
    index = backend.get_index_for_model(Page)
    mapping = backend.es.indices.get_mapping(index=index.name)
    properties = next(iter(mapping.values()))["mappings"]["properties"]
    title = properties["title"]
    assert title["analyzer"] == "razem_folding"
    assert {name: field["analyzer"] for name, field in title["fields"].items()} == {
        "pl": "razem_polish",
        "pl_dictionary": "razem_polish_dictionary",
        "uk": "ukrainian",
        "en": "english",
    }
    assert set(properties["_all_text"]["fields"]) == {"pl", "pl_dictionary", "uk", "en"}
    assert set(properties["library_libraryitempage__summary"]["fields"]) == set(title["fields"])
    # Long texts are stemmed once, in _all_text, which every search reads.
    document_text = properties["library_libraryitempage__document_text"]
    assert document_text["analyzer"] == "razem_folding"
    assert "fields" not in document_text
    assert "_all_text" in document_text["copy_to"]
    # Autocomplete keeps Wagtail's edge n-grams, searched with folding.
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert properties["_edgengrams"]["search_analyzer"] == "razem_folding"
