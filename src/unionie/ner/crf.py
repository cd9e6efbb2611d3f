"""Character-level CRF named-entity tagger (PERSON / ORG / PLACE) stacked on LAC.

The CRF (python-crfsuite) sees, for every character, the character itself and its neighbours,
a coarse character class, and the pretrained LAC analysis of the sentence (the position of the
character inside its LAC word and that word's tag, for the character and its neighbours). It
learns to map LAC's output onto MSRA-style entity conventions.

:func:`char_features` is the single feature function used both by training
(:mod:`unionie.training.crf`) and by inference (:class:`CrfNer`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path

from unionie.core.types import MODEL_TYPES

Span = tuple[int, int, str]
LacWord = tuple[int, int, str]

MODEL_FILENAME = "ner-crf.crfsuite"
META_SUFFIX = ".meta.json"  # sidecar with feature options: ner-crf.crfsuite.meta.json
ENTITY_TYPES = MODEL_TYPES

# Characters that typically close a PLACE or ORG name.
SUFFIX_CHARS = set(
    "省市县区镇乡村州国洲岛山河湖江海路街会局委厅部院校所社团队行司厂店馆协盟党军处科室"
)
DEFAULT_FEATURE_OPTS: dict = {
    "window": 2,  # unigram window +-N
    "bigrams": 1,  # bigrams touching c0 within +-N  (c-1c0, c0c+1 for 1)
    "lac_window": 2,  # LAC position+tag features for chars within +-N
    "lac_word": True,  # the LAC word string (short words only) and neighbouring word tags
    "suffix": True,  # is the char the last char of a word ending in a suffix char
    "skip": False,  # skip bigram c-1c+1 and trigram c-1c0c+1
    "word_context": False,  # previous / next LAC word strings (short words only)
}


# --------------------------------------------------------------------------------------------
# LAC helpers
# --------------------------------------------------------------------------------------------


def lac_analyze(text: str, lac=None) -> list[LacWord]:
    """LAC words ``(start, end, tag)`` for ``text`` (long texts are analysed piece by piece)."""
    if not text:
        return []
    if lac is None:
        from unionie.ner.lac_tagger import shared_lac

        lac = shared_lac()
    return lac.analyze(text)


# --------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------


def _char_class(ch: str) -> str:
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "H"
    if ch.isdigit() or ch in "零〇一二三四五六七八九十百千万亿两":
        return "D" if ch.isdigit() else "N"
    if ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("ａ" <= ch <= "ｚ") or ("Ａ" <= ch <= "Ｚ"):
        return "L"
    if ch.isspace():
        return "S"
    if ch.isalpha():
        return "A"
    return "P"


def char_features(
    text: str, lac_words: Sequence[LacWord], opts: dict | None = None
) -> list[list[str]]:
    """Feature strings for every character of ``text`` (the one feature function).

    ``lac_words`` must be the LAC analysis of exactly ``text`` (offsets into it).
    Long by design: one flat list of feature templates, read top to bottom; splitting it would scatter the templates training and inference must share.
    """
    o = DEFAULT_FEATURE_OPTS if opts is None else {**DEFAULT_FEATURE_OPTS, **opts}
    n = len(text)
    if n == 0:
        return []
    win = int(o["window"])
    bw = int(o["bigrams"])
    lw = int(o["lac_window"])
    use_word = bool(o["lac_word"])
    use_suffix = bool(o["suffix"])
    use_skip = bool(o.get("skip", False))
    use_wctx = bool(o.get("word_context", False))

    pad = max(win, bw + 1, lw, 1)
    chars = ["<S>"] * pad + list(text) + ["</S>"] * pad
    classes = ["B"] * pad + [_char_class(c) for c in text] + ["E"] * pad

    # per-char LAC position (B/I/E/S) + tag, and the index of the word each char is in
    lpos = ["S"] * n
    ltag = ["w"] * n
    widx = [-1] * n
    words = list(lac_words)
    for k, (s, e, t) in enumerate(words):
        if s < 0 or e > n or s >= e:
            continue
        if e - s == 1:
            lpos[s] = "S"
        else:
            lpos[s] = "B"
            for j in range(s + 1, e - 1):
                lpos[j] = "I"
            lpos[e - 1] = "E"
        for j in range(s, e):
            ltag[j] = t
            widx[j] = k
    lpt = [p + "-" + t for p, t in zip(lpos, ltag, strict=True)]
    lpt_pad = ["BOS"] * pad + lpt + ["EOS"] * pad
    ltag_pad = ["BOS"] * pad + ltag + ["EOS"] * pad

    feats: list[list[str]] = []
    for i in range(n):
        p = i + pad
        c0 = chars[p]
        f = ["b", "c0=" + c0, "t0=" + classes[p], "l0=" + lpt[i], "c0l=" + c0 + "|" + lpt[i]]
        for d in range(1, win + 1):
            f.append(f"c-{d}=" + chars[p - d])
            f.append(f"c+{d}=" + chars[p + d])
        for d in range(1, bw + 1):
            f.append(f"b-{d}=" + chars[p - d] + chars[p - d + 1])
            f.append(f"b+{d}=" + chars[p + d - 1] + chars[p + d])
        if use_skip:
            f.append("s1=" + chars[p - 1] + chars[p + 1])
            f.append("tr=" + chars[p - 1] + c0 + chars[p + 1])
        f.append("t3=" + classes[p - 1] + classes[p] + classes[p + 1])
        for d in range(1, lw + 1):
            f.append(f"l-{d}=" + lpt_pad[p - d])
            f.append(f"l+{d}=" + lpt_pad[p + d])
        f.append("lt3=" + ltag_pad[p - 1] + "|" + ltag[i] + "|" + ltag_pad[p + 1])
        k = widx[i]
        if use_word and k >= 0:
            s, e, t = words[k]
            if e - s <= 6:
                f.append("w=" + text[s:e])
            pt = words[k - 1][2] if k > 0 else "BOS"
            nt = words[k + 1][2] if k + 1 < len(words) else "EOS"
            f.append("wn=" + t + "|" + nt)
            f.append("wp=" + pt + "|" + t)
            if k + 1 < len(words):
                ns, ne, _ = words[k + 1]
                f.append("nwl=" + text[ne - 1])  # last char of next word
            f.append("wl=" + text[e - 1] + "|" + lpos[i])  # last char of own word
            if use_wctx:
                if k > 0 and words[k - 1][1] - words[k - 1][0] <= 4:
                    f.append("w-1=" + text[words[k - 1][0] : words[k - 1][1]] + "|" + lpos[i])
                if k + 1 < len(words) and words[k + 1][1] - words[k + 1][0] <= 4:
                    f.append("w+1=" + text[words[k + 1][0] : words[k + 1][1]] + "|" + lpos[i])
        if use_suffix and k >= 0:
            s, e, t = words[k]
            if text[e - 1] in SUFFIX_CHARS:
                f.append("suf=" + ("E" if i == e - 1 else "in") + "|" + t)
            # the word ends in a multi-char suffix
            w = text[s:e]
            if len(w) >= 3 and w[-2:] in (
                "公司",
                "集团",
                "大学",
                "中学",
                "医院",
                "银行",
                "协会",
                "政府",
                "法院",
                "工会",
            ):
                f.append("suf2=" + w[-2:] + "|" + lpos[i])
        feats.append(f)
    return feats


# --------------------------------------------------------------------------------------------
# Labels <-> spans
# --------------------------------------------------------------------------------------------


def spans_to_bio(n: int, spans: Iterable[Span]) -> list[str]:
    labels = ["O"] * n
    for s, e, t in sorted(spans):
        if s < 0 or e > n or s >= e or any(labels[j] != "O" for j in range(s, e)):
            continue  # out of range or overlapping (nested) span: keep the first
        labels[s] = "B-" + t
        for j in range(s + 1, e):
            labels[j] = "I-" + t
    return labels


def bio_to_spans(labels: Sequence[str]) -> list[Span]:
    """Spans from BIO labels; an ``I-`` without a matching open span starts a new one."""
    spans: list[Span] = []
    start, cur = -1, None
    for i, lab in enumerate(labels):
        if lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != cur):
            if cur is not None:
                spans.append((start, i, cur))
            start, cur = i, lab[2:]
        elif lab == "O" or not lab.startswith("I-"):
            if cur is not None:
                spans.append((start, i, cur))
            start, cur = -1, None
    if cur is not None:
        spans.append((start, len(labels), cur))
    return spans


# --------------------------------------------------------------------------------------------
# Model lookup and tagger
# --------------------------------------------------------------------------------------------


def model_dir() -> Path:
    """Where the shipped models live: the package's ``models/`` folder (package data)."""
    return Path(str(files("unionie") / "models"))


