

def test_ids_of_an_outlets_own_sentences_and_told_reports_sort_apart_and_never_tie():
    # "#n<k>" (an outlet's own sentence) and "#r<k>" (a report its denial tells) used to sort as #0, so four of
    # them tied and their order followed a set's (the hash seed's): the coverage lines of a report changed order.
    from claimtrack.models import id_order

    ids = ["a#r1", "a#n2", "a#10", "b#1", "a#n1", "a#3", "a#n10"]
    assert sorted(ids, key=id_order) == ["a#3", "a#10", "a#n1", "a#n2", "a#n10", "a#r1", "b#1"]
    assert len({id_order(i) for i in ids}) == len(ids)
