"""Training (not part of the runtime; the runtime never imports it): corpora readers, the CRF and the neural head trainers, synthetic name lists. Run through ``unionie train CONFIG``."""
