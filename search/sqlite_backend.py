"""Wagtail's SQLite full-text search (FTS5), with word beginnings for stems.

SQLite has no Polish or Ukrainian stemmer: an inflected query («uchodźcom») found only pages
holding that very form. Here each word of a query is matched by its beginning, cut as the
snippets mark words (``cms.searching.stem``: «uchodź*», «біжен*»), so that the embedded mode
(``make run``) finds inflected forms too; BM25 still ranks the closest first. The settings use
this backend where the database is SQLite; the module is imported only there, for modelsearch's
SQLite module needs the FTS table's model, which other databases do not have.
"""

from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from cms.searching import stem


class StemmingSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText) or not query.query_string.split():
            return super().build_search_query_content(query, config=config)
        lexemes = [Lexeme(stem(term), prefix=True) for term in query.query_string.split()]
        if query.operator.upper() == "AND":
            combined = reduce(lambda a, b: a & b, lexemes)
        else:
            combined = reduce(lambda a, b: a | b, lexemes)
        return SearchQueryExpression(combined, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteSearchQueryCompiler


SearchBackend = StemmingSQLiteSearchBackend