def locate_model(filename: str, how_to_train: str) -> Path:
    """Find a model file: in $UNIONIE_MODEL_DIR when it is set, else in the package's models."""
    env = os.environ.get("UNIONIE_MODEL_DIR")
    where = Path(env) if env else model_dir()
    path = where / filename
    if path.is_file():
        return path
    raise FileNotFoundError(
        f"NER model {path} not found"
        + (" (UNIONIE_MODEL_DIR is set)" if env else " (the install is incomplete: reinstall unionie)")
        + f"; train one with `unionie train {how_to_train}`, or choose another backend with --ner."
    )


def find_model() -> Path:
    """Locate ``ner-crf.crfsuite`` (see :func:`locate_model`)."""
    return locate_model(MODEL_FILENAME, "configs/ner-crf.json")


def load_meta(model_path: str | Path) -> dict:
    meta_path = Path(str(model_path) + META_SUFFIX)
    if meta_path.is_file():
        return json.loads(meta_path.read_text(encoding="utf-8"))
    return {}


class CrfNer:
    """PERSON / ORG / PLACE spans from a trained character CRF stacked on LAC."""

    name = "crf"

    def __init__(self, model_path: str | Path | None = None):
        import pycrfsuite

        self.model_path = Path(model_path) if model_path is not None else find_model()
        if not self.model_path.is_file():
            raise FileNotFoundError(f"CRF NER model not found: {self.model_path}")
        self.meta = load_meta(self.model_path)
        self.feature_opts = {**DEFAULT_FEATURE_OPTS, **self.meta.get("feature_opts", {})}
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.model_path))

    def predict(self, text: str, lac_words: list[LacWord] | None = None) -> list[Span]:
        """(start, end, type) spans, type in PERSON/ORG/PLACE, offsets into ``text``.

        ``lac_words``: LAC analysis of exactly this text if the caller already has it
        (computed with ``shared_lac()`` when None).
        """
        if not text:
            return []
        if lac_words is None:
            lac_words = lac_analyze(text)
        labels = self._tagger.tag(char_features(text, lac_words, self.feature_opts))
        return [s for s in bio_to_spans(labels) if s[2] in ENTITY_TYPES]

    def predict_many(self, texts: Iterable[str]) -> list[list[Span]]:
        return [self.predict(t) for t in texts]
