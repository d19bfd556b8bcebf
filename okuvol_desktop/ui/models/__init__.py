"""Qt item models over the services' frozen read models."""
