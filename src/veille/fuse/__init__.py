"""fuse stage of veille."""
