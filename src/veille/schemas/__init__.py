"""JSON Schemas of the export contract."""
