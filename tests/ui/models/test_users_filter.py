"""The presence panel's proxy: search as you type and the line-state filter."""

from desktop.ui.models.users_model import LoginRole
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
