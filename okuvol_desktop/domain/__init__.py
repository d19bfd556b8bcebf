"""The pure core: concepts and rules of the ledger, with no Qt and no SQL."""
