//! The regular expressions of the detector, compiled once and shared by all threads.
//!
//! In: nothing (static pattern text). Out: [`LazyLock`] regexes over prepared text (one
//! space between tokens, see `text.rs`): numbered-norm heads with their number, list
//! continuations, attached dates, article phrases and Constitution forms.

use std::sync::LazyLock;

use crate::re::Regex;

/// Compiles a pattern of this detector, which runs on prepared text only (see `text.rs`:
/// every whitespace run is one plain space).
///
/// - Word boundaries are ASCII ones (`\b` becomes `(?-u:\b)`): a Unicode `\b` makes the
///   regex engines leave their fast DFA on any non-ASCII text, which Spanish always is.
///   Every pattern is written so that an ASCII boundary is right where it is used (next
///   to ASCII letters, digits or punctuation).
/// - `\s` is the one space prepared text has and `\d` an ASCII digit (a norm's number is
///   written in those): the Unicode classes made the automata several times larger and
///   cost milliseconds of compilation at every start of the program.
///
/// Panics only on an invalid pattern, a programming error the unit tests catch.
pub fn compile(src: &str) -> Regex {
    Regex::new(&ascii_classes(src)).unwrap_or_else(|e| panic!("legal pattern {src}: {e}"))
}

/// `src` with `\b`, `\s` and `\d` made ASCII (see [`compile`]), inside and outside
/// bracketed classes.
fn ascii_classes(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 32);
    let mut class = 0usize;
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if class == 0 => out.push_str(r"(?-u:\b)"),
                Some('s') => out.push_str(r"\x20"),
                Some('d') => out.push_str(if class == 0 { "[0-9]" } else { "0-9" }),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                class += 1;
                out.push(c);
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// What a text holds, tested before a pattern runs on it: a pattern is compiled (once per
/// process, about 0.3 to 10 M instructions each) the first time it runs, so one that no text
/// of a document can match, told by a word every match of it holds, is never compiled. Most
/// documents cite a few kinds of norm: no foreign law, no plural constitutions.
///
/// A gate must be a necessary condition of a match (a literal of the pattern, in the case the
/// pattern matches it), so that the detector's output is the same with it as without.
pub struct Gate<'a> {
    text: &'a str,
    /// The text with its ASCII letters lower-cased, made on the first case-insensitive test.
    lower: std::cell::OnceCell<String>,
}

impl<'a> Gate<'a> {
    pub fn new(text: &'a str) -> Gate<'a> {
        Gate { text, lower: std::cell::OnceCell::new() }
    }

    /// Whether the text holds `word` as written (for a case-sensitive part of a pattern).
    pub fn has(&self, word: &str) -> bool {
        self.text.contains(word)
    }

    /// Whether the text may hold `word` (lower-case ASCII) where a case-insensitive pattern
    /// matches it: in any ASCII case, or anywhere when the text holds `ſ` (U+017F) or the
    /// Kelvin sign (U+212A), which Unicode case folding pairs with `s` and `k` (the only
    /// characters besides their two cases that `(?i)` pairs with an ASCII letter).
    pub fn has_ci(&self, word: &str) -> bool {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word}: lower case");
        self.lower.get_or_init(|| self.text.to_ascii_lowercase()).contains(word)
            || self.text.contains('\u{17F}')
            || self.text.contains('\u{212A}')
    }
}

/// The groups of the matches of `re` in `text` when `open` (a [`Gate`] passed), else none:
/// the pattern is then neither run nor compiled.
pub fn gated<'r, 'h>(
    re: &'r LazyLock<Regex>,
    text: &'h str,
    open: bool,
) -> impl Iterator<Item = crate::re::Captures<'h>> + use<'r, 'h> {
    open.then(|| re.captures_iter(text)).into_iter().flatten()
}

// Words of names inside these patterns are `\p{Latin}+`, not `\p{L}+`: they start with a
// Latin capital and are Spanish words, and every copy of the full letter class in a bounded
// repetition costs a few hundred microseconds of compilation at each start of the program.

/// The end of a word, for a pattern whose last word may end in an accented letter (`prevé`,
/// `Comité`): `\b` is ASCII in these patterns ([`compile`]) and sees no boundary between `é`
/// and a space. Consumes the character after the word; for `is_match` tests only.
pub const WORD_END: &str = r"(?:[^0-9A-Za-z_áéíóúüñÁÉÍÓÚÜÑ]|$)";

