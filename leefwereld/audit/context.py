"""Per-request state for the audit log: where a request comes from, and what one page view showed."""
import contextvars
from dataclasses import dataclass, field


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


@dataclass
class PageView:
    """What one page view displays, gathered by the selectors and written as ONE audit row at the end.

    The subject is the file shown (a person, household or other object): the one reported under
    the page's own action, else the first. Lists add the people and households they show. If
    writing the row fails, the view fails and nothing is shown. See ADR 0007.
    """

    actor: object
    action: str
    subject: dict | None = None
    detail: dict = field(default_factory=dict)
    persons: set = field(default_factory=set)
    households: set = field(default_factory=set)
    used: bool = False  # something was shown: the page leaves a row
    listed: bool = False  # a list was shown (perhaps empty): the row says whom, even nobody
    actions: list = field(default_factory=list)  # under which actions things were shown

    def add(self, *, action, household=None, person=None, obj=None, reason="", detail=None,
            persons=None, households=None):
        self.used = True
        self.actions.append(action)
        about = household is not None or person is not None or obj is not None
        # The page's own action names the row (the file page's "persons.view", not its blanco check).
        if about and (self.subject is None or (action == self.action != self.subject["action"])):
            self.subject = {"action": action, "household": household, "person": person, "obj": obj,
                            "reason": reason}
        for key, value in (detail or {}).items():
            self.detail.setdefault(key, value)
        self.listed = self.listed or persons is not None or households is not None
        self.persons.update(p for p in persons or () if p is not None)
        self.households.update(h for h in households or () if h is not None)

    def row(self):
        """The keyword arguments of the one audit row for this page."""
        # Without a file: the page's own action if something was shown under it, else the first display's
        # (duplicates shown on the new-person form are a search, not a registration).
        action = self.action if self.action in self.actions or not self.actions else self.actions[0]
        subject = self.subject or {"action": action, "household": None, "person": None, "obj": None, "reason": ""}
        detail = dict(self.detail)
        person_pk = getattr(subject["person"], "pk", None)
        household_pk = getattr(subject["household"], "pk", None)
        # The subject itself is in person_pk/household_pk; "shown" lists everyone else on the page.
        shown = sorted(self.persons - {person_pk})
        shown_households = sorted(self.households - {household_pk})
        if shown or self.listed:
            detail["shown"] = shown
        if shown_households:
            detail["shown_households"] = shown_households
        return dict(subject, actor=self.actor, detail=detail)


_page = contextvars.ContextVar("leefwereld_page_view", default=None)


def page() -> PageView | None:
    return _page.get()


def start_page(page_view: PageView):
    return _page.set(page_view)


def end_page(token):
    _page.reset(token)
