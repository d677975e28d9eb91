"""Retention of costs and contributions (ADR 0045): the bookings stay for the accounts, without the words.

Never removed: the amounts, law, year, team and booking dates keep every budget of every past year
adding up. What the money was for, in words, goes with the rest of the support file (15 years, as the
plan it was booked to); the link to the person stays until the person is anonymised (residents.dossier),
after which a booking says nothing about whom it was for.
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

KINDS = [
    # The plan's period (Selectielijst gemeenten, ADR 0039). The floor is fiscal: Algemene wet inzake
    # rijksbelastingen art. 52 lid 4 and BW 2:10 lid 3 keep the basic records seven years, and what a booking
    # was for belongs to them, so no municipality may blank it sooner.
    RecordKind(key="money.kosten", label=_("Kosten en bijdragen (de bedragen blijven)"), years=15, min_years=7,
               action=ANONYMISE, models=("money.Cost", "money.CostLine", "money.Bijdrage")),
]
