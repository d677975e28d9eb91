"""Where a request comes from, kept for the duration of one request so audit rows can say it."""
import contextvars
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    ip: str | None = None
    request_id: str = ""


_EMPTY = RequestContext()
_current = contextvars.ContextVar("leefwereld_request_context", default=_EMPTY)  # noqa: B039 (frozen)


def current() -> RequestContext:
    return _current.get()


def set_current(context: RequestContext):
    return _current.set(context)


def reset(token):
    _current.reset(token)
