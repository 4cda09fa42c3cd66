//! Scoring on the shared labelled legal sets (`citations-dev.jsonl`, `shortforms-dev.jsonl`).
//!
//! In: a folder holding those files (the format of `shared/corpus/legal/README.md`). Out: a
//! printed report with the rules of that folder's `score.py` (challenge and short-form modes),
//! so that the two agree:
//!
//! - **Citations**: the multiset of (sentence, canonical) pairs, ids normalised (case, accents,
//!   zero padding, two-digit years, `/` against `-`, stop words in `@slug` keys), gold aliases
//!   and the equivalences (an instrument keyed by its approving norm is that norm; named laws of
//!   known number) honoured; `pe` ids on negative sentences counted apart; recall per tag.
//!   Each sentence goes through the whole pipeline as a `.txt` document, as `legajo extract`
//!   would see it.
//! - **Short forms**: a predicted short form is right when it overlaps a gold one and names the
//!   same norm; resolving a gold short form whose antecedent is null, naming another norm, a
//!   duplicate, or a span that is no short form are false positives; an unresolved prediction
//!   on a gold short form counts neither way. The detector runs on the passage as one text.
//!
//! **Hold-out.** Each set is split in two halves by a hash of the item id (FNV-1a of its decimal
//! text, even → `dev`, odd → `held-out`), or by the item's own `split:dev` / `split:held-out`
//! tag where the set's writer wrote the split into the data: only the dev half's errors are printed (and looked at
//! while developing); both halves' figures are. Rows start with `citations`, `short`, `held`
//! or `TOTAL`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::Value;

use crate::config::Config;
use crate::pipeline;

/// Whether `dir` holds the shared legal sets.
pub fn is_legal_sets(dir: &Path) -> bool {
    dir.join("citations-dev.jsonl").is_file() || dir.join("shortforms-dev.jsonl").is_file()
}

/// Which half of a set an item id belongs to: `true` for the dev half.
pub fn dev_half(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h.is_multiple_of(2)
}

/// The half of an item: the one its `split:dev` / `split:held-out` tag names when the set's
/// writer wrote the split into the data (fresh15 and later), otherwise [`dev_half`] of its id.
fn in_dev_half(id: &str, tags: &[String]) -> bool {
    if tags.iter().any(|t| t == "split:dev") {
        return true;
    }
    if tags.iter().any(|t| t == "split:held-out") {
        return false;
    }
    dev_half(id)
}

const NUMBERED_CODES: &[&str] = &[
    "ds",
    "du",
    "rm",
    "rs",
    "rsg",
    "rvm",
    "rd",
    "rj",
    "rpcd",
    "rcd",
    "rsgd",
    "rpe",
    "res",
    "directiva",
    "or",
    "om",
    "acr",
    "nt",
    "dr",
    "da",
    "acm",
];
const INTEGER_CODES: &[&str] = &["ley", "dleg", "dl", "rleg"];
const STOP: &[&str] =
    &["de", "del", "la", "las", "el", "los", "y", "e", "para", "por", "en", "a", "al", "sobre", "que", "lo", "con"];
const APPROVING_CODES: &[&str] = &[
    "ds", "rm", "rs", "rvm", "rd", "rj", "rpe", "rpcd", "rcd", "rsg", "rsgd", "res", "om", "or", "da", "dr", "acm",
    "acr",
];
const KNOWN_NUMBERS: &[(&str, &str)] = &[
    ("pe:ley:@ley-general-ambiente", "pe:ley:28611"),
    ("pe:ley:@ley-organica-municipalidades", "pe:ley:27972"),
    ("pe:ley:@ley-organica-gobiernos-regionales", "pe:ley:27867"),
    ("pe:ley:@ley-servicio-civil", "pe:ley:30057"),
    ("pe:ley:@ley-transparencia-acceso-informacion-publica", "pe:ley:27806"),
    ("pe:ley:@ley-procedimiento-administrativo-general", "pe:ley:27444"),
    ("pe:ley:@ley-contrataciones-estado", "pe:ley:30225"),
    ("pe:ley:@ley-marco-modernizacion-gestion-estado", "pe:ley:27658"),
    ("pe:ley:@ley-migraciones", "pe:dleg:1350"),
    ("pe:codigo:@codigo-penal", "pe:dleg:635"),
    ("pe:codigo:@codigo-civil", "pe:dleg:295"),
    ("pe:ley:719", "pe:dleg:719"),
];

