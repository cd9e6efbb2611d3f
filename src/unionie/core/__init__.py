"""Core: the document (text, character offsets and the layers every stage adds), entity types and sources, character classes, and the domain data files under ``resources/``."""
