from .organisations import (
    Organisation,
    OrganisationDescription,
    OrganisationKind,
    StaffLanguage,
    Status,
)
from .pages import OrganisationIndexPage, SupportIndexPage, WorkingGroupIndexPage, WorkingGroupPage
from .support import CooperationProposal, ListingKind, SupportCategory, SupportListing

__all__ = [
    "CooperationProposal",
    "ListingKind",
    "Organisation",
    "OrganisationDescription",
    "OrganisationIndexPage",
    "OrganisationKind",
    "StaffLanguage",
    "Status",
    "SupportCategory",
    "SupportIndexPage",
    "SupportListing",
    "WorkingGroupIndexPage",
    "WorkingGroupPage",
]
