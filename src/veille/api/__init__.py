"""api stage of veille."""
