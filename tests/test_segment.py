from unionie.reader import make_document
from unionie.segment import JiebaSegmenter, split_sentences


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
