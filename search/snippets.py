"""How a page of search results is shown: type, title, date, language, translations, and a
snippet of text with the searched words marked.

The snippet is cut from the text the visitor may read of the result, never from what the
index holds: members-only materials show visitors who are not members their summary only.
Marking is done here, not by the engine, so that it is the same when the database backend
answers: a word is marked when it starts like a searched word with its ending cut off
(«organizacji» marks «organizacja», «біженців» marks «біженці»), diacritics folded.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cms.i18n import AUTONYMS
from cms.privacy import barred_paths
from cms.searching import fold, stem
from directory.models import Organisation
from event_calendar.models import EventPage
from home.models import NewsPage
from library.models import Access, LibraryDocument, LibraryItemPage
from search.query import TYPE_LABELS, barred_from

SNIPPET_CHARS = 240
SCANNED_CHARS = 200_000  # of a long file's text, where a snippet is looked for
WORD = re.compile(r"\w+")


@dataclass
class Result:
    type: str
    type_label: str
    title: str
    title_marked: str  # HTML, escaped, with <mark>
    url: str
    date: object  # a date, a datetime or None
    language: str  # "" for organisations: listed in every language
    snippet: str  # HTML, escaped, with <mark>
    also_in: list = field(default_factory=list)  # (code, name, url) of live translations

    @property
    def language_name(self):
        return AUTONYMS.get(self.language, "")


def stems(query):
    """The beginnings that mark a word as matching: short words whole, longer ones without
    their last three letters (Polish and Ukrainian endings are about that long)."""
    return tuple({stem(fold(word)) for word in WORD.findall(query)})


class _Folding(dict):
    """``str.translate``'s table that folds a text one character at a time, so that the
    folded text keeps the length of the text, and each word its place."""

    def __missing__(self, code):
        folded = fold(chr(code))
        self[code] = folded if len(folded) == 1 else chr(code)
        return self[code]


FOLDING = _Folding()


def highlight(text, query, length=SNIPPET_CHARS):
    """An escaped excerpt of ``text`` around the first matching word, matches in <mark>;
    None when no word matches."""
    text = " ".join(text[:SCANNED_CHARS].split())
    beginnings = stems(query)
    if not beginnings:
        return None
    # The words that begin like a searched word, found by one regular expression in the
    # folded text (a long file's text word by word took milliseconds).
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, beginnings)) + r")\w*")
    folded = text.translate(FOLDING)
    first = words.search(folded)
    if first is None:
        return None
    length = length or len(text)
    start = max(0, first.start() - length // 3)
    if start:
        start = text.find(" ", start) + 1 or start  # do not cut a word
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    parts, position = [], start
    for match in words.finditer(folded, start):
        if match.end() > end:
            break
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 -- every part escaped


def beginning(text, length=SNIPPET_CHARS):
    text = " ".join(text.split())
    if len(text) <= length:
        return escape(text)
    return escape(text[: text.rfind(" ", 0, length) if " " in text[:length] else length]) + " …"


def readable_texts(obj, member):
    """The texts of a result that the visitor may read, in the order a snippet prefers:
    one at a time, for the body's blocks are parsed only when the texts before them do not
    match."""
    if isinstance(obj, Organisation):
        yield obj.description
    elif isinstance(obj, LibraryItemPage):
        yield obj.summary
        if obj.access == Access.PUBLIC or member:
            yield strip_tags(obj.description)
            yield getattr(obj, "file_text", "")
    elif isinstance(obj, NewsPage):
        yield obj.lead
        yield from stream_text(obj.body)
    elif isinstance(obj, EventPage):
        yield obj.summary
        yield strip_tags(obj.body)
    else:
        yield obj.search_description
        yield from stream_text(getattr(obj, "body", None))


def snippet_of(obj, query, member):
    """The first readable text's excerpt around a searched word; else its beginning."""
    first = ""
    for text in readable_texts(obj, member):
        if text:
            first = first or text
            if marked := highlight(text, query):
                return marked
    return beginning(first)


def stream_text(body):
    if body is None or not hasattr(body, "stream_block"):
        return []
    return [strip_tags(text) for text in body.stream_block.get_searchable_content(body)]


def result_date(obj):
    if isinstance(obj, NewsPage):
        return obj.date
    if isinstance(obj, EventPage):
        return obj.start
    if isinstance(obj, LibraryItemPage):
        return obj.publication_date
    if isinstance(obj, Page):
        return obj.last_published_at
    return None


def present(hits, query, request, member):
    """The results of one page of hits, in their order: a constant number of queries.

    Only what the visitor may see as the database has it now is shown: the index may lag
    behind (a page unpublished, restricted or an organisation archived while the engine was
    down)."""
    page_ids = [hit.pk for hit in hits if hit.kind == "page"]
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=page_ids).specific()}
    organisations = Organisation.objects.public().in_bulk(
        [hit.pk for hit in hits if hit.kind == "organisation"]
    )
    _attach_file_texts([page for page in pages.values() if isinstance(page, LibraryItemPage)])
    translations = {}
    candidates = list(
        Page.objects.live()
        .filter(translation_key__in=[page.translation_key for page in pages.values()])
        .exclude(pk__in=page_ids)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    # Not Wagtail's public(): it builds one condition per view restriction on the site.
    barred = barred_paths([page.path for page in [*pages.values(), *candidates]], request.user)
    for translation in candidates:
        if not translation.path.startswith(barred):
            translations.setdefault(translation.translation_key, []).append(translation)
    results = []
    for hit in hits:
        obj = pages.get(hit.pk) if hit.kind == "page" else organisations.get(hit.pk)
        if obj is None or (
            hit.kind == "page" and barred_from(hit, obj.path, getattr(obj, "access", ""), barred)
        ):
            continue
        snippet = snippet_of(obj, query, member)
        if hit.kind == "page":
            url = obj.get_url(request)
            also_in = [
                (
                    other.locale.language_code,
                    AUTONYMS[other.locale.language_code],
                    other.get_url(request),
                )
                for other in translations.get(obj.translation_key, [])
            ]
        else:
            url, also_in = obj.get_absolute_url(), []
        title = obj.title if hit.kind == "page" else obj.name
        results.append(
            Result(
                type=hit.type,
                type_label=str(TYPE_LABELS[hit.type]),
                title=title,
                title_marked=highlight(title, query, length=None) or escape(title),
                url=url,
                date=result_date(obj),
                language=hit.language,
                snippet=snippet,
                also_in=also_in,
            )
        )
    return results


def _attach_file_texts(items):
    """Each material's file text as ``file_text``: one query for the page of results."""
    texts = dict(
        LibraryDocument.objects.filter(
            pk__in=[item.document_id for item in items if item.document_id]
        ).values_list("pk", "extracted_text")
    )
    for item in items:
        item.file_text = texts.get(item.document_id, "")
