"""Facts: numerals and their values (``numbers``), and the stage that finds numeric facts with unit, approximation, object, subject and predicate (``stage``)."""