fn code_synonym(code: &str) -> &str {
    match code {
        "decreto-supremo" | "decreto_supremo" | "d.s." => "ds",
        "decreto-legislativo" | "decreto_legislativo" | "dlg" | "dlegislativo" => "dleg",
        "decreto-ley" | "decreto_ley" => "dl",
        "decreto-urgencia" | "decreto_de_urgencia" => "du",
        "resolucion-ministerial" | "resolucion_ministerial" => "rm",
        "resolucion-suprema" | "resolucion_suprema" => "rs",
        "resolucion-legislativa" | "resolucion_legislativa" | "rl" => "rleg",
        "constitucion" => "const",
        "ordenanza-regional" | "ordenanza_regional" => "or",
        "ordenanza-municipal" | "ordenanza_municipal" => "om",
        "norma-tecnica" => "nt",
        c => c,
    }
}

/// `s` with runs of the characters in `seps` (and whitespace when `ws`) made one `-`.
fn dashify(s: &str, seps: &[char]) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_whitespace() || seps.contains(&c) || c == '-' {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c);
        }
    }
    out.trim_matches('-').to_string()
}

fn norm_numbered(key: &str) -> String {
    let k = dashify(key, &['/', '_', '.']);
    let parts: Vec<&str> = k.splitn(3, '-').collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [num, year, rest @ ..] if digits(num) && digits(year) && (year.len() == 2 || year.len() == 4) => {
            let y = if year.len() == 2 { format!("19{year}") } else { (*year).to_string() };
            let n: u64 = num.parse().unwrap_or(0);
            let mut out = format!("{n:03}-{y}");
            if let Some(r) = rest.first() {
                out.push('-');
                out.push_str(r);
            }
            out
        }
        _ => k,
    }
}

/// The normalised form of a canonical id (score.py's `norm_id`).
pub fn norm_id(cid: &str) -> String {
    let s: String = crate::detect::legal::canonical::fold(cid.trim()).chars().filter(|&c| c != '\u{FFFD}').collect();
    let parts: Vec<&str> = s.splitn(3, ':').collect();
    let [scheme, code, key] = parts.as_slice() else {
        return s.split_whitespace().collect();
    };
    let code = code_synonym(code.trim());
    let key = key.trim();
    if let Some(slug) = key.strip_prefix('@') {
        let toks: Vec<&str> =
            slug.split(|c: char| !c.is_ascii_alphanumeric()).filter(|t| !t.is_empty() && !STOP.contains(t)).collect();
        return format!("{}:{code}:@{}", scheme.trim(), toks.join("-"));
    }
    let mut key: String = key.split_whitespace().collect::<Vec<_>>().join("-");
    if scheme.trim() == "pe" {
        if INTEGER_CODES.contains(&code) && !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
            key = key.trim_start_matches('0').to_string();
            if key.is_empty() {
                key = "0".into();
            }
        } else if NUMBERED_CODES.contains(&code) {
            key = norm_numbered(&key);
        }
    }
    format!("{}:{code}:{key}", scheme.trim())
}

