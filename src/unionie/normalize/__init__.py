"""Normalisation: the schema-2 values that let records be joined across articles.

``dates`` turns DATE surfaces into periods; ``orgs`` gives an organisation its kind; ``stage``
(the pipeline's normalisation stage) sets DATE periods, ORG kinds and places, fact times and the
bodies implied by coordinated names. PLACE divisions and codes are resolved earlier, when mentions
are grouped into entities (``entities/aliases.py`` with ``entities/gazetteer.py``).
"""
