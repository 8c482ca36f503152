"""Static files named after a hash of their content, compressed, cached for ever (WhiteNoise)."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed names once ``collectstatic`` has written its manifest; the plain names before it
    has run (the tests, a checkout), served by the finders there, rather than an error page."""

    def stored_name(self, name):
        if not self.hashed_files:
            return name
        return super().stored_name(name)
