import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rendered feeds are kept in the cache under their ETag: no test may see another's.
    cache.clear()
    yield
    cache.clear()
