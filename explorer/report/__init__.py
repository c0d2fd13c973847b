"""Peer benchmark briefings: content and PDF rendering. No Qt here."""
