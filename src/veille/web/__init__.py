"""web stage of veille."""
