"""HTTP helpers shared by city.py and locustfile.py: read a form from a page, sign in through the pages.

Plain stdlib HTML parsing: the harness must keep working while templates change, so it reads
whatever fields a form has (hidden CSRF and `once` tokens included) instead of naming them all.
"""
from html.parser import HTMLParser
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"


def require_loopback(url):
    """Load is only ever sent to this machine."""
    if urlsplit(url).hostname != LOOPBACK:
        raise SystemExit(f"Refusing to send load to {url!r}: only http://{LOOPBACK} is allowed.")


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action") or "", "method": (a.get("method") or "get").lower(), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None or not a.get("name") and tag != "option":
            return
        elif tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("radio", "checkbox"):
                self._form["fields"].setdefault(a["name"], "")
                if "checked" in a:
                    self._form["fields"][a["name"]] = a.get("value") or "on"
                return
            self._form["fields"][a["name"]] = a.get("value") or ""
        elif tag == "select":
            self._select = a["name"]
            self._form["fields"].setdefault(a["name"], None)
        elif tag == "option" and self._select:
            # As a browser would, less the empty "------" choice: the selected option, else the first real one.
            fields, value = self._form["fields"], a.get("value") or ""
            if "selected" in a or (value and not fields.get(self._select)):
                fields[self._select] = value
        elif tag == "textarea":
            self._textarea = a["name"]
            self._form["fields"][a["name"]] = ""

    def handle_data(self, data):
        if self._textarea:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def form_fields(html, action_contains="", has_field=""):
    """The fields of the first form whose action contains `action_contains` (and that has `has_field`)."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if action_contains in form["action"] and (not has_field or has_field in form["fields"]):
            return {k: ("" if v is None else v) for k, v in form["fields"].items()}
    raise LookupError(f"no form with action containing {action_contains!r} and field {has_field!r}")


def sign_in(client, base, *, login_path, username, password, code_for):
    """Password step, then the code step, through the real pages. `client` is an httpx.Client.

    `code_for()` is called only when the code page is reached, so the TOTP code is fresh.
    """
    require_loopback(base)
    page = client.get(base + login_path)
    page.raise_for_status()
    data = form_fields(page.text, has_field="password") | {"username": username, "password": password}
    step = client.post(base + login_path, data=data)
    if step.status_code != 302:
        raise RuntimeError(f"password step answered {step.status_code}, not a redirect")
    code_url = base + step.headers["location"] if step.headers["location"].startswith("/") else step.headers["location"]
    page = client.get(code_url)
    page.raise_for_status()
    data = form_fields(page.text, has_field="code") | {"code": code_for()}
    done = client.post(code_url, data=data)
    if done.status_code != 302:
        raise RuntimeError(f"code step answered {done.status_code}, not a redirect")
    return done.headers["location"]
