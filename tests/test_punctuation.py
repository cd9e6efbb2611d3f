"""The full-width view of pages punctuated with ASCII marks (text/punctuation.py): the marks of
Chinese prose are read in full width, the marks of figures and Latin text stay, and a page gives
the same record whichever width its commas, colons and brackets have."""

from unionie.text.punctuation import fullwidth_view
from unionie.text.reader import make_document

ASCII_MARKS = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})

ARTICLE = (
    "青禾县总工会为高温岗位职工送清凉\n\n"
    "7月15日，青禾县总工会来到县经济开发区的恒远机械制造有限公司，为高温岗位工人送去清凉物资。"
    "公司工会主席林晓燕告诉记者，公司有一线职工480名，今年公司还自筹资金15万元，为铸造车间新装了"
    "8台工业冷风机。截至目前，县总工会已走访企业36家，慰问职工2100余人次。\n"
)


def test_prose_marks_turn_full_width_and_figures_keep_theirs():
    text = "县总工会主席王立新(右二)慰问一线职工,发放慰问金1,200元;时间:10:30,地点:车间"
    assert fullwidth_view(text) == "县总工会主席王立新（右二）慰问一线职工，发放慰问金1,200元；时间：10:30，地点：车间"


def test_quotes_and_full_stops_after_chinese_text():
    text = '他说:"我们会继续做好服务."\n网址:www.qinghe-gh.cn'
    assert fullwidth_view(text) == "他说：“我们会继续做好服务。”\n网址：www.qinghe-gh.cn"


def test_latin_text_question_marks_and_full_width_pages_are_left_alone():
    assert fullwidth_view("县总工会启动“送清凉”活动，慰问职工50人。") is None
    assert fullwidth_view("下载 (APP) 查看") is None
    assert fullwidth_view("来源:工人日?报") == "来源：工人日?报"  # ? is an unencodable character there


def test_the_view_is_analysed_and_the_page_recorded_as_written():
    text = ARTICLE.translate(ASCII_MARKS)
    doc = make_document(text, "x")
    assert doc.text == ARTICLE and doc.original_text == text
    assert doc.model_text == text  # the statistical models read the marks as written


def test_a_page_with_ascii_commas_gives_the_facts_and_subjects_of_its_full_width_form(pipeline):
    def summary(record):
        names = {e.id: e.name for e in record.entities}
        return ({(e.type, m.start, m.end) for e in record.entities for m in e.mentions},
                {(f.start, f.value, f.unit, f.object, names.get(f.subject)) for f in record.facts},
                {(r.type, names[r.head], names[r.tail], r.position) for r in record.relations})

    full = pipeline.extract(ARTICLE)
    ascii_page = ARTICLE.translate(ASCII_MARKS)
    record = pipeline.extract(ascii_page)
    assert record.text == ascii_page
    assert summary(record) == summary(full)
    facts = {f.value: names for f in record.facts for names in [{e.id: e.name for e in record.entities}.get(f.subject)]}
    assert facts[480] == facts[150000] == "恒远机械制造有限公司"  # the company, across the ASCII commas
    assert all(not any(c in e.name for c in "，（）") for e in record.entities)  # names as written