/// The number sign in all its spellings (`N°`, `Nº`, `N.º`, `Nro.`, `Núm.`, `No.`, `Nª` for
/// the ordinal sign's feminine twin, OCR's `N 0` for `N°` before a number, …).
pub const SIGN: &str =
    r"(?:n\.?\s?[°º˚ᵒª]s?\.?|n\s?\*|n\.[ºo°]s?|nros?\.?|n[uú]m\.|n[uú]meros?|nos?\.|no\b|(?-i:N)\b(?:\s0\s)?)";

/// One number as cited: `s/n`, `19.880`, or digits with year / issuer segments
/// (`004-2013-PCM`, `0612/RE-2017`, `001-2019-EF/50.01`, `017-2010 EM`).
pub const ITEM: &str = r"(?:s/n|\d{1,3}(?:\.\d{3})+(?:/\d{4})?|\d{1,6}(?:(?:\s?[-–‐/]\s?|\.)(?:\d+|(?-i:[A-ZÑ][A-ZÑ0-9]*)\b)|-(?-i:[A-ZÁÉÍÓÚ][a-záéíóúñ]+)){0,6}(?:\s?(?-i:PCM|RE|MRE|EM|EF|JUS|MTC|MINEDU|MINSA|MINAM|PRODUCE|VIVIENDA|MIDIS|MIMP|MINCETUR|MINAGRI|MIDAGRI|MINJUS|MINTRA)(?:\d{1,2})?\b)?)";

/// Heads of numbered norms, one named group per type (leftmost-first: longer forms first).
const HEADS: &str = r"(?x)
  (?P<rlegc>resoluci[oó]n(?:es)?\slegislativas?\sdel\scongreso)
| (?P<rleg>resoluci[oó]n(?:es)?\slegislativas?|(?-i:R\.\s?Leg\.|R\.\s?L\.|Res\.\s?Leg\.))
| (?P<dleg>decretos?\s?legislativos?|(?-i:D(?:ec)?\.\s?Leg(?:islativo\b|\.|\b)|DLeg\b\.?))
| (?P<dl>decretos?[\s-]ley(?:es)?\b|(?-i:D\.\s?Ley\b))
| (?P<dlx>(?-i:D\.\s?L\.|DL\b))
| (?P<du>decretos?\sde\surgencia|(?-i:D\.\s?U\.|DD\.\s?UU\.|DU\b))
| (?P<ds>(?:decretos?\s?supremos?|(?-i:D\.\s?S\.|DD\.\s?SS\.|DS\b))(?:\sextraordinarios?)?)
| (?P<dr>decretos?\sregional(?:es)?)
| (?P<da>decretos?\sde\salcald[ií]a|(?-i:D\.\s?A\.))
| (?P<dec>decreto\b)
| (?P<rsgd>resoluci[oó]n(?:es)?\s(?:de\s(?:la\s)?)?secretar[ií]a\sde\sgobierno\sdigital)
| (?P<rsg>resoluci[oó]n(?:es)?\s(?:de\s(?:la\s)?)?secretar[ií]a\sgeneral|(?-i:R\.\s?S\.\s?G\.|RSG\b))
| (?P<rs>resoluci[oó]n(?:es)?\s?supremas?|(?-i:R\.\s?S\.|RR\.\s?SS\.|RS\b))
| (?P<rvm>resoluci[oó]n(?:es)?\svice[\s-]?ministeriale?s?|(?-i:R\.\s?V\.\s?M\.|RVM\b))
| (?P<rm>resoluci[oó]n(?:es)?\s?ministeriale?s?|(?-i:R\.\s?M\.|RR\.\s?MM\.|RM\b|Res\.\s?Min\.))
| (?P<rd>resoluci[oó]n(?:es)?\sdirectorale?s?(?:\s(?:regional(?:es)?|ejecutivas?|generale?s?|sectoriale?s?))?|(?-i:R\.\s?D\.(?:\s?R\.)?|RDR?\b))
| (?P<rj>resoluci[oó]n(?:es)?\sjefaturale?s?|(?-i:R\.\s?J\.|RJ\b))
| (?P<rpe>resoluci[oó]n(?:es)?\sde\s(?:la\s)?presidencia\sejecutiva|(?-i:RPE\b|R\.\s?P\.\s?E\.))
| (?P<rpcd>resoluci[oó]n(?:es)?\sde\s(?:la\s)?presidencia\sdel?\sconsejo\sdirectivo|(?-i:RPCD\b|R\.\s?P\.\s?C\.\s?D\.))
| (?P<rcd>resoluci[oó]n(?:es)?\sdel?\sconsejo\sdirectivo|(?-i:RCD\b|R\.\s?C\.\s?D\.))
| (?P<res>(?-i:R\.\s?E\.\s?R\.|RER\b|R\.\s?G\.\s?(?:G\.\s?)?R\.|RG?GR\b|R\.\s?D\.\s?E\.|RDE\b|R\.\s?A\.)|resoluci[oó]n(?:es)?(?:\s(?:de\s(?:la\s)?|del\s)?(?-i:[A-ZÁÉÍÓÚÑ]\p{Latin}+)(?:\s(?:de\s(?:la\s)?|del\s|y\s(?:de\s(?:la\s)?)?)?(?-i:[A-ZÁÉÍÓÚÑ]\p{Latin}+)){0,6})?)
| (?P<or>ordenanzas?\sregional(?:es)?|(?-i:O\.\s?R\.))
| (?P<acr>acuerdos?\s(?:(?:del?\s)?con[cs]ejo\s)?regional(?:es)?)
| (?P<acm>acuerdos?\sdel?\s(?:concejo|consejo)(?:\s(?:municipal|provincial|distrital)(?:es)?)?)
| (?P<om>ordenanzas?(?:\smunicipal(?:es)?)?|(?-i:O\.\s?M\.))
| (?P<directiva>directivas?(?:\s(?:general|administrativa|sectorial))?)
| (?P<nt>normas?\st[eé]cnicas?(?:\sde\ssalud)?|(?-i:NTS\b))
| (?P<ley>ley(?:es)?(?:\s(?:org[aá]nicas?|marco|general))?)
";

