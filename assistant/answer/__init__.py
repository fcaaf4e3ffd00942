"""assistant/answer."""
