"""Who sent a request: the client's IP address, for limits that key on it.

Behind a reverse proxy every request comes from the proxy's address (``REMOTE_ADDR``); the
client's own address is in ``X-Forwarded-For``, which each proxy extends on the right. Only
the entries added by our own proxies can be trusted (anything to their left is whatever the
client sent), so ``TRUSTED_PROXY_COUNT`` says how many proxies stand in front of the site.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address: ``REMOTE_ADDR`` when no proxy is trusted
    (``TRUSTED_PROXY_COUNT = 0``, the default); behind N trusted proxies, the N-th address
    from the right of ``X-Forwarded-For``, or ``REMOTE_ADDR`` when the header holds fewer
    addresses or that one is not an IP address."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < count:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
