"""Version comparison compares codes and words, not the labels of the day's language."""
from django.utils import translation

from leefwereld.plans.models import ActionStatus, ActorKind, RegieKind
from leefwereld.plans.versions_diff import compare


def _snapshot(kind, status, regie_kind, words="Weer zelf boodschappen doen"):
    return {"regie": {"kind": regie_kind, "holder": "Saskia van Dalen", "support": ""},
            "goals": [{"id": "g1", "owner": "lid", "who": "Saskia van Dalen", "words": words, "domains": [],
                       "actions": [{"id": "a1", "what": "Boodschappenlijst maken", "kind": kind, "actor": "",
                                    "starts_on": "", "ends_on": "", "status": status}]}]}


def test_a_version_saved_in_english_equals_the_same_plan_saved_in_dutch():
    # Older snapshots held labels in the language of whoever saved them.
    with translation.override("nl"):
        dutch = _snapshot(str(ActorKind.choices[0][1]), str(ActionStatus.choices[0][1]), str(RegieKind.choices[0][1]))
    with translation.override("en"):
        english = _snapshot(str(ActorKind.choices[0][1]), str(ActionStatus.choices[0][1]),
                            str(RegieKind.choices[0][1]))
    assert dutch != english  # the labels really differ
    assert not any(row["changed"] for row in compare(dutch, english))


def test_codes_and_labels_of_the_same_choice_compare_equal():
    code = _snapshot(ActorKind.values[0], ActionStatus.values[0], RegieKind.values[0])
    with translation.override("en"):
        label = _snapshot(str(ActorKind.choices[0][1]), str(ActionStatus.choices[0][1]),
                          str(RegieKind.choices[0][1]))
    assert not any(row["changed"] for row in compare(code, label))


def test_a_real_change_is_still_marked_and_shown_in_the_readers_language():
    before = _snapshot(ActorKind.values[0], ActionStatus.values[0], RegieKind.values[0])
    after = _snapshot(ActorKind.values[1], ActionStatus.values[0], RegieKind.values[0])
    with translation.override("en"):
        rows = compare(before, after)
        english_label = str(ActorKind.choices[1][1])
    assert [row["changed"] for row in rows] == [False, True]
    assert english_label in rows[1]["right"][1]


def test_a_first_version_without_regie_can_be_compared():
    empty = {"regie": {}, "goals": []}
    rows = compare(empty, _snapshot(ActorKind.values[0], ActionStatus.values[0], RegieKind.values[0]))
    assert rows[0]["changed"] and rows[1]["changed"]


def test_a_change_of_owner_is_marked_and_names_the_network_member():
    before = _snapshot(ActorKind.values[0], ActionStatus.values[0], RegieKind.values[0])
    del before["goals"][0]["owner"]  # older snapshots hold no owner code: a name was a household member
    after = _snapshot(ActorKind.values[0], ActionStatus.values[0], RegieKind.values[0])
    assert not any(row["changed"] for row in compare(before, after))
    after["goals"][0].update(owner="netwerk", who="Ilse (dochter)")
    rows = compare(before, after)
    assert [row["changed"] for row in rows] == [False, True]
    assert rows[1]["left"][0].startswith("Saskia van Dalen: ")
    assert rows[1]["right"][0].startswith("Ilse (dochter), iemand uit het netwerk: ")
    same_name = {**before["goals"][0], "owner": "netwerk"}
    assert compare(before, {**before, "goals": [same_name]})[1]["changed"]  # the code alone changes it
