"""Disjoint sets with path halving: what claim clusters, stories and the baselines all close their links with."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

__all__ = ["UnionFind"]

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Sets of ``items`` joined by :meth:`union`.  The root of a merged set is the member that comes first by
    ``order`` (default: the items' own order), so roots do not depend on the order of the unions."""

    def __init__(self, items: Iterable[T], order: Callable[[T], Any] | None = None) -> None:
        self.parent: dict[T, T] = {x: x for x in items}
        self._order: Callable[[T], Any] = order or (lambda x: x)

    def find(self, x: T) -> T:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> T:
        """Join the sets of ``a`` and ``b``; the root of the joined set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, other = (ra, rb) if self._order(ra) <= self._order(rb) else (rb, ra)
        self.parent[other] = root
        return root
