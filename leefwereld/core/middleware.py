"""Language: Dutch unless the user chose otherwise (cookie), whatever the browser asks for.

Professionals of a Dutch municipality work in Dutch; an English browser should not
switch their screens. The language switch in the header sets the cookie.
"""
from django.conf import settings
from django.utils import translation


class ChosenLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.allowed:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


# Browser features Leefwereld never uses; "()" switches each off for every origin.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "bluetooth", "camera", "display-capture", "geolocation", "gyroscope", "hid",
    "magnetometer", "microphone", "midi", "payment", "serial", "usb",
))


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; no caching of anything a logged-in user sees.

    Every page behind the log-in may show personal data, so neither the browser nor a proxy
    may keep a copy (BIO). Static files keep their own caching: they never reach this far
    when whitenoise or the static handler serves them, and are skipped here when they do.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.static_prefix = "/" + settings.STATIC_URL.lstrip("/")

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith(self.static_prefix):
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response
