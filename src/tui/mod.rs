//! `aipapers browse`: the catalog as a full-screen terminal app. [`state`] holds what is
//! shown and changes it key by key, [`view`] draws it, [`events`] owns the terminal.

pub mod events;
pub mod state;
pub mod view;

pub use events::{Actions, Look, ReadDays, run};
pub use state::{Effect, KEYS, State, update};
