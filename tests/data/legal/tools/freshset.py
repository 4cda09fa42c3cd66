"""Shared part of the build_fresh*.py scripts: the labelled-set format of shared/corpus/legal.

A script makes one `FreshSet`, adds sentences with `s(tags, sentence, *refs)` and passages with
`p(tags, passage, full_refs, short_refs)`, then calls `write()`. A ref is `(text, canonical)` or
`(text, canonical, [aliases])`; each text is looked up in the sentence from the previous ref's
start on (or, with a fourth element `after`, from the end of the first occurrence of `after`),
and offsets are Unicode code points. A short ref is `(text, antecedent, article)`, or
`(text, antecedent, article, after)` to look it up after the first occurrence of `after`.
"""
import json
import os

F = "\ufffd"


def scope(c):
    return "pe" if c.startswith("pe:") else ("int" if c.startswith("int:") else "foreign")


def refs_of(text, refs):
    out, pos = [], 0
    for r in refs:
        t, c = r[0], r[1]
        if len(r) > 3:
            pos = max(pos, text.index(r[3]) + len(r[3]))
        i = text.find(t, pos)
        assert i >= 0, (t, text)
        d = {"text": t, "start": len(text[:i]), "end": len(text[:i]) + len(t), "canonical": c, "scope": scope(c)}
        if len(r) > 2 and r[2]:
            d["alias"] = r[2]
        out.append(d)
        pos = i
    return out


class FreshSet:
    """One set: `out` its folder, sentence ids from `first_id`, passage ids `<prefix>-NNN`."""

    def __init__(self, out, first_id, prefix):
        self.out, self.first_id, self.prefix = out, first_id, prefix
        self.sentences = []  # (tags, sentence, refs)
        self.passages = []  # (tags, passage, full, short)

    def s(self, tags, sentence, *refs):
        self.sentences.append((tags, sentence, list(refs)))

    def p(self, tags, passage, full, short):
        self.passages.append((tags, passage, full, short))

    def write(self):
        """Writes citations-dev.jsonl and, when there are passages, shortforms-dev.jsonl."""
        os.makedirs(self.out, exist_ok=True)
        with open(os.path.join(self.out, "citations-dev.jsonl"), "w") as f:
            for i, (tags, sent, refs) in enumerate(self.sentences):
                r = refs_of(sent, refs)
                row = {"id": self.first_id + i, "sentence": sent, "negative": not r, "tags": tags.split(","), "refs": r}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        if self.passages:
            with open(os.path.join(self.out, "shortforms-dev.jsonl"), "w") as f:
                for i, (tags, pas, full, short) in enumerate(self.passages):
                    fr = [{k: v for k, v in d.items() if k != "scope"} for d in refs_of(pas, full)]
                    sr, pos = [], 0
                    for t, a, art, *after in short:
                        if after:
                            pos = max(pos, pas.index(after[0]) + len(after[0]))
                        j = pas.find(t, pos)
                        assert j >= 0, (t, pas)
                        sr.append({"text": t, "start": j, "end": j + len(t), "antecedent": a, "article": art})
                        pos = j
                    row = {"id": f"{self.prefix}-{i:03}", "passage": pas, "tags": tags.split(","), "full_refs": fr, "short_refs": sr}
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(self.sentences), "sentences", len(self.passages), "passages")
