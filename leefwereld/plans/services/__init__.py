"""Writes on plans. Each goes through access.guard() and appends a PlanVersion where content changes."""
from .agreement import agreement_record  # noqa: F401
from .content import (  # noqa: F401
    action_add,
    action_remove,
    action_set_status,
    action_update,
    goal_add,
    goal_remove,
    goal_update,
    plan_start,
    plan_update_details,
)
from .evaluation import plan_evaluate  # noqa: F401
from .regie import regie_set  # noqa: F401
from .review import plan_submit, review_decide  # noqa: F401
