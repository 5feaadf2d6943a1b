"""The one union-find that claim clusters, stories and the baselines share."""

from claimtrack.matching.unionfind import UnionFind


def test_the_root_is_the_first_member_by_order_whatever_the_unions():
    sets = UnionFind(["c", "a", "b", "d"])
    assert sets.union("c", "b") == "b" and sets.union("b", "a") == "a"
    assert {sets.find(x) for x in "abc"} == {"a"} and sets.find("d") == "d"
    position = {x: i for i, x in enumerate("cabd")}
    ordered = UnionFind("cabd", order=position.__getitem__)
    ordered.union("b", "c")
    assert ordered.find("b") == "c"
