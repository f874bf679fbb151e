"""Serving: the web app and JSON API (FastAPI), pages, Atom feeds."""
