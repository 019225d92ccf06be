//! Where a catalog's bytes come from (a file, a pipe, a device, standard input), checked
//! as they arrive, so that what is not JSON fails at its first wrong byte instead of after
//! reading all of it, or forever (`/dev/zero`, `/dev/urandom`).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::error::Category;

use super::load;

/// The name standard input goes by, as a catalog path and in messages.
pub const STDIN: &str = "-";

const BOM: &[u8] = "\u{feff}".as_bytes();

/// How much of a file is checked before the rest is read.
const PREFIX: u64 = 64 << 10;

/// Why a catalog's bytes could not be had.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// Not JSON, found before reading on: the position and serde_json's message.
    Syntax(serde_json::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> ReadError {
        ReadError::Io(e)
    }
}

/// The whole catalog text, kept until the process ends (the catalog borrows its strings
/// from it). A regular file is read as fast as it can be once its first 64 KiB read as
/// the start of a JSON document; anything else (pipes, process substitution, devices,
/// `-` for standard input) is checked byte by byte as it is read.
pub fn read(path: &Path) -> Result<&'static [u8], ReadError> {
    if path.as_os_str() == STDIN {
        return read_stream(io::stdin().lock());
    }
    let mut file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() && !meta.is_dir() {
        return read_stream(file);
    }
    if meta.is_file() {
        let mut prefix = Vec::new();
        (&mut file).take(PREFIX).read_to_end(&mut prefix)?;
        check_prefix(&prefix).map_err(ReadError::Syntax)?;
        file.rewind()?;
    }
    Ok(load::read(file, meta.len())?)
}

/// Whether `prefix`, the start of a file, can begin a JSON document: an error only where
/// the text goes wrong before it ends.
fn check_prefix(prefix: &[u8]) -> Result<(), serde_json::Error> {
    let prefix = prefix.strip_prefix(BOM).unwrap_or(prefix);
    let mut de = serde_json::Deserializer::from_slice(prefix);
    match IgnoredAny::deserialize(&mut de).and_then(|_| de.end()) {
        Err(e) if e.classify() != Category::Eof => Err(e),
        _ => Ok(()),
    }
}

/// Reads a stream to its end, checking its JSON syntax as the bytes arrive.
fn read_stream(reader: impl Read) -> Result<&'static [u8], ReadError> {
    let mut buffered = BufReader::with_capacity(PREFIX as usize, Copying::new(reader));
    // A byte order mark stays in the copy (the caller strips it) but is not JSON.
    if buffered.fill_buf()?.starts_with(BOM) {
        buffered.consume(BOM.len());
    }
    let mut de = serde_json::Deserializer::from_reader(&mut buffered);
    IgnoredAny::deserialize(&mut de)
        .and_then(|_| de.end())
        .map_err(|e| match e.classify() {
            Category::Io => ReadError::Io(e.into()),
            _ => ReadError::Syntax(e),
        })?;
    Ok(buffered.into_inner().copy.leak())
}

/// A reader that keeps a copy of everything read through it.
struct Copying<R> {
    inner: R,
    copy: Vec<u8>,
}

impl<R> Copying<R> {
    fn new(inner: R) -> Copying<R> {
        Copying {
            inner,
            copy: Vec::new(),
        }
    }
}

