//! The text of a record's pages cut into the rows of `page_fts`.
//!
//! In: the texts of the blocks a reader sees, page by page. Out: [`Piece`]s of at most
//! [`PIECE_BYTES`] (unless a single word is longer, or the document ran out of row slots):
//! a page whose text fits is one piece, exactly as before; a longer page (a text input without
//! form feeds is one page of the whole file) is cut at block boundaries, and inside a block at
//! a space. A full-text index keeps the entries of the row being written in memory until the
//! row is done, and SQLite copies a value it is given: a row of a page-sized piece bounds both,
//! whatever the size of the document.
//!
//! Joined with `'\n'`, the pieces of a page are its text, except that a block cut at a space
//! has a `'\n'` in place of that space: the same words, in the same order.

use super::PAGE_SLOTS;

/// Longest piece (bytes), unless one word is longer: the size of a long page of text.
pub const PIECE_BYTES: usize = 256 << 10;

/// One row of `page_fts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Row slot within the document (row id = document number × [`PAGE_SLOTS`] + slot): the
    /// page number for the first piece of a page when no earlier page was cut, and one more
    /// than the previous piece's slot otherwise, so slots increase in reading order.
    pub slot: i64,
    /// 1-based number of the page the piece is on.
    pub page: u32,
    /// The text: blocks joined by `'\n'`.
    pub text: String,
}

/// Builds the pieces of a document, page after page, block after block.
#[derive(Debug)]
pub struct Pieces {
    out: Vec<Piece>,
    current: String,
    page: u32,
    /// Slot of the last piece written.
    last_slot: i64,
    max: usize,
}

impl Default for Pieces {
    fn default() -> Self {
        Pieces::with_limit(PIECE_BYTES)
    }
}

impl Pieces {
    /// A builder whose pieces hold at most `max` bytes (tests use small ones).
    pub fn with_limit(max: usize) -> Pieces {
        Pieces { out: Vec::new(), current: String::new(), page: 0, last_slot: 0, max: max.max(1) }
    }

    /// Starts page `number` (1-based): what is pending belongs to the page before.
    pub fn page(&mut self, number: u32) {
        self.flush();
        self.page = number.max(1);
    }

    /// Adds the text of the next block of the current page.
    pub fn block(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if !self.current.is_empty() {
            if self.current.len() + 1 + text.len() <= self.max || !self.can_cut() {
                self.current.push('\n');
                self.current.push_str(text);
                return;
            }
            self.flush();
        }
        let mut rest = text;
        while rest.len() > self.max && self.can_cut() {
            // At the last space that fits; a word longer than a piece is a piece of its own.
            let cut =
                cut_at_space(rest, self.max).unwrap_or_else(|| rest.find(char::is_whitespace).unwrap_or(rest.len()));
            self.current.push_str(&rest[..cut]);
            rest = rest[cut..].trim_start_matches(char::is_whitespace);
            self.flush();
        }
        self.current.push_str(rest);
    }

    /// The pieces, in slot order.
    pub fn finish(mut self) -> Vec<Piece> {
        self.flush();
        self.out
    }

    /// Whether a new piece may still be started: the document's slots are not used up (then
    /// the last piece takes the rest).
    fn can_cut(&self) -> bool {
        self.next_slot() < PAGE_SLOTS - 1
    }

    /// The slot the pending text gets.
    fn next_slot(&self) -> i64 {
        (i64::from(self.page).min(PAGE_SLOTS - 1)).max(self.last_slot + 1).min(PAGE_SLOTS - 1)
    }

    fn flush(&mut self) {
        if self.current.is_empty() {
            return;
        }
        let slot = self.next_slot();
        self.last_slot = slot;
        let text = std::mem::take(&mut self.current);
        self.out.push(Piece { slot, page: self.page, text });
    }
}

/// The last byte offset at most `room` into `text` where a space starts (the cut keeps what
/// is before it); `None` when there is none after the first word.
fn cut_at_space(text: &str, room: usize) -> Option<usize> {
    let mut end = room.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace)?;
    let cut = text[..cut].trim_end_matches(char::is_whitespace).len();
    (cut > 0).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn short_pages_are_one_piece_each_at_their_page_number() {
        let mut p = Pieces::default();
        p.page(1);
        p.block("uno");
        p.block("dos");
        p.page(2);
        p.page(3);
        p.block("tres");
        let got = p.finish();
        assert_eq!(
            got,
            vec![Piece { slot: 1, page: 1, text: "uno\ndos".into() }, Piece { slot: 3, page: 3, text: "tres".into() }]
        );
    }

    #[test]
    fn a_long_page_is_cut_at_blocks_and_spaces_keeping_every_word() {
        let blocks = ["alfa beta gama delta", "épsilon zeta", "eta theta iota kappa lambda mu", "ñandú"];
        let mut p = Pieces::with_limit(12);
        p.page(1);
        for b in blocks {
            p.block(b);
        }
        p.page(2);
        p.block("nu xi");
        let got = p.finish();
        assert!(got.iter().all(|x| x.text.len() <= 12), "{got:?}");
        let slots: Vec<i64> = got.iter().map(|x| x.slot).collect();
        assert!(slots.windows(2).all(|w| w[1] > w[0]), "{slots:?}");
        assert!(got.iter().rev().skip(1).all(|x| x.page == 1) && got.last().unwrap().page == 2);
        let joined: Vec<String> = got.iter().map(|x| x.text.clone()).collect();
        let all = blocks.join(" ") + " nu xi";
        assert_eq!(words(&joined.join("\n")), words(&all));
    }

    #[test]
    fn a_word_longer_than_a_piece_stays_whole() {
        let long = "x".repeat(30);
        let mut p = Pieces::with_limit(10);
        p.page(1);
        p.block(&format!("ab {long} cd"));
        let got = p.finish();
        let texts: Vec<&str> = got.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, vec!["ab", long.as_str(), "cd"]);
    }
}
