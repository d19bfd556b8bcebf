"""Dialogs, each with a classmethod ask() that returns what the user chose, or None."""
