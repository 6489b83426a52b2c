"""The presence panel's proxy: search as you type and the line-state filter."""

from desktop.ui.models.users_model import LineStateRole, LoginRole
from tests.conftest import scenario_lines


def test_presence_search_and_state_filter(window):
    window.session.events(scenario_lines(2)[:18])
    window.session.flush()
    proxy = window.presence.proxy
    window.presence.search.setText("70022")
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70022"]
    window.presence.search.setText("fn-70021")  # by name, any case
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70021"]
    window.presence.search.setText("")
    window.presence.state_filter.setCurrentText("on hold")
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70020"]
    window.presence.state_filter.setCurrentText("all states")
    assert proxy.rowCount() == 3
    assert "3 users" in window.presence.count.text()


def test_a_group_narrows_the_view_and_a_search_may_look_past_it(window):
    window.session.events(scenario_lines(2)[:18])
    window.session.flush()
    proxy = window.presence.proxy
    shown = lambda: sorted(proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount()))  # noqa: E731
    proxy.set_group(frozenset({"oxe70020", "oxe70022", "nobody"}))
    assert shown() == ["oxe70020", "oxe70022"]
    window.presence.search.setText("70021")
    assert shown() == []
    proxy.set_everywhere(True)  # "In all groups": the search looks past the group
    assert shown() == ["oxe70021"]
    window.presence.search.setText("")
    assert shown() == ["oxe70020", "oxe70022"]  # nothing searched: the group again
    proxy.set_group(None)
    assert len(shown()) == 3


def test_counts_by_state_of_a_group(window):
    window.session.events(scenario_lines(2)[:18])
    window.session.flush()
    users = window.session.users
    everyone = users.count_states()
    assert everyone == {"held": 1, "talking": 1, "dialing": 1}
    assert users.count_states(frozenset({"oxe70020", "ghost"})) == {"held": 1}  # 70020 holds; a login not here counts nothing
    assert sum(users.count_states(frozenset({"oxe70021", "oxe70022"})).values()) == 2
    assert users.count_states(frozenset()) == {}


def test_group_counts_follow_each_state_change_as_a_recount_would(window):
    """group_counts carries last second's counts forward by the rows' state changes; at every
    step of a seed flow they must equal counting everyone again, for every kind of group."""
    lines = scenario_lines(4)
    users = window.session.users
    window.session.events(lines[:1])
    window.session.flush()
    pair = frozenset({"oxe70020", "oxe70021", "ghost"})
    groups = {"all": None, "pair": pair, "none": frozenset()}
    first = users.group_counts(groups)
    assert first["all"] == users.count_states() and first["none"] == {}
    followed = 0
    for line in lines[1:]:
        window.session.events([line])
        window.session.flush()
        counts = users.group_counts(groups)
        followed += counts["all"] != first["all"]
        assert counts == {key: users.count_states(members) for key, members in groups.items()}
        assert all(value > 0 for counted in counts.values() for value in counted.values())
    assert followed  # the flow did change states: the carried counts were exercised
    counts["all"]["talking"] += 100  # the caller's copy: ours go on unchanged
    assert users.group_counts(groups)["all"] == users.count_states()


def test_a_state_filter_follows_the_users_changing_state(window):
    """The state filter is asked again as states change (the proxy follows the rows' data while
    a filter reads it): 70020 shows once it holds its call, and goes once it takes it back."""
    lines = scenario_lines(2)
    session, proxy = window.session, window.presence.proxy
    shown = lambda: [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())]  # noqa: E731
    session.events(lines[:14])  # 70020 talking
    session.flush()
    window.presence.state_filter.setCurrentText("on hold")
    assert shown() == []
    session.events(lines[14:15])  # 70020 holds
    session.flush()
    assert shown() == ["oxe70020"]
    session.events(lines[15:26])  # 70020 retrieves
    session.flush()
    assert shown() == []
    window.presence.state_filter.setCurrentText("all states")
    session.events(lines[26:])  # with no filter, the rows still change: all three stay, 70020 idle
    session.flush()
    states = {proxy.index(r, 0).data(LoginRole): proxy.index(r, 0).data(LineStateRole) for r in range(proxy.rowCount())}
    assert len(states) == 3 and states["oxe70020"] == "idle"
