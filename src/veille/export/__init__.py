"""export stage of veille."""
