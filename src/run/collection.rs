//! The collection: which record each input path belongs to, across runs.
//!
//! In: the output folder (the previous `run.json` and the record files) and what this run
//! found. Out: the collection after the run — one [`RunEntry`] per path, the records whose
//! paths must be written again, the records to remove — and [`apply`] to carry it out.
//!
//! The collection only grows: a run adds and updates records, and keeps the records of
//! paths it did not see. A path is dropped only when
//! - its file now holds other bytes (the path moves to the new record),
//! - it no longer exists (`NotFound`, never any other error) and either `--prune` was asked
//!   or the same bytes were found at another path in this run (the file moved),
//! - `--mirror` was asked (the collection becomes this run's inputs),
//!
//! and never when discovery met an error. A record left without paths is removed. Every
//! record lists all its paths (`source.paths`, sorted; `source.path` is the first).

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

use super::report::entry_for;
use crate::model::RunEntry;
use crate::sink;

/// The collection as found before a run: path → its manifest entry.
#[derive(Debug, Clone, Default)]
pub(super) struct Collection {
    pub entries: BTreeMap<String, RunEntry>,
    /// The root recorded by the previous run ([`super::paths`]).
    pub root: Option<String>,
}

/// What decides removals.
#[derive(Debug, Clone, Copy)]
pub(super) struct Policy {
    pub prune: bool,
    pub mirror: bool,
    pub discovery_failed: bool,
}

/// The collection after a run.
#[derive(Debug, Clone, Default)]
pub(super) struct After {
    /// Path → entry, sorted by path.
    pub entries: BTreeMap<String, RunEntry>,
    /// Paths dropped from the collection in this run.
    pub removed_paths: Vec<String>,
    /// Paths kept although their files no longer exist.
    pub missing: Vec<String>,
    /// Records whose `source.paths` must be written again: id → paths.
    pub rewrite: BTreeMap<String, Vec<String>>,
    /// Records to delete.
    pub removed_ids: BTreeSet<String>,
}

impl After {
    /// Record ids in the order of their first path.
    pub fn ids_in_order(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.entries.values().filter(|e| seen.insert(e.id.as_str())).map(|e| e.id.clone()).collect()
    }
}

/// The paths a record names.
pub(super) fn paths_of(rec: &crate::model::Record) -> Vec<String> {
    if rec.source.paths.is_empty() {
        vec![rec.source.path.clone()]
    } else {
        rec.source.paths.clone()
    }
}

/// Reads the collection of `out`: the previous manifest's entries whose records exist, and
/// the paths of records the manifest does not know (written by a run that was killed).
pub(super) fn load(out: &Path) -> Collection {
    let on_disk = sink::record_ids(out);
    let mut entries = BTreeMap::new();
    let mut root = None;
    if let Some(m) = sink::read_manifest(out) {
        root = m.run.root;
        for e in m.documents {
            if on_disk.contains(&e.id) {
                entries.insert(e.path.clone(), e);
            }
        }
    }
    let known: BTreeSet<String> = entries.values().map(|e| e.id.clone()).collect();
    for id in on_disk.difference(&known) {
        let Some(rec) = sink::read_record(out, id) else { continue };
        for p in paths_of(&rec) {
            let entry = entry_for(&p, &rec);
            entries.insert(p, entry);
        }
    }
    Collection { entries, root }
}

/// The collection after a run that found `seen`: each entry with, for a reused record, the
/// paths its file names (`None` for a record written in this run, which names its path).
/// Relative paths are looked up under `root`.
pub(super) fn update(
    before: &Collection,
    seen: &[(RunEntry, Option<Vec<String>>)],
    policy: &Policy,
    root: Option<&Path>,
) -> After {
    let mut entries = before.entries.clone();
    let seen_paths: BTreeSet<&str> = seen.iter().map(|(e, _)| e.path.as_str()).collect();
    let seen_ids: BTreeSet<&str> = seen.iter().map(|(e, _)| e.id.as_str()).collect();
    for (e, _) in seen {
        entries.insert(e.path.clone(), e.clone());
    }
    let (mut removed_paths, mut missing) = (Vec::new(), Vec::new());
    for (path, e) in &before.entries {
        if seen_paths.contains(path.as_str()) {
            continue;
        }
        let on_disk = super::paths::on_disk(path, root);
        let gone = matches!(std::fs::metadata(on_disk), Err(err) if err.kind() == io::ErrorKind::NotFound);
        let drop =
            !policy.discovery_failed && (policy.mirror || (gone && (policy.prune || seen_ids.contains(e.id.as_str()))));
        if drop {
            entries.remove(path);
            removed_paths.push(path.clone());
        } else if gone {
            missing.push(path.clone());
        }
    }
    let by_id = paths_by_id(&entries);
    let before_by_id = paths_by_id(&before.entries);
    let removed_ids = before_by_id.keys().filter(|id| !by_id.contains_key(*id)).map(|id| id.to_string()).collect();
    // The paths each record's file names now: unknown (None) when two workers wrote it.
    let mut disk: BTreeMap<&str, Option<Vec<String>>> = BTreeMap::new();
    for (e, reused) in seen {
        let names = Some(reused.clone().unwrap_or_else(|| vec![e.path.clone()]));
        match disk.entry(e.id.as_str()) {
            Entry::Vacant(v) => {
                v.insert(names);
            }
            Entry::Occupied(mut o) => {
                if o.get() != &names {
                    o.insert(None);
                }
            }
        }
    }
    let mut rewrite = BTreeMap::new();
    for (id, paths) in &by_id {
        let on_disk = match disk.get(id) {
            Some(names) => names.clone(),
            None => before_by_id.get(id).cloned(),
        };
        if on_disk.as_ref() != Some(paths) {
            rewrite.insert(id.to_string(), paths.clone());
        }
    }
    After { entries, removed_paths, missing, rewrite, removed_ids }
}