fn equivalents(n: &str) -> Vec<String> {
    let mut out = vec![n.to_string()];
    for p in ["pe:reglamento:ds-", "pe:tuo:ds-"] {
        if let Some(rest) = n.strip_prefix(p) {
            out.push(norm_id(&format!("pe:ds:{rest}")));
        }
    }
    for (a, b) in KNOWN_NUMBERS {
        if n == *a {
            out.push((*b).to_string());
        }
        if n == *b {
            out.push((*a).to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn approving_id(n: &str) -> Option<String> {
    let rest = ["pe:reglamento:", "pe:tuo:", "pe:directiva:"].iter().find_map(|p| n.strip_prefix(p))?;
    let (code, key) = rest.split_once('-')?;
    (APPROVING_CODES.contains(&code) && code.chars().all(|c| c.is_ascii_lowercase()))
        .then(|| norm_id(&format!("pe:{code}:{key}")))
}

fn map_pred(cid: &str, gold_ids: &HashSet<String>, aliases: &HashMap<String, String>) -> String {
    let n = norm_id(cid);
    if gold_ids.contains(&n) && approving_id(&n).is_some() {
        return n;
    }
    let eq = equivalents(&n);
    if let Some(e) = eq.iter().find(|e| gold_ids.contains(*e)) {
        return e.clone();
    }
    if let Some(g) = eq.iter().find_map(|e| aliases.get(e).filter(|g| gold_ids.contains(*g))) {
        return g.clone();
    }
    aliases.get(&n).cloned().unwrap_or(n)
}

fn scope_of(cid: &str) -> &'static str {
    if cid.starts_with("pe:") {
        "pe"
    } else if cid.starts_with("int:") {
        "int"
    } else {
        "foreign"
    }
}

type Key = (i64, String);

/// score.py's `reconcile`: surplus predictions move between an instrument keyed by its
/// approving norm and that norm, where the gold has the former.
fn reconcile(gold: &HashMap<Key, usize>, pred: &mut HashMap<Key, usize>) {
    let mut keys: Vec<&Key> = gold.keys().collect();
    keys.sort();
    for key in keys {
        let Some(a) = approving_id(&key.1) else { continue };
        let ka = (key.0, a);
        for (src, dst) in [(ka.clone(), key.clone()), (key.clone(), ka.clone())] {
            let need = gold.get(&dst).copied().unwrap_or(0).saturating_sub(pred.get(&dst).copied().unwrap_or(0));
            let spare = pred.get(&src).copied().unwrap_or(0).saturating_sub(gold.get(&src).copied().unwrap_or(0));
            if need > 0 && spare > 0 {
                let k = need.min(spare);
                *pred.entry(src.clone()).or_default() -= k;
                *pred.entry(dst.clone()).or_default() += k;
                if pred.get(&src) == Some(&0) {
                    pred.remove(&src);
                }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
struct Sentence {
    id: i64,
    sentence: String,
    #[serde(default)]
    negative: bool,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    refs: Vec<GoldRef>,
}

#[derive(Debug, Deserialize)]
struct GoldRef {
    canonical: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    alias: Option<Value>,
}

/// Precision / recall counts.
#[derive(Debug, Clone, Copy, Default)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            if self.fn_ == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn row(&self) -> String {
        format!("P={:.3} R={:.3} (tp={} fp={} fn={})", self.p(), self.r(), self.tp, self.fp, self.fn_)
    }
}

/// Result of the challenge scoring of some sentences in one scope.
#[derive(Debug, Default)]
struct Challenge {
    pairs: Prf,
    negatives: usize,
    negatives_hit: usize,
    per_tag: BTreeMap<String, (usize, usize)>,
    errors: Vec<String>,
}

fn read_lines<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1)))
        .collect()
}

/// The canonical ids (and texts) the pipeline finds in one sentence given as a `.txt` file.
fn predict(sentence: &str) -> Vec<(String, String)> {
    let bytes = format!("{sentence}\n").into_bytes();
    let rec = pipeline::process("sentence.txt", &bytes, &Config::default());
    rec.legal_references.into_iter().map(|r| (r.canonical, r.text)).collect()
}

fn score_challenge(items: &[&Sentence], preds: &HashMap<i64, Vec<(String, String)>>, scope: &str) -> Challenge {
    let mut out = Challenge::default();
    let mut gold: HashMap<Key, usize> = HashMap::new();
    let mut aliases: HashMap<i64, HashMap<String, String>> = HashMap::new();
    let mut gold_ids: HashMap<i64, HashSet<String>> = HashMap::new();
    let in_scope = |c: &str| scope == "all" || scope_of(c) == scope;
    for it in items {
        if it.negative {
            out.negatives += 1;
        }
        for r in &it.refs {
            let g = norm_id(&r.canonical);
            if !in_scope(&g) {
                continue;
            }
            *gold.entry((it.id, g.clone())).or_default() += 1;
            gold_ids.entry(it.id).or_default().insert(g.clone());
            let list: Vec<String> = match &r.alias {
                Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
                Some(Value::String(s)) => vec![s.clone()],
                _ => Vec::new(),
            };
            for a in list {
                aliases.entry(it.id).or_default().insert(norm_id(&a), g.clone());
            }
        }
    }
    let empty_ids = HashSet::new();
    let empty_alias = HashMap::new();
    let mut pred: HashMap<Key, usize> = HashMap::new();
    for it in items {
        for (cid, _) in preds.get(&it.id).map(Vec::as_slice).unwrap_or(&[]) {
            let m =
                map_pred(cid, gold_ids.get(&it.id).unwrap_or(&empty_ids), aliases.get(&it.id).unwrap_or(&empty_alias));
            if in_scope(&m) {
                *pred.entry((it.id, m)).or_default() += 1;
            }
        }
    }
    reconcile(&gold, &mut pred);
    let keys: HashSet<&Key> = gold.keys().chain(pred.keys()).collect();
    let get = |m: &HashMap<Key, usize>, k: &Key| m.get(k).copied().unwrap_or(0);
    let tp: usize = keys.iter().map(|k| get(&gold, k).min(get(&pred, k))).sum();
    out.pairs = Prf { tp, fp: pred.values().sum::<usize>() - tp, fn_: gold.values().sum::<usize>() - tp };
    let negatives: HashSet<i64> = items.iter().filter(|i| i.negative).map(|i| i.id).collect();
    out.negatives_hit =
        pred.keys().filter(|(s, _)| negatives.contains(s)).map(|(s, _)| *s).collect::<HashSet<_>>().len();
    let tags: HashMap<i64, &Vec<String>> = items.iter().map(|i| (i.id, &i.tags)).collect();
    for (k, n) in &gold {
        for t in tags.get(&k.0).map(|v| v.as_slice()).unwrap_or(&[]) {
            let e = out.per_tag.entry(t.clone()).or_default();
            e.0 += (*n).min(get(&pred, k));
            e.1 += n;
        }
    }
    let mut diff: Vec<&&Key> = keys.iter().filter(|k| get(&gold, k) != get(&pred, k)).collect();
    diff.sort();
    let text_of: HashMap<i64, &Sentence> = items.iter().map(|i| (i.id, *i)).collect();
    for k in diff {
        let gold_text = text_of
            .get(&k.0)
            .and_then(|s| s.refs.iter().find(|r| norm_id(&r.canonical) == k.1))
            .map(|r| r.text.replace('\n', "⏎"))
            .unwrap_or_default();
        out.errors.push(format!(
            "  sentence {} {}: gold={} pred={} «{}»",
            k.0,
            k.1,
            get(&gold, k),
            get(&pred, k),
            gold_text
        ));
    }
    out
}

#[derive(Debug, Deserialize)]
struct Passage {
    id: Value,
    passage: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    short_refs: Vec<GoldShort>,
}

#[derive(Debug, Deserialize)]
struct GoldShort {
    start: usize,
    end: usize,
    #[serde(default)]
    text: String,
    antecedent: Option<String>,
}

fn same_norm(a: &str, b: &str) -> bool {
    a == b
        || equivalents(a).iter().any(|e| e == b)
        || equivalents(b).iter().any(|e| e == a)
        || approving_id(a).as_deref() == Some(b)
        || approving_id(b).as_deref() == Some(a)
}

#[derive(Debug, Default)]
struct ShortScore {
    prf: Prf,
    wrong: usize,
    resolved_null: usize,
    spurious: usize,
    duplicate: usize,
    errors: Vec<String>,
}

fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

fn score_short(items: &[&Passage]) -> ShortScore {
    let mut out = ShortScore::default();
    for it in items {
        let pid = id_text(&it.id);
        let analysis = crate::detect::legal::analyse(&[it.passage.as_str()]);
        let mut preds: Vec<(usize, usize, Option<String>, String)> = analysis
            .short_forms
            .into_iter()
            .flatten()
            .map(|s| (s.start, s.end, s.antecedent.map(|a| norm_id(&a)), s.text))
            .collect();
        preds.sort_by_key(|p| (p.0, p.1));
        let gold: Vec<(usize, usize, Option<String>, &str)> = it
            .short_refs
            .iter()
            .map(|g| (g.start, g.end, g.antecedent.as_deref().map(norm_id), g.text.as_str()))
            .collect();
        let mut used = vec![false; gold.len()];
        let mut hit = vec![false; gold.len()];
        for (ps, pe, pa, ptext) in &preds {
            let over: Vec<usize> = (0..gold.len()).filter(|&k| *ps < gold[k].1 && gold[k].0 < *pe).collect();
            let free: Vec<usize> = over.iter().copied().filter(|&k| !used[k]).collect();
            let Some(pa) = pa else {
                if over.is_empty() {
                    out.spurious += 1;
                    out.errors.push(format!("  passage {pid}: FP spurious «{ptext}» -> null"));
                }
                continue;
            };
            if let Some(&k) = free.iter().find(|&&k| gold[k].2.as_deref().is_some_and(|g| same_norm(pa, g))) {
                used[k] = true;
                hit[k] = true;
                out.prf.tp += 1;
            } else if let Some(&k) = free.iter().find(|&&k| gold[k].2.is_none()) {
                used[k] = true;
                out.resolved_null += 1;
                out.errors.push(format!("  passage {pid}: FP resolves null «{}» -> {pa}", gold[k].3));
            } else if let Some(&k) = free.first() {
                used[k] = true;
                out.wrong += 1;
                out.errors.push(format!(
                    "  passage {pid}: FP wrong «{}» -> {pa}, gold {}",
                    gold[k].3,
                    gold[k].2.as_deref().unwrap_or("null")
                ));
            } else if !over.is_empty() {
                out.duplicate += 1;
                out.errors.push(format!("  passage {pid}: FP duplicate «{ptext}» -> {pa}"));
            } else {
                out.spurious += 1;
                out.errors.push(format!("  passage {pid}: FP spurious «{ptext}» -> {pa}"));
            }
        }
        for (k, g) in gold.iter().enumerate() {
            if let (Some(a), false) = (&g.2, hit[k]) {
                out.prf.fn_ += 1;
                out.errors.push(format!("  passage {pid}: FN «{}» -> {a}", g.3));
            }
        }
    }
    out.prf.fp = out.wrong + out.resolved_null + out.spurious + out.duplicate;
    out
}

/// The report for a folder of shared legal sets; `verbose` lists the dev half's errors.
pub fn run(dir: &Path, verbose: bool) -> Result<String, String> {
    let mut s = String::new();
    let cit = dir.join("citations-dev.jsonl");
    if cit.is_file() {
        let items: Vec<Sentence> = read_lines(&cit)?;
        let preds: HashMap<i64, Vec<(String, String)>> =
            items.par_iter().map(|i| (i.id, predict(&i.sentence))).collect();
        let (dev, held): (Vec<&Sentence>, Vec<&Sentence>) =
            items.iter().partition(|i| in_dev_half(&i.id.to_string(), &i.tags));
        let all: Vec<&Sentence> = items.iter().collect();
        s.push_str(&format!(
            "legal citation set {} ({} sentences: dev {}, held-out {})\n",
            cit.display(),
            items.len(),
            dev.len(),
            held.len()
        ));
        for scope in ["pe", "all"] {
            for (label, part) in [("citations dev", &dev), ("held-out citations", &held), ("TOTAL citations", &all)] {
                let c = score_challenge(part, &preds, scope);
                s.push_str(&format!(
                    "{label:<20} scope={scope:<3} {}  negatives with a pe id: {}/{}\n",
                    c.pairs.row(),
                    c.negatives_hit,
                    c.negatives
                ));
            }
        }
        let c = score_challenge(&dev, &preds, "all");
        for (t, (h, n)) in &c.per_tag {
            s.push_str(&format!("citations dev tag {t:<28} {h}/{n}\n"));
        }
        if verbose {
            s.push_str("dev-half disagreements (scope all):\n");
            for e in &c.errors {
                s.push_str(e);
                s.push('\n');
            }
        }
    }
    let sf = dir.join("shortforms-dev.jsonl");
    if sf.is_file() {
        let items: Vec<Passage> = read_lines(&sf)?;
        let (dev, held): (Vec<&Passage>, Vec<&Passage>) =
            items.iter().partition(|i| in_dev_half(&id_text(&i.id), &i.tags));
        let all: Vec<&Passage> = items.iter().collect();
        s.push_str(&format!(
            "legal short-form set {} ({} passages: dev {}, held-out {})\n",
            sf.display(),
            items.len(),
            dev.len(),
            held.len()
        ));
        for (label, part) in [("short dev", &dev), ("held-out short", &held), ("TOTAL short", &all)] {
            let c = score_short(part);
            s.push_str(&format!(
                "{label:<20} {}  FP: {} wrong antecedent, {} resolve a null one, {} duplicates, {} on no short form\n",
                c.prf.row(),
                c.wrong,
                c.resolved_null,
                c.duplicate,
                c.spurious
            ));
        }
        if verbose {
            s.push_str("dev-half short-form errors:\n");
            for e in score_short(&dev).errors {
                s.push_str(&e);
                s.push('\n');
            }
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_tag_overrides_the_hash() {
        let tag = |t: &str| vec![t.to_string()];
        // "2" hashes to the held-out half; its tag can put it in the dev half, and back.
        assert!(!dev_half("2"));
        assert!(in_dev_half("2", &tag("split:dev")));
        assert!(dev_half("12"));
        assert!(!in_dev_half("12", &tag("split:held-out")));
        assert_eq!(in_dev_half("12", &tag("genre:budget")), dev_half("12"));
    }

    #[test]
    fn ids_normalise_like_the_shared_scorer() {
        assert_eq!(norm_id("pe:ds:4-2013-PCM"), "pe:ds:004-2013-pcm");
        assert_eq!(norm_id("pe:ds:017-93-jus"), "pe:ds:017-1993-jus");
        assert_eq!(norm_id("pe:rd:001-2019-EF/50.01"), "pe:rd:001-2019-ef-50-01");
        assert_eq!(norm_id("pe:ley:027444"), "pe:ley:27444");
        assert_eq!(norm_id("pe:ley:@Ley-General-del-Ambiente"), "pe:ley:@ley-general-ambiente");
        assert_eq!(norm_id("pe:decreto_supremo:004-2013-pcm"), "pe:ds:004-2013-pcm");
        assert_eq!(approving_id("pe:tuo:ds-004-2019-jus").as_deref(), Some("pe:ds:004-2019-jus"));
        assert_eq!(approving_id("pe:reglamento:ley-27444"), None);
        assert!(same_norm("pe:reglamento:ds-011-2014-in", "pe:ds:011-2014-in"));
        assert!(!same_norm("pe:ley:27444", "pe:ley:27445"));
    }

    #[test]
    fn halves_are_fixed_and_split_the_ids() {
        let dev = (0..200).filter(|i| dev_half(&i.to_string())).count();
        assert!((80..=120).contains(&dev), "{dev}");
        assert_eq!(dev_half("17"), dev_half("17"));
    }
}