/// Group names of `HEADS` (the alternation of norm heads), in order.
pub const HEAD_GROUPS: &[&str] = &[
    "rlegc",
    "rleg",
    "dleg",
    "dl",
    "dlx",
    "du",
    "ds",
    "dr",
    "da",
    "dec",
    "rsgd",
    "rsg",
    "rs",
    "rvm",
    "rm",
    "rd",
    "rj",
    "rpe",
    "rpcd",
    "rcd",
    "res",
    "or",
    "acr",
    "acm",
    "om",
    "directiva",
    "nt",
    "ley",
];

/// A numbered-norm head, its optional number sign (a colon may follow it: `Ley N°: 27444`, as in
/// forms and tables) and its first number.
pub static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    let src = format!(r"(?i)\b(?:{HEADS})\s?(?:(?P<sign>{SIGN}):?)?\s?(?P<item>{ITEM})");
    compile(&src)
});

/// A further number of a list or range after a numbered mention (`, 27867`, ` y 27972`,
/// ` al 1442`), anchored at the start of the rest of the text.
pub static LIST_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    let src = format!(
        r"(?i)^(?P<sep>\s?,\s?|\s(?:y|e|al|a|hasta)\s|\s?[-–]\s?)(?:(?:la|el|las|los)\s)?(?:{SIGN}\s?)?(?P<item>{ITEM})"
    );
    compile(&src)
});

/// Year attached after a mention: a date (`, de 27 de junio de 2014`) or author–year
/// style (`, 2001`).
pub static ATTACHED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:,?\s?(?:de|del)\s(?:fecha\s)?\d{1,2}[°º]?\s(?:de\s)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre)\s(?:de|del)\s(?:a[nñ]o\s)?(?P<y1>\d{4})\b|,\s?(?P<y2>(?:19|20)\d{2})\b(?:[^\-/\d]|$))",
    )
});

/// Words just before a mention that make it something other than a norm in force
/// (`Proyecto de Ley N° …`), matched on the lower-cased window ([`not_a_norm_before`]).
pub static NOT_A_NORM_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:\bproyectos?\s(?:de\s)?|\bpre-?dictamen\s(?:del?\s)?|\bdictamen\s(?:del?\s)?)$"));

/// Whether the words before `at` make a mention there something other than a norm in force.
/// The window is lower-cased (ASCII) so that the pattern needs no `(?i)`, whose literal
/// prefilter costs more to build than all the windows it is ever run on.
pub fn not_a_norm_before(text: &str, at: usize) -> bool {
    NOT_A_NORM_BEFORE.is_match(&super::text::before(text, at, 60).to_ascii_lowercase())
}

/// One article designation (`192`, `3°`, `118.19`, `3-A`, `IV`).
const ART_NUM: &str = r"(?:\d+(?:\.\d+)*[°º]?(?:-[A-Z]\b)?|(?-i:[IVXLC]+)\b)";
/// Article words.
const ART_WORD: &str = r"(?:art[ií]culos?|arts?\.|art\b)";
/// Sub-units (inciso, numeral, literal).
const SUBUNIT: &str = r"(?:incisos?|numeral(?:es)?|literal(?:es)?)\s(?:\d+(?:\.\d+)*|[a-zñ])\b\)?";

