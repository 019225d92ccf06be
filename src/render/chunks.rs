//! Long lists rendered a chunk at a time, by two threads at once when two cores are free,
//! and written out in order.

use std::io::{self, Write};
use std::sync::mpsc;

/// Items per chunk: enough to make handing a chunk over cheap, few enough that the chunks
/// in memory at once stay small next to the catalog.
const CHUNK: usize = 256;

/// Items rendered at a time by one thread alone.
const FEW: usize = 4;

/// Writes to `out` what `render` writes for each of `items` (given its position in the
/// list), in order. See [`by_chunk`].
pub fn in_order<T: Sync>(
    out: &mut impl Write,
    items: &[T],
    render: impl Fn(&mut Vec<u8>, usize, &T) -> io::Result<()> + Sync,
) -> io::Result<()> {
    by_chunk(out, items, |buffer, start, chunk| {
        (chunk.iter().enumerate()).try_for_each(|(n, item)| render(buffer, start + n, item))
    })
}

/// Writes to `out` what `render` writes for each chunk of `items` (given the position of
/// its first item), in order. On a long list with two cores free, a second thread renders
/// every other chunk while this one renders and writes the rest; buffers go back and
/// forth, so at most five chunks are in memory whatever the length (each thread's, two
/// waiting and one being written).
pub fn by_chunk<T: Sync, W: Write>(
    out: &mut W,
    items: &[T],
    render: impl Fn(&mut Vec<u8>, usize, &[T]) -> io::Result<()> + Sync,
) -> io::Result<()> {
    let count = items.len().div_ceil(CHUNK);
    let render_chunk = |chunk: usize, buffer: &mut Vec<u8>| -> io::Result<()> {
        buffer.clear();
        let start = chunk * CHUNK;
        render(buffer, start, &items[start..items.len().min(start + CHUNK)])
    };
    // One thread: a few items at a time, so the buffer stays a few pages long (fresh
    // memory is what a short list, such as the embedded catalog, would pay for most).
    let alone = |out: &mut W| {
        // Room for a few papers with every field at once, so it is not grown by copying.
        let mut buffer = Vec::with_capacity(16 * 1024);
        for (n, few) in items.chunks(FEW).enumerate() {
            buffer.clear();
            render(&mut buffer, n * FEW, few)?;
            out.write_all(&buffer)?;
        }
        Ok(())
    };
    if count < 4 || std::thread::available_parallelism().map_or(1, usize::from) < 2 {
        return alone(out);
    }
    std::thread::scope(|scope| {
        let (filled, rendered) = mpsc::sync_channel::<io::Result<Vec<u8>>>(2);
        let (give_back, spare) = mpsc::channel::<Vec<u8>>();
        let render_chunk = &render_chunk;
        let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
            for chunk in (1..count).step_by(2) {
                let mut buffer = spare.try_recv().unwrap_or_default();
                let result = render_chunk(chunk, &mut buffer).map(|()| buffer);
                // A closed channel means the writer stopped (a closed pipe, say): so do we.
                if filled.send(result).is_err() {
                    return;
                }
            }
        });
        // No second thread to be had (a limit on processes, say): this one does it all.
        if spawned.is_err() {
            return alone(out);
        }
        let mut buffer = Vec::new();
        for chunk in 0..count {
            if chunk % 2 == 0 {
                render_chunk(chunk, &mut buffer)?;
                out.write_all(&buffer)?;
            } else {
                let theirs = rendered
                    .recv()
                    .map_err(|_| io::Error::other("the rendering thread stopped"))??;
                out.write_all(&theirs)?;
                let _ = give_back.send(theirs);
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(items: &[u32]) -> Vec<u8> {
        let mut out = Vec::new();
        in_order(&mut out, items, |buffer, n, item| {
            write!(buffer, "{}{n}:{item}", if n == 0 { "" } else { "," })
        })
        .expect("a Vec takes every write");
        out
    }

    #[test]
    fn every_item_comes_out_once_in_order_at_any_length() {
        for len in [
            0,
            1,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            4 * CHUNK - 1,
            4 * CHUNK,
            9 * CHUNK + 7,
        ] {
            let items: Vec<u32> = (0..len as u32).map(|i| i * 3).collect();
            let expected: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(n, i)| format!("{n}:{i}"))
                .collect();
            assert_eq!(
                String::from_utf8(rendered(&items)).ok(),
                Some(expected.join(",")),
                "{len} items"
            );
        }
    }

    /// A writer that takes `left` bytes, then fails as a closed pipe does.
    struct Closing {
        left: usize,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_writer_that_fails_stops_both_threads_with_its_error() {
        let items: Vec<u32> = (0..100 * CHUNK as u32).collect();
        for left in [0, 10, 5_000, 50_000] {
            let err = in_order(&mut Closing { left }, &items, |buffer, n, _| {
                write!(buffer, "{n:>10}")
            });
            assert_eq!(
                err.map_err(|e| e.kind()),
                Err(io::ErrorKind::BrokenPipe),
                "after {left} bytes"
            );
        }
    }

    #[test]
    fn an_error_while_rendering_is_returned() {
        let items: Vec<u32> = (0..10 * CHUNK as u32).collect();
        for bad in [0, CHUNK as u32 + 5, 7 * CHUNK as u32] {
            let result = in_order(&mut Vec::new(), &items, |buffer, _, &item| {
                if item == bad {
                    return Err(io::Error::other("bad item"));
                }
                write!(buffer, "{item}")
            });
            assert_eq!(
                result.map_err(|e| e.to_string()),
                Err("bad item".to_string()),
                "{bad}"
            );
        }
    }
}
