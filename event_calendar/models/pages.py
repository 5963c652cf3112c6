"""The calendar's pages: the section (``/{lang}/events/``) and one page per event.

An event is a single meeting or a regular one (``repeat``); its occurrences are expanded
by ``event_calendar.recurrence`` within the window a listing, month view or feed shows.
Times are stored aware (UTC in the database) and shown in Warsaw time with the zone.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from cms.fields import ChoiceListField
from cms.models import SECTION_TRANSLATABLE_FIELDS, BasePage, Region, Theme
from event_calendar import recurrence


class EventType(models.TextChoices):
    FORUM_MEETING = "forum-meeting", _("Forum meeting")
    WORKING_GROUP_MEETING = "working-group-meeting", _("Working group meeting")
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "conference", _("Conference")
    CONSULTATION = "consultation", _("Consultation")


class EventFormat(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Repeat(models.TextChoices):
    NONE = "", _("Does not repeat")
    WEEKLY = "weekly", _("Every week (or every N weeks)")
    MONTHLY_NTH = "monthly-nth", _("Every month on the same weekday (e.g. the 2nd Tuesday)")
    MONTHLY_LAST = "monthly-last", _("Every month on the last such weekday (e.g. last Friday)")


class Registration(models.TextChoices):
    NONE = "none", _("No registration")
    OPEN = "open", _("Open to everyone")
    MEMBERS = "members", _("Members only")


class EventLanguage(models.TextChoices):
    POLISH = "pl", _("Polish")
    UKRAINIAN = "uk", _("Ukrainian")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")


class EventIndexPage(BasePage):
    """The calendar: upcoming events and the archive; the month view, the iCal feeds and
    registration are Django views under the same path (``event_calendar/urls.py``)."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the filters and the events.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("more about the calendar"),
        blank=True,
        help_text=_("Shown below the list, e.g. how to propose an event."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = [
        *SECTION_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["event_calendar.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event calendar page")
        verbose_name_plural = _("event calendar pages")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing builds on these models.
        from event_calendar.views import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(request, self))
        return context


class EventPage(BasePage):
    """A meeting, training or webinar; one date, or a regular meeting with its exceptions."""

    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown in lists and feeds.")
    )
    body = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The agenda, who it is for, what to prepare."),
    )
    event_type = models.CharField(
        _("type of event"),
        max_length=32,
        choices=EventType.choices,
        default=EventType.FORUM_MEETING,
        help_text=_("Visitors filter the calendar by type."),
    )
    start = models.DateTimeField(
        _("start"), db_index=True, help_text=_("Warsaw time. For a regular meeting: the first one.")
    )
    end = models.DateTimeField(_("end"), help_text=_("Warsaw time; after the start."))
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Shown without times, e.g. a conference day.")
    )
    event_format = models.CharField(
        _("format"),
        max_length=16,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        help_text=_("In person, online or both."),
    )
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("The building or room.")
    )
    address = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Street, number, postal code, city.")
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the event takes place; visitors filter by region."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("The meeting link; shown only to registered participants and members."),
    )
    organisers = ParentalManyToManyField(
        "directory.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="events",
        help_text=_("Organisations from the directory that organise the event."),
    )
    working_group = models.ForeignKey(
        "directory.WorkingGroupPage",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The working group that meets; the meeting appears on its page."),
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("What the event is about; visitors filter by theme."),
    )
    languages = ChoiceListField(
        _("languages"),
        max_length=20,
        choices=EventLanguage.choices,
        default=list,
        blank=True,
        help_text=_("The languages the event is held in."),
    )
    interpretation = ChoiceListField(
        _("interpretation into"),
        max_length=20,
        choices=EventLanguage.choices,
        default=list,
        blank=True,
        help_text=_("Languages interpreters translate into, e.g. Polish with Ukrainian."),
    )
    is_cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keeps the page and tells visitors and calendars it will not take place."),
    )
    repeat = models.CharField(
        _("repeats"),
        max_length=16,
        choices=Repeat.choices,
        default=Repeat.NONE,
        blank=True,
        help_text=_("For regular meetings."),
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"), default=1, help_text=_("1: every week or month; 2: every other one; …")
    )
    repeat_until = models.DateField(
        _("until"), null=True, blank=True, help_text=_("The last day it may repeat on.")
    )
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        help_text=_("How many times it takes place in all; leave empty with an end date."),
    )
    registration = models.CharField(
        _("registration"),
        max_length=16,
        choices=Registration.choices,
        default=Registration.NONE,
        help_text=_("Whether participants register, and who may."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Places per occurrence; further registrations join the waiting list."),
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Warsaw time. Empty: at the start of each occurrence."),
    )
    sequence = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_("iCalendar SEQUENCE: raised on each publication so calendars update."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("is_cancelled"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_interval"), FieldPanel("repeat_until")]),
                FieldPanel("repeat_count"),
                InlinePanel("exceptions", label=_("Exceptions")),
            ],
            heading=_("Regular meeting"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("region"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("organisers"),
                FieldPanel("working_group"),
                FieldPanel("themes"),
                FieldPanel("languages"),
                FieldPanel("interpretation"),
            ],
            heading=_("About the event"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("capacity"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("venue"),
        TranslatableField("address"),
        TranslatableField("exceptions"),
        *[
            SynchronizedField(name)
            for name in (
                "event_type",
                "start",
                "end",
                "all_day",
                "event_format",
                "region",
                "online_url",
                "organisers",
                "working_group",
                "themes",
                "languages",
                "interpretation",
                "is_cancelled",
                "repeat",
                "repeat_interval",
                "repeat_until",
                "repeat_count",
                "registration",
                "capacity",
                "registration_deadline",
            )
        ],
    ]
    parent_page_types = ["event_calendar.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def teaser(self):
        return self.summary

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})
        if self.repeat and not (self.repeat_until or self.repeat_count):
            raise ValidationError(
                {"repeat_until": _("A regular meeting needs an end date or a number of times.")}
            )
        if self.registration != Registration.NONE and self.capacity == 0:
            raise ValidationError({"capacity": _("Leave empty for no limit, or give a number.")})

    def save(self, *args, **kwargs):
        # Calendars only take a changed event when its SEQUENCE grows (RFC 5545, 3.8.7.4).
        if kwargs.get("update_fields") is None and self.pk and self.live:
            self.sequence += 1
        return super().save(*args, **kwargs)

    def occurrences(self, window_start, window_end, exceptions=None):
        """Occurrences overlapping the window; ``exceptions`` when already fetched."""
        if exceptions is None:
            exceptions = list(self.exceptions.all())
        return recurrence.expand(self, exceptions, window_start, window_end)

    def occurrence_on(self, original_date):
        return recurrence.occurrence_on(self, list(self.exceptions.all()), original_date)

    @property
    def local_start(self):
        return self.start.astimezone(recurrence.local_zone())

    @property
    def is_recurring(self):
        return bool(self.repeat)

    def registration_closes_at(self, occurrence):
        return self.registration_deadline or occurrence.start

    def get_context(self, request, *args, **kwargs):
        # Imported here: these modules build on the models.
        from event_calendar.event_page import event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(request, self))
        return context


class EventException(Orderable):
    """One occurrence of a regular meeting that is cancelled or moved."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    original_date = models.DateField(
        _("date of the occurrence"),
        help_text=_("The day the meeting would have taken place."),
    )
    is_cancelled = models.BooleanField(
        _("cancelled"), default=True, help_text=_("Untick and give a new time to move it.")
    )
    new_start = models.DateTimeField(
        _("new start"), null=True, blank=True, help_text=_("Warsaw time, if moved.")
    )
    new_end = models.DateTimeField(
        _("new end"), null=True, blank=True, help_text=_("Empty: the usual length.")
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Shown beside the occurrence, e.g. why it moved."),
    )

    panels = [
        FieldPanel("original_date"),
        FieldPanel("is_cancelled"),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "original_date"], name="one_exception_per_occurrence"
            )
        ]

    def clean(self):
        super().clean()
        if not self.is_cancelled and not self.new_start:
            raise ValidationError({"new_start": _("Give the new time, or tick cancelled.")})
