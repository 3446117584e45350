"""extract stage of veille."""
