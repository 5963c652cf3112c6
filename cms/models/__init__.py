from .images import CustomImage, CustomRendition
from .site import ContactSettings, Partner
from .taxonomy import Region, TargetGroup, TaxonomyTerm, Theme

__all__ = [
    "ContactSettings",
    "CustomImage",
    "CustomRendition",
    "Partner",
    "Region",
    "TargetGroup",
    "TaxonomyTerm",
    "Theme",
]
