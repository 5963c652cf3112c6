"""What visitors search for, counted per language and day, for the editors' reports; and the
index updates the search engine missed while it was down."""

from django.db import models
from django.utils.translation import gettext_lazy as _

QUERY_TEXT_MAX_LENGTH = 200


class SearchQuery(models.Model):
    """How often a search text was searched for in one language on one day.

    No personal data: no user, no IP address, no session, no time of day; only the search
    text, normalised (``search.analytics.normalise_query``) so that "Pomoc " and "pomoc"
    count as one. One row per text, language and day instead of one per search keeps the
    table small (a popular search adds one row a day, not thousands) while the reports can
    still sum any period. ``search.analytics.record_search`` is the one place that writes it.
    """

    query_text = models.CharField(
        max_length=QUERY_TEXT_MAX_LENGTH,
        verbose_name=_("search text"),
        help_text=_("What was searched for: trimmed, in lower case, single spaces."),
    )
    language_code = models.CharField(
        max_length=8,
        verbose_name=_("language"),
        help_text=_("The language of the site the search was made in."),
    )
    day = models.DateField(
        verbose_name=_("day"),
        help_text=_("The day of the searches, in the site's time zone."),
    )
    hits = models.PositiveIntegerField(
        default=0,
        verbose_name=_("searches"),
        help_text=_("How many times the text was searched for that day."),
    )
    zero_result_hits = models.PositiveIntegerField(
        default=0,
        verbose_name=_("searches without results"),
        help_text=_("How many of that day's searches found nothing."),
    )
    results = models.PositiveIntegerField(
        default=0,
        verbose_name=_("results"),
        help_text=_("How many results the latest search of that day found."),
    )

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        # Nobody adds or edits these rows by hand; seeing the reports is the one permission.
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(
                fields=["query_text", "language_code", "day"],
                name="search_query_one_row_per_text_language_and_day",
            )
        ]
        indexes = [
            models.Index(fields=["day", "language_code"], name="search_query_day_language"),
        ]

    def __str__(self):
        return f"{self.query_text} ({self.language_code}, {self.day:%Y-%m-%d})"


class PendingIndexUpdate(models.Model):
    """A change the search engine missed because it was down: the object to index again
    (or to remove) once the engine answers. One row per object, whatever happened to it
    meanwhile: catching up reads the object as it is then."""

    class Action(models.TextChoices):
        ADD = "add", _("Add or update")
        DELETE = "delete", _("Remove")

    app_label = models.CharField(_("application"), max_length=100, help_text=_("Django app."))
    model_name = models.CharField(_("model"), max_length=100, help_text=_("Django model."))
    object_pk = models.CharField(_("object"), max_length=64, help_text=_("Primary key."))
    action = models.CharField(
        _("action"), max_length=8, choices=Action.choices, help_text=_("What the index missed.")
    )
    queued_at = models.DateTimeField(
        _("queued at"), auto_now=True, help_text=_("When the engine last failed to take it.")
    )

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["app_label", "model_name", "object_pk"],
                name="one_pending_update_per_object",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.app_label}.{self.model_name} {self.object_pk}"