/// An article phrase that ends just before a norm mention (`artículo 192 de la `).
pub static ARTICLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let list = format!(r"{ART_NUM}(?:\s?(?:,|y|al|a|-|–)\s?{ART_NUM})*");
    let src = format!(
        r"(?i)(?:(?P<sub>{SUBUNIT})\s(?:del?\s)?)?\b{ART_WORD}\s?(?P<art>{list})(?:,?\s(?P<sub2>{SUBUNIT}))?(?:\sdel\st[ií]tulo\spreliminar)?\s(?:del?|de\sla|de\slos|de\slas)\s$"
    );
    compile(&src)
});

/// An article phrase right after a norm mention (`, artículo 5`, `, en su artículo 3°`,
/// `, 2001, Art. 3`).
pub static ARTICLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let list = format!(r"{ART_NUM}(?:\s?(?:,|y|al|a|-|–)\s?{ART_NUM})*");
    let src = format!(
        r"(?i)^(?:,\s?(?:19|20)\d{{2}})?,?\s(?:en\ssus?\s|y\ssu\s)?{ART_WORD}\s?(?P<art>{list})(?:,?\s(?P<sub>{SUBUNIT}))?"
    );
    compile(&src)
});

/// What follows an article that belongs to the next norm (`… artículo 5 del Decreto …`).
pub static ARTICLE_OF_NEXT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s?(?:del?|de\sla|de\slos)\s"));

/// The Constitution with its title (`Constitución Política del Perú`, `CONSTITUCIÓN
/// POLÍTICA`, `Constitución Política de 1979`).
pub static CONST_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bconstituci[oó]n\spol[ií]tica(?:\sdel\sper[uú]|\sdel\sestado(?:\speruano)?|\sde\sla\srep[uú]blica(?:\sdel\sper[uú])?)?(?:\s(?:del?\s)?(?:a[nñ]o\s)?(?P<year>1[89]\d{2}|20\d{2})\b)?",
    )
});

/// A constitution by year (`Constitución de 1979`, `Constitución Bolivariana de 1826`,
/// `Carta Magna de 1979`).
pub static CONST_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:constituci[oó]n|carta\smagna|carta\spol[ií]tica|(?-i:Carta))(?:\s(?-i:[A-ZÁÉÍÓÚ][a-záéíóúñ]+))?(?:\sdel\sper[uú])?\sde(?:l\sa[nñ]o)?\s(?P<year>1[89]\d{2}|20\d{2})\b",
    )
});

/// A constitution dated by its promulgation (`la Constitución del Perú, promulgada en 1823`,
/// `Constitución Política, aprobada el 29 de diciembre de 1993`): group `name` is the
/// mention, `year` its year.
pub static CONST_PROMULGATED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?P<name>constituci[oó]n(?:\spol[ií]tica)?(?:\sdel\sper[uú]|\sde\sla\srep[uú]blica(?:\sdel\sper[uú])?)?),?\s(?:promulgada|aprobada|sancionada|dada|jurada)\s(?:en|el)\s(?:a[nñ]o\s)?(?:\d{1,2}\sde\s\p{Latin}+\sde\s)?(?P<year>1[89]\d{2}|20\d{2})\b",
    )
});

/// The Constitution without title after a determiner (`la Constitución`, `nuestra Carta
/// Magna`); the determiner is group `det`.
pub static CONST_BARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<det>(?:[Ll]a|[Nn]uestra|actual|vigente)\s)(?P<name>Constituci[oó]n|CONSTITUCI[OÓ]N|Carta\sMagna|Carta\sPol[ií]tica|Carta\sFundamental)\b",
    )
});

/// The abbreviation `Const.` followed by an article, or after a determiner (`art. 2 de la
/// Const.`, `según la Const. Pol.`): group `name` is the mention.
pub static CONST_ABBR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<name>Const\.(?:\sPol\.)?(?:\sdel\sPer[uú]|\sPer[uú])?),?\s(?i:art[ií]culos?|arts?\.|art\b)|\b(?:[Ll]a|[Nn]uestra)\s(?P<det>Const\.(?:\sPol\.)?(?:\sdel\sPer[uú])?)",
    )
});

/// After a constitution's mention, another one by its year with the head elided (`la
/// Constitución de 1933 y la de 1979`, `tanto la Carta de 1979 como la de 1993`): group
/// `year`.
pub static CONST_ELIDED_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^,?\s(?:y|e|o|como|ni|frente\sa|respecto\sa)\s(?:(?:a|con|de|en)\s)?la\sde\s(?P<year>(?:1[89]|20)\d{2})\b",
    )
});

