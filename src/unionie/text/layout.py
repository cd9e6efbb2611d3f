"""Layout: which lines of an article are metadata or page noise, and which are title and body.

Input: a ``Document`` whose ``text`` is set. Output: ``doc.meta`` (title, published, source,
authors, editor) and ``doc.regions`` (the title and body spans later stages annotate).
Datelines, source lines, bylines and editor lines become metadata; page noise (share buttons,
copyright and ICP footers, inline "related news" boxes, photo credits) is left out. Noise is
recognised anywhere in the text and never ends the body: the article goes on after an inline
box or an editor line in mid-article (annotation guidelines, "Regions").
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionie.core.chars import HAN, PINYIN_GLOSS, SENTENCE_ENDS, char_class, is_han
from unionie.core.document import Document, Region
from unionie.core.resources import alternation, layout_cues, surnames

_DATE_TIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# a dateline with a two-digit year (23-05-12, 23-12-28 08:40), as some portals print it
_SHORT_DATE = re.compile(
    r"(?<![\d.:/-])(?P<y>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?![\d.:/-])"
)
# a dateline written month first, the year after it: 06月13日,2017年
_MD_Y = re.compile(r"(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[,，]\s*(?P<y>(?:19|20)\d{2})年(?P<H>)(?P<M>)(?P<S>)")
# a dateline written year first, a space, then month/day: 2025 06/06 (some portals' list stamp)
_Y_MD = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d{2})[ \u3000]+(?P<m>\d{1,2})/(?P<d>\d{1,2})"
                   r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?![\d./-])")
# a dateline written day first: 30.09.2014 14:25
_DMY = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?![\d.])")
# what may stand beside a date on a dateline: a time, a source, a site, a byline, an editor
_DATELINE_REST = re.compile(
    r"(?:来源|来自|作者|记者|通讯员|编辑|责任编辑|发布时间|发布日期|时间)\s*[:：]?\s*\S{0,20}|www\.\S+|我来说两句|"
    r"[|丨｜]")
_SOURCE = re.compile(r"(?:(?:(?<![片材])来[\s\u3000]?源(?:\s*/\s*作者)?|来自|稿源|出处|源自|供稿|报纸名称|发布单位|供稿单位|来稿单位|出品)\s*(?:[:：]|丨|[|｜](?=\s*[\u4e00-\u9fff]))|本文(?:来源于|转自|转载自|来自)|转载自)\s*(?:微信)?(?:公众号)?\s*[《【“\x22]?(?!发布|发表|时间|作者|编辑|责编|点击|浏览)(?P<src>[^\s|丨｜《》()（）:：?【】\[\],，。；;“”\x22「」]+?)[》】”\x22」]?(?=[\s|丨｜)）】\]]|作者|编辑|责任编辑|发布|时间|浏览|点击|阅读|(?:19|20)\d{2}\s*[-年/.]|$)")
_AUTHOR_FIELD = re.compile(r"(?:作者|记者|通讯员|撰稿|撰文|文字|图文)\s*(?:[:：]|[|｜丨])\s*(?!\s|来源|编辑|责编|责任编辑|发布|时间)(?P<who>[^|丨｜\n【】\[\]]+?)"
                           r"(?=\s{2,}|\s*(?:来源|信息来源|编辑|发布|时间|[|丨｜】\]]|$)|\s+[^\s:：|｜]{1,4}\s*[:：|｜]|\s+\S{5,})")
_HEADER_HINT = re.compile(
    r"(来源\s*[:：]|报纸名称\s*[:：]|发布时间|发布日期|发表于|时间\s*[:：]|分享到|字号|浏览[量次]|阅读(?:[量数]|次数)|查看次数|作者\s*[:：]|打印|"
    r"^[\s|｜丨]*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}|^\s*\d{2}-\d{2}-\d{2}(?![\d-]))"
)
# a line that is metadata or page noise, wherever it stands
_FOOTER_START = re.compile(  # maybe after a page widget in brackets (【纠错】 责任编辑：某某)
    r"^\s*(?:[✎✍☞▶►•●·]|-(?=\s))?\s*(?:[【\[]\s*(?:我要)?(?:纠错|打印|关闭|收藏)\s*[】\]]\s*|(?:打印|关闭|收藏)(?:本页|窗口)?[\s\u3000]+)?(?:[【\[（(]?\s*(?:[一二三四]审\s*/\s*)?(?:本网|本报|本站|特约)?(?:(?:初审|复审|终审|[一二三]审)编辑|责任编辑|责编|编[\s\u3000?？]*辑|审[\s\u3000?？]*核|审[\s\u3000?？]*稿|校[\s\u3000?？]*对|编校|终审|编审|初审|复审|[一二三四][\s\u3000]{0,2}审|总策划|"
    r"(?:副)?主编|总?监制|美编|统筹|部门负责人|值班编辑|执行编辑|值班主任|出品人|排版|(?:平台|内容|技术)?总监|总编审|"
    r"发布时间|发布日期|原标题|标题|原標題|標題|通讯员|记者|(?:文章|新闻|稿件)?作者|撰稿|摄影|文字|图片|图文|制作|视频|文|图)\s*(?:[:：]|[|｜丨](?=\s*[\u4e00-\u9fff]))|"
    r"[^\s，。]{2,12}(?:网|日报|晚报|融媒体中心|电视台|客户端)[\s\u3000]+(?:责任)?编\s*辑\s*[:：]|(?:责任编辑|责编|编辑)\s*/(?=\s*[\u4e00-\u9fff])|"  # 某某新闻网 编辑:某某; 责任编辑 / 某某
    r"(?:图源|题图|封面图?|文案|拍摄|摄像|剪辑|配音|设计|海报|策划|撰文|整理|编辑整理|信息员|审校|(?:图片|素材)来源|(?:供稿|作者)单位|"
    r"(?:图文|视频|新媒体|本期)编辑)\s*(?:[:：]|[|｜丨](?=\s*[\u4e00-\u9fff]))(?=[^\n。！？；]*$)|"  # a repost's credit labels (文案：某某, 图源：某某)
    r"部分?(?:图片|素材|图文)(?:均)?来(?:源|自)于?网络|"  # 部分图片来源于网络
    r"相关新闻|相关阅读|相关链接|"
    r"延伸阅读|推荐阅读|新闻推荐|相关推荐|转载请注明|查看完整版本|版权所有|版权声明|Copyright|©|.*ICP\s*[备证]?\s*\d|分享到|扫一扫|"
    r"[（(]?\s*(?:本文|稿件|文章|信息)?来[\s\u3000?？]*源\s*(?:[:：]|[丨|｜](?=\s*[\u4e00-\u9fff]))|源自\s*[:：]|供稿\s*[:：]|本文(?:来源于|转自|转载自|来自)|转载自|"
    r"(?:发布|供稿|来稿)单位\s*[:：]|出品\s*[:：])",
    re.IGNORECASE,
)
_EDITOR = re.compile(r"(?:责任编辑|责编|编[\s\u3000]{0,2}辑)\s*(?:[:：]|[|｜丨/](?=\s*[\u4e00-\u9fff]))\s*(?!手机版|来源|发布|时间|作者)"
                     r"(?P<ed>(?:(?!责编|责任编辑|编辑|审核|审校|校对|[初复终二三]审|来源|作者|\d{4}-\d{1,2}-\d{1,2})[^\s\]】）)|丨｜/])+)")
# role words that may be glued to the name after them (记者张三); the single-character roles (文, 图,
# 摄) count only as whole tokens, since they also occur inside names (罗文, 郜文斌)
_GLUED_ROLES = r"本报记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|撰稿|作者"
_ROLE = rf"(?:{_GLUED_ROLES}|摄|文/图|文\s*/\s*图|图/文|图文|图片|文|图)"
_ROLE_RE = re.compile(_ROLE)
_ROLE_PREFIX = re.compile(rf"^(?:{_GLUED_ROLES})")
_OUTLET_ROLE = re.compile(r"^\S{2,12}?(?:记者|通讯员)$")  # 重庆日报记者, 新华社记者: an outlet, not a name
_OUTLET_ROLE_NAME = re.compile(rf"^\S{{2,16}}?(?:记者|通讯员)(?P<name>[{HAN}·]{{2,3}})$")  # 某传媒集团记者张三
_BYLINE_END = re.compile(r"[（(]\s*(?P<inner>[^（）()\n]{1,60}?)\s*[)）][\s|｜丨]*$")
# a dateline opener: 本报讯, 某网某地12月3日讯, 【某报讯】, 新华社某地电; maybe after the paper's page head
# (《某某工人报》（2022年03月08日 第A3版）本报讯)
_PAGE_HEAD = r"(?:《[^《》\n]{2,12}》\s*[（(][^（）()\n]{0,30}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()\n]{0,12}[)）]\s*)?"
_LEAD = (rf"{_PAGE_HEAD}(?:本报讯|本报[^\s，。（(]{{0,10}}电|[【\[]?[^\s，。（(【】\[\]]{{2,20}}(?:讯|消息)[】\]]?"
         r"|据?新华社[^\s，。（(]{0,16}电|[^\s，。（(【】\[\]]{2,20}?\d{1,2}日电|[^\s，。（(【】\[\]:：]{2,12}?(?:网|網|日报|报)\s*[:：](?=\s*[（(])"  # 某某网:(甲 乙)
         r"|[^\s，。,（(【】\[\]:：]{2,12}?(?:网|網)\s*[:：]"  # 某某网:近年来，… (the outlet, then the lead)
         r"|[^\s，。,（(【】\[\]:：]{2,12}?报道\s*[:：]?(?=\s*[（(])"  # 云上某某报道:(记者 某某): an app's dateline, the colon maybe lost
         r"|[「【\[]\s*(?:本文)?来源\s*[:：][^」】\]\s]{2,20}[」】\]])")  # 「本文来源:某某日报」
# the outlet a dateline opener names (not 本报讯): 湘南网7月8日讯, 【湘南日报讯】, 新华社北京7月8日电
_LEAD_OUTLET = re.compile(r"^[【\[]?(?:据)?《?(?P<outlet>(?!本报)(?:新华社|[A-Za-z0-9]{2,6}(?:网|網)|[^\s\d，。（(【】\[\]「」:：]{2,12}?(?:日报|晚报|早报|工人报|报|网|網|电视台|客户端))(?!道|业))")
_BOXED_SOURCE = re.compile(r"^[「【\[]\s*(?:本文)?来源\s*[:：](?P<src>[^」】\]\s]{2,20})[」】\]]")
_BYLINE_START = re.compile(
    rf"^\s*(?:[?？\ufffd]{{2,}}[\s\u3000]+)?(?:[•●■◆▲★□·]\s*)?(?P<lead>{_LEAD})?\s*"  # (??? : an indentation lost)
    r"[（(]\s*(?P<inner>[^（）()\n]{1,60}?)\s*[)）]"
)
_BYLINE_START_BARE = re.compile(rf"^\s*(?:[?？\ufffd]{{2,}}[\s\u3000]+)?(?:[•●■◆▲★□·]\s*)?(?P<lead>{_LEAD})\s*")
_BYLINE_LINE = re.compile(
    rf"^\s*[□■●◆▲★]?\s*(?P<open>[（(])?\s*(?:{_ROLE}\s*[:：/]?\s*[{HAN}·]{{2,4}}(?:\s+|、|，|(?=[)）])|$))+"
    r"\s*(?(open)[)）])\s*$")
_NAME = re.compile(rf"^[{HAN}·]{{2,4}}$")
_ROLE_WORD = re.compile(r"记者|通讯员|本报|本网|编辑")
# names, then what they did: 某甲、某乙 摄影报道 (a credit line closing the article)
_NAMES_THEN_ROLE = re.compile(
    rf"^\s*[（(]?\s*(?P<names>[{HAN}·]{{2,4}}(?:\s*[、，,\s]\s*[{HAN}·]{{2,4}})*)\s+(?:摄影报道|图文报道|摄影|报道|摄|供图|文\s*/\s*[图摄]|[图摄]\s*/\s*文|文图|图文)\s*[)）]?\s*$")
# a name in a credit, and what its bearer did after it (某某 摄影报道, 某某摄): the role is no part of the name
_DONE_ROLE = r"(?:摄影报道|图文报道|报道|摄影|摄)"
_CREDIT_NAME = rf"(?:(?!摄影|报道)[{HAN}·]){{2,4}}?"  # (lazy: 某某摄 is a name and its role)
_NAME_GLUED_ROLE = re.compile(rf"^\s*(?P<name>[{HAN}]{{2,3}}?){_DONE_ROLE}\s*$")  # 某某摄影报道 (the space lost)
# 作者：本站 names no one; nor do a page's buttons closing the article (赞赏, 分享)
_NOT_NAMES = frozenset({"本站", "本网", "本报", "原创", "佚名", "未知", "匿名", "赞赏", "点赞", "打赏", "收藏", "分享",
                        "转发", "评论", "在看", "留言", "供稿", "供图", "网络", "互联网", "工会", "总工会", "公司", "集团", "本刊", "admin", "管理员", "系统管理"})
_BODY_HEADS = frozenset({"工会", "公司", "集团"})


_LABELS = frozenset({"来源", "编辑", "责编", "责任编辑", "编审", "审核", "审稿", "终审", "初审", "一审", "二审", "三审", "复审", "校对", "审校",
                     "监制", "总监制", "编校", "美编", "时间", "发布",
                     "发布时间"})
_EDITOR_LABELS = frozenset({"编辑", "责编", "责任编辑"})
# a credit line's role label before its names (作者 某某, 摄影 某某): the names are writers
_CREDIT_ROLES = frozenset({"作者", "记者", "通讯员", "撰稿", "文字", "图文", "摄影", "图片", "文", "图"})
_BODY_NAME = re.compile(rf"^[{HAN}]{{2,16}}(?:工会|中心|局|厂|场|站|所|部|办|室|队|委|社|公司|集团|车间)$")
_OUTLET_NAME = re.compile(r"^\S{2,12}(?:日报|晚报|早报|报社|工人报|电视台|融媒体中心|融媒体|融媒體|新闻中心|客户端|网)$")  # 湘南日报, 中工网


_GLUED_SECOND_ROLE = re.compile(rf"(?:(?<=记者[{HAN}]{{2}})|(?<=记者[{HAN}]{{3}})|(?<=通讯员[{HAN}]{{2}})|(?<=通讯员[{HAN}]{{3}}))"
                                rf"(?=(?:记者|通讯员)[{HAN}])")  # where a second role follows a role and a name
_ROLE_TOKENS = frozenset({"报道", "报导", "摄影报道", "图文报道", "提供", "供稿", "供图", "本报", "本网", "本台", "本刊", "特约", "见习", "实习"})  # (本报 记者某某)
_PHOTOS_WORD = re.compile(r"(?:本组|本版|本文|文中|组)?(?:图片|照片)|组图")  # (本组图片 本网记者 某某 摄): what the credit covers
_ROLE_AFTER_SLASH = re.compile(rf"/(文|图|摄)(?=[{HAN}])")


def _byline_names(inner: str, role_implied: bool = False, meta: dict | None = None) -> list[str] | None:
    """Names in a byline such as '蹇蛟 记者 李献波' or '记者 张三 通讯员 李四'; None if not a byline.
    An outlet named in it (湘南日报 记者某某) is no name: it is the source, given ``meta``."""
    inner = _ROLE_AFTER_SLASH.sub(r"/\1 ", inner)  # 某甲/文某乙/图: 某甲/文 某乙/图
    inner = re.sub(rf"(?<=[{HAN}])(摄影报道|图文报道|报道|报导)\s*$", r" \1", inner)  # (某某报道): the name, then what they did
    inner = re.sub(rf"(?<=[{HAN}])提供(?=\s|$)", " 提供", inner)  # (图/某某提供)
    inner = _GLUED_SECOND_ROLE.sub(" ", inner)  # 记者甲通讯员乙: the spaces lost
    tokens = [p for p in re.split(r"[\s、，,;；/:：丨|｜□■●◆▲★()（）]+", inner) if p]
    label = next((i for i, tok in enumerate(tokens) if tok in _LABELS), None)
    if label is not None:  # 记者:某某 编辑:某某: the writers end where the editors begin
        if meta is not None and tokens[label] in _EDITOR_LABELS and label + 1 < len(tokens) \
                and _NAME.match(tokens[label + 1]) and not meta.get("editor"):
            meta["editor"] = tokens[label + 1]  # (图文/某甲 编辑/某乙)
        tokens = tokens[:label]  # (作者: 来源:某某 names no writer)
    has_role = role_implied
    parts = []
    outlet = None
    for tok in tokens:
        if len(tokens) > 1 and tok in _BODY_HEADS:
            has_role = True  # (工会 某甲/文 某乙/图): a body named by its head alone, no writer
            continue
        if len(tokens) > 1 and (_OUTLET_NAME.match(tok) or _BODY_NAME.match(tok)) and outlet is None:
            outlet = tok  # 湘南日报 记者某某, 某某宣传中心 某某, 贮木场 某某: the source, not a writer
            has_role = True
            continue
        if _ROLE_RE.fullmatch(tok) or _OUTLET_ROLE.match(tok) or tok in _ROLE_TOKENS or _PHOTOS_WORD.fullmatch(tok):
            has_role = True
            continue
        m = _ROLE_PREFIX.match(tok)
        if m:
            has_role = True
            tok = tok[m.end() :]
        elif (glued := _OUTLET_ROLE_NAME.match(tok)) is not None:
            has_role = True
            tok = glued["name"]
        parts.extend(_glued_names(tok) if has_role else [tok])
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(len(p) == 1 and is_han(p) for p in parts):
        parts = [a + b for a, b in zip(parts[::2], parts[1::2], strict=True)]  # 任 行 王 川: names spaced out
    if not parts or not all(_NAME.match(p) and p not in _NOT_NAMES for p in parts):
        return None
    if not has_role and len(parts) < 2:
        return None
    if outlet is not None and meta is not None and not meta.get("source"):
        meta["source"] = outlet
    return parts


def _glued_names(tok: str) -> list[str]:
    """记者郝某李某某: two names written together, where exactly one cut gives two names that each
    open with a family name; else the token as it is."""
    if not 5 <= len(tok) <= 6 or not all(is_han(c) for c in tok):
        return [tok]
    family = surnames()
    cuts = [k for k in (2, 3) if 2 <= len(tok) - k <= 3 and tok[0] in family and tok[k] in family]
    return [tok[: cuts[0]], tok[cuts[0] :]] if len(cuts) == 1 else [tok]


def _iso(m: re.Match[str]) -> str:
    out = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"]:
        out += f"T{int(m['H']):02d}:{m['M']}"
        if m["S"]:
            out += f":{m['S']}"
    return out


# an inline box of links: its heading, then short item lines until prose resumes
_BOX_HEADING = re.compile(r"^\s*[【\[•●·]?\s*(?:[日周月]?新闻排行榜|点击排行|相关新闻|相关报道|相关阅读|相关链接|相关文章|相关内容|延伸阅读|推荐阅读|为您推荐|新闻推荐|相关稿件|猜你喜欢|热点新闻|热门文章|"
                          r"(?:最新文章|推荐文章|热门推荐|最新资讯|最近更新|最新更新|为[您你]推荐)\s*$|"
                          r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]?\s*$|"  # a pager's label, its headline on the next line
                          r"更多\s*(?:[-—>»＞]+|$)|(?:微信)?扫一扫|分享(?:到|至)\s*[:：]?\s*$|(?:热点|精彩)推荐\s*$|(?:往期|精彩|更多)(?:推荐|回顾|精彩|阅读)\s*$|(?:评论一下|网友评论|最热评论|最新评论)\s*$)")  # a teaser list (更多- 某某…); a follow-us box, its account below
# a site footer: after it, short lines (address, phone, sponsor) are noise too
_BULLET = re.compile(r"^\s*[•●■◆▲★□·]")
# a box's item that is a headline closing with an exclamation or a question (某某工会召开全委会！)
_HEADLINE_ITEM = re.compile(r"^[^。，,；;：:\n]{4,40}[！!？?]\s*$")
# a box's item with its date: - 05-04某某…, 2024-05-04 某某…, 某某…(2024-05-04); a headline, even with a "!" in it
_DATED_ITEM = re.compile(r"^\s*(?:[-•●■◆▲★□·*]\s*)?(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}(?![\d.:：])\s*\S|"
                         r"^[^\n]{4,50}?[\s(（\[【]\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[)）\]】]?\s*$")
_SITE_FOOTER = re.compile(r"^\s*免责声明\s*$|版权[^\n。，,]{0,6}属[^\n。，,]{0,6}(?:作者|所有)|(?:本信息|本文|该信息|以上信息)[^\n。]{0,6}真实性未经|"  # a disclaimer's heading alone, its prose
                          r"(?:主管|主办|承办)单位\s*[:：][^\n。]{2,40}?(?:地址|电话|邮编|联系方式)\s*[:：]|"  # a portal's footer row (主管单位:某某 地址:…)
                          r"版[ \u3000]?权[ \u3000]?所[ \u3000]?有|版权声明|版权归|^\s*(?:免责|特别)?声明\s*[:：]|仅代表作者(?:本人)?(?:的)?观点|不代表本(?:站|网|网站|平台)(?:赞同其|的)?(?:观点|立场)|转载(?:目的)?(?:在于|意在|旨在|是为了?)传递更多信息|本(?:网站|站|网)由[^\n。]{2,30}主办|Copyright|©|ICP\s*[备证]?\s*\d|公网安备|"
                          r"转载请(?:注明|附上|标明|保留|联系|务必)|(?:本文|本稿|此文)(?:为|系)[^\n。，]{0,12}原创(?:文章|作品|稿件)|"  # 本文为某某原创文章，转载请附上…
                          r"版权作品|未经[^\n。，,]{0,8}(?:授权|许可|同意|允许)[^\n。]{0,8}(?:严禁|不得|禁止|请勿)[^\n。]{0,6}(?:转载|复制|使用)",  # 未经授权严禁转载
                          re.IGNORECASE)
# a portal's footer rows below the article (电话:… 网站地图, 技术支持:…, 推荐使用…分辨率): a site footer once
# the article has begun
_PORTAL_FOOTER = re.compile(r"网站地图|(?:技术|运维)支持\s*[:：]|技术支持电话|(?:推荐|建议)使用[^\n。]{0,40}(?:分辨率|浏览器)|"
                            r"网站支持\s*IPV6", re.IGNORECASE)
_PAGE_NOISE = re.compile(
    r"^[\s|｜]*(?:[【\[]\s*(?:字体|字号|打印|关闭|收藏|保存|返回)|(?:字体|字号)(?:大小)?\s*[:：]\s*(?:[【\[]|$|[(（]?\s*大\s*[)）】\]]?\s*[【\[(（]?\s*中)|(?:当前版|版面)\s*[:：]|分享[到至]|扫一扫|(?:用|使用)?(?:微信|手机)?扫码[^\n。，！？]{0,16}$|点击量|点击数|阅读量|浏览次数|浏览量|"
    r"[\d<>＜＞←→«»‹›\s•·*-]*(?:阅读)?[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一版|下一版|上一期|下一期)|[【\[]?\s*[上下]篇\s*[】\]]?\s*[:：]|上一页|下一页|返回顶部|打印本页|关闭窗口|与我们联系|联系我们|联系电话\s*[:：]|"
    r"传\s*真\s*[:：]|邮\s*箱\s*[:：]|(?:拟稿|核稿|审稿|签发|撰稿)人?\s*[:：]|已有\d+人(?:发表了?)?评论|索\s*引\s*号|发布机构|(?:发文字号|发文机关|发文时间|成文日期|主题词|主题分类|公开方式|公开范围)\s*[:：]|语音播报|[^\n。]{0,8}(?:收听|语音版)\s*$|"  # a player's button (点击收听)
    r"[>》»\s]*(?:附件下载|相关附件|请?发表评论|请输入验证码|我要举报|我要纠错|我要评论|网站地图|设为首页|加入收藏|加载更多|查看更多|展开全文)\s*[:：]?\s*$|"  # a page's widgets under the article (加载更多: a load-more button)
    r"(?:本篇|本文|全文)(?:文章)?(?:共|约)?\s*\d+\s*字[^\n。]{0,16}\d+\s*分钟\s*$|"  # a reading-time counter
    r"第\s*\d+\s*期\s*[:：]?\s*第\s*\d+\s*版|(?:[^\n。！？，]{0,30}?[\s\u3000])?第\s*[A-Za-z]?\s*[\d一二三四五六七八九十]+\s*版\s*[:：]|"
    r"[A-Za-z]?\d{1,5}\s*版\s*[:：]|"  # a paper's page label (第A04版：某某, 某报 2024年5月1日 第3版：要闻)
    r"[^\n。，]{0,20}(?:数字报纸|数字报|电子报|电子版|图文数据库)(?:阅读器|阅读机|平台)?(?:\s*[（(][\d\s-]+[)）])?\s*$|[^\n。，\s]{2,16}(?:报社|杂志社)出版\s*$|"  # an e-paper's header (某某报社出版)
    r"通版阅读|(?:展开|收缩)通版\s*$|文章字数\s*[:：]\s*\d+\s*$|"  # an e-paper's page widgets, a word count
    r"[^\n。！？]{0,20}欢迎(?:访问|光临|您)|[^\n]{0,60}\.(?:[Jj][Pp][Ee]?[Gg]|[Pp][Nn][Gg]|[Gg][Ii][Ff])\s*$|"  # an image's file name
    r"[^\n]{0,40}国内统一刊号|[^\n]{0,80}_fororder_|正文\s*$|!\[[^\]\n]*\]\([^)\n]*\)[\s|]*$|今天是|上一期|下一期|这已经是(?:最后|第)一期|我知道了\s*$|[^\n]{0,20}建议使用[^\n]{0,40}浏览器|地\s*址\s*[:：]|"  # site chrome, contact
    r"(?![^\n]*[。！？；])[^\n]{0,30}(?:官方网站|网首页|举报电话)[^\n]{0,40}$|[^\n。，_]{0,12}网\s*[-—|｜]\s*[^\n。，_]{0,12}门户(?:网站)?[\s!！]*$|"  # page head, a portal's slogan (某某网 - 某某行业门户网站 !)
    r"[^\n]*(?:<!--|-->|\bcontent_\d+\.s?html?\b|\bpublishdate\s*:|\bproduced by\b)|"  # a CMS comment or file name left in the page
    r"</?[a-zA-Z]+\s*>?\s*$|/[a-zA-Z]+>\s*$|"  # a tag's residue (/div>)
    r"返回首页|返回\s*$|站内检索|全站搜索|站内搜索|微信扫一扫|[^\n。！？]{0,20}欢迎来到|第\s*[一二三四五六七八九十\d]+\s*版\s*$|"  # page chrome
    r"(?:稿源|来源|信息来源|文章来源|作者|出处)\s*[:：]?[\s|｜丨]*$|(?:日期|时间|发布时间|发布日期|更新时间)\s*[:：][\s|｜丨]*(?:\d{1,2}[-/.月]\d{1,2}日?\s*)?$|"  # a template's label left empty or with a day only
    r"[^\s，。！？]{0,12}?[\s\u3000]?(?:记者|通讯员)\s*[:：]?\s*$|"  # a reporter's label with the name lost (某报记者, 某某+ 记者)
    r"(?:无障碍(?:辅助)?(?:浏览|阅读)?(?:工具条|工具栏|模式)?|长者模式|关怀版|适老化?(?:模式|版))\s*$|"  # a portal's accessibility toolbar
    r"(?:下载|打开)[^\n。，！？]{0,10}(?:客户端|[Aa][Pp][Pp])[^\n。，！？]{0,12}$|"  # an app's prompt (下载某某客户端浏览更多新闻)
    r"(?![^\n]*[。！？，；])[^\n_]{2,40}(?:_[^\n_]{2,40}){3,}\s*$|"  # a line of keywords joined by _ (a spam or SEO head)
    r"\d{1,2}[-/]\d{1,2}[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?\s*$|https?://\S+\s*$|"  # a time stamp with no year (12-01 17:17); a bare address
    r"[×✕✖]\s*$|版本\s*[Vv]?\d+(?:\.\d+)+\s*$|\[(?:video|audio|img|image)\][^\n]*$|<image>[^\n]*$|[^\n]{0,20}data:image/|"  # a close button's glyph alone; a site's version footer; an embedded player's code
    r"(?=[^\u4e00-\u9fff\n]*$)(?:[^\sA-Za-z]*[A-Za-z][A-Za-z'’-]*[\s,.;:()]+){6}|"  # a line of English prose (a platform's notice), no Han in it
    r"(?:快捷登录|该用户从未签到|使用道具(?:\s*举报)?|新手上路|(?:高级|中级|初级|注册)会员|只看该作者|电梯直达|楼主|沙发|板凳|地板|回复|马上注册[!！]?)\s*$|[^\n。]{0,6}您需要\s*登录|"  # a forum's post chrome
    r"本版积分规则|发表回复|回帖并转播|Powered by|GMT\+8|Processed in|(?:用户|会员)登录\s*$|还没有账号[?？]?\s*$|立即注册\s*$|"  # a login box
    r"(?:文字|字体)\s*缩放|放大\s*缩小|(?:微信|手机)?(?:二维码|扫码阅读)\s*$|"  # a page's text-size widget, a QR code
    r"[（(【\[]\s*(?:资料图片?|资料照片|图片|组图|附图)\s*[)）】\]]\s*$|(?:图片|组图|附图)\s*$|"  # an image's placeholder
    r"[|｜](?:\s*[^|｜\s，。]{1,10}\s*[|｜]){2,}\s*$|"  # a navigation row between bars (|某某|某某|某某|)
    r"(?:[\s|｜丨/【】\[\]—–-]*(?:我要)?(?:打印(?:本页|该页|此页|此文|本文)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享|纠错|返回(?:页面)?(?:顶部|首页|列表)?|"
    r"点赞|转发|在看|评论|举报|反馈|顶部))+[\s|｜丨【】\[\]—–×✕-]*$|"  # a row of the page's buttons (打印 | 关闭, 【我要打印】【关闭窗口】)
    r"[【\[(（]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]）)]?\s*$|"  # a font-size widget without its label (【大 中 小】)
    r"[^\n。]{0,8}(?:打开|下载)\s*(?:APP|App|app|客户端)[^\n。]{0,16}$|"  # an app's download prompt
    r"[^\n\s]{0,6}正文(?:[\s\u3000]+\d+)+\s*$|"  # a column's 正文 mark with its counters (体育正文 92 0)
    r"(?:出版|首页|主页|分享按钮|返回目录|版面导航|本版导航|版面目录|标题导航|(?:内容|文章|新闻)详情)\s*$|返回目录[\s\u3000]+[^\n。]*(?:上一篇|下一篇|放大|缩小)|"  # an e-paper's labels and buttons, each on a line
    r"(?:欢迎[\s\u3000]*)?发表评论\s*[:：]?\s*$|评论列表\s*$|暂(?:时|无)(?:没有)?评论|[^\n。]{0,10}抢沙发|"  # a comment box
    r"[•·●\s]*(?:微信|QQ空间|QQ好友|微博|朋友圈|QQ|抖音|头条)(?:[\s\u3000、|｜]+(?:微信|QQ空间|QQ好友|微博|朋友圈|QQ|抖音|头条))*\s*$|"  # share targets
    r"[》>»\s]*[^\n。，]{0,8}(?:热线|电话)(?:\s*[（(][^（）()\n]{1,8}[)）])?\s*[:：]\s*[\d（()）\s-]{7,}\s*$|"  # a phone line alone (新闻热线:0371-…, 电话(值班):…)
    r"(?:[^\s:：。，,]{0,6}(?:电话|热线|邮编|传真|手机|咨询|投诉|举报|QQ|邮箱|信箱|E-?mail)\s*[:：]\s*(?:[\d（()）+\s-]{5,}|[\w.-]+@[\w.-]+)\s*)+$|"  # a footer's contact row (邮编:… 职工热线:…, 举报邮箱:…)
    r"(?:(?:阅读|在看|点赞|赞|评论|分享|收藏|浏览)\s*[(（]?\s*\d+\s*[)）]?[\s\u3000|｜]*)+$|"  # a post's counters (阅读 128 在看 3, 赞(0))
    r"(?:\d+\s*(?:阅读|浏览|评论|点赞|赞|收藏)[\s\u3000|｜]*|(?:阅读|浏览|评论|点赞|赞|收藏)\s*\d+[\s\u3000|｜]*)+$|"  # counters, a number first (0浏览 评论0)
    r"星期[一二三四五六日天]\s*$|(?:当前)?报纸名称\s*[:：]|收录于(?:合集|话题)|听全文\s*$|"  # an e-paper's weekday and paper label; a post's collection tag, its audio button
    r"长按(?:识别|扫描)?(?:图中)?二维码|[您你]是(?:本站)?第\s*\d+\s*位访(?:客|问者)|[\s↓↑→←▼▲▽△◆◇■□●○★☆·•…—=~*#]+$|"  # a QR prompt, a visitor counter, a line of arrows
    r"扫描?二维码[^\n。，！？]{0,16}$|[^\n。]{0,12}手机(?:阅读|浏览|访问)\s*$|附\s*件\s*[:：]?\s*$|[^\n。]{0,10}阅读原文[^\n。]{0,12}$|"  # a QR code's prompt, an empty attachment label, a WeChat link
    r"[（(【\[]\s*完\s*[)）】\]]\s*$|[-—–=\s]*(?:END|End|end)[-—–=\s]*$|"  # an end mark: （完）, —END—
    r"[A-Za-z][A-Za-z0-9 _.-]{0,15}\s*$|"  # a line of a few Latin letters, no Chinese (ad1 webp, END): an image's or a widget's residue
    r"[^\s，。]{0,6}首页(?:[\s\u3000]+[^\s\u3000，。]{2,8}){4,}(?![^\n]*[。！？])|"  # a menu row of spaced items, more after it (某网首页 …)
    r"(?:评论一下|我要评论|网友评论|最热评论|最新评论|还没有评论|评论\s*\d+\s*人参与|已有\d+人参与|\d+\s*条评论\s*$|我?来说两句)|"  # a comment box
    r"[^\n。！？]{0,10}关注(?:我们|公众号|微信公众号|官方微信)[^\n。！？]{0,30}$|"  # a follow-us line
    r"[^\n。！？，]{0,30}\s(?:www\.|https?://)[\w./-]+\s*$|"  # a site's name and address (某某工会 www.example.cn)
    r"(?:阅读|浏览|点击|人气|访问|查看)(?:次数|量|数)?\s*[:：]?\s*\d+\s*次?\s*$|分享(?:网站|至|到)?\s*[:：]\s*$|"  # a view counter (阅读:88次), a share widget
    r"(?:文章)?(?:标签|关键词|关键字|TAGS?|Tags?)\s*(?:[:：]|$)|"
    r"(?:[（(]\s*)?(?:广告|推广)(?:\s*[)）])?\s*$|点击(?:进入|查看)(?:专题|原文|全文)|视频加载中|[^\n。]{0,6}浏览器不支持|请?(?:使用)?微信扫(?:描|一扫|码)|"  # ads, players, prompts
    r"[（(]\s*未完待续\s*[)）]\s*$|更多精彩(?:内容)?(?:请|敬请)?关注|请文明上网|登录\s*[|｜]\s*注册|验证码\s*[:：]?\s*$|提交\s*$|"
    r"(?:本文|原文)?链接\s*[:：]\s*https?://|原文链接\s*$|[^\n]{0,40}(?:Flash\s*Player|播放器升级|浏览器版本过低)|[\]】]\s*$|"
    r"[^\n。！？；]{2,60}[（(](?:图\s*)?\d{1,2}[)）]\s*$|\s*\{\s*\x22[A-Za-z_]+\x22\s*:|(?:在线|我要)投稿\s*$|页\s*[:：]\s*(?:\[\d{1,3}\]\s*)*$|\[\d{1,3}\]\s*$|分享(?:让更多人看到|给(?:好友|朋友)[^\n。]{0,6})\s*$|"  # 某某(1): an image's caption; 页: [1]: a pager
    r"首页(?:[\s\u3000]+[^\s\u3000，。]{2,6}){3,}\s*$|"  # a menu row of spaced items
    r"(?:\s*[^|｜\n]{1,24}?\s*[|｜]){4,}|(?:\s*[^|｜\s，。]{1,8}\s*[|｜]){3}\s*[^|｜\s，。]{1,8}\s*$|\d{1,7}\s*$)"  # a navigation row: 首页|要闻|本地|…; a view counter
)
# a credit closing a line (a caption's 林晓岚 摄, （林晓岚 摄）, （某县总工会供稿）, （某县总工会供稿 通讯员 某某）,
# （来源：某工会））: metadata
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[。！])[{HAN}·]{{2,3}}文[\s\u3000]+[{HAN}·]{{2,4}}\s*摄|"  # 某甲文 某乙 摄
    rf"(?:[\s\u3000]+|(?<=[。！]))[□■]?\s*(?:[{HAN}·]{{2,4}}|[{HAN}][ \u3000][{HAN}])\s*/?\s*(?:摄|供图(?:[\s\u3000]*摄)?)|"  # (…。某某街道供图摄; …。李 岚 摄: a name padded)
    rf"(?<=[。！])[\s\u3000]*[{HAN}]{{2,16}}(?:总工会|工会)[\s\u3000]*(?:供图|供稿)|"
    rf"(?<=[。！])[\s\u3000]*(?:(?:摄影|图片|图|文)[\s\u3000]*[/:：]|摄影[\s\u3000]+)[\s\u3000]*[{HAN}·]{{2,4}}|"  # …。图/某某, …。文/某某, …。 摄影 某某
    rf"[（(]\s*(?:资料图片?|资料照片|组图|附图|(?:图片|照片)由[^（）()]{{2,20}}提供)\s*[)）]|"  # (资料图), （图片由某某提供）
    rf"(?<=[。！])[□■]?\s*(?P<reporter>[{HAN}]{{2,3}})\s*报道|"  # …。某某报道: the reporter
    rf"(?:(?<=[。！])[{HAN}]{{2,8}}发\s*)?[（(]\s*(?:来源\s*[:：][^（）()]{{1,20}}|"
    rf"[^（）()\s]{{2,20}}(?:供稿|供图|摄)|[{HAN}·]{{2,4}}\s*(?:摄|供图)|"  # （某某 摄）
    rf"[^（）()\s]{{2,20}}供稿(?:\s+(?:通讯员|记者|摄影)?\s*[/／]?\s*[{HAN}·]{{2,4}})+)\s*[)）]|"  # （某工会供稿 通讯员 某某）, （…供稿 摄影/某某）
    rf"(?<=[。！？])[\s\u3000]*(?P<pre>{_CREDIT_NAME}(?:[\s\u3000、]+{_CREDIT_NAME})*[\s\u3000]+)?"  # (a correspondent before the reporter)
    rf"[^\s，。！？（）()]{{0,12}}?(?:记[\s\u3000]?者|通讯员)[\s\u3000]*"
    rf"(?P<who>{_CREDIT_NAME}(?:[\s\u3000、]+(?:(?:记者|通讯员)[\s\u3000]*)?{_CREDIT_NAME})*)(?:[\s\u3000]*{_DONE_ROLE})?|"
    rf"[\s\u3000]+(?:本报|新华社|特约)?(?:记者|通讯员)[\s\u3000]*(?P<cam>{_CREDIT_NAME})[\s\u3000]*/?\s*摄影?)[\s|丨｜]*$")  # …现场 通讯员 某某 摄  # …。某某晚报记者 某某 |, …。某甲 本报记者 某乙摄, 记者甲 通讯员乙
_PHOTO_CREDIT = re.compile(rf"^\s*(?:[{HAN}]{{2,8}}发\s*)?[（(]?\s*(?:[{HAN}·]{{2,4}}\s*/?\s*摄(?:\s*/\s*[{HAN}]{{2,8}})?|摄影\s*[:：/]?\s*[{HAN}·]{{2,4}})\s*[)）]?\s*$|"  # （某某 摄）, 新华社发（某某 摄）, 某某 摄/某社
                           rf"^\s*[（(]?[{HAN}]{{2,20}}(?:总工会|工会|融媒体中心|融媒|公司|集团)[\s\u3000]*(?:供图|图|摄)\s*[)）]?\s*$")  # 某县总工会 图
_BREADCRUMB = re.compile(r"(?:>>|＞＞|»|^[^\n。，]{0,12}?(?:当前位置|[您你](?:现在|当前|目前)?(?:所在)?的?位置(?:是)?|当前的位置|所在位置|當前位置)\s*[:：]|"  # (某栏目 您现在的位置：…: the column before it)
                         r"^\s*(?:首页|网站首页|主页)(?:[\s\u3000]+[^\s\u3000，。]{2,8}){1,5}[\s\u3000]+正文\s*$|"  # 首页 资讯 正文
                         r"^\s*[^\s>＞]{1,16}(?:\s*[>＞›]\s*[^\s>＞]{1,16}){2,}\s*$|"
                         r"^\s*[>＞›»]\s*[^\s>＞。，|｜]{1,16}\s*$|"  # the path's last step on a line of its own
                         r"^\s*(?:首页|网站首页|主页)\s*[>＞›»/·•]|^\s*(?:首页|网站首页)\s*[-—]{2,}|"  # 首页 > 详情:…
                         r"^\s*[^\s>＞，。]{1,6}?(?:首页|主页)\s*[>＞›»])")  # 某某首页 > 某某号 > 正文 申请入驻
_GLOSS = re.compile(PINYIN_GLOSS)
_COLUMN_TAG = re.compile(rf"[（(【\[][{HAN}]{{2,6}}[)）】\]]\s*")
_TITLE_LABEL = re.compile(r"(?:原标题|标题|題目|原標題|標題|转发|转载|转)\s*[:：]\s*")  # (转：某某: a repost's mark)
# a tag closing the headline: 某某（图）, 某某【转载】: no part of its text to analyse
_CLOSING_TAG = re.compile(r"\s*[（(【\[](?:图|组图|图文|视频|转载|转|原创|多图)[)）】\]]\s*$")
_BAR_ONLY = re.compile(r"^[\s|｜丨>＞›»]*[|｜丨][\s|｜丨>＞›»]*$")  # a separator line of a scraped page (|, > |)
_CHROME_LINES = 12  # a navigation path this close to the top: what stands before it is site chrome
# a sentence end; an ASCII "?" glued to what follows is a character the page lost (日?qǐng)?bào), not one
_PROSE_END = re.compile(char_class(SENTENCE_ENDS.replace("?", "") + "；;") + r"|\?(?![\w(（])")
# a line of names only: 2-3 characters each, space-separated (某某 某某), or a closing credit that
# names a body and a person (某街道总工会 某某)
_NAMES_LINE = re.compile(rf"^\s*(?:[{HAN}·]{{2,3}}(?:[\s\u3000]+[{HAN}·]{{2,3}})+|[{HAN}]{{2,20}}(?:总工会|工会)[\s\u3000]+[{HAN}·]{{2,3}})\s*$")
# an outlet's reporter opening the first lines: 工人日报-中工网记者某某 4月27日，…
_REPORTER = rf"^\s*[^\s，。]{{0,20}}?(?:记者|通讯员)\s*[:：]?\s*(?P<names>[{HAN}·]{{2,3}}(?:[\s、]+(?:(?:本报|本网|本台|特约)?(?:记者|通讯员))?\s*[{HAN}·]{{2,3}})*)"
_REPORTER_LINE = re.compile(_REPORTER + rf"(?:\s+(?:{_DONE_ROLE}|文|图|文图|图文|[{HAN}]{{2,4}}?报道))?\s*$")  # (…通讯员 某某 青岛报道: where it was sent from)  # the whole line (本报记者 某甲 本报通讯员 某乙 摄, …通讯员 某甲 某乙 文)
# opening a line of prose (…记者某某 4月27日，…; 本报讯 记者某某报道：…)
# names reporting right after a dateline opener, with no role word: 本报讯 某某报道 …
_NAMES_REPORT = re.compile(rf"^\s*(?P<names>[{HAN}·]{{2,3}}(?:[\s、]+[{HAN}·]{{2,3}})*)\s*报道\s*[:：]?\s*(?=\S)")
_REPORTER_LEAD = re.compile(_REPORTER + r"(?:\s*报道(?:\s*[:：]\s*|[\s\u3000]+)|(?:[\s\u3000]+(?:摄影|摄|文|图)(?=[\s\u3000]))?[\s\u3000]+)(?=\S)")  # (通讯员某某报道 近日，…; 记者某甲 通讯员某乙 摄 在…)


def _stripped(text: str, s: int, e: int) -> tuple[int, int]:
    """The bounds of text[s:e] without its leading and trailing white space."""
    seg = text[s:e]
    return s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, pos + len(raw.rstrip("\r\n"))))
        pos += len(raw)
    return out


# a dateline opening a line: a label, a date with its time; maybe a source label after it
_GLUED_DATELINE = re.compile(
    r"^\s*(?P<label>(?:发布|发表)?(?:时间|日期)\s*[:：]\s*)?(?P<date>(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?P<time>\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)[\s\u3000]*(?P<src>(?:来源|来自|稿源)\s*[:：]\s*)?")


# a view counter closing a header line, the lead glued to it (人气:151为弘扬…)
_GLUED_COUNTER = re.compile(r"(?:人气|阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d+\s*次?(?=[\u4e00-\u9fff“\"（(])")


def _glued_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``lines`` with a page's header split from the lead glued to it on one line, among the
    lines above the first paragraph: a headline before a dateline opener (某某新增某某 本报讯 近日，…)
    and a dateline before the lead (时间:2024-05-01 10:00 来源:某某网 近日，…)."""
    out: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        cut = _glued_cut(line) if n < _CHROME_LINES and _PROSE_END.search(line) else None
        if cut is None:
            out.append((s, e))
            if _PROSE_END.search(line):
                return out + lines[n + 1 :]
            continue
        out += [(s, s + cut[0]), (s + cut[1], e)]
        return out + lines[n + 1 :]
    return out


