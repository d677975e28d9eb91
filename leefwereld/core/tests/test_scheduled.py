"""The scheduler's jobs are the apps' own commands, by name; nothing else runs through it."""
import pytest

from leefwereld.core.tasks import scheduled_command, scheduled_commands


def test_every_scheduled_command_exists():
    from django.core.management import get_commands

    assert scheduled_commands() <= set(get_commands())
    assert "escalations_raise" in scheduled_commands()


@pytest.mark.django_db
def test_a_scheduled_job_runs_its_command_in_the_worker():
    assert scheduled_command.delay("escalations_raise").get() == "escalations_raise"


def test_a_command_outside_the_schedule_is_refused():
    with pytest.raises(ValueError, match="not a scheduled job"):
        scheduled_command("flush")
