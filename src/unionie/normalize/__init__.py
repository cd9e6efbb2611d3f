"""Normalisation: DATE values, PLACE divisions and codes, ORG kinds and places."""
