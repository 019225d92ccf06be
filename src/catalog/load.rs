//! Loading a large catalog fast: the file read into memory that lives as long as the
//! process (the catalog's strings borrow from it), and its papers parsed by two threads.

use std::fs::File;
use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(unix)]
use std::sync::{Mutex, PoisonError};
use std::thread::ScopedJoinHandle;

use memmap2::MmapMut;
use serde::Deserialize;

use super::facts::Facts;
use super::model::{Paper, RawCatalog, Text};
use super::strict::Strict;
use super::threads;
use super::validate;

/// Files at least this large are read by [`read_large`].
const LARGE: u64 = 4 << 20;

/// The whole of an open regular file of `len` bytes, kept until the process ends (the
/// catalog borrows its strings from it, and `app` never frees the catalog).
pub(super) fn read(mut file: File, len: u64) -> io::Result<&'static [u8]> {
    #[cfg(unix)]
    if len >= LARGE
        && let Some(bytes) = read_large(&file, len)?
    {
        return Ok(bytes);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    Ok(bytes.leak())
}

/// A large file, read by two threads into memory mapped for it alone that asks for huge
/// pages. The kernel's copying of the file and clearing of fresh pages, a fifth of the time
/// taken to load a large catalog, is shared by two cores, and done 2 MiB at a time instead
/// of 4 KiB when the kernel has huge pages free, which also spares the processor's address
/// cache while the text is parsed and checked (`validate` on 100,000 papers: 0.47 s instead
/// of 0.54 s, median of 16 runs; 28 MB: 40 ms instead of 50). The threads take the file a
/// block at a time, so that the second, which may take a few milliseconds to get a core,
/// reads what is left when it starts rather than a half the first then waits for. `None` if
/// the file changed size since `len` was read: the caller then reads it again.
#[cfg(unix)]
fn read_large(file: &File, len: u64) -> io::Result<Option<&'static [u8]>> {
    use std::os::unix::fs::FileExt;

    let Ok(size) = usize::try_from(len) else {
        return Ok(None);
    };
    let mut buffer = MmapMut::map_anon(size)?;
    // Only a hint: without transparent huge pages the file is read all the same.
    #[cfg(target_os = "linux")]
    let _ = buffer.advise(memmap2::Advice::HugePage);
    let blocks = Mutex::new(buffer.chunks_mut(BLOCK).enumerate());
    // Whether every block taken was filled; false if the file ended first.
    let fill_blocks = || -> io::Result<bool> {
        loop {
            let next = blocks.lock().unwrap_or_else(PoisonError::into_inner).next();
            let Some((i, block)) = next else {
                return Ok(true);
            };
            let read = file.read_exact_at(block, (i * BLOCK) as u64);
            if read.is_err() {
                // No use reading on: leave the other thread no block.
                blocks
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .by_ref()
                    .for_each(drop);
            }
            match read {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(false),
                Err(e) => return Err(e),
            }
        }
    };
    // With no second thread to be had, this one reads every block, and the second call
    // finds none left.
    let (mine, theirs) = threads::join(true, fill_blocks, fill_blocks);
    if !(mine? && theirs?) || file.read_at(&mut [0], len)? != 0 {
        return Ok(None);
    }
    let buffer: &'static MmapMut = Box::leak(Box::new(buffer));
    Ok(Some(&buffer[..]))
}

/// What [`read_large`]'s threads read at a time: a huge page, so that they do not clear
/// the same one.
#[cfg(unix)]
const BLOCK: usize = 2 << 20;

/// Texts at least this long are parsed by two threads when two cores are free.
const PARALLEL: usize = 1 << 20;

/// A fast path for reading a large catalog: its papers parsed by two threads, each taking
/// half of the `papers` array, checking that its half of the text is UTF-8 and that each of
/// its papers' own fields is sound ([`validate::paper_is_sound`]), and noting the [`Facts`]
/// that the caller then validates the rest from. `None` when
/// the fast path cannot vouch for the result — anything unusual, wrong or merely unknown
/// (such as fields this version does not read) — and the caller then reads the text the
/// ordinary way, which also reports what is wrong.
///
/// Where the second half starts is a guess: the first place after the middle of the text
/// where something that reads as a paper follows `}` and `,`, the way one paper follows
/// another. It is only taken if the first thread, parsing paper after paper from the
/// start, arrives exactly there: then it is the start of a paper, and the second thread's
/// papers are what the first would have read.
pub(super) fn parse_parallel(bytes: &'static [u8]) -> Option<(RawCatalog, Facts)> {
    if !threads::worth_two(bytes.len(), PARALLEL) {
        return None;
    }
    parse_split(bytes, split_guess(bytes)?)
}

