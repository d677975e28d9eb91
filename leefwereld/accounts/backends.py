"""Signing in by username and password, with the user's wijkteam loaded along (every page shows it)."""
from django.contrib.auth.backends import ModelBackend


class TeamModelBackend(ModelBackend):
    def get_user(self, user_id):
        # The header names the user's team on every page: one query for both, not two.
        user = self.user_model()._default_manager.select_related("team").filter(pk=user_id).order_by().first()
        return user if user is not None and self.user_can_authenticate(user) else None

    @staticmethod
    def user_model():
        from django.contrib.auth import get_user_model

        return get_user_model()
