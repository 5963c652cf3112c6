"""Where each page and translatable snippet stands in each content language.

The status view and the translators' dashboard panel (``cms.admin_views``) show what this
module computes: one row per object x content locale other than the object's source.
Every page of the tree and every registered snippet model with ``TranslatableMixin`` is
covered, so a page type or snippet added later needs no code here.

Definitions
-----------
Object
    The instances of one model that share a ``translation_key``: a page or a snippet in
    each locale that has it.
Source
    The instance in the locale of the object's wagtail-localize ``TranslationSource`` (the
    one in ``LANGUAGE_CODE`` when several locales were sources, else the first submitted).
    An object never submitted for translation has the Polish instance as its source, or
    the first that exists in the order of ``WAGTAIL_CONTENT_LANGUAGES``. Alias pages are
    never sources. For a target locale that an enabled wagtail-localize ``Translation``
    fills, the source is that translation's own source.
Missing
    No instance in the locale, or only an alias page (wagtail-localize's synchronised tree
    makes aliases until someone translates them).
Outdated
    The source changed after the translation was last synchronised. With a ``Translation``:
    the source's last change is later than ``TranslationSource.last_updated_at``; a page's
    last change is its last publication (the content a sync takes), or its latest revision
    while it was never published; a snippet's the same where it has revisions. A snippet
    without revisions has no date of change: it is outdated when its current content,
    serialised as wagtail-localize serialises it, differs from ``content_json``.
    A translation made outside wagtail-localize (a plain copy, or a translation whose sync
    was stopped) is outdated when the source changed after the translation did.
In progress
    Not outdated, and either the ``Translation`` has fewer translated segments than the
    source has (the percentage is shown), or the target is not live (a draft).
Up to date
    Otherwise: every segment translated and live, or a live plain copy that is not outdated.

Section
    A page's section is the top-level page it sits under (depth 3, a child of a locale's
    home page), known across locales by its ``translation_key``; a home page is its own
    section. Snippets fall in one pseudo-section per model ("Snippets: Themes").

Queries
-------
A fixed number whatever the amount of content: locales, all pages (one query for every
page type), one per translatable snippet model, the translation sources, and the enabled
translations with their progress counted in SQL (``Translation.get_progress`` runs a
query per translation; the same count is done here for all of them at once).
"""

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Case, Count, Exists, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy
from modelcluster.models import (
    ClusterableModel,
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class Status(models.TextChoices):
    """How far the translation of one object into one locale is."""

    MISSING = "missing", gettext_lazy("Missing")
    IN_PROGRESS = "in_progress", gettext_lazy("In progress")
    OUTDATED = "outdated", gettext_lazy("Outdated")
    UP_TO_DATE = "up_to_date", gettext_lazy("Up to date")


# The order of urgency in a translator's queue: published translations that say something
# the source no longer says first, then work already started, then work not started.
QUEUE_ORDER = [Status.OUTDATED, Status.IN_PROGRESS, Status.MISSING]


@dataclass
class Entry:
    """One page or snippet in one locale, reduced to what its status depends on."""

    model: type
    pk: int
    title: str
    locale_id: int
    translation_key: UUID
    section: str
    live: bool = True
    alias: bool = False
    changed_at: datetime | None = None
    instance: models.Model | None = None  # kept for snippets, to compare their content


@dataclass
class Progress:
    """An enabled wagtail-localize translation and how many of its segments are done."""

    source_id: int
    total: int
    translated: int

    @property
    def percent(self):
        return 100 if not self.total else self.translated * 100 // self.total


@dataclass
class StatusRow:
    """One object in one target locale: what the status view lists and exports."""

    source: Entry
    target: Entry | None
    locale: Locale
    status: str
    percent: int | None
    type_label: str
    section_label: str

    @property
    def title(self):
        return self.source.title

    @property
    def section(self):
        return self.source.section

    @property
    def status_label(self):
        label = Status(self.status).label
        if self.percent is None or self.status in (Status.MISSING, Status.UP_TO_DATE):
            return label
        return gettext("%(status)s (%(percent)s %%)") % {"status": label, "percent": self.percent}

    @property
    def is_page(self):
        return issubclass(self.source.model, Page)

    @property
    def action_label(self):
        if self.status == Status.MISSING:
            return gettext("Translate")
        return gettext("Edit translation")

    @property
    def action_url(self):
        """wagtail-localize's editor for the translation, or its form to start one."""
        opts = self.source.model._meta
        if self.status == Status.MISSING:
            if self.is_page:
                return reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
            return reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[opts.app_label, opts.model_name, quote(self.source.pk)],
            )
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.target.pk])
        viewset = self.source.model.snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[quote(self.target.pk)])


@dataclass
class TranslationStatus:
    """The rows of every object x target locale, and the sections to filter them by."""

    rows: list[StatusRow]
    sections: list[tuple[str, str]]  # (key, label) in tree order, then snippet models
    locales: list[Locale]


