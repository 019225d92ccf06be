//! aipapers: a catalog of the foundational research papers behind modern AI, and the
//! command-line tool that browses, searches and exports it.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod files;
pub mod pager;
pub mod papers_d;
pub mod progress;
pub mod render;
pub mod tui;
