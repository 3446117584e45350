"""eval stage of veille."""