@lru_cache(maxsize=1)
def _outlet_line_re() -> re.Pattern[str]:
    return re.compile(rf"\s*[{HAN}]{{2,12}}(?:{alternation(layout_cues()['outlet_heads'])})\s*")


def _outlet_line(line: str) -> bool:
    """A line that is an outlet's name alone (某某工人报, 某某日报: the ends in layout.json)."""
    return _outlet_line_re().fullmatch(line) is not None


@lru_cache(maxsize=1)
def _glued_source_cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """What ends a source glued to the lead (layout.json): an outlet's head, or a lead's opener."""
    cues = layout_cues()
    return re.compile(rf"(?:{alternation(cues['outlet_heads'])})"), tuple(cues["lead_openers"])


def _glued_cut(line: str) -> tuple[int, int] | None:
    """Where a header glued to the lead ends and the lead begins (see ``_glued_lines``)."""
    counter = _GLUED_COUNTER.search(line)
    if counter and _HEADER_HINT.search(line, 0, counter.start()):
        return counter.end(), counter.end()  # 来源:某某 日期:2023/7/4 人气:151为…: the lead after the counter
    for ws in re.finditer(r"[\s\u3000]+", line):
        head = line[: ws.start()].strip()
        if not 6 <= len(head) <= 60 or _PROSE_END.search(head) or _HEADER_HINT.search(head) or is_dateline(head):
            continue
        lead = _BYLINE_START_BARE.match(line[ws.end() :])
        if lead and lead["lead"] and re.search(r"(?:讯|电)[】\]]?$", lead["lead"]):
            return ws.start(), ws.end()  # a headline, then 本报讯 / 某某网讯 and the lead
    if (source_first := _glued_source_first(line)) is not None:
        return source_first
    m = _GLUED_DATELINE.match(line)
    if m is None or not (m["label"] or m["time"]):
        return None
    if not m["src"]:  # 2024-05-01 10:00 近日，…
        return (m.end("date"), m.end()) if m.end() > m.end("date") else None
    value = line[m.end() : m.end() + 14]
    gap = re.search(r"[\s\u3000]", value)
    if gap and gap.start() >= 2:
        return m.end() + gap.start(), m.end() + gap.end()  # 来源:某某网 近日，…
    heads, openers = _glued_source_cues()
    end = next((k for k in range(2, 13) if heads.match(value, k - 2, k) or heads.match(value, k - 1, k)), None)
    if end is None:
        end = next((k for k in range(2, 13) if value.startswith(openers, k) or re.match(r"\d{1,2}月", value[k:])), None)
    return (m.end() + end, m.end() + end) if end is not None else None


