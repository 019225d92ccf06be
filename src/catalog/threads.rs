//! Work on large catalogs shared by this thread and one more, or done here alone.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Catalogs with at least this many papers get a second thread for their validation,
/// search and filtering; the embedded catalog, a few dozen papers, never starts one.
pub(crate) const MANY_PAPERS: usize = 2_000;

/// Whether work of `size` gets a second thread: at least `worth_it`, and a second core.
pub(crate) fn worth_two(size: usize, worth_it: usize) -> bool {
    size >= worth_it && std::thread::available_parallelism().map_or(1, usize::from) > 1
}

/// Runs `here` on this thread and `there` on a second one, when `two` is true and a thread
/// can be had. Otherwise, on one core or under a limit on processes, this thread runs both,
/// `here` first. A panic on the second thread carries on here.
pub(crate) fn join<A, B>(
    two: bool,
    here: impl FnOnce() -> A,
    there: impl Fn() -> B + Sync,
) -> (A, B)
where
    B: Send,
{
    std::thread::scope(|scope| {
        let there = &there;
        let spawned = two
            .then(|| std::thread::Builder::new().spawn_scoped(scope, there).ok())
            .flatten();
        let a = here();
        let b = match spawned {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => there(),
        };
        (a, b)
    })
}

/// What `f` gives for each of `0..len`, in that order, leaving out the `None`s. When `two`
/// is true, two threads share the work a chunk at a time.
pub(crate) fn filter_map<T: Send>(
    two: bool,
    len: usize,
    f: impl Fn(usize) -> Option<T> + Sync,
) -> Vec<T> {
    let chunks = Chunks::new(len, CHUNK);
    let run = || {
        let mut done = Vec::new();
        while let Some((n, range)) = chunks.take() {
            done.push((n, range.filter_map(&f).collect::<Vec<T>>()));
        }
        done
    };
    let (mut done, theirs) = join(two, run, run);
    done.extend(theirs);
    done.sort_unstable_by_key(|(n, _)| *n);
    done.into_iter().flat_map(|(_, found)| found).collect()
}

/// What [`filter_map`] hands out at a time: enough to outweigh taking it, few enough that
/// a thread that starts late still finds work.
const CHUNK: usize = 512;

/// `0..len` in chunks of `size`, each handed to whichever thread asks next: a second thread
/// that is slow to get a core takes what is left rather than a half the first waits for.
pub(crate) struct Chunks {
    next: AtomicUsize,
    len: usize,
    size: usize,
}

impl Chunks {
    pub(crate) fn new(len: usize, size: usize) -> Chunks {
        Chunks {
            next: AtomicUsize::new(0),
            len,
            size: size.max(1),
        }
    }

    /// The next chunk's number and range; `None` once every chunk is taken.
    pub(crate) fn take(&self) -> Option<(usize, Range<usize>)> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let start = n.checked_mul(self.size).filter(|&start| start < self.len)?;
        Some((n, start..self.len.min(start + self.size)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_range_once_in_order() {
        let chunks = Chunks::new(10, 4);
        let taken: Vec<_> = std::iter::from_fn(|| chunks.take()).collect();
        assert_eq!(taken, [(0, 0..4), (1, 4..8), (2, 8..10)]);
        assert_eq!(chunks.take(), None);
        assert_eq!(Chunks::new(0, 4).take(), None);
    }

    #[test]
    fn join_gives_both_results_on_two_threads_or_one() {
        for two in [true, false] {
            let chunks = Chunks::new(1_000, 7);
            let sum = || {
                let mut total = 0;
                while let Some((_, range)) = chunks.take() {
                    total += range.sum::<usize>();
                }
                total
            };
            let (mine, theirs) = join(two, sum, sum);
            assert_eq!(mine + theirs, (0..1_000).sum::<usize>(), "two: {two}");
        }
        assert_eq!(join(false, || 1, || "b"), (1, "b"));
    }

    #[test]
    fn filter_map_keeps_the_order_on_two_threads_or_one() {
        let expected: Vec<usize> = (0..2_000_usize)
            .filter(|i| i.is_multiple_of(3))
            .map(|i| i * 2)
            .collect();
        // Enough work per item that the second thread, once started, takes chunks too.
        let slow = |i: usize| {
            std::thread::sleep(std::time::Duration::from_micros(20));
            i.is_multiple_of(3).then_some(i * 2)
        };
        for two in [true, false] {
            let found = filter_map(two, 2_000, slow);
            assert_eq!(found, expected, "two: {two}");
        }
        assert_eq!(filter_map(true, 0, Some), Vec::<usize>::new());
    }

    #[test]
    #[should_panic(expected = "from the second thread")]
    fn a_panic_on_the_second_thread_carries_on_here() {
        join(true, || (), || panic!("from the second thread"));
    }
}
