"""The client's address behind reverse proxies: X-Forwarded-For only counts when the site
is told how many proxies it trusts, and then only the entries those proxies added."""

import pytest
from django.test import RequestFactory

from cms.clients import client_address

PROXY = "10.0.0.5"
CLIENT = "203.0.113.9"
FORGED = "198.51.100.1"


def request(forwarded=None):
    headers = {"REMOTE_ADDR": PROXY}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_a_forged_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request(FORGED)) == PROXY


def test_behind_one_proxy_the_address_it_added_is_used(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client forged the first entry; the proxy appended the address it saw.
    assert client_address(request(f"{FORGED}, {CLIENT}")) == CLIENT


def test_behind_two_proxies_the_second_entry_from_the_right_is_used(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request(f"{FORGED}, {CLIENT}, 10.0.0.7")) == CLIENT


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", " , "])
def test_a_missing_or_broken_header_falls_back_to_remote_addr(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded)) == PROXY
