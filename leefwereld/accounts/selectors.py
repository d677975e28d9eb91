"""Reading teams and colleagues. Colleagues are not personal data of residents."""
from .models import Role, User


def colleagues_for_assignment(*, team):
    """Professionals of a team who can be vaste contactpersoon or stand-in."""
    return (
        User.objects.filter(team=team, is_active=True, role__in=[Role.PROFESSIONAL, Role.TEAMLEIDER])
        .select_related("team")
        .order_by("first_name", "last_name")
    )


def all_professionals():
    return User.objects.filter(is_active=True, role__in=[Role.PROFESSIONAL, Role.TEAMLEIDER]).select_related("team")
