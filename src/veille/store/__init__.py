"""store stage of veille."""
