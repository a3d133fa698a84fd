"""Developer tools for adding and checking sources (never used by the nightly crawl).

- :mod:`.project`: where a project keeps sources, recorded sites and golden files.
- :mod:`.patterns`: guessing a series' title and URL patterns from example URLs.
- :mod:`.scaffold`: writing a new source module (and, rarely, a spider stub).
- :mod:`.fetch` and :mod:`.record`: fetching a page and saving it for replay.
- :mod:`.golden`: golden JSON skeletons pre-filled from the extractor.
- :mod:`.check`: one discovery page and one report per source, field by field.
- :mod:`.table`: the generated table of supported sources.
"""
