"""Middleware of the whole site."""

from django.db import transaction

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class AtomicWritesMiddleware:
    """Each request that may write (POST, PUT, PATCH, DELETE) runs in one transaction, rolled
    back when it answers with a server error: an editor's *Publish* that fails half-way leaves
    no page live without its revision, a sign-up that fails leaves no half-made subscriber.

    Reads run outside any transaction, unlike Django's ATOMIC_REQUESTS: on SQLite every
    transaction takes the one write lock (``transaction_mode`` IMMEDIATE in the settings), and
    a page view must never wait for it. The view's exception has become a 500 response by the
    time it reaches a middleware, hence the check of the status.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response