# a source label first, its date and time, maybe an editor's label, the lead glued after them
# (来源:某某网 2025-04-28 09:33 编辑:某某某某网讯(记者…)…)
_GLUED_SOURCE_FIRST = re.compile(
    r"^\s*(?:信息|文章)?(?:来源|稿源)\s*[:：]\s*[^\s\d]{2,20}?[\s\u3000]+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\u3000]*(?P<ed>(?:责任编辑|责编|编辑|作者)\s*[:：]\s*)?")


def _glued_source_first(line: str) -> tuple[int, int] | None:
    """Where a source-first header (see ``_GLUED_SOURCE_FIRST``) ends and a dateline opener with 讯
    or 电 begins; after an editor's label, the name is the shortest of two to four characters after
    which such an opener begins, a surname first."""
    m = _GLUED_SOURCE_FIRST.match(line)
    if m is None:
        return None
    starts = [m.end() + k for k in (3, 2, 4)] if m["ed"] else [m.end()]
    for at in starts:
        if m["ed"] and not (line[m.end()] in surnames() and all(is_han(c) for c in line[m.end() : at])):
            continue
        lead = _BYLINE_START_BARE.match(line[at:])
        if lead and lead["lead"] and re.search(r"(?:讯|电)[】\]]?$", lead["lead"]) and lead.start("lead") == 0:
            return at, at
    return None


