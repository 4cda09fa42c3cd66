#!/usr/bin/env python3
"""Builds tests/data/legal/fresh6/{citations,shortforms}-dev.jsonl (issue 19, session 6, fourth batch).

Sentences and passages written by the detector's author from the list of forms in issue 19 and
the shared docs (§2, §10), (fourth batch) after the fixes for fresh3 and fresh4, before any further change. Run from the repository
root: python3 tests/data/legal/tools/build_fresh6.py
"""
import json, os

OUT = "tests/data/legal/fresh6"
F = "\ufffd"

def scope(c):
    return "pe" if c.startswith("pe:") else ("int" if c.startswith("int:") else "foreign")

def refs_of(text, refs):
    out, pos = [], 0
    for r in refs:
        t, c = r[0], r[1]
        i = text.find(t, pos)
        assert i >= 0, (t, text)
        d = {"text": t, "start": len(text[:i]), "end": len(text[:i]) + len(t), "canonical": c, "scope": scope(c)}
        if len(r) > 2 and r[2]:
            d["alias"] = r[2]
        out.append(d)
        pos = i
    return out

C = []  # (tags, sentence, refs)
def s(tags, sentence, *refs):
    C.append((tags, sentence, list(refs)))

s("space-after-hyphen,word", "El Decreto Legis- lativo N° 1057 creó el régimen especial.", ("Decreto Legis- lativo N° 1057", "pe:dleg:1057"))
s("space-after-hyphen,word", "La Resolu- ción Ministerial N° 045-2020-MINAM aprobó la guía.", ("Resolu- ción Ministerial N° 045-2020-MINAM", "pe:rm:045-2020-minam"))
s("reglamento,parent-name", "El Reglamento de la Ley del Servicio Civil regula los concursos.", ("Reglamento de la Ley del Servicio Civil", "pe:reglamento:ley-30057"), ("Ley del Servicio Civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]))
s("dated,ley", "La Ley Nro. 31298, de 6 de julio de 2021, regula la reelección.", ("Ley Nro. 31298, de 6 de julio de 2021", "pe:ley:31298"))
s("author-year,nested-parens", "El procedimiento es gratuito (Ley 27444 (2001), art. 44).", ("Ley 27444 (2001), art. 44", "pe:ley:27444"))
s("lowercase,codigo", "Conforme al código civil, el contrato obliga a las partes.", ("código civil", "pe:codigo:@codigo-civil", ["pe:dleg:295"]))
s("regional-resolution,plural-head", "Las Resoluciones Ejecutivas Regionales N° 101-2020-GRL/GR y 102-2020-GRL/GR aprobaron el plan.", ("Resoluciones Ejecutivas Regionales N° 101-2020-GRL/GR", "pe:res:101-2020-grl-gr"), ("102-2020-GRL/GR", "pe:res:102-2020-grl-gr"))
s("foreign:mx,named", "La Ley Federal de Transparencia y Acceso a la Información Pública de México inspiró la norma.", ("Ley Federal de Transparencia y Acceso a la Información Pública de México", "mx:ley:@ley-federal-de-transparencia-y-acceso-a-la-informacion-publica"))
s("named,apposition:name-number", "La Ley de Reforma Magisterial, Ley N° 29944, regula la carrera docente.", ("Ley de Reforma Magisterial, Ley N° 29944", "pe:ley:29944"))
s("range,a", "Los Decretos Supremos N° 003-2020-SA a 005-2020-SA dictaron medidas.", ("Decretos Supremos N° 003-2020-SA", "pe:ds:003-2020-sa"), ("Decretos Supremos N° 003-2020-SA a 005-2020-SA", "pe:ds:004-2020-sa"), ("005-2020-SA", "pe:ds:005-2020-sa"))
s("neg:policy", "La Política Nacional de Modernización de la Gestión Pública orienta la reforma.")

P = []
def p(tags, passage, full, short):
    P.append((tags, passage, full, short))

def write():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "citations-dev.jsonl"), "w") as f:
        for i, (tags, sent, refs) in enumerate(C):
            r = refs_of(sent, refs)
            f.write(json.dumps({"id": 6000 + i, "sentence": sent, "negative": not r, "tags": tags.split(","), "refs": r}, ensure_ascii=False) + "\n")
    if not P:
        return
    with open(os.path.join(OUT, "shortforms-dev.jsonl"), "w") as f:
        for i, (tags, pas, full, short) in enumerate(P):
            fr = [{k: v for k, v in d.items() if k != "scope"} for d in refs_of(pas, full)]
            sr, pos = [], 0
            for t, a, art in short:
                j = pas.find(t, pos)
                assert j >= 0, (t, pas)
                sr.append({"text": t, "start": j, "end": j + len(t), "antecedent": a, "article": art})
                pos = j
            f.write(json.dumps({"id": f"own6-{i:03}", "passage": pas, "tags": tags.split(","), "full_refs": fr, "short_refs": sr}, ensure_ascii=False) + "\n")

write()
print(len(C), "sentences", len(P), "passages")

