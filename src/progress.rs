//! The reader's progress: which papers they have read and when, kept in one small JSON file
//! in the user's data directory and changed only through `files::update` (locked, atomic).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, anyhow};
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::files;

/// The file's name in the data directory.
const FILE_NAME: &str = "progress.json";
/// The version of the file's layout this build writes and reads.
const VERSION: u32 = 1;

/// What the progress file holds: for each catalog ("embedded", or a catalog file's full
/// path), the papers read, by id. Ids no longer in a catalog are kept as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default)]
    pub catalogs: BTreeMap<String, BTreeMap<String, Mark>>,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            version: VERSION,
            catalogs: BTreeMap::new(),
        }
    }
}

/// One paper marked as read, with the day it was marked (YYYY-MM-DD).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub read: String,
}

/// The marks of one catalog, matched against it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// For each paper of the catalog, whether it is read.
    pub read: Vec<bool>,
    /// Marked ids the catalog does not have (any more), in order.
    pub unknown: Vec<String>,
}

impl Marks {
    pub fn is_read(&self, paper: usize) -> bool {
        self.read.get(paper).copied().unwrap_or(false)
    }

    /// Whether any paper of the catalog is marked (tables then show a ✓ column).
    pub fn any(&self) -> bool {
        self.read.iter().any(|&r| r)
    }

    /// How many papers of the catalog are marked.
    pub fn count(&self) -> usize {
        self.read.iter().filter(|&&r| r).count()
    }
}

impl Progress {
    /// Parses the file's text; `origin` names it in errors.
    pub fn parse(bytes: &[u8], origin: &Path) -> anyhow::Result<Progress> {
        let progress: Progress = serde_json::from_slice(bytes).map_err(|err| {
            anyhow!(
                "the progress file {} is not valid ({err}); fix or remove it",
                origin.display()
            )
        })?;
        if progress.version != VERSION {
            return Err(anyhow!(
                "the progress file {} has version {}, which this aipapers does not know \
                 (it reads version {VERSION})",
                origin.display(),
                progress.version
            ));
        }
        Ok(progress)
    }

    /// Marks the papers of `catalog_key` read on `date`; those already read keep their
    /// date. Returns the ids that were not read before.
    pub fn mark<'i>(&mut self, catalog_key: &str, ids: &[&'i str], date: &str) -> Vec<&'i str> {
        let marks = self.catalogs.entry(catalog_key.to_string()).or_default();
        ids.iter()
            .copied()
            .filter(|id| {
                let new = !marks.contains_key(*id);
                if new {
                    marks.insert(id.to_string(), Mark { read: date.into() });
                }
                new
            })
            .collect()
    }

    /// Removes the marks of these ids. Returns the ids that were marked.
    pub fn unmark<'i>(&mut self, catalog_key: &str, ids: &[&'i str]) -> Vec<&'i str> {
        let Some(marks) = self.catalogs.get_mut(catalog_key) else {
            return Vec::new();
        };
        let removed = ids
            .iter()
            .copied()
            .filter(|id| marks.remove(*id).is_some())
            .collect();
        if marks.is_empty() {
            self.catalogs.remove(catalog_key);
        }
        removed
    }

    /// Whether this id is marked in this catalog.
    pub fn has(&self, catalog_key: &str, id: &str) -> bool {
        self.catalogs
            .get(catalog_key)
            .is_some_and(|m| m.contains_key(id))
    }

    /// The day this id was marked read in this catalog, if it is.
    pub fn read_on(&self, catalog_key: &str, id: &str) -> Option<&str> {
        let mark = self.catalogs.get(catalog_key)?.get(id)?;
        Some(&mark.read)
    }

    /// For each paper of the catalog, the day it was marked read, if it is.
    pub fn read_dates(&self, catalog_key: &str, catalog: &Catalog) -> Vec<Option<String>> {
        let mut dates = vec![None; catalog.papers.len()];
        for (id, mark) in self.catalogs.get(catalog_key).into_iter().flatten() {
            if let Some(paper) = catalog.find(id)
                && catalog.paper(paper).id == id.as_str()
            {
                dates[paper] = Some(mark.read.clone());
            }
        }
        dates
    }

    /// The marks of one catalog, matched against its papers.
    pub fn marks(&self, catalog_key: &str, catalog: &Catalog) -> Marks {
        let mut marks = Marks {
            read: vec![false; catalog.papers.len()],
            unknown: Vec::new(),
        };
        for id in self
            .catalogs
            .get(catalog_key)
            .into_iter()
            .flat_map(|m| m.keys())
        {
            match catalog.find(id) {
                Some(paper) if catalog.paper(paper).id == id.as_str() => marks.read[paper] = true,
                _ => marks.unknown.push(id.clone()),
            }
        }
        marks
    }

    /// Adds the marks of `other` that this progress lacks; where both have a paper, the
    /// earlier date stays. Returns how many marks were added and how many were here already.
    pub fn merge(&mut self, other: &Progress) -> (usize, usize) {
        let (mut added, mut present) = (0, 0);
        for (catalog, marks) in &other.catalogs {
            let here = self.catalogs.entry(catalog.clone()).or_default();
            for (id, mark) in marks {
                match here.get_mut(id) {
                    Some(old) => {
                        present += 1;
                        if mark.read < old.read {
                            old.read.clone_from(&mark.read);
                        }
                    }
                    None => {
                        added += 1;
                        here.insert(id.clone(), mark.clone());
                    }
                }
            }
        }
        self.catalogs.retain(|_, marks| !marks.is_empty());
        (added, present)
    }

    /// The file's text: pretty JSON and a final newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}

