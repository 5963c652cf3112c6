"""The search engine under test is complete (DESIGN.md, "The search engine must be complete").

These tests talk to the engine at ``ELASTICSEARCH_URL`` with plain JSON over HTTP (urllib
only), so they hold for Elasticsearch and OpenSearch alike and need no Django database.
They prove that the analysis the project's index settings rely on is really there:
``analysis-common`` (asciifolding, edge_ngram, hunspell), the Polish and Ukrainian hunspell
dictionaries in ``config/hunspell/``, and the Polish (Stempel) and Ukrainian (Morfologik)
analysis plugins. Every expected token below was read off the real engine.

Start the engine with ``make services`` (``scripts/services.sh up``) and
``. .services/env``. They are marked ``engine``: the SQLite run deselects them; run without
``ELASTICSEARCH_URL`` they skip, except under ``CI=true`` where they fail (the root conftest).
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.engine

TIMEOUT = 60  # seconds; the first hunspell use loads the dictionary


class Engine:
    """A tiny JSON-over-HTTP client for the search engine's REST API."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if parts.username:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
            credentials = f"{user}:{password}"
            self.headers["Authorization"] = (
                "Basic " + base64.b64encode(credentials.encode()).decode()
            )
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        self.base = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))

    def request(
        self, method: str, path: str, body: object | None = None, *, ok_missing: bool = False
    ):
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(
            self.base + path, data=data, method=method, headers=self.headers
        )
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            if ok_missing and exc.code == 404:
                return None
            detail = exc.read().decode("utf-8", "replace")[:2000]
            raise AssertionError(f"{method} {path} -> HTTP {exc.code}: {detail}") from None
        except urllib.error.URLError as exc:
            raise AssertionError(
                f"{method} {path}: search engine at {self.base} unreachable: {exc.reason}"
            ) from None
        return json.loads(raw) if raw else None

    def analyze(self, index: str, text: str, **spec) -> list[str]:
        result = self.request("POST", f"/{index}/_analyze", {"text": text, **spec})
        return [token["token"] for token in result["tokens"]]


@pytest.fixture(scope="module")
def engine() -> Engine:
    client = Engine(os.environ["ELASTICSEARCH_URL"].strip())
    info = client.request("GET", "/")
    assert "version" in info, info
    return client


INDEX_SETTINGS = {
    "settings": {
        "index": {"number_of_shards": 1, "number_of_replicas": 0},
        "analysis": {
            "filter": {
                "t_edge_ngram": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15},
                "t_hunspell_pl": {"type": "hunspell", "locale": "pl_PL", "dedup": True},
                "t_hunspell_uk": {"type": "hunspell", "locale": "uk_UA", "dedup": True},
            },
            "analyzer": {
                "t_folding": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
                "t_edge": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "t_edge_ngram"],
                },
                "t_pl_hunspell": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "t_hunspell_pl"],
                },
                "t_uk_hunspell": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "t_hunspell_uk"],
                },
                "t_pl_stempel": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "polish_stop", "polish_stem"],
                },
            },
        },
    },
    "mappings": {
        "properties": {
            "title": {"type": "text", "analyzer": "t_pl_hunspell"},
            "title_uk": {"type": "text", "analyzer": "ukrainian"},
        }
    },
}


@pytest.fixture(scope="module")
def index(engine: Engine):
    name = f"razem-test-engine-{uuid.uuid4().hex[:12]}"
    created = engine.request("PUT", f"/{name}", INDEX_SETTINGS)
    try:
        assert created.get("acknowledged") is True, created
        yield name
    finally:
        engine.request("DELETE", f"/{name}", ok_missing=True)


def _node_components(engine: Engine) -> list[tuple[set[str], set[str]]]:
    nodes = engine.request("GET", "/_nodes/plugins")["nodes"]
    assert nodes, "the engine reports no nodes"
    return [
        ({m["name"] for m in node.get("modules", [])}, {p["name"] for p in node.get("plugins", [])})
        for node in nodes.values()
    ]


def _has_plugin(names: set[str], official: str) -> bool:
    # The official plugin (e.g. "analysis-stempel") or the project's own build of the same
    # analysis from Lucene ("razem-analysis-stempel", see scripts/services.sh).
    return any(name == official or name.endswith("-" + official) for name in names)


