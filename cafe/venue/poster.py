"""Where ``cafe serve`` (and the tests) send a phone's contribution: a Service, on a thread of its own.

The window has its own poster (its worker runs the post like any other change, see
``ui/moderator/venue_share.py``); beside a shared workshop, ``cafe serve`` writes through its
own connection with this one. One thread: posts are written in the order they came, and the
server's event loop never waits on the database.
"""

from __future__ import annotations

import concurrent.futures
from typing import Any


#: what a page may ask of the service (``kwargs["op"]``; a contribution when not said)
PAGE_OPERATIONS = frozenset({"post_contribution", "cast_dots", "dots_of"})


def run_post(service: Any, kwargs: dict[str, Any]) -> Any:
    """``service.<op>(**kwargs)`` for one of :data:`PAGE_OPERATIONS`, its refusals in the page's
    language (``kwargs["language"]``)."""
    from cafe.i18n import output_language

    wanted = dict(kwargs)
    op = wanted.pop("op", "post_contribution")
    if op not in PAGE_OPERATIONS:
        raise ValueError(f"a page cannot ask for {op!r}")
    with output_language(wanted.pop("language", None)):
        return getattr(service, op)(**wanted)


class ServicePoster:
    """A :data:`cafe.venue.hub.Poster` that runs ``service.post_contribution`` on one thread."""

    def __init__(self, service: Any):
        self.service = service
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="venue-post")

    def __call__(self, kwargs: dict[str, Any]) -> concurrent.futures.Future[Any]:
        return self._executor.submit(run_post, self.service, kwargs)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)