@lru_cache(maxsize=1)
def _spam_words() -> re.Pattern[str]:
    return re.compile(alternation(layout_cues()["spam_words"]))


def _spam_line(line: str) -> bool:
    """A short line of a spam site's words (layout.json spam_words) with no sentence in it."""
    return len(line.strip()) <= 60 and not _PROSE_END.search(line) and _spam_words().search(line) is not None


def parse_layout(doc: Document) -> None:
    """Fill ``doc.meta`` and ``doc.regions`` from the text's lines."""
    text = doc.text
    lines = _glued_lines(text, _lines(text))
    meta: dict = {"title": None, "published": None, "source": None, "authors": [], "editor": None}
    nonblank = [i for i, (s, e) in enumerate(lines) if text[s:e].strip() and not _BAR_ONLY.match(text[s:e])]
    nonblank = _after_top_menu(text, lines, nonblank)
    _crumb_headline(doc, lines, nonblank, meta)
    nonblank = _after_index(text, lines, _after_crumbs(text, lines, nonblank), meta)
    while nonblank:
        line = text[slice(*lines[nonblank[0]])]
        if not (_BREADCRUMB.search(line) and not _PROSE_END.search(line) or _PAGE_NOISE.match(line) or _spam_line(line)):
            nxt = text[slice(*lines[nonblank[1]])] if len(nonblank) > 1 else ""
            if not (is_dateline(line) and (_PAGE_NOISE.match(nxt) or meta.get("published"))):
                break  # (a date repeated under the page chrome goes too)
            _collect_header(line, meta)  # an e-paper's date above its page chrome, the headline below
        elif _HEADER_HINT.search(line) or _DATE_TIME.search(line):  # 浏览次数:88作者:某某 信息来源:某某发布时间:2019-05-20 |
            _collect_header(line, meta, published=bool(_PUBLISHED_LABEL.search(line) or _PAGE_LABEL.search(line)))
        nonblank = nonblank[1:]  # a site's navigation path or menu row above the title
    if nonblank:
        body_from = _title(doc, lines, nonblank, meta)
        if body_from and len(nonblank) > body_from + 1 and _SUBTITLE.match(text[slice(*lines[nonblank[body_from]])]) \
                and _is_header_line(text[slice(*lines[nonblank[body_from + 1]])]):
            doc.regions.append(Region(*_stripped(text, *lines[nonblank[body_from]]), "title"))  # ——a subtitle
            body_from += 1
        k = _header(text, lines, nonblank, body_from, meta)
        k = _headline_below_header(doc, lines, nonblank, body_from, k, meta)
        k = _second_headline_line(doc, lines, nonblank, body_from, k, meta)
        if body_from == 0 and 0 < k < len(nonblank) - 1 and meta["title"] is None:
            ls, le = _stripped(text, *lines[nonblank[k]])
            head = text[ls:le]
            if 6 <= len(head) <= 60 and not _PROSE_END.search(head) and not _HEADER_HINT.search(head):
                if (suffix := _site_suffix(head)) is not None:  # 某某 ----摘录自《某某》
                    meta["source"] = meta.get("source") or suffix["src"]
                    le = ls + suffix.start()
                    head = text[ls:le]
                meta["title"] = head  # a forum's post line (某某 发表于 2021-10-9) above the headline
                doc.regions.append(Region(ls, le, "title"))
                k += 1
                ls, le = _stripped(text, *lines[nonblank[k]])
                head = text[ls:le]
                if k < len(nonblank) - 1 and 6 <= len(head) <= 60 and not _PROSE_END.search(head) \
                        and not _HEADER_HINT.search(head) and _PROSE_END.search(text[slice(*lines[nonblank[k + 1]])]):
                    meta["title"] = head  # an e-paper's kicker (某县总工会) above the headline, the lead below
                    doc.regions.append(Region(ls, le, "title"))
                    k += 1
        body_lines = _drop_noise(text, lines, nonblank[k:], meta)
        _body_regions(doc, lines, body_lines, meta)
    # keep authors unique, in order
    seen: set[str] = set()
    meta["authors"] = [a for a in meta["authors"] if not (a in seen or seen.add(a))]
    meta.pop("kicker", None)
    meta.pop("guessed_source", None)
    _late_metadata(doc, text, meta)
    if meta.get("editor") and (_OUTLET_NAME.match(meta["editor"]) or _BODY_NAME.match(meta["editor"])):
        # 编辑:某某融媒体, 责任编辑:某区总工会: an outlet or the publishing body, no editor
        meta["source"] = meta.get("source") or meta["editor"]
        meta["editor"] = None
    doc.meta = meta


# a page's address on a line of its own (maybe labelled), a day in its path: /2024-05/08/,
# /2024/0508/, /20240508/, content_20240508…
_ADDRESS_LINE = re.compile(r"^[^\n]{0,12}?https?://\S+\s*$", re.MULTILINE)
_ADDRESS_DAY = re.compile(r"(?<=[/_])(?P<y>20\d{2})(?:-(?P<m1>\d{2})/(?P<d1>\d{2})|/(?P<m2>\d{2})/?(?P<d2>\d{2})|(?P<m3>\d{2})(?P<d3>\d{2}))(?=[/_.]|\d{2,}\b)")


def _address_date(text: str) -> str | None:
    """The day in the path of the page's address, on a line of its own (原文链接：http://…/2024-05/08/…):
    the publication date when the article gives none."""
    for line in _ADDRESS_LINE.finditer(text):
        for m in _ADDRESS_DAY.finditer(line.group()):
            month, day = (next(v for v in (m[f"m{k}"] for k in (1, 2, 3)) if v), next(v for v in (m[f"d{k}"] for k in (1, 2, 3)) if v))
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                return f"{m['y']}-{month}-{day}"
    return None


def _late_metadata(doc: Document, text: str, meta: dict) -> None:
    """What only the page's foot gives, when nothing above gave it: a CMS footer's headline (标题：某某
    / 地址：…), a closing source line's day, the day in the page's address."""
    if meta["title"] is None and (labelled := _LABELLED_TITLE.search(text)) is not None \
            and not any(r.start < labelled.end() and labelled.start() < r.end for r in doc.regions):
        meta["title"] = labelled["t"]
        doc.regions.append(Region(labelled.start("t"), labelled.end("t"), "title"))
        doc.regions.sort(key=lambda r: r.start)
    closing_date = meta.pop("closing_date", None)
    meta["published"] = meta.get("published") or closing_date or _address_date(text)


# the headline under a label on a line of its own (a CMS's footer: 标题：某某 / 地址：http://…)
_LABELLED_TITLE = re.compile(r"^[ \t\u3000]*标题[ \t\u3000]*[:：][ \t\u3000]*(?P<t>[^\n。；]{6,60}?)[ \t\u3000]*$", re.MULTILINE)


def _after_top_menu(text: str, lines: list[tuple[int, int]], nonblank: list[int]) -> list[int]:
    """``nonblank`` without a site menu opening the page: four or more lines in a row of four to six
    characters each, no sentence (关于工会 / 工会要闻 / 通知公告 / 文体活动), before a longer line."""
    run = 0
    while run < len(nonblank) and _MENU_ITEM.match(text[slice(*lines[nonblank[run]])].strip()):
        run += 1
    return nonblank[run:] if 4 <= run < len(nonblank) else nonblank


# the headline glued to the navigation path after a space (您当前的位置：首页 > 工会 > 工会要闻 某某活动举行)
_CRUMB_TAIL = re.compile(r"[>＞›»]\s*[^\s>＞›»]{1,10}[ \u3000]+(?P<head>[^\s>＞›»][^>＞›»\n]{7,59}?)\s*$")


def _crumb_headline(doc: Document, lines: list[tuple[int, int]], nonblank: list[int], meta: dict) -> None:
    """The headline a page glues to its navigation path after the last step and a space, when a dateline
    or source line (no headline of its own) follows the path: the title."""
    text = doc.text
    for k, li in enumerate(nonblank[: _CHROME_LINES - 1]):
        s, e = lines[li]
        m = _CRUMB_TAIL.search(text, s, e)
        if m is None or not _BREADCRUMB.search(text[s:e]) or _PROSE_END.search(m["head"]) or _HEADER_HINT.search(m["head"]):
            continue
        if k + 1 < len(nonblank) and _is_header_line(text[slice(*lines[nonblank[k + 1]])]):
            meta["title"] = m["head"]
            doc.regions.append(Region(m.start("head"), m.end("head"), "title"))
        return


def _after_index(text: str, lines: list[tuple[int, int]], nonblank: list[int], meta: dict) -> list[int]:
    """``nonblank`` from where the article starts below an e-paper's list of its page's headlines;
    the header lines above it (the page's date) still fill ``meta``."""
    cut = _index_end(text, lines, nonblank)
    for li in nonblank[:cut]:
        if _HEADER_HINT.search(text[slice(*lines[li])]) or _DATE_TIME.search(text[slice(*lines[li])]):
            _collect_header(text[slice(*lines[li])], meta)
    return nonblank[cut:]


def _index_end(text: str, lines: list[tuple[int, int]], nonblank: list[int]) -> int:
    """Where the article starts below an e-paper's list of its page's headlines: the headline printed
    again, its first print in a run of three or more short lines that are no sentences (the page's
    index), the lead or a header line right under the second; 0 when the page has no such list."""
    top = [text[slice(*lines[li])].strip() for li in nonblank[:40]]
    short = [6 <= len(x) <= 40 and not (_PROSE_END.search(x) or _is_header_line(x) or _PAGE_NOISE.match(x)) for x in top]
    for k in range(3, len(top) - 1):
        if not short[k] or (j := next((j for j in range(k - 1) if top[j] == top[k]), None)) is None:
            continue
        lo, hi = j, j
        while lo > 0 and short[lo - 1]:
            lo -= 1
        while hi + 1 < k and short[hi + 1]:
            hi += 1
        nxt = top[k + 1]
        if hi - lo + 1 >= 3 and (_PROSE_END.search(nxt) or _is_header_line(nxt) or _BYLINE_START_BARE.match(nxt)):
            return k
    return 0


def _after_crumbs(text: str, lines: list[tuple[int, int]], nonblank: list[int]) -> list[int]:
    """``nonblank`` without a site's navigation path or menu rows above the title and the site chrome
    before them; but a headline opening the page stays when no headline follows the path (the
    headline / 首页 > 某栏目 / the dateline or the lead)."""
    top = [text[slice(*lines[li])] for li in nonblank[:_CHROME_LINES]]
    crumbs = [k for k, line in enumerate(top) if _BREADCRUMB.search(line) and not _PROSE_END.search(line)]
    if not crumbs:
        return nonblank
    rest = nonblank[crumbs[-1] + 1 :]
    if any(_PROSE_END.search(line) for line in top[: crumbs[-1]]):
        # prose above the path (a site's banner quote) is chrome only when a headline and its
        # dateline follow the path
        head = text[slice(*lines[rest[0]])].strip() if len(rest) > 1 else ""
        dated = len(rest) > 1 and 6 <= len(head) <= 60 and not _PROSE_END.search(head) \
            and not _HEADER_HINT.search(head) and _is_header_line(text[slice(*lines[rest[1]])])
        return rest if dated else nonblank
    first, after = top[0].strip(), text[slice(*lines[rest[0]])] if rest else ""
    if crumbs[-1] > 0 and rest and (is_dateline(after) or _is_header_line(after) or _PROSE_END.search(after)) \
            and 6 <= len(first) <= 60 and not (_PAGE_NOISE.match(first) or _HEADER_HINT.search(first) or _outlet_line(first)
                                               or _spam_line(first) or re.search(r"(?:网站|官网|门户|首页|网)$", first)):
        return nonblank[:1] + rest
    return rest


