from django.conf import settings


def municipality(request):
    return {"municipality": settings.LEEFWERELD_MUNICIPALITY}