def content_locales():
    """The locales of ``WAGTAIL_CONTENT_LANGUAGES`` that exist, in the settings' order."""
    by_code = {locale.language_code: locale for locale in Locale.objects.all()}
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return [by_code[code] for code in codes if code in by_code]


def translatable_snippet_models():
    """Every registered snippet model that can be translated."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippet_section(model):
    """The key and label of the pseudo-section holding the snippets of ``model``."""
    opts = model._meta
    label = gettext("Snippets: %(name)s") % {"name": capfirst(opts.verbose_name_plural)}
    return f"snippets.{opts.app_label}.{opts.model_name}", label


def page_entries(locale_ids):
    """Entries for every page below the root, grouped by ``translation_key``, in tree order.

    One query for all page types: the fields read here all live on ``Page``.
    """
    pages = (
        Page.objects.filter(depth__gte=2, locale_id__in=locale_ids)
        .order_by("path")
        .values(
            "pk",
            "draft_title",
            "path",
            "depth",
            "translation_key",
            "locale_id",
            "alias_of_id",
            "live",
            "content_type_id",
            "last_published_at",
            "latest_revision_created_at",
        )
    )
    section_length = Page.steplen * 3
    keys_by_path = {page["path"]: page["translation_key"] for page in pages if page["depth"] <= 3}
    groups = {}
    for page in pages:
        model = ContentType.objects.get_for_id(page["content_type_id"]).model_class() or Page
        entry = Entry(
            model=model,
            pk=page["pk"],
            title=page["draft_title"],
            locale_id=page["locale_id"],
            translation_key=page["translation_key"],
            section=str(keys_by_path.get(page["path"][:section_length], "")),
            live=page["live"],
            alias=page["alias_of_id"] is not None,
            changed_at=page["last_published_at"] or page["latest_revision_created_at"],
        )
        groups.setdefault(entry.translation_key, []).append(entry)
    return list(groups.values())


def snippet_entries(model, locale_ids):
    """Entries for every instance of the translatable snippet ``model``, grouped by key."""
    queryset = model._default_manager.filter(locale_id__in=locale_ids)
    if issubclass(model, RevisionMixin):
        queryset = queryset.select_related("latest_revision")
    if issubclass(model, ClusterableModel):
        # Their content is serialised with their child objects; fetch those in bulk.
        queryset = queryset.prefetch_related(
            *[relation.get_accessor_name() for relation in get_all_child_relations(model)],
            *[field.name for field in get_all_child_m2m_relations(model)],
        )
    section, _label = snippet_section(model)
    groups = {}
    for instance in queryset:
        live = instance.live if isinstance(instance, DraftStateMixin) else True
        entry = Entry(
            model=model,
            pk=instance.pk,
            title=str(instance),
            locale_id=instance.locale_id,
            translation_key=instance.translation_key,
            section=section,
            live=live,
            changed_at=snippet_changed_at(instance),
            instance=instance,
        )
        groups.setdefault(entry.translation_key, []).append(entry)
    return sorted(groups.values(), key=lambda group: min(entry.title for entry in group))


def snippet_changed_at(instance):
    """When a snippet's content last changed, where its model records it; else None."""
    if isinstance(instance, DraftStateMixin) and instance.last_published_at:
        return instance.last_published_at
    if isinstance(instance, RevisionMixin) and instance.latest_revision:
        return instance.latest_revision.created_at
    return None


def serialised_content(instance):
    """The content of ``instance`` as wagtail-localize stores it in ``content_json``.

    Mirrors ``TranslationSource.update_or_create_from_instance``, which compares the same
    two values to decide whether a sync has anything to update.
    """
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def translation_progress():
    """Enabled translations by (translation key, target locale id), with their progress.

    Counts what ``Translation.get_progress`` counts (string segments of the source, and
    those with an error-free translation in the target locale) in one query for all.
    """
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )
    rows = (
        Translation.objects.filter(enabled=True)
        .annotate(total=count_of(segments), done=count_of(translated))
        .values_list("source__object_id", "target_locale_id", "source_id", "total", "done")
    )
    return {
        (key, locale_id): Progress(source_id, total, done)
        for key, locale_id, source_id, total, done in rows
    }


def count_of(queryset):
    """The number of rows of a correlated ``queryset``, as a subquery expression."""
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


@dataclass
class Sync:
    """A wagtail-localize ``TranslationSource``: the content as of the last sync."""

    pk: int
    translation_key: UUID
    locale_id: int
    last_updated_at: datetime
    content: dict | None  # parsed ``content_json``, for snippets only


