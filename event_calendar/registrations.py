"""Registration for events: placeholder until the registration work lands."""


def registration_context(request, page):
    """What the event page shows of registration (form link, places left, the online link
    for registered participants): a dict merged into the page's context."""
    return {}
