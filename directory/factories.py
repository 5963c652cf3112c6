"""Factories for the directory, used by tests, the seed and the benchmarks."""

import factory
import wagtail_factories
from django.conf import settings

from cms.models import Region, Theme
from directory.models import (
    ListingKind,
    Organisation,
    OrganisationIndexPage,
    OrganisationKind,
    Status,
    SupportCategory,
    SupportIndexPage,
    SupportListing,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)


def source_term(model, slug):
    """The source-language (Polish) term that directory rows point at."""
    return model.objects.get(locale__language_code=settings.LANGUAGE_CODE, slug=slug)


class OrganisationFactory(factory.django.DjangoModelFactory):
    """An approved association in Lublin working on housing in lubelskie, unless told
    otherwise: ``themes=["education"]``, ``regions=["mazowieckie"]`` take slugs."""

    name = factory.Sequence(lambda n: f"Stowarzyszenie Pomocy nr {n}")
    slug = factory.Sequence(lambda n: f"stowarzyszenie-pomocy-{n}")
    kind = OrganisationKind.ASSOCIATION
    city = "Lublin"
    description = "Pomagamy rodzinom z Ukrainy znaleźć mieszkanie i pracę."
    contact_name = "Anna Kowalska"
    contact_email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    status = Status.APPROVED

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Themes and regions are ParentalManyToManyFields: kept in memory until saved.
        if create:
            instance.save()

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create:
            self.themes.set([source_term(Theme, slug) for slug in (slugs or ["housing"])])

    @factory.post_generation
    def regions(self, create, slugs, **kwargs):
        if create:
            self.regions.set([source_term(Region, slug) for slug in (slugs or ["lubelskie"])])


class SupportListingFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    kind = ListingKind.NEED
    category = SupportCategory.INTERPRETING
    title = factory.Sequence(lambda n: f"Potrzebujemy tłumaczy {n}")
    description = "Szukamy tłumaczy ukraińskiego na dyżury w punkcie pomocy."

    class Meta:
        model = SupportListing
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create:
            self.themes.set([source_term(Theme, slug) for slug in (slugs or ["legal-aid"])])

    @factory.post_generation
    def regions(self, create, slugs, **kwargs):
        if create:
            self.regions.set([source_term(Region, slug) for slug in (slugs or ["lubelskie"])])


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Organizacje"
    slug = "organizations"

    class Meta:
        model = OrganisationIndexPage


class SupportIndexPageFactory(wagtail_factories.PageFactory):
    title = "Potrzeby i oferty"
    slug = "support"

    class Meta:
        model = SupportIndexPage


class WorkingGroupIndexPageFactory(wagtail_factories.PageFactory):
    title = "Grupy robocze"
    slug = "working-groups"

    class Meta:
        model = WorkingGroupIndexPage


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Grupa robocza {n}")
    slug = factory.Sequence(lambda n: f"grupa-robocza-{n}")
    summary = "Koordynacja pomocy mieszkaniowej."
    mandate = "<p>Grupa spotyka się co miesiąc i uzgadnia wspólne działania.</p>"

    class Meta:
        model = WorkingGroupPage
