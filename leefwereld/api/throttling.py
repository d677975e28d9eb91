"""Rate limits per client (DRF throttling on the cache): the client's own rate, else the default."""
from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    scope = "client"

    def get_rate(self):
        return settings.LEEFWERELD_API_RATE

    def allow_request(self, request, view):
        client = getattr(request, "auth", None)
        if client is None:
            return True
        if client.rate:
            self.num_requests, self.duration = self.parse_rate(client.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
