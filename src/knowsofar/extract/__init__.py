"""Extraction: documents → claims, through named spaCy components."""