def _title(doc: Document, lines: list[tuple[int, int]], nonblank: list[int], meta: dict, chrome_read: bool = False) -> int:
    """The first non-blank line is the title when it looks like a headline (short, no sentence
    end); returns the index in ``nonblank`` where the header lines may start. ``chrome_read``: the
    site chrome above has gone up to a date line, so the first line is the headline's."""
    s, e = lines[nonblank[0]]
    if (suffix := _site_suffix(doc.text[s:e])) is not None:
        if suffix["src"] and not meta.get("source"):
            meta["source"] = suffix["src"]  # 某某 ----摘录自《某某融媒》
        e = s + suffix.start()  # 某某活动-某某网, 某某活动 |: the page's <title>, the headline before the site
    first_text = doc.text[s:e]
    if (glued := _HEADLINE_THEN_DATE.match(first_text)) is not None and not _PROSE_END.search(glued["head"]) \
            and not _HEADER_HINT.search(glued["head"]) and not is_dateline(glued["head"]) \
            and not re.search(r"[:：](?:\s|$)", glued["head"]):  # (发布人： 发布科室：: empty labels, no headline)
        _collect_header(first_text[glued.end("head"):], meta)  # 某某活动时间：2017-07-11: the headline, then its date
        meta["title"] = glued["head"]
        doc.regions.append(Region(s + glued.start("head"), s + glued.end("head"), "title"))
        return 1
    if (len(_GLOSS.sub("", first_text).strip()) > 60 or _HEADER_HINT.search(first_text)
            or "。" in first_text or _BYLINE_START_BARE.match(first_text) or is_dateline(first_text)
            or _REPORTER_LINE.match(first_text) or _glued_role_names(first_text) is not None
            or _FOOTER_START.match(first_text) and not (_TITLE_LABEL.match(first_text.strip())  # (初审编辑：某某 above the text;
                                                        or _title_tag_re().match(first_text.strip()))):  # 视频|某某 is a tagged headline)
        return 0  # a lead paragraph (本报讯…。), a dateline (某报 2021-05-13 06:27) or a byline (某台记者 某某) on a page with no headline
    chrome = 0 if chrome_read else _chrome_lines(doc.text, lines, nonblank)
    if chrome == 1 and _TWO_PART_HEADLINE.match(first_text) and not _outlet_line(first_text):
        doc.regions.append(Region(*_stripped(doc.text, s, e), "title"))  # a kicker of two parts (某某 某某)
        del nonblank[:1]  # above the headline: a title line too, the headline below it the title
        return _title(doc, lines, nonblank, meta)
    if chrome:
        capped = is_dateline(doc.text[slice(*lines[nonblank[chrome - 1]])])
        del nonblank[:chrome]  # a site's name or section above the headline, the dateline below it
        return _title(doc, lines, nonblank, meta, chrome_read=capped)
    if _PAGE_NOISE.match(first_text) and len(nonblank) > 1:
        del nonblank[0]  # an e-paper's page label (当前版:03版) above its date, kicker and headline
        return _title(doc, lines, nonblank, meta)
    if len(nonblank) > 1 and (names := _boxed_names(first_text)):
        meta["authors"].extend(names)  # □某某 opening a page with no headline: its writer
        return 1
    if len(nonblank) > 1 and _byline_name_alone(first_text) and is_dateline(doc.text[slice(*lines[nonblank[1]])]):
        if first_text.strip() not in _NOT_NAMES:
            meta["authors"].append(first_text.strip())  # 某某 above 2022年02月09日16:59: the author, no headline
        return 1
    ls, le = _stripped(doc.text, s, e)
    ls, le = _without_bars(doc.text, ls, le)  # | 某某 | |||: a table's cell bars around the headline
    label = _TITLE_LABEL.match(doc.text, ls, le)
    if label:  # 原标题：某某 (a reposted article's original headline)
        ls = label.end()
    meta["title"] = doc.text[ls:le]  # as written, with a column tag: (时政)某某…, …送清凉(图)
    tag = _COLUMN_TAG.match(doc.text, ls, le) or _title_tag_re().match(doc.text, ls, le)
    if tag and tag.end() < le:  # the column is no part of the headline's text to analyse (视频｜某某 too)
        ls = tag.end()
    closing = _CLOSING_TAG.search(doc.text, ls, le)
    if closing and closing.start() > ls:
        le = closing.start()  # 某某（图）
    doc.regions.append(Region(ls, le, "title"))
    return 1


# a headline with its date label glued on or after spaces (某某活动时间：2017-07-11, 某某   发布时间：2018-04-08 17:12)
_HEADLINE_THEN_DATE = re.compile(r"^[\s|｜]*(?P<head>[^\s|｜][^|｜\n]{5,59}?)[\s\u3000]*(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*"
                                 r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")


@lru_cache(maxsize=1)
def _title_tag_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(layout_cues()['title_tags'])})\s*[|｜丨:：]\s*")


@lru_cache(maxsize=1)
def _site_suffix_re() -> re.Pattern[str]:
    heads = alternation(layout_cues()["site_heads"])
    return re.compile(
        rf"[\s\u3000]*(?:_\s*[^\s_|｜]{{2,24}}|(?:(?<![-—])[|｜-]|(?<![-—])--)\s*[^\s|｜\-—–，。]{{1,16}}?(?:{heads})"  # 某某_某某网, 某某-某某总工会
        r"|(?<=\s)[—–]\s*[^\s|｜\-—–，。]{1,16}?(?:网|網|客户端|频道|在线|日报|晚报|新闻|融媒体?)"  # 某某 — 某某新闻网 (not 某某 — 记某某工会)
        r"|-{2,}\s*(?:摘录自|摘自|转自|转载自|来源\s*[:：]?|来自)\s*《?(?P<src>[^《》\s]{2,20}?)》?"  # 某某 ----摘录自《某某》
        r"|[|｜丨]+)[\s\u3000]*$")


@lru_cache(maxsize=1)
def _column_suffix_re() -> re.Pattern[str]:
    heads = alternation(layout_cues()["column_heads"])
    return re.compile(rf"[\s\u3000]*[-_]\s*[^\s_|｜\-—–，。]{{1,8}}?(?:{heads})(?P<src>)[\s\u3000]*$")


def _site_suffix(line: str) -> re.Match[str] | None:
    """The site's name, a repost note or a bar that a scraped page's <title> appends to the headline
    (某某活动-某某网, 某某活动_某某总工会, 某某活动 ----摘录自《某某》, 某某活动 |), when a headline of at
    least four characters stands before it; else None."""
    m = _site_suffix_re().search(line)
    if m is not None and not m["src"] and (inner := _site_suffix_re().search(line, 0, m.start())
                                           or _column_suffix_re().search(line, 0, m.start())) is not None \
            and inner.group().lstrip().startswith(("_", "-")):
        m = inner  # 某某_新闻中心_某某总工会, 某某-新闻中心-某某总工会: the site's section, then the site
    return m if m is not None and len(line[: m.start()].strip()) >= 4 else None


_SUBTITLE = re.compile(r"^\s*(?:——|—|--|－－)")
_TABLE_BARS = re.compile(r"[|｜][\s|｜]*(?P<head>[^|｜]*?[^|｜\s])[\s|｜]*[|｜]?|(?P<open>[^|｜]*?[^|｜\s])[\s|｜]*[|｜]")


def _without_bars(text: str, ls: int, le: int) -> tuple[int, int]:
    """The span of a headline without the table's cell bars around it (| 某某 |, | 某某, 某某 |)."""
    bars = _TABLE_BARS.fullmatch(text, ls, le)
    return bars.span("head" if bars["head"] else "open") if bars else (ls, le)


def _headline_below_header(doc: Document, lines: list[tuple[int, int]], nonblank: list[int], body_from: int, k: int,
                           meta: dict) -> int:
    """A column's name (媒体报道) taken for the title, maybe one header line under it, then a
    headline-shaped line and the lead: the column is chrome, that line the headline. Returns the
    first body index."""
    text = doc.text
    if not (body_from == 1 and k in (1, 2) and k + 1 < len(nonblank) and doc.regions and doc.regions[-1].kind == "title"):
        return k
    column = meta.get("title") or ""
    ls, le = _stripped(text, *lines[nonblank[k]])
    head = text[ls:le]
    lead = k + 1  # (its subtitle or credit lines may stand between the headline and the lead: - 文：某某 / - 摄影：某某)
    while lead < min(len(nonblank) - 1, k + 6) and not _PROSE_END.search(credit := text[slice(*lines[nonblank[lead]])]) \
            and (_FOOTER_START.match(credit) or is_dateline(credit) or lead == k + 1 and _SUBTITLE.match(credit)):
        lead += 1
    if (len(column) > 6 or not column.endswith(tuple(layout_cues()["column_heads"])) or not 6 <= len(head) <= 60 or _PROSE_END.search(head)
            or _HEADER_HINT.search(head) or is_dateline(head) or not _PROSE_END.search(text[slice(*lines[nonblank[lead]])])):
        return k
    ls, le = _without_bars(text, ls, le)
    doc.regions[-1] = Region(ls, le, "title")
    meta["title"] = text[ls:le]
    return k + 1


def _second_headline_line(doc: Document, lines: list[tuple[int, int]], nonblank: list[int], body_from: int, k: int,
                          meta: dict) -> int:
    """An e-paper's headline in two lines, a kicker (为劳模送上温暖问候) and the main line, right above
    a lead that opens with its outlet (本报讯…): both are title lines, the main one the headline.
    Returns the first body index."""
    text = doc.text
    if not (body_from == 1 and k == 1 and k + 1 < len(nonblank) and doc.regions and doc.regions[-1].kind == "title"):
        return k
    ls, le = _stripped(text, *lines[nonblank[k]])
    head = text[ls:le]
    after = next((text[slice(*lines[j])] for j in nonblank[k + 1 :]
                  if not (_PAGE_NOISE.match(text[slice(*lines[j])]) or is_dateline(text[slice(*lines[j])]))), "")
    if not 6 <= len(head) <= 40 or _PROSE_END.search(head) or _HEADER_HINT.search(head) or is_dateline(head) \
            or _PAGE_NOISE.match(head) or _FOOTER_START.match(head) or re.search(r"[，,、]", head) \
            or not (_BYLINE_START_BARE.match(after) or _REPORTER_LINE.match(after)):
        return k  # (a word count, 文章字数:460, may stand between; a photo credit too: 本报记者 某某 某某 摄)
    doc.regions.append(Region(ls, le, "title"))
    meta["kicker"] = meta["title"]  # (an e-paper's index line may name the page by it; dropped at the end)
    meta["title"] = head
    return k + 1


def _chrome_lines(text: str, lines: list[tuple[int, int]], nonblank: list[int]) -> int:
    """How many short lines above the headline are a site's name or section (某某职工网,
    gxworker.org.cn, 工会要闻, 首页---理论武装): the headline is the line right above the dateline or
    source line (or above its subtitle ——…), and what stands before it is short and not prose."""
    top = [text[slice(*lines[li])].strip() for li in nonblank[:_CHROME_LINES]]
    for h in range(2, len(top)):
        third = top[h]
        if not (is_dateline(third) or (_HEADER_HINT.search(third) and not _PROSE_END.search(third))
                or _boxed_names(third)):  # (□本报记者 某某 under the headline)
            continue
        t = h - 1
        if t >= 2 and _SUBTITLE.match(top[t]):
            t -= 1
        if t >= 1 and (_NAMES_LINE.match(top[t]) or _boxed_names(top[t]) or _byline_name_alone(top[t])):
            t -= 1  # 某某 某某 (or □某某, 某某) between the headline and the dateline: the authors
        second = top[t]
        if not 6 <= len(second) <= 60 or "。" in second or _SUBTITLE.match(second) or (
                _HEADER_HINT.search(second) or is_dateline(second) or _BYLINE_LINE.match(second)):
            return 0
        # an e-paper's date line above the headline (某报 2013年10月23日 星期三 / 某某 / 某某): what follows
        # it is the headline's (a kicker maybe), not chrome
        cap = next((j + 1 for j in range(t - 1, 0, -1) if is_dateline(top[j])), t)
        if all(len(x) <= 20 and "。" not in x and not re.search(r"[，,、“”]", x) for x in top[:cap]) \
                and all(len(x) <= 60 and not _PROSE_END.search(x) for x in top[cap:t]):
            return cap
        return 0
    return 0


def _is_header_line(line: str) -> bool:
    """A dateline, source or author line (not a lead opening with a date: 2023年12月13日上午，…。)."""
    header = not _PROSE_END.search(line) and ((bool(_HEADER_HINT.search(line)) and len(line.strip()) <= 120) or (
        bool(_DATE_TIME.search(line) or _DMY.search(line) or _Y_MD.search(line)) and len(line.strip()) <= 40))
    return header or bool(_BYLINE_LINE.match(line)) or bool(_boxed_names(line))


_PAGE_NUMBER = re.compile(r"\s*[A-Za-z]?\d{1,3}\s*")


def _header(text: str, lines: list[tuple[int, int]], nonblank: list[int], k: int, meta: dict) -> int:
    """Dateline, source and author lines right after the title; returns the first body index."""
    body_from = k
    while k < len(nonblank) and k < body_from + 4:
        s, e = lines[nonblank[k]]
        line = text[s:e]
        if k > body_from and _PAGE_NUMBER.fullmatch(line):
            k += 1  # an e-paper's page number under its date and column (2017年09月22日 / 综合新闻 / 02)
            continue
        if k > body_from and _AUTHOR_LABEL_ALONE.search(text[slice(*lines[nonblank[k - 1]])]) \
                and _pending_label("author", line, meta):
            k += 1  # 作者: / 某某: the label alone, its name on the next line
            continue
        if k == body_from == 1 and _byline_name_alone(line) and k + 1 < len(nonblank) \
                and (_PROSE_END.search(nxt := text[slice(*lines[nonblank[k + 1]])]) or is_dateline(nxt)):
            meta["authors"].append(line.strip())  # the headline / 某某 / the lead or the dateline: its writer
            k += 1
            continue
        if not _is_header_line(line):
            nxt = text[slice(*lines[nonblank[k + 1]])] if k + 1 < len(nonblank) else ""
            column = k > body_from and _PAGE_NUMBER.fullmatch(nxt) and re.fullmatch(rf"\s*[{HAN}]{{2,8}}\s*", line)
            if column or _outlet_line(line) and (k > body_from or nxt.lstrip().startswith("本报") or is_dateline(nxt)):
                if not _PAGE_NUMBER.fullmatch(nxt):  # (综合新闻 / 02: an e-paper's column and page, no outlet)
                    if not meta.get("source"):  # a date / 某某工人报 / 本报讯 …: an outlet guessed from its line,
                        meta["source"], meta["guessed_source"] = line.strip(), True  # a 来源: label below wins
                k += 1
                continue
            break
        _collect_header(line, meta)
        if _BYLINE_LINE.match(line):
            meta["authors"].extend(_byline_names(line) or [])
        else:
            meta["authors"].extend(_boxed_names(line) or [])
        k += 1
    return k


def _byline_name_alone(line: str) -> bool:
    """A line that is only a person's name of two or three characters (a surname first)."""
    name = line.strip()
    return 2 <= len(name) <= 3 and bool(_NAME.match(name)) and name[0] in surnames() and name not in _NOT_NAMES


_END_MARK = re.compile(r"[。！？”][\s\u3000]*[（(]\s*完\s*[)）]\s*$")  # …会员687万人。（完）


