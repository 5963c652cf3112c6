import os

import pytest
from wagtail.search.backends import get_search_backend

from home.models import NewsPage

pytestmark = pytest.mark.engine


def test_the_test_suite_writes_only_to_its_own_indexes():
    index = get_search_backend().get_index_for_model(NewsPage)
    assert index.name.startswith(os.environ.get("TEST_INDEX_PREFIX", "razem_test_"))
