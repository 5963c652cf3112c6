"""The directory's hooks: the member's needs and offers on their account page."""

from wagtail import hooks

from directory.support_views import account_listings

hooks.register("account_sections", account_listings)
