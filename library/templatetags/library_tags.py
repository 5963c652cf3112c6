from django import template

register = template.Library()


@register.filter
def uses_admin(user):
    """Whether ``user`` can open the Wagtail admin; members who submit materials cannot, so
    the workflow's e-mails send them to their account page instead of an admin link."""
    return user.has_perm("wagtailadmin.access_admin")
