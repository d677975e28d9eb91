"""The administrator's dead letters: notifications that could not be sent, without whom or what (ADR 0031)."""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.errors import uuid_or_404

from .models import Notification, Status
from .services import retry_dead

LIMIT = 100


@requires("notify.dead_letters")
def dead_letters(request):
    rows = (Notification.objects.filter(status=Status.MISLUKT)
            .only("public_id", "created_at", "kind", "channel", "attempts", "last_error")
            .order_by("-created_at")[:LIMIT])
    return render(request, "notify/dead_letters.html", {"rows": rows, "limit": LIMIT})


@require_POST
@requires("notify.retry")
def retry(request, public_id):
    notification = Notification.objects.filter(public_id=uuid_or_404(public_id)).first()
    if notification is None:
        raise Http404
    if retry_dead(actor=request.user, notification=notification):
        messages.success(request, _("De melding wordt opnieuw verzonden."))
    else:
        messages.info(request, _("Deze melding was al opnieuw in de wachtrij gezet."))
    return redirect("notify:dead_letters")
