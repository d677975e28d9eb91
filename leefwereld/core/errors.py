"""Errors that services raise and views turn into a clear message for the user."""
from django.http import Http404


class ApplicationError(Exception):
    """A rule of the work was broken; `message` is safe to show to the user."""

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class NotFoundOrNotAllowed(Http404):
    """Shown as 404, so nobody learns whether the file exists. Not an ApplicationError on purpose:
    views that show an ApplicationError as a message must never turn this one into a message."""


class LeaveFor(Exception):
    """This page may not be shown now; the user is sent to `url` instead (e.g. the blanco view).

    Raised by a selector, turned into a redirect by access.views.requires: a redirect shows nothing,
    so the page leaves no audit row.
    """

    def __init__(self, url):
        super().__init__(url)
        self.url = url


class ConflictError(ApplicationError):
    """Someone else saved a newer version in the meantime."""

    def __init__(self, message, *, current):
        super().__init__(message)
        self.current = current


def uuid_or_404(value):
    """A public id from a form or query string; anything malformed is simply not found."""
    import uuid

    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFoundOrNotAllowed("not found") from exc
