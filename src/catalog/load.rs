//! Reading a catalog file into memory that lives as long as the process, so that the
//! catalog's strings can borrow from it.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::ScopedJoinHandle;

use memmap2::MmapMut;
use serde::{Deserialize, Deserializer};

use super::model::{Paper, RawCatalog, Text};

/// Files at least this large are read by [`read_large`].
const LARGE: u64 = 4 << 20;

/// The whole file, kept until the process ends (the catalog borrows its strings from it,
/// and `app` never frees the catalog).
pub(super) fn read(path: &Path) -> io::Result<&'static [u8]> {
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
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

/// A large file, read by two threads, a half each, into an anonymous mapping that asks for
/// huge pages: the kernel then maps the buffer 2 MiB at a time instead of faulting it in
/// 4 KiB at a time, and the two halves are copied (and their pages cleared) at once. On a
/// 281 MB catalog the read took 0.12 s instead of 0.3 s, from a third of `validate`'s time.
/// `None` if the file changed size since `len` was read: the caller then reads it again.
#[cfg(unix)]
fn read_large(file: &File, len: u64) -> io::Result<Option<&'static [u8]>> {
    use std::os::unix::fs::FileExt;

    let Ok(size) = usize::try_from(len) else {
        return Ok(None);
    };
    let mut buffer = MmapMut::map_anon(size)?;
    // Only a hint: a kernel without transparent huge pages reads it all the same.
    #[cfg(target_os = "linux")]
    let _ = buffer.advise(memmap2::Advice::HugePage);
    let middle = size / 2;
    let (first, second) = buffer.split_at_mut(middle);
    // Whether `part` was filled from offset `at`; false if the file ended first.
    let fill = |part: &mut [u8], at: usize| match file.read_exact_at(part, at as u64) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    };
    let (filled_first, filled_second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| fill(second, middle));
        (fill(first, 0), second.join().unwrap_or(Ok(false)))
    });
    if !(filled_first? && filled_second?) || file.read_at(&mut [0], len)? != 0 {
        return Ok(None);
    }
    let buffer: &'static MmapMut = Box::leak(Box::new(buffer));
    Ok(Some(&buffer[..]))
}

/// Texts at least this long are parsed by two threads when two cores are free.
const PARALLEL: usize = 1 << 20;

/// A fast path for reading a large catalog: its papers parsed by two threads, each taking
/// half of the `papers` array. `None` when the fast path cannot vouch for the result —
/// anything unusual, wrong or merely unknown (such as fields this version does not read) —
/// and the caller then reads the text the ordinary way, which also reports what is wrong.
///
/// Where the second half starts is a guess: the first place after the middle of the text
/// where something that reads as a paper follows `}` and `,`, the way one paper follows
/// another. The guess is only used
/// when the first thread, parsing paper after paper from the start, arrives exactly there:
/// then it is the start of a paper, and the second thread's papers are what the first
/// would have read. Otherwise (say the guess fell inside a summary) the first thread reads
/// on alone, and the result is still exact, only not faster.
pub(super) fn parse_parallel(text: &'static str) -> Option<RawCatalog> {
    if text.len() < PARALLEL || std::thread::available_parallelism().map_or(1, usize::from) < 2 {
        return None;
    }
    // Links are arrays of objects too: the guess is the first candidate that reads as a paper.
    let split = split_candidates(text.as_bytes(), text.len() / 2)
        .find(|&i| Cursor::at(text, i).value::<Paper>().is_some())?;
    parse_split(text, split).map(|(raw, _)| raw)
}

/// [`parse_parallel`] with the second thread starting at `split`, right or wrong; also
/// tells whether the second thread's papers were used.
fn parse_split(text: &'static str, split: usize) -> Option<(RawCatalog, bool)> {
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let second = scope.spawn(|| {
            let mut cursor = Cursor::at(text, split);
            let papers = cursor.papers(None, &stop)?;
            Some((papers, cursor.pos))
        });
        let result = Cursor::at(text, 0).catalog(split, second, &stop);
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

/// A value read by serde, and whether it had fields this version does not know.
struct Tracked<T>(T, bool);

impl<'de: 'static, T: Deserialize<'de>> Deserialize<'de> for Tracked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut unknown = false;
        let value = serde_ignored::deserialize(deserializer, |_| unknown = true)?;
        Ok(Tracked(value, unknown))
    }
}

/// A position in the catalog's text, read forward one JSON token or one serde value at a
/// time. Every method returns `None` on anything it does not expect.
struct Cursor {
    text: &'static str,
    pos: usize,
    /// Whether this cursor took over the second thread's papers.
    handed_over: bool,
}

type Second<'scope> = ScopedJoinHandle<'scope, Option<(Vec<Paper>, usize)>>;

impl Cursor {
    fn at(text: &'static str, pos: usize) -> Cursor {
        Cursor {
            text,
            pos,
            handed_over: false,
        }
    }

    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while bytes.get(self.pos)?.is_ascii_whitespace() {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// One value by serde, refused if it has unknown fields.
    fn value<T: Deserialize<'static>>(&mut self) -> Option<T> {
        let mut values = serde_json::Deserializer::from_str(self.text.get(self.pos..)?)
            .into_iter::<Tracked<T>>();
        let Tracked(value, unknown) = values.next()?.ok()?;
        self.pos += values.byte_offset();
        (!unknown).then_some(value)
    }

    /// The whole catalog object; when its papers array reaches `split`, the second
    /// thread's papers are taken from there on.
    fn catalog(
        mut self,
        split: usize,
        second: Second<'_>,
        stop: &AtomicBool,
    ) -> Option<(RawCatalog, bool)> {
        let (mut schema_version, mut updated, mut eras, mut papers) = (None, None, None, None);
        let mut second = Some(Join {
            split,
            second,
            stop,
        });
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
                        self.papers(second.take(), &AtomicBool::new(false))?
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
        Some((raw, self.handed_over))
    }

