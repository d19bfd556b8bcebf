"""The names of the formats okuvol writes, in a module of their own: the command line offers
them as choices on every start, and must not load a writer or a service to do so."""

from __future__ import annotations

EXPORT_FORMATS = ("csv", "json", "ics")
