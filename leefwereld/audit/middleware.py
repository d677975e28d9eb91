"""Puts the caller's address and a request id where audit.record() can find them."""
import uuid

from leefwereld.core.client_ip import client_ip

from . import context


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = context.set_current(
            context.RequestContext(ip=client_ip(request), request_id=uuid.uuid4().hex[:16])
        )
        try:
            return self.get_response(request)
        finally:
            context.reset(token)
