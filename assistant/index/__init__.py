"""assistant/index."""
