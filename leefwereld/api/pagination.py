"""Cursor pagination: stable under inserts, and no page number that counts a whole table."""
from rest_framework.pagination import CursorPagination


class Cursor(CursorPagination):
    ordering = "-id"
    page_size = 25
    page_size_query_param = "aantal"
    max_page_size = 100
    cursor_query_param = "cursor"
