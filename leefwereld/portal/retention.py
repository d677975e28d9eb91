"""Retention of the portal's records: messages, corrections, representatives, the log-in link (ADR 0039)."""
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, REMOVE, RecordKind

from .models import InzageStatus

KINDS = [
    RecordKind(key="portal.berichten", label=_("Berichten, correctieverzoeken en vertegenwoordigers"), years=15,
               action=ANONYMISE, models=("portal.Bericht", "portal.Correctieverzoek", "portal.Vertegenwoordiging",
                       "portal.VertegenwoordigingEinde")),
    # The link between a log-in and a BSN goes with the person's data (residents.dossier).
    RecordKind(key="portal.account", label=_("Koppeling van de inlog aan het BSN"), years=20, action=REMOVE,
               models=("portal.ResidentAccount",), household_path="person__household_id"),
    # A prepared inzage (ADR 0037) is a copy of the whole file, made to be downloaded: its files go after four
    # weeks (the month AVG art. 12 lid 3 gives for the answer, and time to download it); the request stays,
    # marked verlopen, so the resident reads that it was made and can ask again (ADR 0045).
    RecordKind(key="portal.inzagebestanden", label=_("Klaargemaakte inzages: de bestanden"), years=0, days=28,
               action=ANONYMISE, models=("portal.InzageVerzoek",), age_field="ready_at",
               where={"portal.InzageVerzoek": Q(status=InzageStatus.KLAAR)},
               values={"portal.InzageVerzoek": {"status": InzageStatus.VERLOPEN}}),
    # Who asked for an inzage and when: a trace of access, kept as long as the log rows of its download.
    RecordKind(key="portal.inzageverzoeken", label=_("Inzageverzoeken (wie vroeg wanneer)"), years=0,
               action=REMOVE, models=("portal.InzageVerzoek",), age_field="created_at", same_as="audit.logboek"),
    # That the file responded to a survey's invitation: needed only to not invite twice (ADR 0044).
    RecordKind(key="portal.deelname", label=_("Reacties op de vragenlijst over onze hulp (zonder de antwoorden)"),
               years=1, action=REMOVE, models=("portal.Deelname",)),
]
