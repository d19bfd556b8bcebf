"""okuvol: one ledger of the hours people give to paid professional work and to volunteer work."""

__version__ = "0.1.0"
