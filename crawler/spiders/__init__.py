"""Spiders: one per registered source (see :mod:`crawler.spiders.registry`)."""
