"""Integrations with other frameworks, each behind an optional extra; nothing in articlekit
imports them, so their dependencies are needed only by those who use them."""
