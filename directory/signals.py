"""Keep the search index to approved organisations.

Wagtail indexes a saved object only if ``get_indexed_objects`` holds it, but never removes
one that has left that set: an organisation that is archived or rejected after approval
must be taken out by hand, here.
"""

from wagtail.search import index


def remove_unapproved_organisation_from_index(sender, instance, raw=False, **kwargs):
    if not raw and not instance.is_public:
        index.remove_object(instance)
