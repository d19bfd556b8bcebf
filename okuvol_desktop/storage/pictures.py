"""Pictures kept in the ledger (organisations' logos), stored once per content under its hash.

A certificate's snapshot names its logo by hash, so a reprint shows the logo it was issued
with even after the organisation changed it, and no file on disk is needed.
"""

from __future__ import annotations

import hashlib

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.storage.orm import PictureRow
from okuvol_desktop.storage.repositories.base import Repository


class PictureRepo(Repository):
    """Pictures by SHA-256."""

    def put(self, data: bytes, media_type: str) -> str:
        """Keep ``data`` (if it is not kept already) and return its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        if self._s.get(PictureRow, digest) is None:
            self._s.add(PictureRow(sha256=digest, media_type=media_type, data=data))
            self._s.flush()
        return digest

    def get(self, sha256: str) -> bytes:
        """The picture's bytes.

        Raises:
            NotFound: no picture has this hash.
        """
        row = self._s.get(PictureRow, sha256)
        if row is None:
            raise NotFound("The ledger holds no picture {sha256}.", sha256=sha256)
        return row.data
