"""`Authorization: Bearer <token>` for system clients. The web UI keeps its sessions; the API takes none."""
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .tokens import client_for_token


class ClientTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header:
            return None
        keyword, _sep, token = header.partition(" ")
        if keyword != self.keyword or not token.strip():
            raise exceptions.AuthenticationFailed(_("Gebruik: Authorization: Bearer <sleutel>."))
        client = client_for_token(token.strip())
        if client is None or not client.acts_as.is_active:
            raise exceptions.AuthenticationFailed(_("Deze sleutel is onbekend of ingetrokken."))
        return client.acts_as, client

    def authenticate_header(self, request):
        return self.keyword
