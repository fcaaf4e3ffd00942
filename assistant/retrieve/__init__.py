"""assistant/retrieve."""
