"""Rasa input channels: socket.io, Slack and Microsoft Teams, configured from the environment.

The `*_logic` modules hold the pure checks (signatures, mentions, hosts, claims) without importing Rasa, so
they are tested in the Python 3.11 test environment.
"""
