"""Adapters and entry points: settings, database, CLI, web app."""