impl<R: Read> Read for Copying<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(result: Result<&'static [u8], ReadError>) -> (usize, usize, String) {
        match result {
            Err(ReadError::Syntax(e)) => (e.line(), e.column(), e.to_string()),
            other => panic!("not a syntax error: {other:?}"),
        }
    }

    #[test]
    fn an_endless_stream_of_zeros_fails_at_the_first_byte() {
        let (line, column, _) = syntax(read_stream(io::repeat(0)));
        assert_eq!((line, column), (1, 1));
    }

    #[test]
    fn an_endless_stream_fails_where_the_json_goes_wrong() {
        let endless = b"{\"a\": [1, 2,\n x".chain(io::repeat(b'x'));
        let (line, column, message) = syntax(read_stream(endless));
        assert_eq!((line, column), (2, 2), "{message}");
    }

    #[test]
    fn a_stream_is_kept_whole_byte_order_mark_included() {
        let text = "\u{feff}{\"papers\": [\"é\"]}\n";
        let bytes = read_stream(text.as_bytes()).expect("valid JSON");
        assert_eq!(bytes, text.as_bytes());
        assert!(matches!(
            read_stream("\u{feff}\u{feff}{}".as_bytes()),
            Err(ReadError::Syntax(_))
        ));
        assert!(matches!(
            read_stream("{} {}".as_bytes()),
            Err(ReadError::Syntax(_))
        ));
    }

    /// A reader that fails, as a disk or a pipe can, once it has handed out its bytes.
    struct Failing(&'static [u8]);

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::Error::other("the disk went away"));
            }
            self.0.read(buf)
        }
    }

    #[test]
    fn a_stream_that_fails_is_an_input_error_not_a_syntax_error() {
        match read_stream(Failing(b"{\"papers\": [")) {
            Err(ReadError::Io(e)) => assert_eq!(e.to_string(), "the disk went away"),
            other => panic!("not an input error: {other:?}"),
        }
    }

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("papers.json");
        let text = "\u{feff}{\"papers\": [\"\u{e9}\"]}\n";
        std::fs::write(&path, text).expect("written");
        assert_eq!(read(&path).expect("valid JSON"), text.as_bytes());
    }

    #[test]
    fn a_regular_file_is_checked_only_as_far_as_its_prefix() {
        // Past the first 64 KiB a regular file is read without checking (its parse finds
        // what is wrong later, with the same line and column); a stream is checked to the end.
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("papers.json");
        let mut text = format!("[\"{}\"", "a".repeat(PREFIX as usize));
        text.push_str(", x]");
        std::fs::write(&path, &text).expect("written");
        assert_eq!(read(&path).expect("read whole"), text.as_bytes());
        assert!(matches!(
            read_stream(text.as_bytes()),
            Err(ReadError::Syntax(_))
        ));
        std::fs::write(&path, "\0\0\0\0").expect("written");
        assert_eq!(syntax(read(&path)).0, 1);
    }

    #[test]
    fn a_device_is_read_as_a_stream() {
        // Read as a file, /dev/null would be an empty catalog text; as a stream it is a
        // document that ends before it starts. (/dev/zero is the endless case above.)
        let (line, column, message) = syntax(read(Path::new("/dev/null")));
        assert_eq!((line, column), (1, 0), "{message}");
        assert!(message.starts_with("EOF while parsing"), "{message}");
    }

    #[test]
    fn a_directory_is_an_input_error() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        match read(dir.path()) {
            Err(ReadError::Io(e)) => assert_eq!(e.kind(), io::ErrorKind::IsADirectory),
            other => panic!("not an input error: {other:?}"),
        }
    }

    #[test]
    fn a_prefix_that_goes_wrong_is_refused_and_one_cut_short_is_not() {
        assert!(check_prefix(b"").is_ok());
        assert!(check_prefix(b"{\"papers\": [{\"id\": \"a").is_ok());
        assert!(check_prefix("\u{feff}  {\"x\": \"\u{e9}".as_bytes()).is_ok());
        // Cut inside a character: still only the end of what was read.
        assert!(check_prefix(&"{\"x\": \"\u{e9}".as_bytes()[..7]).is_ok());
        for bad in [
            &b"\0\0\0"[..],
            b"[1,]",
            b"{\"a\" 1",
            b"\xef\xbb\xbf\xef\xbb\xbf{}",
            b"{} x",
        ] {
            let e = check_prefix(bad).expect_err("not JSON");
            assert_eq!(e.line(), 1, "{bad:?}");
        }
    }
}
