from django.conf import settings

# Which menu item a page belongs to, by URL name: that item gets aria-current="page".
_MENU = {
    "werkvoorraad": "werkvoorraad", "search": "search", "team_audit": "logboek", "security_log": "security",
    "account": "account", "recovery_codes": "account", "password_change": "account",
    "register_start": "vraag", "register_person": "vraag", "register_vraag": "vraag",
    "guidelines": "ruimte", "guideline": "ruimte", "team": "ruimte", "barriers": "ruimte", "register": "ruimte",
    "spread": "ruimte", "budget": "budget", "ongebruikelijk": "toezicht",
}


def municipality(request):
    """The municipality's name and theme (ADR 0009), and the current menu item, on every page."""
    match = getattr(request, "resolver_match", None)
    current = _MENU.get(match.url_name if match else "", "")
    if current == "vraag" and request.GET.get("soort") == "signaal":
        current = "signaal"
    return {
        "municipality": settings.LEEFWERELD_MUNICIPALITY,
        "menu_current": current,
        "theme": {
            "css": settings.LEEFWERELD_THEME_CSS,
            "class": settings.LEEFWERELD_THEME_CLASS,
            "logo": settings.LEEFWERELD_LOGO,
        },
    }