/// The first place after the middle where a paper may start and something reads as one
/// (links are arrays of objects too).
fn split_guess(bytes: &'static [u8]) -> Option<usize> {
    split_candidates(bytes, bytes.len() / 2).find(|&at| reads_as_paper(bytes, at))
}

/// Whether a paper starts at `at`, judging from the text that follows (64 KiB at most).
fn reads_as_paper(bytes: &'static [u8], at: usize) -> bool {
    let window = &bytes[at..bytes.len().min(at + (64 << 10))];
    // The window may end inside a character: up to the last whole one will do.
    let window = match std::str::from_utf8(window) {
        Ok(text) => Ok(text),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&window[..e.valid_up_to()]),
        Err(e) => Err(e),
    };
    window.is_ok_and(|text| Cursor::at(text, 0).value::<Paper>().is_some())
}

/// [`parse_parallel`] with the second thread starting at `split`, right or wrong.
fn parse_split(bytes: &'static [u8], split: usize) -> Option<(RawCatalog, Facts)> {
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let second = std::thread::Builder::new()
            .spawn_scoped(scope, || {
                let text = std::str::from_utf8(bytes.get(split..)?).ok()?;
                let mut cursor = Cursor::at(text, 0);
                let (papers, facts) = cursor.papers(text.len(), None, &stop)?;
                Some((papers, facts, cursor))
            })
            .ok()?;
        let first = std::str::from_utf8(bytes.get(..split)?).ok();
        let result = first.and_then(|text| Cursor::at(text, 0).catalog(bytes.len(), second));
        // If the first thread failed before the split, the second's work is wasted.
        stop.store(true, Ordering::Relaxed);
        result
    })
}

/// Where a paper may start: each `{` from `from` on whose preceding non-blank bytes are
/// `}` and `,`, the way one element of an array of objects follows another.
fn split_candidates(bytes: &[u8], from: usize) -> impl Iterator<Item = usize> + '_ {
    let before = |mut i: usize| {
        while i > 0 && bytes[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        i.checked_sub(1).map(|i| (i, bytes[i]))
    };
    (from.max(1)..bytes.len()).filter(move |&i| {
        bytes[i] == b'{'
            && matches!(before(i), Some((comma, b',')) if matches!(before(comma), Some((_, b'}'))))
    })
}

/// A position in the catalog's text, read forward one JSON token or one serde value at a
/// time. Every method returns `None` on anything it does not expect.
struct Cursor {
    text: &'static str,
    pos: usize,
}

/// The second thread: the papers from the split to the end of their array, their facts,
/// and where it stopped reading.
type Second<'scope> = ScopedJoinHandle<'scope, Option<(Vec<Paper>, Facts, Cursor)>>;

impl Cursor {
    fn at(text: &'static str, pos: usize) -> Cursor {
        Cursor { text, pos }
    }

    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        // JSON's whitespace, which unlike `is_ascii_whitespace` has no form feed.
        while matches!(bytes.get(self.pos)?, b' ' | b'\n' | b'\r' | b'\t') {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// One value by serde, refused if it has unknown fields.
    fn value<T: Deserialize<'static>>(&mut self) -> Option<T> {
        let mut values =
            serde_json::Deserializer::from_str(self.text.get(self.pos..)?).into_iter::<Strict<T>>();
        let Strict(value) = values.next()?.ok()?;
        self.pos += values.byte_offset();
        Some(value)
    }

