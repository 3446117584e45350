"""kb stage of veille."""
