"""Segmentation: sentences and words with character offsets.

Input: a ``Document`` with ``regions``. Output: ``doc.sentences`` (split on 。！？ and line ends,
inside the title and body regions only) and ``doc.tokens`` (jieba words with POS tags, offsets
into ``doc.text``). jieba runs as a private ``Tokenizer`` with the domain dictionary
``resources/jieba_domain.txt`` (union bodies, titles, programme words) added, so the global jieba
state is left alone.
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
from functools import lru_cache
from sys import intern

import numpy as np

from unionie.core.chars import SENTENCE_ENDS, char_class
from unionie.core.document import Document, Sentence, Token
from unionie.core.resources import resource_path

_SENT_END = re.compile(
    char_class(SENTENCE_ENDS + "\n", negate=True) + "*(?:" + char_class(SENTENCE_ENDS) + r"+[”’」』）)]*|\n|$)"
)


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    out = []
    for m in _SENT_END.finditer(text, start, end):
        s, e = m.start(), m.end()
        seg = text[s:e]
        ls = s + len(seg) - len(seg.lstrip())
        le = s + len(seg.rstrip())
        if le > ls:
            out.append(Sentence(ls, le))
    return out


CACHED_RUN = 4  # runs this long or shorter keep their decoded path
CACHED_PATHS = 50_000  # at most this many kept (a few MB)


class PosHmm:
    """jieba's POS hidden Markov model (the tables ``jieba.posseg`` ships) decoded with numpy.

    jieba runs this model on runs of characters that its dictionary cannot cover (new names,
    rare words) and decodes it in pure Python over up to a few hundred (BMES, POS) states per
    character: that was a third of the whole pipeline's time. :meth:`decode` computes the same
    Viterbi path from the same tables, with the same order of float additions and the same
    tie-breaking (jieba's ``max`` over ``(score, state)`` tuples prefers the larger state), so the
    tokens are identical; ``tests/test_segment.py`` checks that against jieba's own decoder.
    Input: a run of Chinese characters. Output: one ``(position, POS)`` state per character.
    """

    def __init__(self) -> None:
        import jieba.posseg as jp
        from jieba.posseg.viterbi import MIN_FLOAT

        self._min_float = MIN_FLOAT  # jieba's score for an emission its tables do not list
        self.states = sorted(jp.trans_P)
        index = {st: i for i, st in enumerate(self.states)}
        n = len(self.states)
        self.start = np.array([jp.start_P.get(st, -np.inf) for st in self.states])
        self.trans = np.full((n, n), -np.inf)
        self.follows = np.zeros((n, n), dtype=bool)  # trans_P[x] has an entry for y
        for x, row in jp.trans_P.items():
            for y, p in row.items():
                if y in index:
                    self.trans[index[x], index[y]] = p
                    self.follows[index[x], index[y]] = True
        self.has_next = self.follows.any(axis=1)
        self._emit_p = jp.emit_P
        self._char_states = jp.char_state_tab_P
        self._index = index
        self._emit: dict[str, np.ndarray] = {}
        self._allowed: dict[str, np.ndarray] = {}
        self._everything = np.ones(n, dtype=bool)
        self._paths: dict[str, list[tuple[str, str]]] = {}

    def _emission(self, char: str) -> np.ndarray:
        e = self._emit.get(char)
        if e is None:
            e = np.array([self._emit_p.get(st, {}).get(char, self._min_float) for st in self.states])
            self._emit[char] = e
        return e

    def _states_of(self, char: str) -> np.ndarray:
        m = self._allowed.get(char)
        if m is None:
            listed = self._char_states.get(char)
            if listed is None:
                m = self._everything
            else:
                m = np.zeros(len(self.states), dtype=bool)
                m[[self._index[st] for st in listed if st in self._index]] = True
            self._allowed[char] = m
        return m

    def decode(self, obs: str) -> list[tuple[str, str]]:
        """The state path of ``obs``; runs of up to ``CACHED_RUN`` characters (most runs: 1 and 2
        characters of a name or a rare word, repeated across articles) are decoded once per process."""
        if len(obs) > CACHED_RUN:
            return self._decode(obs)
        path = self._paths.get(obs)
        if path is None:
            if len(self._paths) >= CACHED_PATHS:
                self._paths.clear()  # bounded: a long archive keeps memory flat
            path = self._paths[obs] = self._decode(obs)
        return list(path)

    def _decode(self, obs: str) -> list[tuple[str, str]]:
        present = self._states_of(obs[0])
        score = np.where(present, self.start + self._emission(obs[0]), -np.inf)
        back = []
        for char in obs[1:]:
            prev = np.flatnonzero(present & self.has_next)
            expect = self.follows[prev].any(axis=0)
            cur = self._states_of(char) & expect
            if not cur.any():
                cur = expect if expect.any() else self._everything
            ys = np.flatnonzero(cur)
            cand = score[prev][:, None] + self.trans[np.ix_(prev, ys)] + self._emission(char)[ys][None, :]
            best = len(prev) - 1 - cand[::-1].argmax(axis=0)  # the last maximum: the larger state
            score = np.full(len(self.states), -np.inf)
            score[ys] = cand[best, np.arange(len(ys))]
            step = np.full(len(self.states), -1)
            step[ys] = prev[best]
            back.append(step)
            present = cur
        alive = np.flatnonzero(present)
        state = int(alive[len(alive) - 1 - score[alive][::-1].argmax()])
        path = [state]
        for step in reversed(back):
            state = int(step[state])
            path.append(state)
        return [self.states[i] for i in reversed(path)]


@lru_cache(maxsize=1)
def _pos_hmm() -> PosHmm:
    return PosHmm()


def _fast_pos_tokenizer_class():
    """``jieba.posseg.POSTokenizer`` with its HMM step decoded by :class:`PosHmm` (built on first use)."""
    import jieba.posseg as jp

    class FastPOSTokenizer(jp.POSTokenizer):
        # overrides the private POSTokenizer.__cut (the only caller of jieba's viterbi);
        # builds words from the BMES states exactly as it does
        def _POSTokenizer__cut(self, sentence):
            pos_list = _pos_hmm().decode(sentence)
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield jp.pair(sentence[begin : i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield jp.pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield jp.pair(sentence[nexti:], pos_list[nexti][1])

    return FastPOSTokenizer


def _read_prefix_cache(tok) -> bool:
    """Fill a default-dictionary jieba ``Tokenizer`` from the cache file its ``initialize`` wrote,
    read in one piece (``initialize`` hands the open file to ``marshal.load``, which reads it in
    small pieces: 0.45 s against 0.11 s, the largest part of loading the pipeline). jieba's own rule
    for the default dictionary holds: any cache file is used. False (nothing set) when there is no
    readable cache of the right shape, and ``initialize`` builds one."""
    import marshal

    from jieba import DEFAULT_DICT

    if tok.dictionary != DEFAULT_DICT or tok.initialized or not tok.cache_file:
        return False
    try:
        with open(tok.cache_file, "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int) or not freq:
        return False
    tok.FREQ, tok.total, tok.initialized = freq, total, True
    return True


def _cache_file(name: str) -> str:
    """Where the cache file ``name`` lives: unionie's folder in the user's cache
    (``$XDG_CACHE_HOME``, else ``~/.cache``), made if missing; the system's temporary folder (as
    ``unionie-<name>``) when that cannot be made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    try:
        os.makedirs(os.path.join(base, "unionie"), exist_ok=True)
        return os.path.join(base, "unionie", name)
    except OSError:
        return os.path.join(tempfile.gettempdir(), f"unionie-{name}")


