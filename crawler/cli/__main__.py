"""``python -m crawler.cli`` is ``sitrep``."""

from crawler.cli import main

main()
