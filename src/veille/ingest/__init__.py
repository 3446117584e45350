"""ingest stage of veille."""
