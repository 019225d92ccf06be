//! The terminal around the browser: raw mode and the alternate screen, given back on every
//! way out (quit, error, panic, SIGINT, SIGTERM, SIGHUP), and the loop from a key to a frame.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::clipboard::CopyToClipboard;
use crossterm::cursor::Show;
use crossterm::event::{self, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::state::{Effect, State, update};
pub use super::view::Look;
use crate::catalog::Catalog;
use crate::render::style::clean_line;

/// What the browser asks of the commands it stands for, so that `o` opens a paper as
/// `aipapers open` does and `c` copies what `aipapers cite` prints.
pub struct Actions<'a> {
    /// Opens a link in the browser, or says why it could not.
    pub open: fn(&str) -> Result<(), String>,
    /// One paper's citation in a style `cite --style` names.
    pub cite: fn(&Catalog, usize, &str) -> anyhow::Result<String>,
    /// Marks the paper of this id read (true) or unread in the reader's progress, as
    /// `aipapers read` and `unread` do; gives the day it is read on, if it now is.
    pub mark: &'a dyn Fn(&str, bool) -> anyhow::Result<Option<String>>,
}

/// What the reader has read as the browser starts: for each paper, the day, if any; or
/// why the progress could not be read, which the browser says and carries on without.
pub type ReadDays = anyhow::Result<Vec<Option<String>>>;

/// How often the loop looks for a signal while no key comes.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// Runs the browser on this terminal until the reader quits.
pub fn run(
    catalog: &Catalog,
    look: Look,
    actions: &Actions<'_>,
    read: ReadDays,
) -> anyhow::Result<()> {
    let signal = watch_signals();
    let guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let mut state = State::new(catalog);
    match read {
        Ok(days) => state.read = days,
        Err(err) => state.status = Some(format!("marks unknown: {err:#}")),
    }
    loop {
        terminal.draw(|frame| super::view::draw(frame, &state, &look))?;
        loop {
            let caught = signal.load(Ordering::Relaxed);
            if caught != 0 {
                drop(terminal);
                drop(guard);
                die_of(caught);
            }
            if event::poll(SIGNAL_CHECK)? {
                break;
            }
        }
        let key = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => key,
            // A resize, a focus change: drawn again at the top of the loop.
            _ => continue,
        };
        #[cfg(debug_assertions)]
        test_panic(key);
        match update(&mut state, key) {
            Effect::None => {}
            Effect::Quit => break,
            Effect::Open(paper) => {
                let url = clean_line(&catalog.paper(paper).url);
                // The browser may be one that runs in this terminal: it gets it as it was.
                guard.suspend();
                let opened = (actions.open)(&url);
                guard.resume()?;
                terminal.clear()?;
                state.status = Some(match opened {
                    Ok(()) => format!("opened {url}"),
                    Err(why) => format!("could not open it ({why}): {url}"),
                });
            }
            Effect::CopyId(paper) => {
                let id = catalog.paper(paper).id.to_string();
                copy(&id)?;
                state.status = Some(format!("copied the id {id}"));
            }
            Effect::CopyCitation(paper, style) => {
                state.status = Some(match (actions.cite)(catalog, paper, style) {
                    Ok(text) => {
                        copy(&text)?;
                        format!(
                            "copied the {style} citation of {}",
                            clean_line(&catalog.paper(paper).id)
                        )
                    }
                    Err(err) => format!("could not cite it: {err:#}"),
                });
            }
            Effect::Mark(paper, read) => match (actions.mark)(&catalog.paper(paper).id, read) {
                Ok(day) => state.set_read(paper, day),
                Err(err) => {
                    let id = clean_line(&catalog.paper(paper).id);
                    let what = if read { "read" } else { "unread" };
                    state.status = Some(format!("could not mark {id} {what}: {err:#}"));
                }
            },
        }
    }
    drop(terminal);
    drop(guard);
    Ok(())
}

/// In debug builds only, so that a test can see a panic give the terminal back: the key
/// named by `AIPAPERS_TEST_PANIC_KEY` panics. Release builds have no such key.
#[cfg(debug_assertions)]
fn test_panic(key: event::KeyEvent) {
    let wanted = std::env::var("AIPAPERS_TEST_PANIC_KEY").ok();
    if let Some(wanted) = wanted
        && key.code == event::KeyCode::Char(wanted.chars().next().unwrap_or('\0'))
    {
        panic!("browse was asked to panic by AIPAPERS_TEST_PANIC_KEY");
    }
}

/// Puts text on the clipboard of the terminal (OSC 52), which works over SSH too; a
/// terminal that does not take it ignores it.
fn copy(text: &str) -> io::Result<()> {
    execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))
}

/// The terminal in raw mode on the alternate screen while this lives; given back when it
/// is dropped, and by the panic hook on a panic (which in release builds aborts, running
/// no destructor).
struct Guard;

impl Guard {
    fn enter() -> io::Result<Guard> {
        install_panic_hook();
        if let Err(err) = take() {
            restore();
            return Err(err);
        }
        Ok(Guard)
    }

    /// The terminal as it was, for a program that needs it for a while.
    fn suspend(&self) {
        restore();
    }

    fn resume(&self) -> io::Result<()> {
        take()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the terminal is the browser's (raw, on the alternate screen): what [`restore`]
/// gives back, once.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Leaves raw mode and the alternate screen and shows the cursor, if the browser has the
/// terminal. Each step is tried even if one before failed: any of them left undone leaves
/// the shell unusable. Only once: a panic restores in its hook and again as the guard is
/// dropped, and leaving the alternate screen a second time would move the cursor back
/// over the panic's message.
pub fn restore() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

/// Raw mode and the alternate screen, for the browser.
fn take() -> io::Result<()> {
    TAKEN.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // The message goes to the main screen, where it stays readable.
            restore();
            previous(info);
        }));
    });
}

/// A number the signal handlers set: the signal caught, or 0. The loop notices it within
/// [`SIGNAL_CHECK`], gives the terminal back, and then dies of the signal.
#[cfg(unix)]
fn watch_signals() -> Arc<AtomicUsize> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let caught = Arc::new(AtomicUsize::new(0));
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        // Without a handler the signal still ends the process, only less tidily.
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize);
    }
    caught
}

#[cfg(not(unix))]
fn watch_signals() -> Arc<AtomicUsize> {
    Arc::new(AtomicUsize::new(0))
}

/// Ends the process as the signal would have, so the shell sees 130, 143 or 129.
#[cfg(unix)]
fn die_of(signal: usize) -> ! {
    let signal = i32::try_from(signal).unwrap_or(signal_hook::consts::SIGTERM);
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}

#[cfg(not(unix))]
fn die_of(_signal: usize) -> ! {
    std::process::exit(1)
}
