"""A form posted twice (back button, reload, double click) saves once.

Every Leefwereld form carries a random token. The token is claimed before the view
runs, in its own short transaction, so a second request with it is refused even while
the first is still busy. When the view does not save (it shows the form again with
errors), the claim is released so that the corrected form can be sent with it.
"""
import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from .models import FormSubmission

FIELD = "once"
SAVED = {301, 302, 303}


def _token(request):
    try:
        return uuid.UUID(request.POST.get(FIELD, ""))
    except ValueError:
        return None


class OncePerSubmissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _token(request) if request.method == "POST" else None
        if token is None:
            return self.get_response(request)
        user = request.user if getattr(request.user, "is_authenticated", False) else None
        try:
            with transaction.atomic():
                claim = FormSubmission.objects.create(token=token, user=user)
        except IntegrityError:
            earlier = FormSubmission.objects.filter(token=token).first()
            messages.info(request, _("Dit formulier was al verstuurd. Er is niets dubbel opgeslagen."))
            return HttpResponseRedirect(getattr(earlier, "redirect_to", "") or request.get_full_path())
        response = self.get_response(request)
        if response.status_code in SAVED:
            FormSubmission.objects.filter(pk=claim.pk).update(redirect_to=response.get("Location", "")[:500])
        else:
            FormSubmission.objects.filter(pk=claim.pk).delete()
        return response