    /// The whole catalog object, `total` bytes long, from the first thread's text (which
    /// ends at the split): when its papers array reaches the end of that text, the second
    /// thread's papers and text take over from there.
    fn catalog(mut self, total: usize, second: Second<'_>) -> Option<(RawCatalog, Facts)> {
        let (mut schema_version, mut updated, mut eras, mut papers) = (None, None, None, None);
        let mut facts = Facts::default();
        let mut second = Some(second);
        self.eat(b'{')?;
        loop {
            let key: Text = self.value()?;
            self.eat(b':')?;
            let fresh = match key.as_str() {
                "schema_version" => schema_version.replace(self.value()?).is_none(),
                "updated" => updated.replace(self.value()?).is_none(),
                "eras" => eras.replace(self.value()?).is_none(),
                "papers" => {
                    self.eat(b'[')?;
                    let read = if self.eat(b']').is_some() {
                        Vec::new()
                    } else {
                        let (read, found) =
                            self.papers(total, second.take(), &AtomicBool::new(false))?;
                        facts = found;
                        read
                    };
                    papers.replace(read).is_none()
                }
                _ => false,
            };
            if !fresh {
                return None;
            }
            if self.eat(b',').is_none() {
                self.eat(b'}')?;
                break;
            }
        }
        // Only whitespace may follow.
        self.peek().is_none().then_some(())?;
        let raw = RawCatalog {
            schema_version: schema_version?,
            updated: updated?,
            eras: eras?,
            papers: papers?,
        };
        Some((raw, facts))
    }

