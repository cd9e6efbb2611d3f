from unionie.text.reader import make_document
from unionie.text.segment import JiebaSegmenter, split_sentences


def test_sentences_keep_offsets():
    text = "刘静说：“工会要服务职工。”市总工会新建工会221个！全市发展会员。"
    sents = split_sentences(text, 0, len(text))
    assert [text[s.start : s.end] for s in sents] == ["刘静说：“工会要服务职工。”", "市总工会新建工会221个！", "全市发展会员。"]


def test_tokens_cover_regions_with_domain_words():
    doc = make_document("标题\n带领市总工会相关工作人员深入基层调研，投入帮扶资金2000多万元。")
    JiebaSegmenter()(doc)
    words = [t.text for t in doc.tokens]
    assert "市总工会" in words and "帮扶资金" in words
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text
    assert "".join(words) == "标题带领市总工会相关工作人员深入基层调研，投入帮扶资金2000多万元。"


def test_numpy_pos_hmm_gives_jiebas_own_tokens():
    """The vectorised decoder of jieba's POS HMM must reproduce jieba's pure-Python decoder."""
    from pathlib import Path

    from unionie.text.segment import PosHmm, _tokenizer

    fast, stock = _tokenizer(True), _tokenizer(False)
    assert type(fast).__name__ == "FastPOSTokenizer" and type(stock).__name__ == "POSTokenizer"
    raw = sorted((Path(__file__).resolve().parents[1] / "data" / "raw").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in raw[:12]]
    texts.append("委员：覃楚娅贲立鹏仉晓雯庹振东")  # rare surnames run together: the HMM decides
    for text in texts:
        assert [(p.word, p.flag) for p in fast.cut(text)] == [(p.word, p.flag) for p in stock.cut(text)]
    # and directly against jieba's decoder, characters it has no table entry for included
    import jieba.posseg as jp
    from jieba.posseg.viterbi import viterbi

    hmm = PosHmm()
    for run in ("覃楚娅贲立鹏", "郑咏", "鿏鿏龘", "在", "宁德时代新能源"):
        assert hmm.decode(run) == viterbi(run, jp.char_state_tab_P, jp.start_P, jp.trans_P, jp.emit_P)[1]


def test_tokens_between_equals_a_scan_of_the_token_layer():
    doc = JiebaSegmenter()(make_document("标题\n市总工会为环卫工人送去清凉，发放慰问品500份。全市各级工会同步开展活动。", "t"))
    n = len(doc.text)
    for start in range(n + 1):
        for end in range(start, n + 2):
            assert doc.tokens_between(start, end) == [t for t in doc.tokens if start <= t.start and t.end <= end]


def test_prefix_cache_read_in_one_piece_equals_jiebas_own_load(tmp_path):
    """The jieba cache read by ``_read_prefix_cache`` holds what jieba's ``initialize`` loads; a
    missing, damaged or foreign cache is refused (and ``initialize`` rebuilds it)."""
    import jieba

    from unionie.text.segment import _read_prefix_cache

    cache = tmp_path / "jieba.cache"
    built = jieba.Tokenizer()
    built.cache_file = str(cache)
    assert not _read_prefix_cache(built)  # no cache yet
    built.initialize()  # builds the dictionary and writes the cache
    assert cache.is_file()
    read = jieba.Tokenizer()
    read.cache_file = str(cache)
    assert _read_prefix_cache(read) and read.initialized
    assert read.total == built.total and read.FREQ == built.FREQ
    assert read.lcut("工会干部深入企业走访慰问一线职工") == built.lcut("工会干部深入企业走访慰问一线职工")
    cache.write_bytes(b"\x00not a cache")
    damaged = jieba.Tokenizer()
    damaged.cache_file = str(cache)
    assert not _read_prefix_cache(damaged) and not damaged.initialized
    damaged.initialize()  # jieba's own path rebuilds a damaged cache
    assert damaged.FREQ == built.FREQ
    custom = jieba.Tokenizer(str(tmp_path / "dict.txt"))
    custom.cache_file = str(cache)
    assert not _read_prefix_cache(custom)  # another dictionary: jieba's freshness rule applies, not ours


