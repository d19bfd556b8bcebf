"""Use cases. Each public method is one transaction and returns frozen domain objects."""
