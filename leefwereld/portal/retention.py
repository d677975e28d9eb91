"""Retention of the portal's records: messages, corrections, representatives, the log-in link (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, REMOVE, RecordKind

KINDS = [
    RecordKind(key="portal.berichten", label=_("Berichten, correctieverzoeken en vertegenwoordigers"), years=15,
               action=ANONYMISE, models=("portal.Bericht", "portal.Correctieverzoek", "portal.Vertegenwoordiging",
                       "portal.VertegenwoordigingEinde")),
    # The link between a log-in and a BSN goes with the person's data (residents.dossier).
    RecordKind(key="portal.account", label=_("Koppeling van de inlog aan het BSN"), years=20, action=REMOVE,
               models=("portal.ResidentAccount",), household_path="person__household_id"),
    # That the file responded to a survey's invitation: needed only to not invite twice (ADR 0044).
    RecordKind(key="portal.deelname", label=_("Reacties op de vragenlijst over onze hulp (zonder de antwoorden)"),
               years=1, action=REMOVE, models=("portal.Deelname",)),
]
