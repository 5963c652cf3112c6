"""Texts of the demo content in the three languages, for every app's ``seed_demo`` part.

Polish is the source language: the seed builds the Polish pages and has wagtail-localize
translate them, one segment at a time, with the Ukrainian and English texts written beside
each Polish one (see :func:`translations`). Every text is therefore a :class:`Text` (plain
text) or an :class:`Html` (rich text, whose paragraphs, headings and list items each become a
segment).
"""

# Ukrainian is written in Cyrillic on purpose; its letters are not look-alikes of Latin ones.

from dataclasses import dataclass

from wagtail_localize.strings import StringValue, extract_strings

LANGUAGES = ("pl", "uk", "en")


@dataclass(frozen=True)
class Text:
    """One plain text in the three languages, Polish (the source) first."""

    pl: str
    uk: str
    en: str

    def segments(self, code):
        """The strings wagtail-localize extracts from this text in language ``code``."""
        return [StringValue.from_plaintext(getattr(self, code)).data]


@dataclass(frozen=True)
class Html(Text):
    """Rich text in the three languages; each block element is a segment of its own."""

    def segments(self, code):
        _template, strings = extract_strings(getattr(self, code))
        return [string.data for string, _attrs in strings]


def in_language(value, code):
    """``value`` (texts, or blocks and dicts holding them) with each text in language ``code``."""
    if isinstance(value, Text):
        return getattr(value, code)
    if isinstance(value, dict):
        return {key: in_language(item, code) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(in_language(item, code) for item in value)
    return value


def texts_in(value):
    """Every :class:`Text` inside ``value``, in order."""
    if isinstance(value, Text):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_in(item)]
    return []


def translations(value):
    """Each Polish segment of the texts in ``value``, mapped to its Ukrainian and English text.

    The keys are what wagtail-localize stores as the source ``String.data``, the values what a
    translator would type into its editor, so ``seed_demo`` can look every segment up here.
    """
    found = {}
    for text in texts_in(value):
        polish = text.segments("pl")
        others = {code: text.segments(code) for code in LANGUAGES[1:]}
        for code, strings in others.items():
            if len(strings) != len(polish):
                raise ValueError(f"The {code} text has other segments than the Polish: {text.pl!r}")
        for index, source in enumerate(polish):
            target = {code: strings[index] for code, strings in others.items()}
            if found.setdefault(source, target) != target:
                raise ValueError(f"Two different translations of {source!r}")
    return found


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def paragraph(html):
    return ("paragraph", html)
