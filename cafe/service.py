"""The one mutation API: each user action is one function, one transaction.

Contract
--------
* Only the service writes. Callers pass and receive uuids and frozen
  snapshots (:mod:`cafe.storage.snapshots`), never ORM objects or sessions.
* Every mutation returns a :class:`Changes`: what it touched, and ``undo``, an
  :class:`Inverse` that :meth:`Service.apply` runs to take the action back.
  Applying an inverse returns a new ``Changes`` whose ``undo`` redoes it, so an
  undo stack only ever stores the latest inverse.
* Every edit names the version it was made against; a stale one raises
  :class:`StaleEdit` and changes nothing.
* After each commit, listeners registered with :meth:`Service.subscribe` are
  called with the ``Changes``, on the thread that ran the action.
* Thread: a Service may be used from any one thread at a time (the UI uses a
  single worker thread).

The actions live in mixins by capability (``cafe/<capability>/ops.py``); the machinery they share is
in :mod:`cafe.service_base`.
"""

from __future__ import annotations

from cafe.clock.ops import ClockOps
from cafe.notes.ops import NoteOps
from cafe.people.ops import PeopleOps
from cafe.people.rotation_ops import RotationOps
from cafe.plenary.ops import PlenaryOps
from cafe.service_base import Changes, Inverse, NotFound, ServiceBase, ServiceError, StaleEdit
from cafe.setup.ops import SetupOps
from cafe.sync.merge import MergeOps

__all__ = ["Changes", "Inverse", "NotFound", "Service", "ServiceError", "StaleEdit"]


class Service(SetupOps, PeopleOps, RotationOps, ClockOps, NoteOps, MergeOps, PlenaryOps, ServiceBase):
    """Every action a user can take on a workshop; see the module docstring."""