def _drop_noise(text: str, lines: list[tuple[int, int]], body: list[int], meta: dict) -> list[int]:
    """Body lines without metadata and page noise; the article goes on after either.

    Editor, source and date lines give metadata wherever they stand (a date only when labelled
    发布时间). After a box heading (相关阅读) its short item lines are skipped until prose
    resumes; after a site footer (版权所有, ICP) short lines are skipped the same way. A source
    line's day below the body (no clock time, the article not going on) is kept aside in
    ``meta["closing_date"]``.

    Long by design: one pass over the lines, each check reading the state earlier lines set (the
    lead begun, a box or a footer entered, a label pending, a closing source line's day).
    """
    kept: list[int] = []
    pending = None  # an editor's or a source's label closing its line: the name is on the next
    skipping = False  # inside a box of links or a site footer
    bulleted = False  # the last line skipped in a box was a bulleted item
    prose = False  # a kept line has ended a sentence (the lead has begun)
    ended = False  # a kept line closed with the article's end mark (完)
    closing_date = None  # the day of a source line below the body, no clock time with it
    for n, li in enumerate(body):
        s, e = lines[li]
        line = text[s:e]
        footer = bool(_SITE_FOOTER.search(line) or prose and _PORTAL_FOOTER.search(line))
        if (_FOOTER_START.match(line) or _BOX_HEADING.match(line) or _PAGE_NOISE.match(line) or _spam_line(line)
                or footer or _BREADCRUMB.search(line) and not _PROSE_END.search(line)) \
                and not _is_paragraph(line):  # 您的位置：首页 > 新闻中心 below the headline: navigation  # (通讯员:某某)4月26日，…: a lead, kept
            # a date beside a source is the publication date above the first sentence; below it,
            # only when labelled (发布时间)
            _collect_header(line, meta, published=not prose or bool(_PUBLISHED_LABEL.search(line) or _EDITOR.search(line)))
            if prose and (day := _closing_source_date(line)) is not None:
                closing_date = day  # 来源：某某日报 2023-07-06 below the body: its date if nothing else gives one
            if prose and not skipping and (_BOX_HEADING.match(line) or footer):
                _drop_chrome_tail(text, lines, kept)
            skipping = bool(_BOX_HEADING.match(line) or footer) or skipping
            pending = "editor" if _EDITOR_LABEL_ALONE.search(line) else "source" if _SOURCE_LABEL_ALONE.search(line) \
                else "author" if _AUTHOR_LABEL_ALONE.search(line) else None
            continue
        if skipping and _NAMES_LINE.match(line):
            continue  # 相关阅读: 新闻 娱乐 某省 某市: a box's links, no names
        if _pending_label(pending, line, meta):
            continue  # [编辑: / 某某 / ], [作者: 甲 责任编辑: / 乙 ], 信息来源: / 某县人民政府办公室
        pending = None
        if _credit_line(line, meta):
            continue
        if _index_line(line, meta):
            continue
        if is_dateline(line):  # 2024-02-01　来源：某某日报, or a bare date closing the article
            _collect_header(line, meta)
            continue
        if skipping and len(line.strip()) <= 60 and (not _PROSE_END.search(line) or _DATED_ITEM.match(line)
                                                     or _HEADLINE_ITEM.match(line)):
            bulleted = _BULLET.match(line) is not None
            continue
        if skipping and (bulleted or re.search(r"(?:\.{3}|…)\s*$", line)):  # the blurb under a box's item (• 某某 / 让我们…。), cut short (…)
            bulleted = False
            continue
        if ended:
            continue  # after the article's end mark (…。（完）): other pages' teasers
        if not kept and _repeated_headline(line, meta.get("title")):
            continue  # the headline repeated above the lead (a page printing it twice)
        if not prose and _byline_name_alone(line) and n + 1 < len(body) \
                and is_dateline(text[slice(*lines[body[n + 1]])]):
            meta["authors"].append(line.strip())  # 某某 above the dateline, before the first sentence: the writer
            continue
        if not prose and _outlet_line(line) and _opens_with_dispatch(text[slice(*lines[body[n + 1]])] if n + 1 < len(body) else ""):
            meta["source"] = meta.get("source") or line.strip()  # 某某网 alone above 某某网讯…: the outlet
            continue
        skipping = False
        prose = prose or bool(_PROSE_END.search(line))
        kept.append(li)
        closing_date = None if _PROSE_END.search(line) else closing_date  # the article went on after it
        ended = bool(_END_MARK.search(line)) and prose
    _drop_summary_twin(text, lines, kept)
    _drop_headline_tail(text, lines, kept)
    _drop_menu_tail(text, lines, kept)
    _closing_credits(text, lines, kept, meta)
    if closing_date is not None:
        meta["closing_date"] = closing_date
    return kept


# a source line with a day, no clock time (来源：某某网 2023-07-06, （来源：某某日报 2023年7月6日）)
_SOURCE_DAY_LINE = re.compile(r"^\s*[（(]?\s*(?:信息|文章)?(?:来源|稿源)\s*[:：]\s*[^\s\d（）()，。]{2,20}[\s\u3000]+"
                              r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?\s*[)）]?\s*$")


def _closing_source_date(line: str) -> str | None:
    """The day of a source line closing the article, its outlet then a date with no clock time (a
    paper's issue day); None for other lines (a date glued to its outlet with a time is a feed's stamp)."""
    m = _SOURCE_DAY_LINE.match(line)
    if m is None or not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
        return None
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"


def _opens_with_dispatch(line: str) -> bool:
    """Whether ``line`` opens with a dispatch opener (本报讯, 某某网讯, 某某电)."""
    lead = _BYLINE_START_BARE.match(line)
    return lead is not None and bool(lead["lead"]) and re.search(r"(?:讯|电)[】\]]?$", lead["lead"]) is not None


def _repeated_headline(line: str, title: str | None) -> bool:
    """Whether ``line`` repeats the headline: the whole of it, or what follows a site's or column's
    name and a bar in the page's title line (某某头条|某某活动 above 某某活动)."""
    head = line.strip()
    if not title or len(head) < 6 or not title.endswith(head):
        return False
    return title == head or re.search(r"[|｜丨_]\s*$", title[: -len(head)]) is not None


_SUMMARY_LABEL = re.compile(r"^\s*[【\[]?\s*(?:摘要|内容摘要|简介|内容简介|导读)\s*[】\]]?\s*[:：]?\s*")


def _drop_summary_twin(text: str, lines: list[tuple[int, int]], kept: list[int]) -> None:
    """Drop from ``kept`` a labelled summary (摘要：…, 简介：…) among the first lines whose text the
    next line repeats (the lead printed twice); a summary of its own words stays."""
    for n, li in enumerate(kept[:4]):
        line = text[slice(*lines[li])]
        label = _SUMMARY_LABEL.match(line)
        if label is None or n + 1 >= len(kept):
            continue
        gist = re.sub(r"(?:\.{3}|…+|[。！])*\s*$", "", line[label.end():])
        lead = text[slice(*lines[kept[n + 1]])].strip()
        if len(gist) >= 10 and (gist in lead or len(gist) >= 30 and lead.startswith(gist[:30])):  # (cut short mid-word)
            del kept[n]
        return


_AUTHOR_LABEL_ALONE = re.compile(r"^\s*(?:作者|撰稿|撰文)\s*[:：]\s*$")
_SOURCE_LABEL_ALONE = re.compile(r"(?:来源|稿源|出处)\s*[:：]\s*$")
_SOURCE_VALUE = re.compile(rf"[{HAN}·]{{2,24}}(?:政府|办公室|委员会|联合会|协会|工会|日报|晚报|报|网|台|中心|局|院|公司|集团|融媒)|[\w.-]+\.(?:cn|com|net|org)")


def _pending_label(pending: str | None, line: str, meta: dict) -> bool:
    """Whether ``line`` is the value of the editor's or source's label closing the line above (an
    editor's name; a body's or outlet's name alone, no sentence); read into ``meta``."""
    value = line.strip().rstrip("]】 \u3000")
    if pending == "editor" and _NAME.match(value):
        meta["editor"] = meta.get("editor") or value
        return True
    if pending == "author" and _NAME.match(value) and value[0] in surnames() and value not in _NOT_NAMES:
        meta["authors"].append(value)  # 作者: / 某某: a template's label, the name on the next line
        return True
    if pending == "source" and _SOURCE_VALUE.fullmatch(value) and value not in _NOT_NAMES:
        meta["source"] = meta.get("source") or value
        return True
    return False


_TWO_PART_HEADLINE = re.compile(r"^\s*[^\s。！？]{4,}[\s\u3000]+[^\s。！？]{4,}\s*$")  # 某某开营 某某研学之旅


def _trailing_run(text: str, lines: list[tuple[int, int]], kept: list[int], fits) -> int:
    """How many of the last lines of ``kept`` (never its first) ``fits`` accepts, stripped, in a row."""
    run = 0
    while run < len(kept) - 1 and fits(text[slice(*lines[kept[-1 - run]])].strip()):
        run += 1
    return run


def _drop_headline_tail(text: str, lines: list[tuple[int, int]], kept: list[int]) -> None:
    """Drop from ``kept`` a list of other articles' headlines the page runs on with after the last
    paragraph, with no box heading: three or more short lines, none a sentence, most of them a
    headline of two parts with a space between (某某夏令营开营 职工子女开启研学之旅)."""
    run = _trailing_run(text, lines, kept, lambda line: 6 <= len(line) <= 40 and not _PROSE_END.search(line)
                        and "，" not in line)
    tail = [text[slice(*lines[li])] for li in kept[len(kept) - run :]]
    if run >= 3 and 3 * sum(bool(_TWO_PART_HEADLINE.match(x)) for x in tail) >= 2 * run \
            and _PROSE_END.search(text[slice(*lines[kept[-1 - run]])]):
        del kept[len(kept) - run :]


_MENU_ITEM = re.compile(rf"^[{HAN}]{{4,6}}$")
_PROFILE_LINK = re.compile(rf"[{HAN}]{{2,4}}(?:简介|概况)")  # 本站简介, 全总简介: a link to the site's profile


def _drop_menu_tail(text: str, lines: list[tuple[int, int]], kept: list[int]) -> None:
    """Drop from ``kept`` a site menu the page prints after the last paragraph: three or more lines
    of four to six characters each, no sentence (部门概况 / 通知公告 / 环境专刊), or one link to a
    site's profile page closing it (某某简介: a heading with nothing under it is no article's)."""
    run = _trailing_run(text, lines, kept, lambda line: _MENU_ITEM.match(line) is not None)
    if run < 3:
        run = _trailing_run(text, lines, kept, lambda line: _PROFILE_LINK.fullmatch(line) is not None)
    if run and (run >= 3 or _PROFILE_LINK.fullmatch(text[slice(*lines[kept[-1]])].strip())) \
            and any(_PROSE_END.search(text[slice(*lines[li])]) for li in kept[: len(kept) - run]):
        del kept[len(kept) - run :]


def _drop_chrome_tail(text: str, lines: list[tuple[int, int]], kept: list[int]) -> None:
    """Drop from ``kept`` the short lines between the article's last sentence and a box of links
    or a site footer below it (Some News / 新闻中心 / 更多- …): the site's name and section, no prose."""
    while len(kept) > 1:
        line = text[slice(*lines[kept[-1]])].strip()
        if len(line) > 16 or _PROSE_END.search(line) or re.search(r"[()（）\[\]【】\d]", line) or (
                _NAME.match(line) and len(line) <= 3) or _CLOSING_BODY.match(line):
            return  # (a bare name or body closing the article is its credit: _closing_credits reads it)
        kept.pop()


def _closing_credits(text: str, lines: list[tuple[int, int]], kept: list[int], meta: dict) -> None:
    """Drop from ``kept`` the credit lines closing the body, read into ``meta``: a byline-only
    line; a bare name, maybe under its body's name (某街道总工会 / 某某 on two lines); a boxed
    byline (□某单位 某某)."""
    while kept:
        s, e = lines[kept[-1]]
        line = text[s:e].strip()
        if _BYLINE_LINE.match(line):
            meta["authors"].extend(_byline_names(line) or [])
        elif _NAME.match(line) and len(line) <= 3 and len(kept) > 1 and (line in _NOT_NAMES or line[0] in surnames()):
            if line not in _NOT_NAMES:
                meta["authors"].append(line)
        elif _CLOSING_BODY.match(line) and len(kept) > 1 and (
                meta["authors"] or re.search(r"[。！]\s*$", text[slice(*lines[kept[-2]])])):
            meta["source"] = meta.get("source") or line  # 某县总工会 alone under the last sentence: who sent it
        elif _OUTLET_NAME.match(line) and len(kept) > 1 and (
                meta["authors"] or re.search(r"[。！]\s*$", text[slice(*lines[kept[-2]])])):
            meta["source"] = meta.get("source") or line  # 某某日报 alone under the article (an e-paper's foot): the outlet
        elif len(kept) > 1 and (names := _boxed_names(line)):
            meta["authors"].extend(names)  # □某某单位 某某: the writer and the workplace under a letter
        elif len(kept) > 1 and (body := re.fullmatch(rf"[□■]\s*(?P<src>[{HAN}]{{0,16}}(?:总工会|工会))", line)):
            meta["source"] = meta.get("source") or body["src"]  # □ 某某总工会: the body that sent it
        else:
            break
        kept.pop()


def _index_line(line: str, meta: dict) -> bool:
    """Whether ``line`` is an e-paper's index line (paper, page, the headline, a date; no prose);
    its date is the publication date when none is known."""
    named = [t for t in (meta.get("title"), meta.get("kicker")) if t and len(t) >= 6 and t in line and line.strip() != t]
    if not named or _PROSE_END.search(line):
        return False
    day = _DATE_TIME.search(line)
    if day is not None:
        meta["published"] = meta.get("published") or _iso(day)
    return day is not None


_ACCORDING_TO = re.compile(r"\s*[（(]?\s*据\s*(?:《(?P<src>[^《》\s]{2,16})》|“(?P<quoted>[^“”\s]{2,16})”)\s*(?:微信公众号|公众号|微信)?\s*"
                           r"(?:报道|消息|发布)?\s*[)）]?\s*[:：]?\s*")  # 据《某报》, 据“某某”微信发布：
_SENT_BY = re.compile(rf"\s*(?:[-—–]+\s*)?(?P<src>[{HAN}]{{2,20}}?)(?:[\s\u3000]+(?P<who>[{HAN}·]{{2,3}}))?[\s\u3000]*"
                      r"(?:新媒体|融媒体)?(?:供稿|供图|出品)\s*")
_UNIT_END = re.compile(r"[宫馆站所部局处室科队厂场院校会]$")  # (某区总 文化宫): a unit, no name
_REPOSTED_FROM = re.compile(rf"\s*以下(?:文章|内容)来源于\s*(?P<src>[^\s，,]{{2,20}})\s*[，,]?\s*(?:作者\s*[:：]?\s*(?P<who>[{HAN}·]{{2,4}}))?\s*")
_LONG_EDITOR_LABEL = re.compile(rf"\s*(?:本期|值班|图文|视频|新媒体|执行|文字|责任)编辑[\s\u3000]+(?P<ed>[{HAN}·]{{2,3}})\s*")
_BRACKETED_WORKPLACE_NAME = re.compile(rf"\s*[（(]\s*(?P<body>[{HAN}]{{2,16}})[\s\u3000]+(?P<name>[{HAN}·]{{2,3}}?)\s*(?:供稿|供图)?\s*[)）]\s*")  # (（某部 某某供稿）)
_BRACKETED_EDITOR = re.compile(rf"\s*[【\[（(]\s*(?:责任编辑|责编|编辑)[\s\u3000]+(?P<ed>[{HAN}·]{{2,4}})\s*[】\]）)]\s*")
_NAMES_THEN_REPORTER = re.compile(rf"\s*[□■]?\s*(?P<pre>(?:[{HAN}·]{{2,3}}[\s\u3000]+)+)[^\s，。、]{{0,12}}?(?:记者|通讯员)[\s\u3000]*"
                                  rf"(?P<names>[{HAN}·]{{2,3}}(?:[\s\u3000]+[{HAN}·]{{2,3}})*)\s*")
