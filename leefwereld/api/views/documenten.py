"""Documents in a file: list and facts, the content (each download in the audit), and adding one with the
same checks as the page (type read from the content, size limit). As visible as their part of the file."""
import uuid

from django.conf import settings
from django.http import FileResponse
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from leefwereld.access.policy import visible
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.documenten import selectors
from leefwereld.documenten.content import download_name
from leefwereld.documenten.models import DocumentCategorie, Onderdeel
from leefwereld.documenten.parts import MODELS, READ_ACTION
from leefwereld.documenten.services import document_add

from .. import serializers as s
from ..base import ApiView, Filter, ListView, Route
from ..scopes import Vertrouwelijkheid

# Medical statements, debts, identity papers: confidential whatever part of the file they belong to.
LEVEL = Vertrouwelijkheid.VERTROUWELIJK
READ = Route("documenten.view", "documenten.lezen", LEVEL)


class DocumentList(ListView):
    routes = {"GET": READ, "POST": Route("documenten.add", "documenten.schrijven", LEVEL)}
    creates = True
    serializer_class = s.DocumentSerializer
    input_serializer = s.DocumentCreateSerializer
    parser_classes = [MultiPartParser]
    filters = {"huishouden": Filter("household__public_id", uuid.UUID, "Publieke id van het huishouden"),
               "persoon": Filter("person__public_id", uuid.UUID), "onderdeel": Filter("part"),
               "categorie": Filter("category__name")}

    def shown(self, rows):
        return [r.person_id for r in rows if r.person_id], [r.household_id for r in rows]

    def get(self, request):
        return self.respond(selectors.documents_visible(actor=self.actor))

    def post(self, request):
        """Add a document; a type not allowed (read from the content) or a file over the limit is a 400."""
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        part = values["part"]
        model = MODELS[Onderdeel(part)]
        target = visible(self.actor, model.objects.all(), READ_ACTION[part]).filter(public_id=values["target"]).first()
        if target is None:
            raise NotFoundOrNotAllowed("not found")
        category = DocumentCategorie.objects.filter(name=values["category"], active=True).first()
        if category is None:
            raise s.serializers.ValidationError({"category": ["Deze categorie bestaat niet."]})
        document = document_add(actor=self.actor, target=target, category=category,
                                description=values.get("description", ""), upload=values["file"])
        return Response(self.get_serializer(document).data, status=status.HTTP_201_CREATED)


class DocumentDetail(ApiView):
    routes = {"GET": READ}
    serializer_class = s.DocumentSerializer

    def get(self, request, public_id):
        document = selectors.document_get(actor=self.actor, public_id=public_id, action=selectors.LIST)
        if document is None:
            raise NotFoundOrNotAllowed("not found")
        return Response(self.get_serializer(document).data)


class DocumentContent(ApiView):
    """The content as stored, in the type read from it at upload."""

    routes = {"GET": Route("documenten.download", "documenten.lezen", LEVEL)}
    serializer_class = s.DocumentSerializer

    @staticmethod
    def binary_types():
        return settings.LEEFWERELD_DOCUMENTS_TYPES

    def get(self, request, public_id):
        document = selectors.document_get(actor=self.actor, public_id=public_id)
        if document is None:
            raise NotFoundOrNotAllowed("not found")
        response = FileResponse(selectors.open_content(document), as_attachment=True,
                                filename=download_name(document), content_type=document.content_type)
        response["Cache-Control"] = "private, no-store"
        return response
