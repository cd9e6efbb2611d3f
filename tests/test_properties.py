"""Property tests (hypothesis): whatever the text, the record validates, every offset slices the
text, and the JSON has no NaN or infinity."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionie.record import Record
from unionie.text.reader import InputError

PIECES = ["市总工会", "六盘水市", "主席", "刘静", "发展会员", "12500余名", "三点五亿元", "2000多万元",
          "至", "-", "%", "，", "。", "\n", "“", "”", "《", "》", "（", "）", "责任编辑：", "相关阅读",
          "記者", "總工會", "万", "亿", "零", "点", "9" * 40, "\ufffd", "a", " ", "\u3000", "年", "月",
          "日", "第", "届", "职工", "开展", "“温暖帮扶超市”", "分享到", "王伟 摄", "<p>", "</p>"]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_gives_a_valid_record_or_a_one_line_error(text, pipeline):
    try:
        record = pipeline.extract(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    data = record.to_json()
    again = Record.model_validate_json(data)  # validates, offsets included
    json.loads(data, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    for e in again.entities:
        for m in e.mentions:
            assert again.text[m.start : m.end] == m.text
    for f in again.facts:
        assert again.text[f.start : f.end] == f.text
        assert f.value_max is None or f.value <= f.value_max
    data.encode("utf-8")