def test_short_runs_decoded_once_and_cache_bounded(monkeypatch):
    """A short run's path is kept and given again (a fresh list each time); the cache is cleared
    when full, so a long archive does not grow it."""
    from unionie.text import segment

    hmm = segment.PosHmm()
    first = hmm.decode("鲲鹏")
    assert first == hmm._decode("鲲鹏") and "鲲鹏" in hmm._paths
    first.append(("X", "x"))
    assert hmm.decode("鲲鹏") == hmm._decode("鲲鹏")  # the kept path was not changed by the caller
    assert "鲲鹏之志向远大" not in hmm._paths and hmm.decode("鲲鹏之志向远大") == hmm._decode("鲲鹏之志向远大")
    assert "鲲鹏之志向远大" not in hmm._paths  # longer runs are not kept
    monkeypatch.setattr(segment, "CACHED_PATHS", 2)
    for run in ("甲乙", "丙丁", "戊己"):
        hmm.decode(run)
    assert len(hmm._paths) <= 2


_POS_TABLE_PROBE = """
import hashlib, json, sys
from unionie.text.segment import JiebaSegmenter
seg = JiebaSegmenter()
import jieba.posseg as jp
table = json.dumps(sorted(jp.dt.word_tag_tab.items()), ensure_ascii=False).encode()
print(len(jp.dt.word_tag_tab), hashlib.sha256(table).hexdigest())
print(seg.words("县总工会开展送温暖活动，慰问困难职工120户"))
print(hasattr(jieba.dt, "get_dict_file") and "get_dict_file" in vars(jieba.dt))
"""


def test_pos_table_from_cache_equals_jiebas_own_import(tmp_path):
    """A first run imports jieba.posseg as jieba does and saves its POS table; a second run imports
    it with the table from that cache: the same table (in the global POS tokenizer too), the same
    words, and the global tokenizer left without the stand-in it had during the import."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    probe = "import jieba\n" + _POS_TABLE_PROBE

    def run() -> list[str]:
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        return out.stdout.splitlines()

    cache = tmp_path / "unionie" / "jieba-pos.cache"
    first = run()
    assert cache.is_file() and int(first[0].split()[0]) > 300_000
    second = run()
    assert second == first and second[2] == "False"
    from unionie.text.segment import _save_tag_cache

    _save_tag_cache(str(cache), {"工会": "n", "送温暖": "vn"})  # a table only the cache can give
    assert run()[0].startswith("2 ")
    cache.write_bytes(b"\x00damaged")
    assert run() == first  # a damaged cache is rebuilt from dict.txt


def test_pos_table_cache_of_another_jieba_is_refused(tmp_path):
    import marshal

    from unionie.text.segment import _read_tag_cache, _save_tag_cache, _tag_table_key

    path = str(tmp_path / "pos.cache")
    assert _read_tag_cache(path) is None
    _save_tag_cache(path, {"工会": "n"})
    assert _read_tag_cache(path) == {"工会": "n"}
    version, size = _tag_table_key()
    (tmp_path / "pos.cache").write_bytes(marshal.dumps(((version, size + 1), {"工会": "n"})))
    assert _read_tag_cache(path) is None


def test_jieba_loads_without_pkg_resources_and_leaves_it_importable():
    """jieba's data files are opened by path (no setuptools resource API at start-up), and a user's
    later `import pkg_resources` still works."""
    import subprocess
    import sys

    code = ("import sys\nfrom unionie.text.segment import JiebaSegmenter\n"
            "words = JiebaSegmenter().words('某县总工会主席赵某某慰问困难职工')\n"
            "assert ('总工会' in ''.join(w for w, _ in words)) and len(words) > 3, words\n"
            "assert 'pkg_resources' not in sys.modules\n"
            "import importlib.util\nassert importlib.util.find_spec('pkg_resources') is None or __import__('pkg_resources')\n"
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
