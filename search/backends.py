"""Wagtail's Elasticsearch 9 and OpenSearch 3 backends, with analysis in each site language.

Wagtail analyses every text field with one analyser, whatever the language of the page.
These subclasses keep Wagtail's mapping, query compiler and index handling and add:

- every text field (and the ``_all_text`` fields Wagtail copies them into) is indexed with
  ``razem_folding`` (lowercase, diacritics folded: ``uchodzcy`` finds «uchodźcy») and with one
  sub-field per language analyser: Polish (Stempel, and the hunspell dictionary, which knows
  forms Stempel gets wrong: «szkoła», «szkole»), Ukrainian (Morfologik) and English;
- a query is matched against the folded field and the sub-fields of the languages it is
  analysed in (``analysed_in``; by default the active language, else all three);
- as-you-type queries are folded like the index (Wagtail's default search analyser is not);
- an index update that fails because the engine is down or slow is queued in the database
  (``search.indexing``) instead of lost, and catches up once the engine is back.

The analysis needs the engine's Polish and Ukrainian plugins and the hunspell dictionaries,
which ``scripts/services.sh`` installs.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from copy import deepcopy

from django.utils import translation
from django.utils.crypto import get_random_string
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.backends.opensearch3 import (
    OpenSearch3Index,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from modelsearch.utils import deep_update

from cms.searching import ENGINE_ERRORS, EngineRefused
from search import documents, indexing

FOLDING_ANALYZER = "razem_folding"
# update_index's batches (long file texts, five analysers each) may take longer than the
# timeout a visitor's search waits (SEARCH_TIMEOUT).
BULK_TIMEOUT = 120
INDEX_CHUNK = 1000  # objects per request when a new index is filled, as update_index sends

ANALYSIS = {
    "filter": {
        "razem_hunspell_pl": {"type": "hunspell", "locale": "pl_PL", "dedup": True},
    },
    "analyzer": {
        FOLDING_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        },
        "razem_polish": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "polish_stop", "polish_stem", "asciifolding"],
        },
        "razem_polish_dictionary": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "polish_stop", "razem_hunspell_pl", "asciifolding"],
        },
    },
}

# The sub-fields of every text field, and which of them each language's queries use.
LANGUAGE_SUBFIELDS = {
    "pl": {"type": "text", "analyzer": "razem_polish"},
    "pl_dictionary": {"type": "text", "analyzer": "razem_polish_dictionary"},
    "uk": {"type": "text", "analyzer": "ukrainian"},
    "en": {"type": "text", "analyzer": "english"},
}
SUBFIELDS_OF_LANGUAGE = {"pl": ("pl", "pl_dictionary"), "uk": ("uk",), "en": ("en",)}

_query_languages = ContextVar("query_languages", default=None)


@contextmanager
def analysed_in(languages):
    """Analyse the queries made inside the block in ``languages`` (codes of the site's
    languages): the visitor's language for a search of their language, all of them when they
    search every language."""
    token = _query_languages.set(tuple(languages))
    try:
        yield
    finally:
        _query_languages.reset(token)


def query_languages():
    chosen = _query_languages.get()
    if chosen is not None:
        return chosen
    active = translation.get_language()
    return (active,) if active in SUBFIELDS_OF_LANGUAGE else tuple(SUBFIELDS_OF_LANGUAGE)


def analyse_by_language(properties):
    """Give each text field of a mapping the folding analyser, and the language sub-fields
    where searches read the field itself (``stemmed_in_place``).

    Fields that already name an analyser (Wagtail's edge n-grams for autocomplete) keep it.
    """
    for name, mapping in properties.items():
        if mapping.get("type") == "nested":
            analyse_by_language(mapping["properties"])
        elif mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["analyzer"] = FOLDING_ANALYZER
            if stemmed_in_place(name, mapping):
                mapping["fields"] = LANGUAGE_SUBFIELDS


def stemmed_in_place(name, mapping):
    """Whether a field needs the language sub-fields of its own: Wagtail's ``_all_text``
    fields, which every search reads, and the boosted fields (titles, summaries, names),
    which a search may name (the teaser search of members-only materials). The others
    (descriptions, bodies, file texts: the long ones) are stemmed in ``_all_text`` only,
    which halves the analysis when indexing."""
    copied_to = mapping.get("copy_to", [])
    return name.startswith("_all_text") or any(
        target.startswith("_all_text_boost") for target in copied_to
    )


class LanguageMappingMixin:
    # As-you-type queries are folded like the edge n-grams they are matched against.
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": FOLDING_ANALYZER,
    }

    def get_mapping(self):
        mapping = super().get_mapping()
        analyse_by_language(mapping["properties"])
        mapping["properties"].update(documents.MAPPING)
        return mapping

    def get_document(self, obj):
        return {**super().get_document(obj), **documents.facts(obj)}


class LanguageQueryCompilerMixin:
    def _remap_fields(self, fields):
        """Each field Wagtail would search, plus its sub-fields in the query's languages."""
        searched = []
        for field in super()._remap_fields(fields):
            searched.append(field)
            for language in query_languages():
                for subfield in SUBFIELDS_OF_LANGUAGE[language]:
                    searched.append(Field(f"{field.field_name}.{subfield}", field.boost))
        return searched


class BatchFactsMixin:
    """An index that loads the facts of a batch of objects (``search.documents``) at once."""

    def add_items(self, model, items):
        items = list(items)
        documents.load_facts(model, items)
        super().add_items(model, items)


class QueuedUpdatesMixin:
    """Saving content never fails because the engine is down: the update waits in the
    database (``search.indexing``) until the engine answers again."""

    def add(self, obj):
        try:
            super().add(obj)
        except ENGINE_ERRORS:
            indexing.queue(obj, indexing.Action.ADD)
            raise

    def delete(self, obj):
        try:
            super().delete(obj)
        except ENGINE_ERRORS:
            indexing.queue(obj, indexing.Action.DELETE)
            raise


class IndexSetupMixin:
    """The site's indexes exist, with the project's settings and mapping, before any document
    is written to them: ``migrate`` creates the missing ones (``search.apps``), the engine is
    configured to refuse to create one itself from the first document (``scripts/services.sh``),
    and ``/readyz`` reports an index that is missing or mapped otherwise (left by an older
    version), which ``update_index`` rebuilds."""

    def site_indexes(self):
        """Each index of the site and the models it holds, as update_index groups them."""
        return group_models_by_index(self, get_indexed_models())

    def create_missing_indexes(self):
        """Create each index the engine lacks, as update_index would: behind an alias of
        the index's name, with the project's mapping, and holding what the database already
        has (an engine new to an existing site, or rows a data migration made). Returns
        their names."""
        created = []
        for index, models in self.site_indexes().items():
            if index.exists():
                continue
            new = self.index_class(self, f"{index.name}_{get_random_string(7).lower()}")
            new.put()
            for model in models:
                new.add_model(model)
            for model in models:
                chunk = list(model.get_indexed_objects().order_by("pk")[:INDEX_CHUNK])
                while chunk:
                    new.add_items(model, chunk)
                    after = model.get_indexed_objects().filter(pk__gt=chunk[-1].pk)
                    chunk = list(after.order_by("pk")[:INDEX_CHUNK])
            new.refresh()
            new.put_alias(index.name)
            created.append(index.name)
        return created

    def index_problems(self):
        """The site's indexes that are missing or whose mapping is not the project's, with
        what is wrong (a few differences each)."""
        problems = {}
        for index, models in self.site_indexes().items():
            if not index.exists():
                problems[index.name] = ["missing"]
                continue
            expected = {}
            for model in models:
                expected = deep_update(expected, self.mapping_class(model).get_mapping())
            (live,) = self.es.indices.get_mapping(index=index.name).values()
            differences = mapping_differences(
                expected.get("properties", {}), live["mappings"].get("properties", {})
            )
            if differences:
                problems[index.name] = differences[:5]
        return problems


def mapping_differences(expected, live, prefix=""):
    """The fields of ``expected`` (a mapping's properties) that ``live`` lacks or maps with
    another type or analyser."""
    differences = []
    for name, want in expected.items():
        path = f"{prefix}{name}"
        have = live.get(name)
        if have is None:
            differences.append(f"{path}: missing")
            continue
        for key in ("type", "analyzer"):
            if key in want and want[key] != have.get(key):
                differences.append(f"{path}: {key} {have.get(key)}, not {want[key]}")
        for nested in ("properties", "fields"):
            if nested in want:
                differences += mapping_differences(
                    want[nested], have.get(nested, {}), prefix=f"{path}."
                )
    return differences


class SearchBodyMixin:
    def search_body(self, models, body):
        """The engine's answer to one search ``body`` (Elasticsearch's query DSL) over the
        indexes of ``models``, for the searches Wagtail's results cannot express:
        aggregations, a post-filter, several indexes at once."""
        names = ",".join(dict.fromkeys(self.get_index_for_model(model).name for model in models))
        # One search as a multi-search: the same call in both engines' clients.
        (answer,) = self.es.msearch(body=[{"index": names}, body])["responses"]
        if "error" in answer:
            raise EngineRefused(answer["error"])
        return answer


def with_language_analysis(backend_settings):
    """Wagtail's index settings (its n-gram analysers) with the project's analysis added."""
    return deep_update(
        deepcopy(backend_settings),
        {"settings": {"analysis": ANALYSIS, "index": {"number_of_replicas": 0}}},
    )


class Elasticsearch9LanguageMapping(LanguageMappingMixin, Elasticsearch9Mapping):
    pass


class Elasticsearch9LanguageQueryCompiler(
    LanguageQueryCompilerMixin, Elasticsearch9SearchQueryCompiler
):
    mapping_class = Elasticsearch9LanguageMapping


class Elasticsearch9LanguageIndex(BatchFactsMixin, Elasticsearch9Index):
    pass


class Elasticsearch9LanguageBackend(
    QueuedUpdatesMixin, IndexSetupMixin, SearchBodyMixin, Elasticsearch9SearchBackend
):
    mapping_class = Elasticsearch9LanguageMapping
    index_class = Elasticsearch9LanguageIndex
    query_compiler_class = Elasticsearch9LanguageQueryCompiler
    settings = with_language_analysis(Elasticsearch9SearchBackend.settings)

    def bulk(self, es, *args, **kwargs):
        return super().bulk(es.options(request_timeout=BULK_TIMEOUT), *args, **kwargs)


class OpenSearch3LanguageMapping(LanguageMappingMixin, OpenSearch3Mapping):
    pass


class OpenSearch3LanguageQueryCompiler(LanguageQueryCompilerMixin, OpenSearch3SearchQueryCompiler):
    mapping_class = OpenSearch3LanguageMapping


class OpenSearch3LanguageIndex(BatchFactsMixin, OpenSearch3Index):
    pass


class OpenSearch3LanguageBackend(
    QueuedUpdatesMixin, IndexSetupMixin, SearchBodyMixin, OpenSearch3SearchBackend
):
    mapping_class = OpenSearch3LanguageMapping
    index_class = OpenSearch3LanguageIndex
    query_compiler_class = OpenSearch3LanguageQueryCompiler
    settings = with_language_analysis(OpenSearch3SearchBackend.settings)

    def bulk(self, *args, **kwargs):
        return super().bulk(*args, request_timeout=BULK_TIMEOUT, **kwargs)
