import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rendered feeds are kept in the cache under their ETag: no test may see another's.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _import_upload_dir(settings, tmp_path):
    # The files of import dry runs go to the test's own directory.
    settings.IMPORT_UPLOAD_DIR = tmp_path / "import-uploads"
