"""Training of veille's statistical components (see ``docs/training.md``)."""