/// Where the progress file lives.
#[derive(Debug, Clone)]
pub struct Store {
    pub path: PathBuf,
}

impl Store {
    /// The progress file in `AIPAPERS_DATA` if it is set (and not empty), else in the
    /// platform's data directory for aipapers (`$XDG_DATA_HOME/aipapers` on Linux).
    pub fn locate() -> anyhow::Result<Store> {
        Store::locate_with(std::env::var_os("AIPAPERS_DATA"))
    }

    /// [`Store::locate`] with `data`, the value of `AIPAPERS_DATA`.
    fn locate_with(data: Option<std::ffi::OsString>) -> anyhow::Result<Store> {
        let dir = match data.filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "aipapers")
                .map(|dirs| dirs.data_dir().to_path_buf())
                .ok_or_else(|| {
                    anyhow!("cannot find a data directory for the progress file: set AIPAPERS_DATA")
                })?,
        };
        Ok(Store {
            path: dir.join(FILE_NAME),
        })
    }

    /// The progress as the file holds it; no file yet is no progress.
    pub fn load(&self) -> anyhow::Result<Progress> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Progress::parse(&bytes, &self.path),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Progress::default()),
            Err(err) => Err(err).with_context(|| format!("cannot read {}", self.path.display())),
        }
    }

    /// Changes the progress under the file's lock and writes it back atomically; returns
    /// what `change` returned. A file that cannot be parsed is an error, never replaced.
    pub fn update<T>(&self, change: impl FnOnce(&mut Progress) -> T) -> anyhow::Result<T> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create directory {}", dir.display()))?;
        }
        let mut result = None;
        files::update(&self.path, |old| {
            let mut progress = match old {
                Some(bytes) => Progress::parse(&bytes, &self.path)?,
                None => Progress::default(),
            };
            result = Some(change(&mut progress));
            Ok(progress.to_bytes())
        })?;
        result.ok_or_else(|| anyhow!("the progress was not changed"))
    }
}

/// The key of a catalog in the progress file: "embedded", or the catalog file's full path.
pub fn catalog_key(path: Option<&Path>) -> String {
    match path {
        None => "embedded".to_string(),
        Some(path) if path == Path::new("-") => "stdin".to_string(),
        Some(path) => std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .display()
            .to_string(),
    }
}

