from .images import CustomImage, CustomRendition
from .pages import SECTION_TRANSLATABLE_FIELDS, BasePage
from .site import ContactSettings, Partner
from .taxonomy import Region, TargetGroup, TaxonomyTerm, Theme

__all__ = [
    "SECTION_TRANSLATABLE_FIELDS",
    "BasePage",
    "ContactSettings",
    "CustomImage",
    "CustomRendition",
    "Partner",
    "Region",
    "TargetGroup",
    "TaxonomyTerm",
    "Theme",
]
