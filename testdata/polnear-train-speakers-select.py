# Selects the train attributions resolved by hand in polnear-train-speakers.jsonl:
# speech-cue attributions of ../shared/polnear/train, first .ann per article, seed 23, first 110.
# Each was then resolved by hand from the article text, following ../shared/polnear/README.md.
import os, re, random, json, sys
split = "/work/shared/polnear/train"
cue_re = re.compile(r"\b(say|says|said|saying|tell|tells|told|according|wrote|write|writes|added|adds|stated|declared|announced|explained|argued|claimed|insisted|noted|asked|replied|tweeted|reiterated|warned|continued|acknowledged)\b", re.I)
arts = sorted(f[:-4] for f in os.listdir(os.path.join(split, "text")))
anns = sorted(os.listdir(os.path.join(split, "attributions")))
items = []
for art in arts:
    fs = [f for f in anns if f.rsplit("_", 1)[0] == art]
    if not fs: continue
    T = {}; E = []
    for line in open(os.path.join(split, "attributions", fs[0]), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0].startswith("T") and len(p) > 1:
            kind, spans = p[1].split(" ", 1)
            sp = [[int(a) for a in x.split()] for x in spans.split(";")]
            T[p[0]] = (kind, sp, p[2] if len(p) > 2 else "")
        elif p[0].startswith("E"):
            d = dict(x.split(":") for x in p[1].split())
            E.append(d)
    for d in E:
        if "Source" not in d or "Cue" not in d or "Content" not in d: continue
        cue = T[d["Cue"]][2]
        if not (cue_re.search(cue) or cue.strip() == ":"): continue
        items.append(dict(article=art, source_span=T[d["Source"]][1], source_text=T[d["Source"]][2], cue_text=cue, content_span=T[d["Content"]][1]))
random.seed(23)
random.shuffle(items)
sel = items[:110]
json.dump(sel, open("/tmp/sel/sel.json", "w"))
print(len(items), len(set(i["article"] for i in sel)))
