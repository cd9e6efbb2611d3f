"""HTML main-text extractors side by side: trafilatura (the one the reader uses) and
readability-lxml (optional: pip install readability-lxml), on our own articles wrapped in a
news-site page (navigation, a sidebar of other headlines, a script, a copyright footer).

Reports paragraphs recovered, noise items that leaked into the text and ms per page.
Run: python benchmarks/html_extractors.py
"""

import glob
import html
import time
from pathlib import Path

import lxml.html
import trafilatura

try:
    from readability import Document as RDoc
except ImportError:  # optional peer
    RDoc = None

ROOT = Path(__file__).resolve().parents[1]

def page(title, paras, others):
    nav = "".join(f'<li><a href="/c/{i}">{o}</a></li>' for i, o in enumerate(["首页","工会要闻","基层动态","劳模风采","维权服务","联系我们"]))
    side = "".join(f'<li><a href="/a/{i}.html">{html.escape(o)}</a></li>' for i, o in enumerate(others))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}_工会新闻网</title>
<style>.x{{color:red}}</style><script>var a=1;function f(){{return "script text";}}</script></head>
<body><div class="header"><ul class="nav">{nav}</ul></div>
<div class="main"><div class="article"><h1>{html.escape(title)}</h1><div class="info">2023-05-12 09:31 来源：某市总工会 【字体：大 中 小】</div>
<div class="content">{body}</div><div class="share">分享到：微信 微博</div></div>
<div class="sidebar"><h3>热点新闻</h3><ul>{side}</ul></div></div>
<div class="footer">版权所有 某市总工会 地址：某路1号 ICP备12345678号</div></body></html>"""

files = sorted(glob.glob(str(ROOT / "data" / "raw" / "[a-i]*.txt")))[:40]
titles = [Path(f).read_text(encoding="utf-8").splitlines()[0] for f in files]
res = {"trafilatura": [0,0,0,0.0], "readability": [0,0,0,0.0]}
for k, f in enumerate(files):
    lines = [x.strip() for x in Path(f).read_text(encoding="utf-8").splitlines() if x.strip()]
    title, paras = lines[0], lines[1:]
    others = [t for j, t in enumerate(titles) if j != k][:8]
    h = page(title, paras, others)
    gold = "".join(paras)
    t = time.perf_counter()
    tx = trafilatura.extract(h, include_comments=False, include_tables=True, favor_recall=True) or ""
    res["trafilatura"][3] += time.perf_counter() - t
    outs = [("trafilatura", tx)]
    if RDoc is not None:
        t = time.perf_counter()
        rx = lxml.html.fromstring(RDoc(h).summary()).text_content()
        res["readability"][3] += time.perf_counter() - t
        outs.append(("readability", rx))
    for name, out in outs:
        flat = "".join(out.split())
        got = sum(1 for p in paras if "".join(p.split()) in flat)
        noise = sum(1 for o in others if o in out) + ("script text" in out) + ("版权所有" in out) + ("工会要闻" in out)
        res[name][0] += got
        res[name][1] += len(paras)
        res[name][2] += noise
for n, (g, tot, noise, sec) in res.items():
    if not tot:
        continue
    print(f"{n}: paragraphs recovered {g}/{tot}, noise items {noise}, {sec*1000/len(files):.1f} ms/page")
