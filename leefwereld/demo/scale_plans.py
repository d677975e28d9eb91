"""Synthetic plans for load_demo --scale: about a quarter of the households with a gesprek get one."""
import datetime as dt

from leefwereld.accounts.models import Discipline
from leefwereld.plans.models import (
    Action,
    ActionStatus,
    ActorKind,
    ChangeKind,
    Decision,
    Goal,
    Plan,
    PlanStatus,
    PlanVersion,
    RegieChange,
    RegieKind,
    Review,
    ReviewReason,
)

GOALS = ["Weer werken, een paar uur per week.", "Rust in huis.", "Mijn schulden op een rij.",
         "Zelf boodschappen blijven doen.", "Meer mensen om me heen.", "Dat mijn zoon weer naar school gaat.",
         "In mijn eigen huis blijven wonen.", "Elke dag een vaste structuur."]
ACTIONS = ["Wekelijks gesprek met de buurvrouw", "Budgetcursus bij de bibliotheek", "Begeleiding thuis",
           "Samen de post openmaken", "Aanmelden bij het buurthuis", "Huishoudelijke hulp twee uur per week",
           "Afspraken met school over aanwezigheid", "Taalcafé op woensdag"]
STATUS_WEIGHTS = [(PlanStatus.CONCEPT, 25), (PlanStatus.TER_BEOORDELING, 15), (PlanStatus.TERUGGESTUURD, 5),
                  (PlanStatus.LOPEND, 45), (PlanStatus.AFGESLOTEN, 10)]


def add_plans(gen, gesprekken, heads_by_household):
    """Bulk-insert plans, goals, actions, versions, regie and reviews for some of `gesprekken`."""
    rng = gen.rng
    chosen = [g for g in gesprekken if rng.random() < 0.25]
    plans = [Plan(household_id=g.household_id, gesprek_id=g.pk, author_id=g.author_id,
                  status=rng.choices(*zip(*STATUS_WEIGHTS, strict=True))[0], revision=1,
                  regie_kind=RegieKind.INWONER, regie_person_id=g.person_id,
                  evaluate_on=gen.today + dt.timedelta(days=rng.randint(-10, 90)))
             for g in chosen]
    for plan in plans:
        if plan.status == PlanStatus.LOPEND:
            plan.approved_revision = 1
        if plan.status == PlanStatus.AFGESLOTEN:
            plan.evaluate_on, plan.closed_on, plan.closed_reason = None, gen.today, "Doelen bereikt."
    gen._insert(Plan, plans)
    goals = gen._insert(Goal, [
        Goal(household_id=p.household_id, plan=p, person_id=heads_by_household[p.household_id], order=i,
             words=rng.choice(GOALS))
        for p in plans for i in range(1, rng.randint(1, 3) + 1)
    ])
    gen._insert(Action, [
        Action(household_id=g.household_id, goal=g, what=rng.choice(ACTIONS),
               actor_kind=rng.choice(ActorKind.values[:1] + ActorKind.values[3:]),
               status=rng.choice(ActionStatus.values), starts_on=gen.today)
        for g in goals for _ in range(rng.randint(1, 3))
    ])
    gen._insert(PlanVersion, [
        PlanVersion(household_id=p.household_id, plan=p, number=1, snapshot={"regie": {}, "goals": []},
                    kind=ChangeKind.GESTART, created_by_id=p.author_id)
        for p in plans
    ])
    gen._insert(RegieChange, [
        RegieChange(household_id=p.household_id, plan=p, kind=RegieKind.INWONER, holder_name="",
                    reason="De inwoner houdt zelf de regie.", by_id=p.author_id)
        for p in plans
    ])
    gen._insert(Review, [_review(gen, p) for p in plans if p.status in (
        PlanStatus.TER_BEOORDELING, PlanStatus.TERUGGESTUURD, PlanStatus.LOPEND)])


def _review(gen, plan):
    household = plan.household_id
    team_staff = gen.staff[gen.team_of[household]]
    others = [s for s in team_staff if s.pk != plan.author_id] or team_staff
    reviewer = gen.rng.choice(others)
    decision = {PlanStatus.TER_BEOORDELING: Decision.OPEN, PlanStatus.TERUGGESTUURD: Decision.TERUGGESTUURD,
                PlanStatus.LOPEND: Decision.INSTEMMING}[plan.status]
    reason = ReviewReason.JEUGD if reviewer.discipline == Discipline.JEUGD else ReviewReason.ANDERE_DISCIPLINE
    return Review(household_id=household, plan=plan, revision=1, reviewer=reviewer, reason=reason,
                  requested_by_id=plan.author_id, decision=decision,
                  comments="Graag het netwerk erbij betrekken." if decision == Decision.TERUGGESTUURD else "")