def _tag_table_key() -> tuple[str, int]:
    """What the POS table depends on: jieba's version and the size of its dictionary file."""
    import jieba

    try:
        size = os.path.getsize(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME))
    except OSError:
        size = -1
    return str(getattr(jieba, "__version__", "")), size


def _read_tag_cache(path: str) -> dict[str, str] | None:
    """The POS table a previous run saved (``_save_tag_cache``), or None (none, damaged, or made
    from another jieba)."""
    import marshal

    try:
        with open(path, "rb") as fh:
            key, table = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if tuple(key) != _tag_table_key() or not isinstance(table, dict) or not table:
        return None
    return table


def _save_tag_cache(path: str, table: dict[str, str]) -> None:
    import marshal

    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(marshal.dumps((_tag_table_key(), table)))
        os.replace(tmp, path)  # whole or absent: workers starting together may race here
    except OSError:
        try:
            os.remove(tmp)
        except OSError:
            pass


def _import_posseg(path: str):
    """``jieba.posseg``, imported with its POS table read from our cache file when there is one.

    Importing ``jieba.posseg`` builds its module-level ``POSTokenizer``, which reads the word → POS
    table line by line from jieba's dict.txt: 0.42 s, a third of loading the pipeline (and of every
    batch worker's start). The same table saved with ``marshal`` loads in 0.08 s. So, when the
    cache holds it, the module is imported with the global tokenizer's ``get_dict_file`` answering
    an empty file (the instance attribute only, removed straight after) and the table is then set
    from the cache: the module ends up in the state its own import gives. The first run reads
    dict.txt as usual and writes the cache."""
    import sys

    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    import jieba

    table = _read_tag_cache(path)
    if table is None:
        import jieba.posseg as jp

        _save_tag_cache(path, jp.dt.word_tag_tab)
        return jp
    jieba.dt.get_dict_file = lambda: io.BytesIO()
    try:
        import jieba.posseg as jp
    finally:
        del jieba.dt.get_dict_file
    jp.dt.word_tag_tab = table
    return jp


