#!/usr/bin/env python3
"""Scan `legajo text` of every real file and seed for four kinds of text defect (issue 18).

Runs `BIN text FILE` on every PDF in SHARED/corpus/real and SHARED/corpus/seeds and counts,
per file, on the text as printed:

- rep    lines repeated: distinct non-trivial lines (stripped; at least 3 letters and 8
         characters, not a bare number or page label) that occur 3 times or more; the figure
         is the number of surplus occurrences (occurrences beyond the first), so one line
         printed 4 times counts 3.
- hyph   hyphenated words whose joined form the same text writes elsewhere: "Ober-fläche"
         when "Oberfläche" (case ignored) is a word of the document. Both parts are letters,
         the hyphen stands between two letters with no space.
- fffd   U+FFFD replacement characters.
- split  split words, conservatively: two adjacent letter tokens on one line, separated by
         one space, whose join is a word the document writes elsewhere (at least twice), while
         the pair itself occurs only once and one of the two pieces never occurs alone
         anywhere else ("Informa tion" when "Information" is a word and "tion" is never
         one).

Output: one line per file with the four counts, then totals. With -v, up to 3 examples of
each kind per file, except for files whose name contains a held-out stem (LEGAJO_SCAN_QUIET,
comma separated; default: the session's held-out real files), whose text is never printed.

usage: scripts/text-scan.py [-v] BIN SHARED
"""
import collections, glob, os, re, subprocess, sys, unicodedata

QUIET_DEFAULT = "bo-constitucion,pe-constitucion-1993,en-scotus-transcript-p1,en-icdar2013-us-003"
WORD = re.compile(r"[^\W\d_]+")
HYPH = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
PAGE_LABEL = re.compile(r"^(page|p[aá]gina|seite|p\.)?\s*[\divxlc]+(\s*(of|de|von|/)\s*\d+)?$", re.I)


def text_of(bin_, pdf):
    """The text `legajo text` prints for `pdf` ('' on failure or after 180 s)."""
    try:
        r = subprocess.run([bin_, "text", pdf], capture_output=True, timeout=180)
    except subprocess.TimeoutExpired:
        return ""
    return unicodedata.normalize("NFC", r.stdout.decode("utf-8", "replace"))


def repeated_lines(lines):
    """(surplus occurrences, examples) of non-trivial lines printed 3 times or more."""
    c = collections.Counter()
    for l in lines:
        s = " ".join(l.split())
        if len(s) < 8 or len("".join(WORD.findall(s))) < 3:
            continue
        if PAGE_LABEL.match(s):
            continue
        c[s] += 1
    reps = [(s, n) for s, n in c.items() if n >= 3]
    return sum(n - 1 for _, n in reps), [f"{n}x {s[:70]}" for s, n in sorted(reps, key=lambda x: -x[1])]


def hyphen_words(text, words):
    """(count, examples) of hyphenated words whose joined form is a word of the text."""
    out = []
    for m in HYPH.finditer(text):
        joined = (m.group(1) + m.group(2)).lower()
        if words[joined] > 0:
            out.append(m.group(0))
    return len(out), out


def split_words(lines, words):
    """(count, examples) of adjacent token pairs that look like one word cut by a space."""
    pairs = collections.Counter()
    cands = []
    for l in lines:
        toks = list(re.finditer(r"\S+", l))
        for a, b in zip(toks, toks[1:]):
            if b.start() - a.end() != 1:
                continue
            x, y = a.group(0), b.group(0)
            if not (WORD.fullmatch(x) and WORD.fullmatch(y)):
                continue
            pairs[(x.lower(), y.lower())] += 1
            cands.append((x, y))
    out = []
    for x, y in cands:
        lx, ly = x.lower(), y.lower()
        joined = lx + ly
        if len(joined) < 5 or words[joined] < 2 or pairs[(lx, ly)] != 1:
            continue
        if words[lx] - 1 > 0 and words[ly] - 1 > 0:
            continue
        out.append(f"{x} {y}")
    return len(out), out


def scan(text):
    """Counts and examples of the four defects in one file's text."""
    lines = text.splitlines()
    words = collections.Counter(w.lower() for w in WORD.findall(text))
    rep = repeated_lines(lines)
    hyph = hyphen_words(text, words)
    fffd = (text.count("\ufffd"), [])
    split = split_words(lines, words)
    return {"rep": rep, "hyph": hyph, "fffd": fffd, "split": split}


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    if len(args) != 2:
        sys.exit(__doc__)
    bin_, shared = args
    quiet = [q for q in os.environ.get("LEGAJO_SCAN_QUIET", QUIET_DEFAULT).split(",") if q]
    pdfs = sorted(glob.glob(f"{shared}/corpus/real/*.pdf")) + sorted(glob.glob(f"{shared}/corpus/seeds/*.pdf"))
    kinds = ["rep", "hyph", "fffd", "split"]
    tot = collections.Counter()
    print(f"{'file':52} " + " ".join(f"{k:>6}" for k in kinds))
    for pdf in pdfs:
        name = os.path.basename(pdf)[:-4]
        res = scan(text_of(bin_, pdf))
        for k in kinds:
            tot[k] += res[k][0]
        print(f"{name[:52]:52} " + " ".join(f"{res[k][0]:>6}" for k in kinds))
        if verbose and not any(q in name for q in quiet):
            for k in kinds:
                for ex in res[k][1][:3]:
                    print(f"    {k}: {ex}")
    print(f"{'total':52} " + " ".join(f"{tot[k]:>6}" for k in kinds))


if __name__ == "__main__":
    main()