    /// Papers up to the `]` that closes their array, from the start of the first one, which
    /// is likely to end before `expected_bytes` into the text. The first thread, at the end
    /// of its text, takes over the `second` thread's papers; the second gives up when told
    /// to `stop`.
    fn papers(
        &mut self,
        expected_bytes: usize,
        mut second: Option<Second<'_>>,
        stop: &AtomicBool,
    ) -> Option<(Vec<Paper>, Facts)> {
        let mut papers = Vec::new();
        let mut facts = Facts::default();
        loop {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            if self.peek().is_none() {
                let joined = second.take()?.join();
                let (rest, more, cursor) =
                    joined.unwrap_or_else(|p| std::panic::resume_unwind(p))?;
                papers.extend(rest);
                facts.append(more);
                *self = cursor;
                return Some((papers, facts));
            }
            let start = self.pos;
            let paper: Paper = self.value()?;
            // Its own fields are checked now, while its text is in the processor's cache;
            // a paper with a problem sends the catalog the ordinary way, which reports it.
            if !validate::paper_is_sound(&paper) {
                return None;
            }
            // And what validation needs of it is copied aside, for the same reason.
            facts.add(&paper);
            papers.push(paper);
            if papers.len() == 1 {
                // Room for as many more as are likely, judging by the first: a vector that
                // doubles as it goes copies itself, and touches fresh memory, again and again.
                let size = (self.pos - start).max(256);
                papers.reserve(expected_bytes.saturating_sub(self.pos) / size * 9 / 8);
            }
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some((papers, facts));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::synthetic;

    fn leak(text: String) -> &'static str {
        text.leak()
    }

    fn serial(text: &'static str) -> String {
        let raw: RawCatalog = match serde_json::from_str(text) {
            Ok(raw) => raw,
            Err(e) => panic!("the test catalog does not parse: {e}"),
        };
        as_json(&raw)
    }

    fn as_json(raw: &RawCatalog) -> String {
        serde_json::to_string(raw).unwrap_or_default()
    }

    #[test]
    fn a_split_at_any_paper_gives_what_one_thread_reads() {
        let text = leak(synthetic::json(40));
        let expected = serial(text);
        let splits: Vec<usize> = split_candidates(text.as_bytes(), 0)
            .filter(|&at| reads_as_paper(text.as_bytes(), at))
            .collect();
        assert_eq!(
            splits.len(),
            39,
            "every paper but the first follows another"
        );
        for split in splits {
            let raw = parse_split(text.as_bytes(), split);
            assert_eq!(
                raw.as_ref().map(|(raw, _)| as_json(raw)),
                Some(expected.clone()),
                "split {split}"
            );
        }
    }

    #[test]
    fn a_split_anywhere_else_is_refused() {
        let text = leak(synthetic::json(12));
        // At the start, inside the eras, between the sources of a paper, inside a paper.
        let link = split_candidates(text.as_bytes(), 0)
            .find(|&at| !reads_as_paper(text.as_bytes(), at))
            .expect("the synthetic papers have links");
        let eras = text.find("\"eras\"").unwrap_or(0);
        let summary = text.find("\"summary\"").unwrap_or(0);
        for split in [0, 1, eras, link, summary] {
            assert!(
                parse_split(text.as_bytes(), split).is_none(),
                "split {split}"
            );
        }
    }

    #[test]
    fn a_summary_that_looks_like_a_paper_boundary_does_not_fool_the_split() {
        // Inside the quotes: `}, {` and then a whole paper, its quotes escaped as they must
        // be in a string, so that it does not read as one.
        let mut raw = synthetic::catalog(6);
        let fake = serde_json::to_string(&raw.papers[5]).unwrap_or_default();
        raw.papers[3].summary = format!("{} }}, {fake}", raw.papers[3].summary).into();
        let text = leak(serde_json::to_string(&raw).unwrap_or_default());
        let inside = text.find("}, {").expect("the fake boundary is in the text") + 3;
        assert!(!reads_as_paper(text.as_bytes(), inside));
        assert!(parse_split(text.as_bytes(), inside).is_none());
        assert_ne!(split_guess(text.as_bytes()), Some(inside));
    }

    #[test]
    fn anything_unusual_is_left_to_the_ordinary_reader() {
        let text = synthetic::json(8);
        let cases = [
            // An unknown field, in a paper of either half and at the top.
            text.replacen("\"why\":", "\"whence\": 1, \"why\":", 1),
            text.replace("\"why\":", "\"whence\": 1, \"why\":"),
            text.replacen('{', "{\"extra\": true, ", 1),
            // A key twice, a missing key, trailing text, a syntax error in the second half.
            text.replacen('{', "{\"updated\": \"2020-01-01\", ", 1),
            text.replacen("\"updated\"", "\"updatd\"", 1),
            format!("{text} x"),
            // A form feed, which JSON does not count as whitespace, before a comma.
            text.replacen(",\n  \"eras\"", "\u{c},\n  \"eras\"", 1),
            format!(
                "{}]{}",
                &text[..text.len() * 3 / 4],
                &text[text.len() * 3 / 4..]
            ),
        ];
        for case in cases {
            let case = leak(case);
            assert!(
                split_guess(case.as_bytes())
                    .and_then(|at| parse_split(case.as_bytes(), at))
                    .is_none(),
                "{}",
                &case[..80]
            );
        }
        // Not UTF-8, in either half.
        let text = leak(text);
        let first = text.find("\"summary\": \"").expect("a summary") + 12;
        let last = text.rfind("\"summary\": \"").expect("a summary") + 12;
        for at in [first, last] {
            let mut bytes = text.as_bytes().to_vec();
            bytes[at] = 0xff;
            let split = split_guess(text.as_bytes()).expect("a paper after the middle");
            assert!(parse_split(bytes.leak(), split).is_none(), "0xff at {at}");
        }
    }

    #[test]
    fn papers_may_come_before_the_eras() {
        let raw = synthetic::catalog(10);
        let papers = serde_json::to_string(&raw.papers).unwrap_or_default();
        let eras = serde_json::to_string(&raw.eras).unwrap_or_default();
        let text = leak(format!(
            "{{\"papers\": {papers}, \"updated\": \"{}\", \"eras\": {eras}, \"schema_version\": 1}}",
            raw.updated
        ));
        let read = split_guess(text.as_bytes()).and_then(|at| parse_split(text.as_bytes(), at));
        assert_eq!(
            read.as_ref().map(|(raw, _)| as_json(raw)),
            Some(serial(text))
        );
    }

    #[test]
    fn a_large_file_is_read_whole() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        for len in [
            0,
            10,
            LARGE as usize - 1,
            LARGE as usize,
            LARGE as usize + 4097,
        ] {
            let path = dir.path().join(format!("{len}.json"));
            let bytes: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            std::fs::write(&path, &bytes).expect("written");
            let file = File::open(&path).expect("opened");
            assert_eq!(read(file, len as u64).ok(), Some(&bytes[..]), "{len} bytes");
        }
        let dir = File::open(dir.path()).expect("a directory opens");
        assert!(read(dir, 0).is_err(), "a directory is not a catalog");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_changed_size_while_read_is_read_again() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("catalog.json");
        let bytes = vec![b'x'; LARGE as usize + 10];
        std::fs::write(&path, &bytes).expect("written");
        let file = File::open(&path).expect("opened");
        let len = bytes.len() as u64;
        assert_eq!(read_large(&file, len).ok().flatten(), Some(&bytes[..]));
        // As if it grew or shrank after its size was taken.
        assert_eq!(read_large(&file, len - 1).ok(), Some(None));
        assert_eq!(read_large(&file, len + 1).ok(), Some(None));
    }
}
