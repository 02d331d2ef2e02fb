"""Typed operations: a call site names the Service method it runs, and a type checker checks it.

A window never calls the Service itself (its calls run on the worker, see
:mod:`ui.workshop.controller`); it describes one with :func:`call`::

    controller.edit("Add item", call(S.add_note, room_uuid=room, round_uuid=rnd,
                                      category="practice", text=text))

For the type checker ``S`` *is* :class:`cafe.service.Service`, and
:func:`call`'s ``ParamSpec`` checks every keyword against that method's
signature: renaming an operation or one of its parameters fails the type
check, and "who calls ``start_round``" is a search for ``S.start_round``. At
run time ``S`` is a light stand-in that yields the operation's name, checked
against :data:`cafe.operations.OPERATIONS` (the names the offline journal
stores), so importing this module does not import the storage stack.

Main thread or any thread: plain data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from cafe.operations import is_operation

P = ParamSpec("P")


@dataclass(frozen=True)
class Call:
    """One Service operation and its keyword arguments (``origin`` is added by the worker)."""

    op: str
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpRef:
    """What ``S.<name>`` is at run time: the operation's name."""

    name: str


class _Operations:
    def __getattr__(self, name: str) -> OpRef:
        if not is_operation(name):
            raise AttributeError(f"the Service has no operation {name!r}")
        return OpRef(name)


if TYPE_CHECKING:
    from cafe.service import Service as S
else:
    S = _Operations()


def call(op: Callable[Concatenate[Any, P], Any], /, *args: P.args, **kwargs: P.kwargs) -> Call:
    """Describe ``Service.<op>(**kwargs)``; ``op`` is ``S.<name>``. Keywords only."""
    if args:
        raise TypeError("operations take keyword arguments only")
    name = op.name if isinstance(op, OpRef) else getattr(op, "__name__", "")
    if not is_operation(name):
        raise ValueError(f"the Service has no operation {name!r}")
    return Call(name, dict(kwargs))


def call_named(name: str, kwargs: Mapping[str, Any]) -> Call:
    """A call whose operation is chosen at run time (a form's ``update_<kind>``); checked by name."""
    if not is_operation(name):
        raise ValueError(f"the Service has no operation {name!r}")
    return Call(name, dict(kwargs))
