//! `aipapers read ID...`, `unread ID...` and `progress`: the reader's marks, kept in the
//! progress file, and how far through each era they are.

use std::io::Write;

use crate::catalog::plan::next;
use crate::cli::{MarkArgs, ProgressArgs};
use anyhow::Context as _;

use crate::progress::{Progress, Store, today};
use crate::render::progress::{self as render, EraCount, Report};

use super::Context;

pub fn read(args: &MarkArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let papers = catalog.resolve_all(&args.ids)?;
    let ids: Vec<&str> = papers
        .iter()
        .map(|&p| catalog.paper(p).id.as_str())
        .collect();
    let store = Store::locate()?;
    let date = today();
    let (new, progress) = store.update(|p| (p.mark(&ctx.catalog_key, &ids, &date), p.clone()))?;
    let read_count = progress.marks(&ctx.catalog_key, catalog).count();
    render::marked(
        out,
        &ids,
        &new,
        "read",
        "already read",
        read_count,
        catalog.papers.len(),
    )?;
    Ok(())
}

pub fn unread(args: &MarkArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let store = Store::locate()?;
    let before = store.load()?;
    // A marked id the catalog no longer has can still be unmarked, by its exact id.
    let mut ids: Vec<&str> = Vec::with_capacity(args.ids.len());
    for name in &args.ids {
        match catalog.resolve(name) {
            Ok(p) => ids.push(catalog.paper(p).id.as_str()),
            Err(_) if before.has(&ctx.catalog_key, name) => ids.push(name),
            Err(err) => return Err(err.into()),
        }
    }
    let (removed, progress) = store.update(|p| (p.unmark(&ctx.catalog_key, &ids), p.clone()))?;
    let read_count = progress.marks(&ctx.catalog_key, catalog).count();
    render::marked(
        out,
        &ids,
        &removed,
        "unread",
        "not read",
        read_count,
        catalog.papers.len(),
    )?;
    Ok(())
}

pub fn progress(args: &ProgressArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let store = Store::locate()?;
    if args.export {
        out.write_all(&store.load()?.to_bytes())?;
        return Ok(());
    }
    if let Some(file) = &args.import {
        let bytes =
            std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let other = Progress::parse(&bytes, file)?;
        let (added, present) = store.update(|p| p.merge(&other))?;
        writeln!(out, "marks imported: {added} new, {present} already here")?;
        return Ok(());
    }
    let progress = store.load()?;
    let marks = progress.marks(&ctx.catalog_key, catalog);
    let eras = (0..catalog.eras.len())
        .map(|era| {
            let members = catalog.era_members(era);
            EraCount {
                era,
                read: members.iter().filter(|&&p| marks.is_read(p)).count(),
                total: members.len(),
            }
        })
        .collect();
    let dates = progress.catalogs.get(&ctx.catalog_key);
    let report = Report {
        eras,
        next: next(catalog, &marks.read),
        read: catalog
            .chronological()
            .iter()
            .copied()
            .filter(|&p| marks.is_read(p))
            .map(|p| {
                let date = dates
                    .and_then(|d| d.get(catalog.paper(p).id.as_str()))
                    .map_or("", |m| m.read.as_str());
                (p, date)
            })
            .collect(),
        unknown: &marks.unknown,
    };
    if args.json {
        render::json(out, catalog, &report)?;
    } else {
        render::text(out, catalog, &report, &ctx.term)?;
    }
    Ok(())
}