def translation_sources(snippet_models):
    """Every ``TranslationSource`` by id, oldest first; snippets' with their content.

    A page's content can be large and its date of change is always known, so only the
    content of snippet sources is fetched.
    """
    content_types = ContentType.objects.get_for_models(*snippet_models).values()
    rows = (
        TranslationSource.objects.order_by("created_at")
        .annotate(
            snippet_content=Case(
                When(specific_content_type__in=content_types, then="content_json"),
                default=None,
            )
        )
        .values_list("pk", "object_id", "locale_id", "last_updated_at", "snippet_content")
    )
    return {
        pk: Sync(pk, key, locale_id, updated, json.loads(content) if content else None)
        for pk, key, locale_id, updated, content in rows
    }


def choose_source(group, sources_by_key, default_locale_id, locale_order):
    """The entry of ``group`` that the others are translations of (see the definitions)."""
    real = {entry.locale_id: entry for entry in group if not entry.alias}
    submitted = [s for s in sources_by_key.get(group[0].translation_key, []) if s.locale_id in real]
    if submitted:
        preferred = [s for s in submitted if s.locale_id == default_locale_id]
        return real[(preferred or submitted)[0].locale_id]
    for locale_id in locale_order:
        if locale_id in real:
            return real[locale_id]
    return None


def is_outdated(source, target, sync):
    """Whether ``source`` changed after ``target`` was last brought in line with it.

    ``sync`` is the ``TranslationSource`` of the enabled translation into the target's
    locale, or None for a translation made outside wagtail-localize.
    """
    if sync is None:
        return bool(
            source.changed_at and target.changed_at and source.changed_at > target.changed_at
        )
    if source.changed_at is not None:
        return source.changed_at > sync.last_updated_at
    if source.instance is None or sync.content is None:
        return False
    return serialised_content(source.instance) != sync.content


def status_of(source, target, sync, progress):
    """The status and the percentage of translated segments (None when unknown)."""
    if target is None or target.alias:
        return Status.MISSING, None
    percent = progress.percent if progress else None
    if is_outdated(source, target, sync):
        return Status.OUTDATED, percent
    if (percent is not None and percent < 100) or not target.live:
        return Status.IN_PROGRESS, percent
    return Status.UP_TO_DATE, percent


def section_labels(page_groups, user_locale_id, default_locale_id):
    """Section keys and labels, in tree order: each in the user's language if translated."""
    sections = []
    for group in page_groups:
        first = group[0]
        if str(first.translation_key) != first.section:
            continue
        by_locale = {entry.locale_id: entry for entry in group if not entry.alias}
        entry = by_locale.get(user_locale_id) or by_locale.get(default_locale_id) or first
        sections.append((first.section, entry.title))
    return sections


def user_locale(locales, language_code):
    """The content locale closest to the admin user's interface language, or None."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return next((locale for locale in locales if locale.language_code == code), None)


def compute_translation_status(language_code=None):
    """Every object x target locale with its status; section labels in ``language_code``.

    ``language_code`` is the admin user's interface language (``get_language()`` in a
    view); section titles fall back to the source language.
    """
    locales = content_locales()
    locale_ids = [locale.pk for locale in locales]
    locales_by_id = {locale.pk: locale for locale in locales}
    default_locale_id = next(
        (locale.pk for locale in locales if locale.language_code == settings.LANGUAGE_CODE),
        None,
    )
    reader = user_locale(locales, language_code or settings.LANGUAGE_CODE)

    snippet_models = translatable_snippet_models()
    page_groups = page_entries(locale_ids)
    sections = section_labels(page_groups, reader and reader.pk, default_locale_id)
    groups = list(page_groups)
    for model in snippet_models:
        groups.extend(snippet_entries(model, locale_ids))
        sections.append(snippet_section(model))
    section_names = dict(sections)

    sources = translation_sources(snippet_models)
    sources_by_key = {}
    for source in sources.values():
        sources_by_key.setdefault(source.translation_key, []).append(source)
    progress_by_target = translation_progress()

    rows = []
    for group in groups:
        primary = choose_source(group, sources_by_key, default_locale_id, locale_ids)
        if primary is None:
            continue
        by_locale = {entry.locale_id: entry for entry in group}
        for locale_id in locale_ids:
            if locale_id == primary.locale_id:
                continue
            progress = progress_by_target.get((primary.translation_key, locale_id))
            sync = sources.get(progress.source_id) if progress else None
            source = by_locale.get(sync.locale_id, primary) if sync else primary
            target = by_locale.get(locale_id)
            status, percent = status_of(source, target, sync, progress)
            rows.append(
                StatusRow(
                    source=primary,
                    target=target,
                    locale=locales_by_id[locale_id],
                    status=status,
                    percent=percent,
                    type_label=capfirst(primary.model._meta.verbose_name),
                    section_label=section_names.get(primary.section, ""),
                )
            )
    return TranslationStatus(rows=rows, sections=sections, locales=locales)


def translation_queue(status):
    """What needs a translator's work in the target locales (not pl), most urgent first."""
    rows = [
        row
        for row in status.rows
        if row.status in QUEUE_ORDER and row.locale.language_code != settings.LANGUAGE_CODE
    ]
    return sorted(rows, key=lambda row: QUEUE_ORDER.index(row.status))
