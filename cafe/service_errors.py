"""The Service's refusals: what a user is told when an action is not applied."""

from __future__ import annotations

from typing import Any

__all__ = ["NotFound", "ServiceError", "StaleEdit"]


class ServiceError(Exception):
    """An action that was refused; ``str()`` is a sentence for the user."""


class NotFound(ServiceError):
    pass


class StaleEdit(ServiceError):
    """The row changed since the caller read it; ``current`` is its snapshot now."""

    def __init__(self, message: str, current: Any = None):
        super().__init__(message)
        self.current = current
