"""`make serve`'s settings: production's, with the benchmark's floor among the URLs (``/__floor__/``: the
base template through the same middleware and context processors, no view logic), so that `make load`
measures the floor's throughput in the same run as the pages'."""

from moisess.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