def _import_jieba():
    """``jieba``, imported without ``pkg_resources``.

    jieba's ``_compat`` imports ``pkg_resources`` (setuptools' deprecated resource API: about 0.1 s,
    and a deprecation warning on newer setuptools) only to open its own data files, and opens
    them by path when that import fails, as it does on an interpreter without setuptools. So the
    import is made to fail while jieba loads, and the module is left for anyone else to import."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=2)
def _tokenizer(fast_hmm: bool = True):
    jieba = _import_jieba()

    jieba.setLogLevel(logging.WARNING)
    jp = _import_posseg(_cache_file("jieba-pos.cache"))
    tok = jieba.Tokenizer()
    tok.cache_file = _cache_file("jieba.cache")
    if not _read_prefix_cache(tok):
        tok.initialize()  # builds the prefix dictionary from jieba's dict.txt and writes the cache
    tok.load_userdict(resource_path("jieba_domain.txt"))
    # A POSTokenizer over the private Tokenizer, sharing the POS table that importing
    # jieba.posseg has just read (the stock constructor would read dict.txt a second time).
    cls = _fast_pos_tokenizer_class() if fast_hmm else jp.POSTokenizer
    pos = cls.__new__(cls)
    pos.tokenizer = tok
    pos.word_tag_tab = dict(jp.dt.word_tag_tab)
    return pos


class JiebaSegmenter:
    """Sentence and word segmentation stage (jieba with the domain dictionary)."""

    name = "segment"

    def __init__(self) -> None:
        self._pos = _tokenizer()

    def words(self, text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._pos.cut(text, HMM=True)]

    def __call__(self, doc: Document) -> Document:
        doc.sentences = []
        doc.tokens = []
        for region in doc.regions:
            for sent in split_sentences(doc.text, region.start, region.end):
                doc.sentences.append(sent)
                pos = sent.start
                for word, flag in self.words(doc.text[sent.start : sent.end]):
                    # interned: a long document repeats the same few thousand words
                    doc.tokens.append(Token(pos, pos + len(word), intern(word), flag))
                    pos += len(word)
        return doc
