import pytest

from desktop.sources.addresses import check_url


@pytest.mark.parametrize("url", ["ws://127.0.0.1:8765", "wss://pbx.example.com/events", "ws://h", "ws://[::1]:80"])
def test_server_addresses_pass_as_they_are(url):
    assert check_url(url) == url


@pytest.mark.parametrize("url, words", [
    ("http://x", "starts with ws:// or wss://"),
    ("127.0.0.1:8765", "starts with ws:// or wss://"),
    ("ws:/x", "starts with ws:// or wss://"),
    ("ws://", "names a host"),
    ("ws:///path", "names a host"),
    ("ws://host:99999", "port"),
    ("ws://host:port", "port"),
])
def test_what_is_wrong_with_an_address_is_said(url, words):
    with pytest.raises(ValueError, match=words):
        check_url(url)


def test_checking_an_address_loads_no_network_library():
    import subprocess
    import sys

    code = "import sys, desktop.sources.addresses; print(sorted(m for m in ('websockets', 'aiohttp') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
