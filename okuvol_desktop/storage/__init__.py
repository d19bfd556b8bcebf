"""The storage layer: it alone knows SQL. It maps rows to the domain's frozen dataclasses."""
