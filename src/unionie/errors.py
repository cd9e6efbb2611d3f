"""The error types a caller of unionie may catch; each carries a one-line message for the user.

``InputError``: input that cannot be turned into a document (missing, empty, binary, no Chinese
text, too large). ``BackendUnavailable``: a NER backend or its model cannot be had (missing or
damaged model file, optional package not installed, model not downloadable). ``GazetteerMissing``:
the vendored division table is missing or unreadable (a broken install). ``LexiconError`` (an
``InputError``): a user lexicon (``--lexicon``) that is missing, unreadable or malformed; the message
names the file and, for a bad entry, the line.
"""


class InputError(Exception):
    """Input that cannot be turned into a document; the message is one line for the user."""


class BackendUnavailable(RuntimeError):
    """A requested NER backend cannot run here (missing package, model or network)."""


class GazetteerMissing(RuntimeError):
    """The vendored division table is missing or unreadable (a broken install)."""


class LexiconError(InputError):
    """A user lexicon that cannot be used: missing, unreadable, or a malformed line (the message
    is one line naming the file and the line number)."""
