"""Conversation storage for the Rasa server: retention, erasure and privacy-safe logging."""
