"""nlp stage of veille."""
