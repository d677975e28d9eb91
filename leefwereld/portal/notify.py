"""Telling the resident there is something new, on their own channel: the portal says what happened, the
notification part of issue 18 (part B: the worker, e-mail, SMS, the post room) decides how it is sent.

A sender registers itself from its AppConfig.ready(); without one nothing is sent and the news waits in the
portal. What is passed never holds the content itself: a kind and where to read it.
"""
_senders = []


def register_sender(sender):
    """sender(*, person, kind, link) — called after the change has committed."""
    if sender not in _senders:
        _senders.append(sender)


def resident_notify(*, person, kind, link):
    """kind: "bericht" (a reply), "correctie" (the answer to a correction request)."""
    for sender in _senders:
        sender(person=person, kind=kind, link=link)