/// Plural `Constituciones` with their years (`las Constituciones de 1979 y 1993`,
/// `Constituciones Políticas de 1933, 1979 y 1993`): group `years` holds them.
pub static CONST_PLURAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bconstituciones(?:\spol[ií]ticas)?(?:\sdel\sper[uú])?\sde\s(?P<years>(?:1[89]\d{2}|20\d{2})(?:(?:,\s|\sy\s(?:de\s)?|\se\s)(?:1[89]\d{2}|20\d{2}))+)\b",
    )
});

/// Another State's constitution: `Constitución Política de Colombia de 1991`, `la Constitución
/// española`, `Constitución Política de la República de Chile`, `Constitución de la Nación
/// Argentina`; group `country` or `adj` names the State, `year` the year when stated.
pub static CONST_FOREIGN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bconstituci[oó]n(?:\spol[ií]tica)?(?:\sde\sla\s(?:rep[uú]blica|naci[oó]n)|\sdel\sestado(?:\splurinacional)?)?(?:\s(?:de|del)\s(?:la\s(?:rep[uú]blica|naci[oó]n)\s(?:de(?:l)?\s)?|el\s)?(?P<country>chile|argentina|m[eé]xico|colombia|espa[ñn]a|ecuador|bolivia|brasil|uruguay|venezuela|paraguay|costa\srica)|\s(?P<adj>chilena|argentina|mexicana|colombiana|ecuatoriana|boliviana|brasileña|uruguaya|venezolana|paraguaya|española))\b(?:,?\s(?:de|del\sa[nñ]o)\s(?P<year>1[89]\d{2}|20\d{2})\b)?",
    )
});

/// What may follow a bare `Constitución` that still names Peru's (`del Perú`, `de la
/// República`, `del Estado`); any other `de …` names another.
pub static CONST_OF_PERU: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s(?:del?\s)(?:per[uú]|la\srep[uú]blica\b|estado\b)"));

/// Any `de …` after a bare `Constitución`.
pub static CONST_OF_SOMETHING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s(?:del?|de\sla|de\slos)\s"));

/// Adjectives after `Constitución` that name another country's or a generic one.
pub const FOREIGN_CONST_ADJ: &[&str] = &[
    "federal",
    "española",
    "chilena",
    "boliviana",
    "colombiana",
    "ecuatoriana",
    "argentina",
    "brasileña",
    "mexicana",
    "francesa",
    "estadounidense",
    "norteamericana",
    "alemana",
    "italiana",
    "venezolana",
    "anterior",
    "europea",
    "nacional",
    "estatal",
    "provincial",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_made_ascii_inside_and_outside_brackets() {
        assert_eq!(ascii_classes(r"\bley\s\d{3}"), r"(?-u:\b)ley\x20[0-9]{3}");
        assert_eq!(ascii_classes(r"[^\-/\d][\s-]\.\("), r"[^\-/0-9][\x20-]\.\(");
        let re = compile(r"(?x) decretos?[\s-]ley \s N°\s?(?P<n>\d+)\b");
        assert!(re.is_match("decreto-ley N° 25967"));
        assert!(re.is_match("decretos ley N°25967"));
        assert!(!re.is_match("decreto ley N° ٢٥"), "Arabic-Indic digits are not a norm's number");
    }

    #[test]
    fn gates_see_every_case_a_case_insensitive_pattern_matches() {
        let g = Gate::new("la CONSTITUCIÓN y la Carta");
        assert!(g.has_ci("constituci") && g.has_ci("carta") && !g.has_ci("constituciones"));
        assert!(g.has("Carta") && !g.has("carta"));
        assert!(Gate::new("la con\u{17F}tituci\u{F3}n").has_ci("constituci"), "`ſ` is an `s` to `(?i)`");
        assert!(compile(r"(?i)constituci").is_match("con\u{17F}tituci"));
        assert!(Gate::new("\u{212A}").has_ci("anything"));
    }

    #[test]
    fn every_pattern_compiles() {
        for re in [
            &*NUMBERED,
            &*LIST_NEXT,
            &*ATTACHED_YEAR,
            &*NOT_A_NORM_BEFORE,
            &*ARTICLE_BEFORE,
            &*ARTICLE_AFTER,
            &*ARTICLE_OF_NEXT,
            &*CONST_TITLED,
            &*CONST_YEAR,
            &*CONST_BARE,
            &*CONST_ABBR,
            &*CONST_ELIDED_NEXT,
            &*CONST_PLURAL,
            &*CONST_FOREIGN,
            &*CONST_OF_PERU,
            &*CONST_OF_SOMETHING,
        ] {
            assert!(!re.as_str().is_empty());
        }
    }
}
