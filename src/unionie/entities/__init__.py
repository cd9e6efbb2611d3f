"""Entities: the recognizers (statistical backend + domain rules and lexicons) listed in one registry, the overlap policy, title chains, the gazetteer and grouping into entities."""
