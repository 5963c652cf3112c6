"""Wagtail's page privacy, asked in a way that stays fast as view restrictions pile up.

Wagtail's ``PageQuerySet.public()`` adds one condition per view restriction on the whole
site, and every members-only library material has its own restriction: with a thousand of
them, building that query alone took ~300 ms, on every page that shows the menu. These
helpers ask the same question with one condition (``public``) or one query (``barred_paths``).
"""

from django.db.models import Exists, Max, OuterRef, Subquery
from django.db.models.functions import Left
from wagtail.models import Page, PageViewRestriction


def public(pages, depth=None):
    """``pages`` without those under a view restriction (on them or an ancestor): what
    Wagtail's ``public()`` keeps. ``depth``: how deep ``pages`` lie at most, when the caller
    knows it (the main menu: the home page's children); restrictions further down cannot
    bar them, and the deepest restriction need not be looked up."""
    deepest = depth or deepest_restriction()
    if deepest is None:
        return pages
    # A restricted page at depth d is an ancestor (or the page itself) exactly when its path
    # is the first d steps of the page's path: an index lookup per depth.
    ancestors = [Left(OuterRef("path"), depth * Page.steplen) for depth in range(1, deepest + 1)]
    return pages.exclude(Exists(PageViewRestriction.objects.filter(page__path__in=ancestors)))


def deepest_restriction():
    """The depth of the deepest restricted page, None without restrictions. Each page is
    looked up by its key: a join would read the whole page table, every time."""
    depth = Page.objects.filter(pk=OuterRef("page_id")).values("depth")[:1]
    return PageViewRestriction.objects.aggregate(depth=Max(Subquery(depth)))["depth"]


def barred_paths(paths, user):
    """The paths of the pages, among ``paths`` and their ancestors, whose view restriction
    ``user`` does not pass (a password is never taken as given here), as a tuple for
    ``str.startswith``."""
    if user.is_superuser:
        return ()
    prefixes = {
        path[:end] for path in paths for end in range(Page.steplen, len(path) + 1, Page.steplen)
    }
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    paths_of, passed = {}, set()  # restriction id -> its page's path; those user passes
    for pk, path, kind, group_id in PageViewRestriction.objects.filter(
        page__path__in=prefixes
    ).values_list("pk", "page__path", "restriction_type", "groups"):
        paths_of[pk] = path
        if (kind == PageViewRestriction.LOGIN and user.is_authenticated) or (
            kind == PageViewRestriction.GROUPS and group_id in group_ids
        ):
            passed.add(pk)  # one of a restriction's groups will do
    return tuple({path for pk, path in paths_of.items() if pk not in passed})


def barred_restrictions(user):
    """The ids of the view restrictions ``user`` does not pass (a password is never taken as
    given here); None for an anonymous visitor, whom every restriction bars."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return []
    return list(
        PageViewRestriction.objects.exclude(restriction_type=PageViewRestriction.LOGIN)
        .exclude(restriction_type=PageViewRestriction.GROUPS, groups__in=user.groups.all())
        .values_list("pk", flat=True)
    )
