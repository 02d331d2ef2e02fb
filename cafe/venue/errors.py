"""The venue server's one error type."""

from __future__ import annotations


class VenueError(Exception):
    """Sharing on the venue network could not be done; ``str()`` is a sentence for the user."""
