"""Evaluation: scoring predicted records against gold records as ../shared/record-format.md says."""
