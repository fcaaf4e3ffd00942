"""assistant/embedders."""