def test_nodes_carry_analysis_common_and_both_language_plugins(engine):
    for modules, plugins in _node_components(engine):
        assert "analysis-common" in modules | plugins
        assert _has_plugin(plugins, "analysis-stempel"), sorted(plugins)
        assert _has_plugin(plugins, "analysis-ukrainian"), sorted(plugins)


def test_cat_plugins_lists_both_language_plugins(engine):
    rows = engine.request("GET", "/_cat/plugins?format=json")
    components = {row["component"] for row in rows}
    assert _has_plugin(components, "analysis-stempel"), sorted(components)
    assert _has_plugin(components, "analysis-ukrainian"), sorted(components)


def test_asciifolding_strips_polish_diacritics(engine, index):
    assert engine.analyze(index, "uchodźców", analyzer="t_folding") == ["uchodzcow"]
    assert engine.analyze(index, "Zażółć gęślą jaźń", analyzer="t_folding") == [
        "zazolc",
        "gesla",
        "jazn",
    ]


def test_edge_ngram_builds_prefixes(engine, index):
    assert engine.analyze(index, "razem", analyzer="t_edge") == ["ra", "raz", "raze", "razem"]
    assert engine.analyze(index, "Łódź", analyzer="t_edge") == ["lo", "lod", "lodz"]


def test_hunspell_polish_lemmatises(engine, index):
    assert engine.analyze(index, "uchodźców", analyzer="t_pl_hunspell") == ["uchodźca"]
    assert engine.analyze(index, "Pomagamy uchodźcom", analyzer="t_pl_hunspell") == [
        "pomagać",
        "uchodźca",
    ]
    assert engine.analyze(index, "organizacje pozarządowe", analyzer="t_pl_hunspell") == [
        "organizacja",
        "pozarządowy",
    ]


def test_hunspell_ukrainian_lemmatises(engine, index):
    assert engine.analyze(index, "біженців", analyzer="t_uk_hunspell") == ["біженець"]
    assert engine.analyze(index, "організації", analyzer="t_uk_hunspell") == ["організація"]


def test_stempel_polish_analyzer_and_filters(engine, index):
    # The plugin's built-in analyzer: stop words "dla", "w" go, Stempel stems the rest.
    assert engine.analyze(index, "Pomoc dla uchodźców w Polsce", analyzer="polish") == [
        "pomoc",
        "uchodziec",
        "polsce",
    ]
    # Its token filters inside a custom analyzer.
    assert engine.analyze(index, "Pomoc dla uchodźców", analyzer="t_pl_stempel") == [
        "pomoc",
        "uchodziec",
    ]


def test_ukrainian_analyzer_lemmatises(engine, index):
    # Morfologik gives every lemma of an ambiguous form; "з" is a stop word.
    assert engine.analyze(index, "Біженці з України", analyzer="ukrainian") == [
        "біженець",
        "біженка",
        "Україна",
    ]
    assert engine.analyze(index, "Допомога біженцям", analyzer="ukrainian") == [
        "допомога",
        "біженець",
    ]


def test_search_matches_across_inflections(engine, index):
    """Bulk indexing through an alias, then a match found through another word form."""
    alias = f"{index}-alias"
    engine.request("POST", "/_aliases", {"actions": [{"add": {"index": index, "alias": alias}}]})
    lines = [
        {"index": {"_index": alias, "_id": "1"}},
        {"title": "Pomagamy uchodźcom z Ukrainy", "title_uk": "Допомагаємо біженцям з України"},
        {"index": {"_index": alias, "_id": "2"}},
        {"title": "Kalendarz spotkań", "title_uk": "Календар зустрічей"},
    ]
    body = ("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n").encode(
        "utf-8"
    )
    req = urllib.request.Request(
        engine.base + "/_bulk?refresh=true",
        data=body,
        method="POST",
        headers={**engine.headers, "Content-Type": "application/x-ndjson"},
    )
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        result = json.loads(resp.read())
    assert result["errors"] is False, result

    def hits(field: str, text: str) -> list[str]:
        found = engine.request("POST", f"/{alias}/_search", {"query": {"match": {field: text}}})
        return [hit["_id"] for hit in found["hits"]["hits"]]

    assert hits("title", "uchodźców") == ["1"]
    assert hits("title_uk", "біженців") == ["1"]
    assert hits("title", "spotkanie") == ["2"]