_BARE_SOURCE = re.compile(r"^\s*来源(?P<src>[^\s:：于自]{2,12}?(?:手机台|电视台|融媒体|日报|晚报|工人报|网|报))\s*$")


def _sender_credit(line: str, meta: dict) -> bool:
    """Whether ``line`` is a credit naming who sent, edited or first ran the article (a body in
    brackets, a sent-by line, a repost's header, an editor's label); read into ``meta``."""
    if (body := _BRACKETED_BODY.fullmatch(line) or _SENT_BY.fullmatch(line) or _ACCORDING_TO.fullmatch(line)) is not None:
        meta["source"] = meta.get("source") or body["src"] or body.groupdict().get("quoted")  # （某公司工会）, 某中心供稿, 某日报新媒体出品, 据《某报》: who sent it
        if body.re is _SENT_BY and body["who"]:
            meta["authors"].append(body["who"])  # 某县总工会 某某 供稿
        return True
    if (credit := _BRACKETED_WORKPLACE_NAME.fullmatch(line)) is not None and credit["name"][0] in surnames() \
            and credit["name"] not in _NOT_NAMES and not _ROLE_WORD.search(credit["body"]) \
            and not _UNIT_END.search(credit["name"]) and not _byline_name_alone(credit["body"]):
        # (某煤矿 某某) on a line of its own: the writer and their workplace ((甲 乙): two writers, read elsewhere)
        meta["authors"].append(credit["name"])
        meta["source"] = meta.get("source") or credit["body"]
        return True
    if (editor := _BRACKETED_EDITOR.fullmatch(line)) is not None:  # 【责任编辑 某某】
        meta["editor"] = meta.get("editor") or editor["ed"]
        return True
    if (repost := _REPOSTED_FROM.fullmatch(line)) is not None:  # 以下文章来源于某某 ，作者某某: a repost's header
        meta["source"] = meta.get("source") or repost["src"]
        meta["authors"].extend([repost["who"]] if repost["who"] else [])
        return True
    if (labelled := _LONG_EDITOR_LABEL.fullmatch(line)) is not None:  # 本期编辑 某某: a label of four, a space
        meta["editor"] = meta.get("editor") or labelled["ed"]
        return True
    if (bare := _BARE_SOURCE.match(line)) is not None:  # 来源某某手机台: a source label with its colon lost
        meta["source"] = meta.get("source") or bare["src"]
        return True
    return False


_PADDED_ROLES = frozenset({"记者", "通讯员", "本报记者", "实习生", "摄影"})


def _padded_byline(line: str) -> list[str] | None:
    """The names of a byline whose roles and two-character names are padded with spaces (记 者 甲 乙
    通讯员 丙 丁 戊 己: 甲乙, 丙丁, 戊己); None when ``line`` is no such byline."""
    tokens, names, single = line.split(), [], []
    k = 0
    while k < len(tokens):
        two = "".join(tokens[k : k + 2])
        role = tokens[k] if tokens[k] in _PADDED_ROLES else two if two in _PADDED_ROLES else None
        if role is not None:
            if single:
                return None
            k += 1 if role == tokens[k] else 2
            continue
        if not (names or single) and k == 0:
            return None  # (a role opens it)
        if re.fullmatch(rf"[{HAN}]", tokens[k]):
            single.append(tokens[k])
            if len(single) == 2:
                names.append("".join(single))
                single = []
        elif re.fullmatch(rf"[{HAN}]{{2,3}}", tokens[k]) and not single:
            names.append(tokens[k])
        else:
            return None
        k += 1
    padded = re.search(rf"(?<![{HAN}])[{HAN}][ \u3000]+[{HAN}](?![{HAN}])", line) is not None
    ok = names and not single and padded and all(n[0] in surnames() and n not in _NOT_NAMES for n in names)
    return names if ok else None


# a writer's role glued to the name on a line of its own (撰稿某某, 作者某某)
_ROLE_GLUED_NAME = re.compile(rf"^\s*(?:撰稿|撰文|作者)(?:人)?\s*(?P<name>[{HAN}·]{{2,3}})\s*$")
# photographers' names, the last glued to 摄影报道 (甲 乙摄影报道, 甲 乙 丙摄影报道; a name padded: 许 准)
_NAMES_GLUED_STORY = re.compile(rf"^\s*(?P<names>[{HAN}·]{{1,3}}(?:[ \u3000]+[{HAN}·]{{1,3}})+?)(?:摄影报道|图文报道)\s*$")


# a credit chain of writers' roles and review labels, each before its name after a slash, a colon or a
# space (文/图 某某 审核/某某, 文：某某 编辑/某某)
_CHAIN_LABEL = r"(?:文\s*/\s*图|图\s*/\s*文|文图|图文|摄影|作者|记者|通讯员|审核|审稿|校对|责任编辑|责编|编辑|监制|文|图|摄)"
_CHAIN_NAME = rf"(?!影?报道|报导)[{HAN}·]{{2,3}}"
_CREDIT_PAIR = re.compile(rf"(?P<role>{_CHAIN_LABEL})\s*[/:：]?\s*(?P<name>{_CHAIN_NAME})(?=\s|$)")
_CREDIT_CHAIN = re.compile(rf"^\s*(?:{_CHAIN_LABEL}\s*[/:：]?\s*{_CHAIN_NAME}(?:\s+|$)){{2,}}$")


def _credit_chain(line: str, meta: dict) -> bool:
    """Whether ``line`` is a chain of credits with at least one writer's role (文/图 某某 审核/某某); the
    writers go to the authors, an editor to the editor, reviewers nowhere."""
    if not _CREDIT_CHAIN.match(line):
        return False
    pairs = [(re.sub(r"\s", "", m["role"]), m["name"]) for m in _CREDIT_PAIR.finditer(line)]
    writers = [n for r, n in pairs if r not in _LABELS and n not in _NOT_NAMES]
    if not writers:
        return False
    meta["authors"].extend(writers)
    meta["editor"] = meta.get("editor") or next((n for r, n in pairs if r in _EDITOR_LABELS), None)
    return True


def _glued_role_names(line: str) -> list[str] | None:
    """The names of a credit line whose role is glued to a name (撰稿某某; 甲 乙摄影报道); None when
    ``line`` is no such credit."""
    if (m := _ROLE_GLUED_NAME.match(line)) is not None:
        return [m["name"]] if m["name"][0] in surnames() and m["name"] not in _NOT_NAMES else None
    if (m := _NAMES_GLUED_STORY.match(line)) is not None:
        names = _spaced_names(m["names"])
        return names if names and all(n[0] in surnames() for n in names) else None
    return None


def _credit_line(line: str, meta: dict) -> bool:
    """Whether ``line`` is a credit line, wherever it stands; its names go to the authors."""
    if _PHOTO_CREDIT.match(line):
        return True
    if (glued := _glued_role_names(line)) is not None:  # 撰稿某某, 甲 乙摄影报道
        meta["authors"].extend(glued)
        return True
    if _credit_chain(line, meta):  # 文/图 某某 审核/某某
        return True
    if (padded := _padded_byline(line)) is not None:  # 记 者 甲 乙 通讯员 丙 丁
        meta["authors"].extend(padded)
        return True
    if _sender_credit(line, meta):
        return True
    if (boxed := _boxed_names(line)) is not None and boxed:  # □某某 or (甲/文 乙/图) inside the page: the writers
        meta["authors"].extend(boxed)
        return True
    if (reporters := _NAMES_THEN_REPORTER.fullmatch(line)) is not None:  # 某甲 某乙 某报记者 某丙
        meta["authors"].extend(reporters["pre"].split() + reporters["names"].split())
        return True
    glued = _NAME_GLUED_ROLE.match(line)
    if glued and glued["name"][0] in surnames() and glued["name"] not in _NOT_NAMES:
        meta["authors"].append(glued["name"])  # 某某摄影报道, one line
        return True
    if (credit := _NAMES_THEN_ROLE.match(line)) is not None:  # 某甲、某乙 摄影报道
        meta["authors"].extend(n for n in re.split(r"[、，,\s]+", credit["names"])
                               if n not in _NOT_NAMES and not _ROLE_WORD.search(n) and not _PHOTOS_WORD.fullmatch(n))
        return True
    if _BYLINE_LINE.match(line):  # 文/某某 图/某某
        meta["authors"].extend(_byline_names(line) or [])
        return True
    reporter = _REPORTER_LINE.match(line)
    if reporter:  # 工人日报-中工网记者某某: a byline line naming the outlet
        meta["authors"].extend(_byline_names(reporter["names"], role_implied=True) or [])
        return True
    if _NAMES_LINE.match(line):  # 某某 某某: a byline or credit without roles
        role, *names = line.split()
        if role in _EDITOR_LABELS:  # 编辑 某某 (二审 某某: the reviewers after it are no editors)
            names = names[: next((i for i, n in enumerate(names) if n in _LABELS), len(names))]
            meta["editor"] = meta.get("editor") or " ".join(names)
        elif role in _CREDIT_ROLES:  # 作者 某某, 摄影 某某
            meta["authors"].extend(names)
        elif role in _LABELS:  # 审核 某某: no writer
            pass
        elif "工会" not in line:
            meta["authors"].extend(line.split())
        return True
    return False


def _is_paragraph(line: str) -> bool:
    """Prose that a label or credit merely opens: never dropped as a label line."""
    if not _PROSE_END.search(line):
        return False
    opener = _BYLINE_START.match(line)
    return (opener is not None and len(line[opener.end():].strip()) >= 8) or (
        len(line.strip()) > 80 and not _SITE_FOOTER.search(line))


def _body_regions(doc: Document, lines: list[tuple[int, int]], body: list[int], meta: dict) -> None:
    """One region per body line, without a leading dateline opener or a closing byline."""
    text = doc.text
    for n, li in enumerate(body):
        s, e = lines[li]
        line = text[s:e]
        cut_start, cut_end = s, e
        if n <= 5:  # a dateline opener, maybe after photo captions: 某网某地12月3日讯(记者 某某)
            m = _BYLINE_START.match(line)
            names = _byline_names(m["inner"], meta=meta) if m and (n == 0 or m["lead"]) else None
            if names is None and m and m["lead"] and _NAME.match(m["inner"]):
                names = [m["inner"]]  # 本报讯（某某）: the one name is the author
            reporter = _REPORTER_LEAD.match(line)
            lead = m or _BYLINE_START_BARE.match(line)
            day = _DATE_TIME.search(lead["lead"]) if lead and lead["lead"] else None
            outlet = _LEAD_OUTLET.match(lead["lead"]) if lead and lead["lead"] else None
            if outlet is not None and not meta.get("source"):
                meta["source"] = outlet["outlet"]  # 湘南网7月8日讯, 【湘南日报讯】: the outlet
            if day is not None and not meta.get("published"):
                meta["published"] = _iso(day)  # 《某某工人报》（2022年03月08日 第A3版）本报讯
            if m and names:
                meta["authors"].extend(names)
                cut_start = s + m.end() + len(re.match(r"[\s\u3000]*[:：]?", line[m.end():]).group())  # (…):4月20日, the colon too
            elif reporter:  # 某报-某网记者某某 4月27日，…
                meta["authors"].extend(_byline_names(reporter["names"], role_implied=True) or [])
                cut_start = s + reporter.end()
            elif n == 0 or (lead and lead["lead"] and re.search(r"(?:讯|电)[】\]]?$", lead["lead"])):
                cut_start = s + _opener_end(line, meta)  # (本报讯 below a kicker or a second headline line)
        if (jump := _JUMP.match(line, cut_start - s) or _CAPTION_TAG.match(line, cut_start - s)) is not None:
            cut_start = s + jump.end()  # (上接1版): an e-paper's continuation mark; 【图】 opening a caption
        line = _without_closing_labels(line, cut_start - s, meta)
        if (jump := _JUMP_END.search(line, cut_start - s)) is not None:
            line = line[: jump.start()]  # (下转2版)
        cut_end = min(cut_end, s + len(line))
        credit = _TRAILING_CREDIT.search(line, cut_start - s)
        if credit:
            cut_end = s + credit.start()
            if credit["reporter"] and credit["reporter"][0] in surnames() and credit["reporter"] not in _NOT_NAMES:
                meta["authors"].append(credit["reporter"])
            if credit["cam"]:
                meta["authors"].append(credit["cam"])
            if credit["who"]:  # …。某某晚报记者 某某: the reporter closing the paragraph
                names = re.split(r"[\s\u3000、]+(?:记者|通讯员)?[\s\u3000]*", (credit["pre"] or "") + credit["who"])
                meta["authors"].extend(n for n in (_ROLE_PREFIX.sub("", n) for n in names) if n)
        elif n == len(body) - 1 and (closing := _CLOSING_NAME.search(line)):  # …的温暖。某某
            meta["authors"].extend(closing["name"].split())
            cut_end = s + closing.start()
        m = _BYLINE_END.search(line)
        if m and not credit and (names := _bracket_credit(line, m, n == len(body) - 1, meta)) is not None:
            meta["authors"].extend(names)
            cut_end = s + m.start()
        if (lost := _LOST_INDENT.match(text, cut_start, cut_end)) is not None:
            cut_start = lost.end()  # ??? 某某…: an indentation the page lost to question marks
        for ps, pe in _without_inline_credits(text, cut_start, cut_end):
            doc.regions.append(Region(ps, pe, "body"))


_ROLE_IN_CREDIT = re.compile(r"记者|通讯员|撰稿|摄影|(?<![^\s（(])(?:文|图|摄)\s*[/:：]")
_SENTENCE_CLOSED = re.compile(r"[。！？!?”」][\s\u3000]*$")


def _bracket_credit(line: str, m: re.Match[str], last: bool, meta: dict) -> list[str] | None:
    """The writers a bracket closing ``line`` names: on the body's last line a byline, a name or a
    body (（某某）, （某县总工会）); on any other line only a credit with a role in it, after a sentence
    ((文/某甲 图/某乙), (特约记者某某)); None when the bracket is no credit."""
    if last:
        return _byline_names(m["inner"], meta=meta) or _closing_name(m["inner"], meta)
    if _ROLE_IN_CREDIT.search(m["inner"]) and _SENTENCE_CLOSED.search(line, 0, m.start()):
        return _byline_names(m["inner"], meta=meta)
    return None


_LOST_INDENT = re.compile(r"[\s\u3000]*[?？\ufffd]{2,}[\s\u3000]+")
# a photo's credit inside a line, the text going on after it (…。慰问现场。某某 摄 主办方…, …。新华社发（某某 摄） 1月…)
_INLINE_CREDIT = re.compile(rf"(?<=[。！？])[\s\u3000]*(?:[{HAN}]{{2,8}}发\s*)?(?:[（(]\s*[{HAN}·]{{2,4}}\s*摄\s*[)）]|"
                            rf"[{HAN}·]{{2,3}}[\s\u3000]+摄)[\s\u3000]+(?=\S)")


