from django.urls import path

from directory import registration, support_views, views

# Before Wagtail's page serving: /{lang}/organizations/ and /{lang}/support/ themselves are
# the section pages (directory/models/pages.py).
urlpatterns = [
    path(
        "organizations/register/",
        registration.RegisterOrganisationView.as_view(),
        name="organisation_register",
    ),
    path(
        "organizations/register/thanks/",
        registration.RegistrationDoneView.as_view(),
        name="organisation_register_done",
    ),
    path("organizations/coverage/", views.CoverageView.as_view(), name="organisation_coverage"),
    path(
        "organizations/<slug:slug>/",
        views.OrganisationProfileView.as_view(),
        name="organisation_profile",
    ),
    path(
        "account/organisation/",
        registration.EditOrganisationView.as_view(),
        name="account_organisation",
    ),
    path(
        "account/invitation/<uidb64>/<token>/",
        registration.AcceptInvitationView.as_view(),
        name="account_invitation",
    ),
    path("support/new/", support_views.NewListingView.as_view(), name="support_new"),
    path("support/<int:pk>/", support_views.ListingView.as_view(), name="support_listing"),
    path("support/<int:pk>/edit/", support_views.EditListingView.as_view(), name="support_edit"),
    path(
        "support/<int:pk>/propose/",
        support_views.ProposeCooperationView.as_view(),
        name="support_propose",
    ),
]
