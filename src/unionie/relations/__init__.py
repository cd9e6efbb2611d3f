"""Relations: HOLDS_POSITION, RUNS, ISSUED and LOCATED_IN between the entities of a document."""
