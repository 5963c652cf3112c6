"""The directory's demo content, for ``seed_demo``: organisations, working groups, needs and
offers (``directory.demo_content``).

Organisations and listings are rows, not pages: they are made in bulk, once, and found
again by slug (organisations) or by organisation and title (listings), so a second run
makes nothing new. Working groups are Polish pages under the working-groups section, which
``seed_demo`` then translates through wagtail-localize like every other page.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from cms.models import Region, Theme
from cms.searching import index_later
from directory import demo_content as content
from directory.models import (
    Organisation,
    OrganisationDescription,
    SupportListing,
    WorkingGroupPage,
)

ORGANISATION_FIELDS = (
    "slug", "name", "kind", "city", "address", "email", "website", "contact_email",
    "description_language", "contact_language", "staff_languages", "is_forum_member",
    "year_founded", "status", "rejection_reason",
)  # fmt: skip


def source_terms(model):
    """The Polish terms of ``model`` by slug: what directory rows point at."""
    return {
        term.slug: term
        for term in model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }


def seed_directory(working_groups_index, member=None, say=print):
    """Organisations, needs and offers, and the Polish working group pages under
    ``working_groups_index``; ``member`` (the demo member) joins an approved organisation.
    Returns the working group pages, for the caller to translate."""
    organisations = seed_organisations()
    if member is not None:
        organisations[content.LISTINGS[0][0]].members.add(member)
    listings = seed_listings(organisations)
    groups = [
        seed_working_group(working_groups_index, entry, organisations)
        for entry in content.WORKING_GROUPS
    ]
    say(
        f"Directory: {len(organisations)} organisations, {listings} needs and offers, "
        f"{len(groups)} working groups."
    )
    return groups


def seed_organisations():
    """The demo organisations by slug; the missing ones made in bulk."""
    entries = [content.UNHCR, *content.ORGANISATIONS]
    slugs = [entry["slug"] for entry in entries]
    existing = set(Organisation.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    missing = [entry for entry in entries if entry["slug"] not in existing]
    now = timezone.now()
    made = Organisation.objects.bulk_create(
        [
            Organisation(
                **{name: entry[name] for name in ORGANISATION_FIELDS},
                description=entry["descriptions"][entry["description_language"]],
                contact_name="Osoba Kontaktowa (demo)",
                consent_given_at=now,
                consent_version="demo",
                decided_at=None if entry["status"] == "pending" else now,
            )
            for entry in missing
        ]
    )
    themes, regions = source_terms(Theme), source_terms(Region)
    OrganisationDescription.objects.bulk_create(
        [
            OrganisationDescription(organisation=organisation, language=code, text=text)
            for organisation, entry in zip(made, missing, strict=True)
            for code, text in entry["descriptions"].items()
            if code != entry["description_language"]
        ]
    )
    Organisation.themes.through.objects.bulk_create(
        [
            Organisation.themes.through(organisation=organisation, theme=themes[slug])
            for organisation, entry in zip(made, missing, strict=True)
            for slug in entry["themes"]
        ]
    )
    Organisation.regions.through.objects.bulk_create(
        [
            Organisation.regions.through(organisation=organisation, region=regions[slug])
            for organisation, entry in zip(made, missing, strict=True)
            for slug in entry["regions"]
        ]
    )
    index_later(made)  # with their themes and regions, made after them
    return Organisation.objects.in_bulk(slugs, field_name="slug")


def seed_listings(organisations):
    """The demo needs and offers, made once; dated so that the demo always looks current.
    Returns how many there are."""
    existing = set(SupportListing.objects.values_list("organisation__slug", "title"))
    missing = [entry for entry in content.LISTINGS if (entry[0], entry[3]) not in existing]
    now = timezone.now()
    made = SupportListing.objects.bulk_create(
        [
            SupportListing(
                organisation=organisations[slug],
                kind=kind,
                category=category,
                title=title,
                description=description,
                created_at=now - datetime.timedelta(days=days_ago),
                valid_until=timezone.localdate() + datetime.timedelta(days=90 - days_ago),
            )
            for slug, kind, category, title, description, _themes, _regions, days_ago in missing
        ]
    )
    themes, regions = source_terms(Theme), source_terms(Region)
    SupportListing.themes.through.objects.bulk_create(
        [
            SupportListing.themes.through(supportlisting=listing, theme=themes[slug])
            for listing, entry in zip(made, missing, strict=True)
            for slug in entry[5]
        ]
    )
    SupportListing.regions.through.objects.bulk_create(
        [
            SupportListing.regions.through(supportlisting=listing, region=regions[slug])
            for listing, entry in zip(made, missing, strict=True)
            for slug in entry[6]
        ]
    )
    return len(existing) + len(made)


def seed_working_group(index, entry, organisations):
    """The Polish page of one working group, made or updated in place."""
    page = index.get_children().filter(slug=entry["slug"]).specific().first()
    created = page is None
    if created:
        page = WorkingGroupPage(slug=entry["slug"])
    for name, text in entry["fields"].items():
        setattr(page, name, text.pl)
    page.lead_organisation = organisations[entry["lead"]]
    page.co_lead_organisation = organisations[entry["co_lead"]]
    page.member_organisations = [organisations[slug] for slug in entry["members"]]
    page.contact_name = "Sekretariat grupy (demo)"
    page.contact_email = entry["contact_email"]
    if created:
        index.add_child(instance=page)
    page.save_revision().publish()
    return page