def _without_inline_credits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] around the photo credits inside it, white space stripped."""
    pieces, at = [], start
    for m in _INLINE_CREDIT.finditer(text, start, end):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, end))
    return [span for ps, pe in pieces if (span := _stripped(text, ps, pe))[1] > span[0]]


_CAPTION_TAG = re.compile(r"\s*[【\[]\s*(?:图|组图|图片|视频)\s*[】\]]\s*(?=\S)")
_JUMP = re.compile(r"\s*[（(]\s*(?:上接|接)\s*(?:第)?\s*[A-Za-z]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*")
_JUMP_END = re.compile(r"\s*[（(]\s*(?:下转|转)\s*(?:第)?\s*[A-Za-z]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*$")


def _opener_end(line: str, meta: dict) -> int:
    """Where the first body line's dateline opener (本报讯, 某某网:, 「本文来源:某报」) and the
    reporters right after it (记者某某报道：) end; 0 when it has none. Their names and the outlet
    go to ``meta``."""
    m2 = _BYLINE_START_BARE.match(line)
    if not (m2 and m2["lead"]):
        return 0
    if (boxed := _BOXED_SOURCE.match(m2["lead"])) is not None and not meta.get("source"):
        meta["source"] = boxed["src"]  # 「本文来源:某某日报」
    rest = line[m2.end():]
    if (cited := _ACCORDING_BRACKET.match(rest)) is not None and (names := _byline_names(cited["inner"], meta=meta)):
        meta["source"] = meta.get("source") or cited["src"]  # 某网讯 据某报报道(某报记者 甲 乙)…: the paper, its reporters
        meta["authors"].extend(names)
        return m2.end() + cited.end()
    after = _REPORTER_LEAD.match(rest) or _NAMES_REPORT.match(rest)
    names = _byline_names(after["names"], role_implied=True) if after else None  # 本报讯 记者某某报道：…
    if after and names:
        meta["authors"].extend(names)
        return m2.end() + after.end()
    if (unclosed := _UNCLOSED_CREDIT.match(rest)) is not None:  # 本报讯（文/某甲 图/某乙3月6日…: the bracket never closed
        meta["authors"].extend(re.findall(rf"(?:{_UNCLOSED_ROLES})\s*[/:：]?\s*([{HAN}·]{{2,3}})", unclosed.group()))
        return m2.end() + unclosed.end()
    glued = _GLUED_REPORTER.match(rest)
    if glued:  # 某报记者某甲通讯员某乙某丙1月6日上午，…: the spaces lost
        meta["authors"].extend([glued["a"]] + (_glued_names(glued["b"]) if glued["b"] else []))
        return m2.end() + glued.end()
    if (told := _ACCORDING_TO.fullmatch(rest)) is not None and rest.strip():
        meta["source"] = meta.get("source") or told["src"] or told["quoted"]
        return len(line)  # 某某网4月10日讯 据“某某”微信发布：, the text on the lines below
    if m2["lead"].endswith("消息") and (mark := re.match(r"[，：]\s*", rest)) is not None:
        return m2.end() + mark.end()  # 据某某日报消息，7月5日…: the comma after the opener goes with it
    return m2.end()


# a paper the dispatch cites and its reporters in brackets after the opener (据某报报道(某报记者 甲 乙))
_ACCORDING_BRACKET = re.compile(r"\s*据《?(?P<src>[^\s，。（(《》]{2,16}?)》?(?:报道|消息)\s*[（(]\s*(?P<inner>[^（）()\n]{1,60}?)\s*[)）]\s*[:：]?\s*")
# a credit bracket after the dateline opener that the page never closed, the lead's date right after the
# last name (（文/某甲 图/某乙3月6日下午，…): each name after its role
_UNCLOSED_ROLES = r"文|图|摄影|摄|记者|通讯员"
_UNCLOSED_CREDIT = re.compile(rf"\s*[（(]\s*(?:(?:{_UNCLOSED_ROLES})\s*[/:：]?\s*[{HAN}·]{{2,3}}?[\s\u3000、]*)+"
                              r"(?=\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年)")
# a reporter and correspondents glued to each other and to the lead's date (spaces lost)
_GLUED_REPORTER = re.compile(rf"^[^\s，。,]{{0,20}}?记者(?P<a>[{HAN}]{{2,3}}?)(?:通讯员(?P<b>[{HAN}]{{2,6}}?))?"
                             r"(?=\d{1,2}月\d{1,2}日)")


def _without_closing_labels(line: str, start: int, meta: dict) -> str:
    """``line`` less the credits closing it after its last sentence (…记者 某某 [编辑: 某某]; …。（某某）
    编辑：甲 责任编辑：乙 审核：丙 |), read into ``meta``."""
    bracket = _BRACKET_EDITOR.search(line, start)
    if bracket:
        meta["editor"] = meta.get("editor") or bracket["ed"]
        line = line[: bracket.start()].rstrip()
    labels = _LABEL_RUN.search(line, start)
    if labels and not _PROSE_END.search(line, labels.end()):
        _collect_header(line[labels.start():], meta, published=False)
        line = line[: labels.start()].rstrip()
    return line


# an editor's two-character name padded to the width of three (责任编辑:曹 丽)
_EDITOR_PADDED = re.compile(rf"(?:责任编辑|责编|编[\s\u3000]{{0,2}}辑)\s*[:：]\s*(?P<a>[{HAN}])[ \u3000]+(?P<b>[{HAN}])(?![{HAN}])")
_NOT_SOURCES = frozenset({"发表于", "发布于", "发表时间", "发布时间", "时间", "日期", "更新时间"}
                         | {f"{w}{d}" for w in ("星期", "礼拜", "周") for d in "一二三四五六日天"})  # (2017年12月26日 星期二: a weekday, no site)
_EDITOR_LABEL_ALONE = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：]\s*$")
_BRACKET_EDITOR = re.compile(r"[\[【]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<ed>[^\]】\s]{2,12})\s*[\]】][\s|｜丨]*$")
# labels that open a run of credits after the article's last sentence, on the same line
_LABEL_RUN = re.compile(r"(?<=[。！？!?）)”])[\s\u3000]*(?:值班编辑|责任编辑|责编|编辑|审核|审校|校对|终审|初审|复审|审稿|监制|编审|"
                        r"文字|图片|图文|摄影|制作|作者|(?:本网|本报|本站)?(?:通讯员|记者)|(?:信息|文章)?来源|稿源|"
                        r"相关阅读|相关链接|延伸阅读|推荐阅读|原标题)\s*[:：]")  # (…。相关阅读：某某: a teaser glued to the end)
_CLOSING_NAME = re.compile(rf"(?<=[。！？])\s*(?:[□■]\s*)?(?P<name>[{HAN}·]{{2,3}}(?:[ \u3000]+[{HAN}·]{{2,3}})*)[\s|｜丨]*$")  # the authors after the last sentence
_UNION_BODY = rf"[{HAN}]{{2,16}}(?:总工会|工会|工会委员会)"
_UNION_UNIT = (rf"(?:{_UNION_BODY}(?:[{HAN}]{{2,8}}?(?:部|办公室|中心))?|"  # 某区总工会, 某区总工会权益维护部
               rf"[{HAN}]{{1,6}}总[{HAN}]{{2,6}}?(?:部|办公室))")  # 市总经济部: a short form's department
_BRACKETED_BODY = re.compile(rf"\s*[（(]\s*(?P<src>{_UNION_UNIT})\s*(?:供稿|供图|报送|提供)?\s*[)）]\s*")
_CLOSING_BODY = re.compile(rf"^{_UNION_BODY}$")
# a byline boxed by a square closing the article (□某某单位 某某, ■某某): the writer, after their workplace
_BOXED_BYLINE = re.compile(rf"^[□■]\s*(?:(?![{HAN}·]{{2,3}}[\s\u3000])[^\s□■]{{2,30}}[\s\u3000]+)?(?P<names>[{HAN}·]{{2,3}}(?:[\s\u3000、]+[{HAN}·]{{2,3}})*)"
                           r"(?:\s*(?:文\s*/\s*图|图\s*/\s*文|摄影报道|图文报道|摄影|文|图|摄))?$")  # (□甲 乙 摄影报道)


# names, each before what its bearer did, after a slash (□某报记者 某 某/文 某某/图, 某某/文 某某/摄)
_SLASH_NAME = rf"(?:[{HAN}·]{{2,4}}|[{HAN}][ \u3000][{HAN}])"
_SLASH_BYLINE = re.compile(rf"^[□■]?\s*[（(]?\s*(?:[^\s/，。]{{0,12}}?(?:记者|通讯员)\s*)?(?P<names>(?:{_SLASH_NAME}\s*/\s*(?:文图|图文|文|图|摄)\s*)+)[)）]?$")


def _boxed_names(line: str) -> list[str] | None:
    """The writers a boxed byline names (□某某, □某某单位 某某), or a byline of names before a slash and
    their role (□晚报记者 某 某/文 某某/图); None when ``line`` is neither."""
    m = _BOXED_BYLINE.match(line.strip())
    if m is None and (slash := _SLASH_BYLINE.match(line.strip())) is not None:
        names = [re.sub(r"[ \u3000]", "", n) for n in re.findall(rf"({_SLASH_NAME})\s*/", slash["names"])]
        return names if all(n not in _NOT_NAMES for n in names) else None
    return _byline_names(m["names"], role_implied=True) if m else None
_CLOSING_BODY_NAMES = re.compile(rf"(?P<body>{_UNION_BODY})(?P<names>(?:[\s\u3000]+[{HAN}·]{{2,3}})+)")  # （某工会 甲 乙）


def _closing_name(inner: str, meta: dict) -> list[str] | None:
    """A bracket closing the article with one name (（苏晴）: its author) or a body (（石阡县总工会）:
    its source); None when the bracket is anything else."""
    inner = inner.strip()
    if _CLOSING_BODY.match(inner) or re.fullmatch(_UNION_UNIT, inner):
        meta["source"] = meta.get("source") or inner
        return []
    body_name = _CLOSING_BODY_NAMES.fullmatch(inner)
    if body_name:  # （某局工会 某某 某某）: the source and its writers; （某县总工会 供稿）: the source alone
        meta["source"] = meta.get("source") or body_name["body"]
        return [n for n in body_name["names"].split() if n not in _NOT_NAMES]
    editor = _EDITOR.fullmatch(inner)
    if editor:  # （编辑：某某）
        meta["editor"] = meta.get("editor") or editor["ed"]
        return []
    if re.fullmatch(rf"[{HAN}]{{2,3}}", inner):
        return [inner]
    names = _spaced_names(inner)
    return names or None


def _spaced_names(inner: str) -> list[str]:
    """（甲乙丙 钱 勇）: names of two or three characters apart, a two-character one padded to the
    width of three (钱 勇); [] when the bracket holds anything else."""
    pieces, names = inner.split(), []
    i = 0
    while i < len(pieces):
        if len(pieces[i]) == 1 and i + 1 < len(pieces) and len(pieces[i + 1]) == 1:
            names.append(pieces[i] + pieces[i + 1])
            i += 2
            continue
        names.append(pieces[i])
        i += 1
    ok = len(pieces) > 1 and all(re.fullmatch(rf"[{HAN}]{{2,3}}", n) for n in names)
    return names if ok and not any(n in _NOT_NAMES for n in names) else []


_PAPER_DATE = re.compile(r"^\s*《\s*(?P<src>[^《》\s]{2,12})\s*》\s*[（(][^（）()\n]{0,30}?(?:19|20)\d{2}")  # 《某报》(2012年01月17日 002版)
_SITE_DATE = re.compile(r"^\s*(?P<src>[^\s:：|｜丨·]{2,12})(?:[\s\u3000]+|\s*·\s*)(?:19|20)\d{2}[-年/.]")  # (某某财经·2026-02-12 04:51)
_DATE_SITE = re.compile(r"^\s*(?:19|20)\d{2}[-年/.][\d\s:：年月日/.-]*?[\s\u3000]+(?P<src>[^\s:：\d|｜丨]{2,12})(?=[\s|｜丨]|$)")
_PAGE_LABEL = re.compile(r"第\s*[A-Za-z]?\s*[\d一二三四五六七八九十]+\s*版")  # a paper's page: its date is the issue's
_PUBLISHED_LABEL = re.compile(r"(?:发布|发表)(?:时间|日期)\s*[:：]")


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
# a date written in Chinese numerals on a line of its own (二〇二三年五月十六日), closing a notice or an article
_CN_DATE_LINE = re.compile(r"^\s*(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>十[一二]?|[一二三四五六七八九])月"
                           r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日\s*$")


def _cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 三十 → 30 (numbers below 40 in Chinese numerals)."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _cn_date(line: str) -> str | None:
    """The ISO date of a line that is only a date in Chinese numerals, else None."""
    m = _CN_DATE_LINE.match(line)
    if m is None:
        return None
    month, day = _cn_number(m["m"]), _cn_number(m["d"])
    year = "".join(str(_CN_DIGITS[c]) for c in m["y"])
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def is_dateline(line: str) -> bool:
    """A line that is a date with at most a time, a source, a site or a byline beside it."""
    if len(line.strip()) > 120 or _PROSE_END.search(line):
        return False
    if _cn_date(line) is not None:
        return True
    m = _DATE_TIME.search(line) or _SHORT_DATE.search(line) or _DMY.search(line) or _Y_MD.search(line)
    if m is None:
        return False
    rest = _DATELINE_REST.sub("", _GLOSS.sub("", line[: m.start()] + line[m.end():]))
    return len(re.sub(r"[\s\u3000]", "", rest)) <= 12


def _collect_header(line: str, meta: dict, published: bool = True) -> None:
    if published and not meta.get("published"):
        m = _DATE_TIME.search(line)
        if m:
            meta["published"] = _iso(m)
        elif (cn := _cn_date(line)) is not None:
            meta["published"] = cn  # 二〇二三年五月十六日
        elif (m := _SHORT_DATE.search(line)) is not None and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            meta["published"] = f"{2000 + int(m['y'])}" + _iso(m)[4:]  # 23-05-12 → 2023-05-12
        elif (m := _DMY.search(line) or _MD_Y.search(line) or _Y_MD.search(line)) is not None and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            meta["published"] = _iso(m)  # 30.09.2014 14:25, 06月13日,2017年
    m = _PAPER_DATE.match(line) or _SITE_DATE.match(line) or _DATE_SITE.match(line)
    if m and not meta.get("source") and not _SOURCE.search(line) and m["src"] not in _NOT_SOURCES | _NOT_NAMES \
            and re.search(rf"[{HAN}.]", m["src"]) and not re.search(r"[上下]一[篇版期条]", m["src"]):  # (GMT+8, 2024-11-23: a time zone, no site; 3上一篇 2015年3月9日: a pager)
        meta["source"] = m["src"]  # 洛阳网　2023-09-14 10:05, or 2023-04-28 09:02　中工网
    m = _EDITOR_PADDED.search(line) or _EDITOR.search(line)
    if m and not meta.get("editor"):
        meta["editor"] = m["ed"] if m.re is _EDITOR else m["a"] + m["b"]  # 来源：南通日报　责任编辑：曹丽, 责任编辑：曹 丽
    m = _SOURCE.search(line)
    if m and (not meta.get("source") or meta.pop("guessed_source", False)) and m["src"] not in _NOT_NAMES:
        collected = re.fullmatch(r"(?P<src>.{2,}?)(?:收集|整理|收集整理)", m["src"])
        meta["source"] = collected["src"] if collected and line.startswith("编辑", m.end()) else m["src"]  # 来源:某某网收集编辑:
    for m in _AUTHOR_FIELD.finditer(line):  # 记者:某甲 通讯员:某乙、某丙
        names = _byline_names(m["who"], role_implied=True)
        if names:
            meta["authors"].extend(names)
