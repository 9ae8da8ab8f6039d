"""Extractors: the generic one and the site-specific ones the registry picks."""