    /// Papers up to the `]` that closes their array, from the start of the first one. The
    /// first thread hands over to the second if it arrives exactly at the split; the
    /// second gives up when told to `stop`.
    fn papers(&mut self, mut join: Option<Join<'_, '_>>, stop: &AtomicBool) -> Option<Vec<Paper>> {
        let mut papers = Vec::new();
        loop {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            self.peek()?;
            if let Some(j) = join.take_if(|j| self.pos >= j.split) {
                if self.pos == j.split {
                    if let Ok(Some((rest, end))) = j.second.join() {
                        papers.extend(rest);
                        self.pos = end;
                        self.handed_over = true;
                        return Some(papers);
                    }
                } else {
                    j.stop.store(true, Ordering::Relaxed);
                }
            }
            papers.push(self.value()?);
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some(papers);
            }
        }
    }
}

/// Where the first thread may take over the second thread's papers.
struct Join<'scope, 'stop> {
    split: usize,
    second: Second<'scope>,
    stop: &'stop AtomicBool,
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
    fn a_split_at_a_paper_gives_what_one_thread_reads() {
        let text = leak(synthetic::json(40));
        let expected = serial(text);
        let splits: Vec<usize> = split_candidates(text.as_bytes(), 0)
            .filter(|&i| Cursor::at(text, i).value::<Paper>().is_some())
            .collect();
        assert_eq!(
            splits.len(),
            39,
            "every paper but the first follows another"
        );
        for split in splits {
            let (raw, handed_over) = parse_split(text, split).expect("read");
            assert_eq!(as_json(&raw), expected, "split {split}");
            assert!(handed_over, "split {split}");
        }
    }

    #[test]
    fn a_wrong_split_is_noticed_and_one_thread_reads_on() {
        let text = leak(synthetic::json(12));
        let expected = serial(text);
        // Inside the eras, inside strings, at links between papers' sources, at the end.
        let link = split_candidates(text.as_bytes(), 0)
            .find(|&i| Cursor::at(text, i).value::<Paper>().is_none())
            .expect("the synthetic papers have links");
        let inside = text.find("\"eras\"").unwrap_or(0);
        for split in [0, 1, inside, link, text.len() / 2, text.len() - 1] {
            let (raw, handed_over) = parse_split(text, split).expect("read");
            assert_eq!(as_json(&raw), expected, "split {split}");
            assert!(!handed_over, "split {split}");
        }
    }

    #[test]
    fn a_summary_that_looks_like_a_paper_boundary_does_not_fool_the_split() {
        // The text between the quotes reads as `}, {` followed by a whole paper.
        let mut raw = synthetic::catalog(6);
        let fake = serde_json::to_string(&raw.papers[5]).unwrap_or_default();
        raw.papers[2].summary = format!("{} }}, {fake}", raw.papers[2].summary).into();
        let text = leak(serde_json::to_string(&raw).unwrap_or_default());
        let inside = text.find("}, {").expect("the fake boundary is in the text") + 3;
        let (raw, handed_over) = parse_split(text, inside).expect("read");
        assert_eq!(as_json(&raw), serial(text));
        assert!(!handed_over);
    }

    #[test]
    fn anything_unusual_is_left_to_the_ordinary_reader() {
        let text = synthetic::json(8);
        let split_of = |text: &'static str| {
            split_candidates(text.as_bytes(), text.len() / 2)
                .find(|&i| Cursor::at(text, i).value::<Paper>().is_some())
                .unwrap_or(1)
        };
        let cases = [
            // An unknown field, in a paper of either half and at the top.
            text.replacen("\"why\":", "\"whence\": 1, \"why\":", 1),
            text.replace("\"why\":", "\"whence\": 1, \"why\":"),
            text.replacen('{', "{\"extra\": true, ", 1),
            // A key twice, a missing key, trailing text, a syntax error in the second half.
            text.replacen('{', "{\"updated\": \"2020-01-01\", ", 1),
            text.replacen("\"updated\"", "\"updatd\"", 1),
            format!("{text} x"),
            format!(
                "{}]{}",
                &text[..text.len() * 3 / 4],
                &text[text.len() * 3 / 4..]
            ),
        ];
        for case in cases {
            let case = leak(case);
            assert!(
                parse_split(case, split_of(case)).is_none(),
                "{}",
                &case[..80]
            );
        }
    }

    #[test]
    fn papers_may_come_before_the_eras_and_may_be_none() {
        let mut raw = synthetic::catalog(10);
        let papers = serde_json::to_string(&raw.papers).unwrap_or_default();
        let eras = serde_json::to_string(&raw.eras).unwrap_or_default();
        let text = leak(format!(
            "{{\"papers\": {papers}, \"updated\": \"{}\", \"eras\": {eras}, \"schema_version\": 1}}",
            raw.updated
        ));
        let split = split_candidates(text.as_bytes(), text.len() / 2)
            .find(|&i| Cursor::at(text, i).value::<Paper>().is_some())
            .unwrap_or(1);
        let (read, handed_over) = parse_split(text, split).expect("read");
        assert_eq!(as_json(&read), serial(text));
        assert!(handed_over);
        raw.papers.clear();
        let empty = leak(serde_json::to_string(&raw).unwrap_or_default());
        let (read, _) = parse_split(empty, 1).expect("read");
        assert_eq!(as_json(&read), serial(empty));
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
            assert_eq!(read(&path).ok(), Some(&bytes[..]), "{len} bytes");
        }
        assert!(read(dir.path()).is_err(), "a directory is not a catalog");
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
