"""Demo plans in every stage, built through the real plan services (see personas.PLANS)."""
import datetime as dt

from leefwereld.conversations.models import Domain
from leefwereld.plans import services
from leefwereld.plans.models import Plan, RegieKind, Review
from leefwereld.residents.models import NetworkMember, Person

from . import personas


def _fresh(plan):
    return Plan.objects.get(pk=plan.pk)


def load_plans(users, households):
    for spec in personas.PLANS:
        _load_plan(spec, users, households[spec["household"]])


def _load_plan(spec, users, household):
    actor = users[spec["by"]]
    members = {p.given_name: p for p in Person.objects.filter(household=household)}
    network = {m.name: m for m in NetworkMember.objects.filter(household=household)}
    main = next(iter(members.values())) if not spec["goals"][0]["who"] else members[spec["goals"][0]["who"]]
    plan = services.plan_start(actor=actor, person=main)
    goals = []
    for goal_spec in spec["goals"]:
        domains = Domain.objects.filter(name__in=goal_spec.get("domains", []), instrument__name__startswith="Zelf")
        goal = services.goal_add(actor=actor, plan=plan, expected_version=_fresh(plan).version,
                                 words=goal_spec["words"], person=members.get(goal_spec["who"]),
                                 network_member=network.get(goal_spec.get("network")), domains=domains)
        goals.append(goal)
        for action_spec in goal_spec["actions"]:
            data = {k: v for k, v in action_spec.items() if k not in ("network", "status")}
            data["network_member"] = network.get(action_spec.get("network"))
            action = services.action_add(actor=actor, goal=goal, expected_version=_fresh(plan).version, data=data)
            if action_spec.get("status"):
                services.action_set_status(actor=actor, action=action, expected_version=_fresh(plan).version,
                                           status=action_spec["status"])
    if spec.get("reviewers"):
        services.plan_submit(actor=actor, plan=_fresh(plan), expected_version=_fresh(plan).version,
                             reviewers=[users[name] for name in spec["reviewers"]])
    for reviewer, agree, text in spec.get("decisions", []):
        review = Review.objects.get(plan=plan, reviewer=users[reviewer], decision="open")
        services.review_decide(actor=users[reviewer], review=review, agree=agree,
                               contribution=text if agree else "", comments="" if agree else text)
    for voice in spec.get("agreements", []):
        voice = dict(voice)
        services.agreement_record(actor=actor, plan=_fresh(plan), person=members.get(voice.pop("person", None)),
                                  network_member=network.get(voice.pop("network", None)), on=dt.date.today(),
                                  **voice)
    if "evaluation" in spec:
        evaluation = spec["evaluation"]
        scores = {goal.pk: (score, "") for goal, score in zip(goals, evaluation["scores"], strict=True)}
        services.plan_evaluate(actor=actor, plan=_fresh(plan), expected_version=_fresh(plan).version,
                               held_on=dt.date.today(), outcome="doorgaan", scores=scores,
                               resident_words=evaluation["resident_words"], matters_now=evaluation["matters_now"],
                               next_evaluation=dt.date.today() + dt.timedelta(days=60))
    if "takeover" in spec:
        services.regie_set(actor=actor, plan=_fresh(plan), expected_version=_fresh(plan).version,
                           kind=RegieKind.PROFESSIONAL, professional=actor, reason=spec["takeover"]["reason"],
                           takeover_until=dt.date.today() + dt.timedelta(days=spec["takeover"]["days"]))
    if "evaluate_in_days" in spec:
        # Set directly: the service only accepts future dates, the demo wants one due today.
        Plan.objects.filter(pk=plan.pk).update(
            evaluate_on=dt.date.today() + dt.timedelta(days=spec["evaluate_in_days"]))