/// Today's date in UTC, as YYYY-MM-DD.
pub fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The proleptic Gregorian date of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    #[test]
    fn civil_dates_count_from_the_epoch_across_leap_years() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(59), "1970-03-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_424), "2025-12-02");
    }

    #[test]
    fn marking_keeps_the_first_date_and_reports_only_new_marks() {
        let mut p = Progress::default();
        assert_eq!(p.mark("embedded", &["a", "b"], "2026-01-01"), ["a", "b"]);
        assert_eq!(p.mark("embedded", &["b", "c"], "2026-02-02"), ["c"]);
        assert_eq!(p.catalogs["embedded"]["b"].read, "2026-01-01");
        assert_eq!(p.unmark("embedded", &["b", "z"]), ["b"]);
        assert!(!p.has("embedded", "b") && p.has("embedded", "a"));
        assert_eq!(p.unmark("other", &["a"]), Vec::<&str>::new());
        assert_eq!(p.unmark("embedded", &["a", "c"]), ["a", "c"]);
        assert!(p.catalogs.is_empty());
    }

    #[test]
    fn merging_adds_missing_marks_and_keeps_the_earlier_date() {
        let mut here = Progress::default();
        here.mark("embedded", &["a", "b"], "2026-02-01");
        let mut there = Progress::default();
        there.mark("embedded", &["b", "c"], "2026-01-01");
        there.mark("/other.json", &["x"], "2026-03-01");
        assert_eq!(here.merge(&there), (2, 1));
        assert_eq!(here.catalogs["embedded"]["a"].read, "2026-02-01");
        assert_eq!(here.catalogs["embedded"]["b"].read, "2026-01-01");
        assert_eq!(here.catalogs["embedded"]["c"].read, "2026-01-01");
        assert!(here.has("/other.json", "x"));
        assert_eq!(here.merge(&there), (0, 3));
    }

    #[test]
    fn marks_of_one_catalog_leave_others_alone_and_keep_unknown_ids() {
        let catalog = fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &["a"])]);
        let mut p = Progress::default();
        p.mark("embedded", &["b", "gone", "a-alias"], "2026-01-01");
        p.mark("/elsewhere.json", &["a"], "2026-01-01");
        let marks = p.marks("embedded", &catalog);
        assert_eq!(marks.read, [false, true]);
        // Marks are stored by id: an alias in the file is not the paper.
        assert_eq!(marks.unknown, ["a-alias", "gone"]);
        assert!(marks.any());
        assert_eq!(marks.count(), 1);
        assert_eq!(
            p.read_dates("embedded", &catalog),
            [None, Some("2026-01-01".to_string())]
        );
        assert_eq!(p.read_on("embedded", "gone"), Some("2026-01-01"));
        assert_eq!(p.read_on("embedded", "a"), None);
        assert!(!p.marks("nothing", &catalog).any());
        assert_eq!(p.marks("nothing", &catalog).count(), 0);
    }

    #[test]
    fn a_file_that_is_not_progress_is_an_error_naming_it() {
        let path = Path::new("/data/progress.json");
        let err = Progress::parse(b"{\"version\": 1, \"catalogs\": [", path).expect_err("bad");
        assert!(
            err.to_string()
                .starts_with("the progress file /data/progress.json is not valid ("),
            "{err}"
        );
        let err = Progress::parse(b"{\"version\": 9}", path).expect_err("unknown version");
        assert!(err.to_string().contains("has version 9"), "{err}");
        let round = Progress::parse(&Progress::default().to_bytes(), path).expect("valid");
        assert_eq!(round, Progress::default());
    }

    #[test]
    fn a_mark_is_asked_of_a_paper_by_its_place() {
        let marks = Marks {
            read: vec![false, true],
            unknown: Vec::new(),
        };
        assert_eq!(
            [0, 1, 2].map(|paper| marks.is_read(paper)),
            [false, true, false]
        );
    }

    #[test]
    fn the_store_is_in_aipapers_data_else_the_platform_data_directory() {
        let named = Store::locate_with(Some("/somewhere/data".into())).expect("located");
        assert_eq!(named.path, Path::new("/somewhere/data/progress.json"));
        // Set but empty is not set.
        let platform = Store::locate_with(Some("".into())).expect("located");
        assert_eq!(
            platform.path,
            Store::locate_with(None).expect("located").path
        );
        assert!(
            platform.path.ends_with("aipapers/progress.json"),
            "{platform:?}"
        );
        assert!(platform.path.is_absolute(), "{platform:?}");
    }

    #[test]
    fn a_progress_file_that_cannot_be_read_is_an_error_not_a_fresh_start() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A directory where the file should be: reading it fails, and not as "not found".
        let store = Store {
            path: dir.path().to_path_buf(),
        };
        let err = store.load().expect_err("a directory is not progress");
        assert_eq!(
            err.to_string(),
            format!("cannot read {}", dir.path().display())
        );
    }

    #[test]
    fn catalogs_are_keyed_by_their_full_path() {
        assert_eq!(catalog_key(None), "embedded");
        assert_eq!(catalog_key(Some(Path::new("-"))), "stdin");
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("mine.json");
        std::fs::write(&file, "{}").expect("written");
        let real = std::fs::canonicalize(&file).expect("canonical");
        let roundabout = dir.path().join(".").join("mine.json");
        assert_eq!(catalog_key(Some(&roundabout)), real.display().to_string());
        // A path that does not resolve is kept as given.
        assert_eq!(catalog_key(Some(Path::new("no/such.json"))), "no/such.json");
    }

    #[test]
    fn today_is_a_date_of_this_century_in_utc() {
        let today = today();
        assert_eq!(today.len(), 10, "{today}");
        assert!(
            today.as_str() > "2026-01-01" && today.as_str() < "2100-01-01",
            "{today}"
        );
        let days = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("after 1970")
            .as_secs()
            / 86_400;
        // Unless midnight passed between the two readings.
        let now = civil_date(i64::try_from(days).expect("days fit"));
        let yesterday = civil_date(i64::try_from(days).expect("days fit") - 1);
        assert!(today == now || today == yesterday, "{today} {now}");
    }

    #[test]
    fn the_store_creates_its_directory_and_round_trips() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store {
            path: dir.path().join("deep/er/progress.json"),
        };
        assert_eq!(store.load().expect("no file yet"), Progress::default());
        let new = store
            .update(|p| p.mark("embedded", &["x"], "2026-03-04").len())
            .expect("written");
        assert_eq!(new, 1);
        let loaded = store.load().expect("read back");
        assert_eq!(loaded.catalogs["embedded"]["x"].read, "2026-03-04");
    }
}