fn paths_by_id(entries: &BTreeMap<String, RunEntry>) -> BTreeMap<&str, Vec<String>> {
    let mut map: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (path, e) in entries {
        map.entry(e.id.as_str()).or_default().push(path.clone());
    }
    map
}

/// Writes the records whose paths changed and deletes the removed ones (with their tables).
pub(super) fn apply(out: &Path, after: &After) -> io::Result<()> {
    for (id, paths) in &after.rewrite {
        let Some(mut rec) = sink::read_record(out, id) else { continue };
        if let Some(first) = paths.first() {
            rec.source.path = first.clone();
        }
        rec.source.paths = paths.clone();
        sink::write_record(out, &rec)?;
    }
    for id in &after.removed_ids {
        sink::remove_record(out, id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn entry(path: &str, id: &str) -> RunEntry {
        RunEntry {
            path: path.into(),
            id: id.into(),
            status: Status::Ok,
            pages: 1,
            reason: None,
            reason_code: None,
            tables: 0,
            legal_references: 0,
            attention: Vec::new(),
            ocr_pages: 0,
        }
    }

    const KEEP: Policy = Policy { prune: false, mirror: false, discovery_failed: false };

    #[test]
    fn a_second_folder_adds_and_keeps_the_first() {
        let before =
            Collection { entries: [("/nonexistent/a".to_string(), entry("/nonexistent/a", "A"))].into(), root: None };
        let after = update(&before, &[(entry("/nonexistent/b", "B"), None)], &KEEP, None);
        assert_eq!(after.ids_in_order(), vec!["A", "B"]);
        assert!(after.removed_ids.is_empty());
        assert_eq!(after.missing, vec!["/nonexistent/a"], "a is gone from disk but kept");
        let pruned = update(&before, &[(entry("/nonexistent/b", "B"), None)], &Policy { prune: true, ..KEEP }, None);
        assert_eq!(pruned.ids_in_order(), vec!["B"]);
        assert!(pruned.removed_ids.contains("A"));
    }

    #[test]
    fn duplicates_list_both_paths_and_a_moved_file_keeps_its_id() {
        let seen = [(entry("/nonexistent/x", "A"), None), (entry("/nonexistent/y", "A"), None)];
        let after = update(&Collection::default(), &seen, &KEEP, None);
        assert_eq!(after.rewrite.get("A"), Some(&vec!["/nonexistent/x".to_string(), "/nonexistent/y".to_string()]));
        // x and y moved to z: the record keeps its id and names z only.
        let moved = update(
            &Collection { entries: after.entries.clone(), root: None },
            &[(entry("/nonexistent/z", "A"), Some(vec!["/nonexistent/x".into(), "/nonexistent/y".into()]))],
            &KEEP,
            None,
        );
        assert_eq!(moved.rewrite.get("A"), Some(&vec!["/nonexistent/z".to_string()]));
        assert!(moved.removed_ids.is_empty());
    }

    #[test]
    fn a_changed_file_moves_its_path_and_discovery_errors_remove_nothing() {
        let before =
            Collection { entries: [("/nonexistent/a".to_string(), entry("/nonexistent/a", "A"))].into(), root: None };
        let after = update(&before, &[(entry("/nonexistent/a", "A2"), None)], &KEEP, None);
        assert!(after.removed_ids.contains("A"));
        let failed = update(&before, &[], &Policy { prune: true, mirror: true, discovery_failed: true }, None);
        assert!(failed.removed_ids.is_empty());
    }
}
