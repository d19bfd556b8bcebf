"""The fields of service entries are filed under, and the skills practised in them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.ids import CategoryId
from okuvol_desktop.domain.model import Category
from okuvol_desktop.storage.orm import CategoryRow, SkillRow
from okuvol_desktop.storage.repositories.base import Repository


def _category(row: CategoryRow) -> Category:
    return Category(id=CategoryId(row.id), key=row.key, name_en=row.name_en, name_id=row.name_id)


class CategoryRepo(Repository):
    """Fields of service."""

    def every(self) -> list[Category]:
        rows = self._s.scalars(select(CategoryRow).order_by(CategoryRow.id))
        return [_category(row) for row in rows]

    def resolve(self, ref: str) -> Category:
        """A category by id, key, or its English or Indonesian name (any letter case)."""
        wanted = ref.strip().casefold()
        for category in self.every():
            names = {
                str(category.id),
                category.key,
                category.name_en.casefold(),
                category.name_id.casefold(),
            }
            if wanted in names:
                return category
        known = ", ".join(c.name_en for c in self.every())
        raise NotFound(
            "No category is called '{ref}'. Known categories: {known}.", ref=ref, known=known
        )


class SkillRepo(Repository):
    """Skill tags, created on first use."""

    def ids_for(self, names: Iterable[str]) -> dict[str, int]:
        """Ids of the named skills, creating the ones not yet known."""
        wanted = list(dict.fromkeys(names))
        if not wanted:
            return {}
        rows = self._s.execute(select(SkillRow.name, SkillRow.id).where(SkillRow.name.in_(wanted)))
        ids: dict[str, int] = {name: skill_id for name, skill_id in rows}
        for name in wanted:
            if name not in ids:
                row = SkillRow(name=name)
                self._s.add(row)
                self._s.flush()
                ids[name] = row.id
        return ids
