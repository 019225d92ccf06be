//! The command line, declared with clap's derive: what users can type, and its help.

use std::path::PathBuf;

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use crate::catalog::Field;
use crate::catalog::query::SortKey;
use crate::catalog::search::SearchField;
use crate::complete;
use crate::render::cite::{CiteStyle, Markup};
use crate::render::plan::PlanFormat;
use crate::render::style::{ColorChoice, HyperlinkChoice};
use crate::render::{Format, GraphFormat};

/// Browse the foundational research papers behind modern AI, from backpropagation to
/// DeepSeek-R1: list, sort, read, follow the lineage, export.
#[derive(Debug, Parser)]
#[command(
    name = "aipapers",
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("AIPAPERS_CATALOG_SUMMARY"), ")"),
    max_term_width = 100
)]
#[command(
    after_help = "Run 'aipapers COMMAND --help' for its options and examples, 'aipapers man' \
                        for the manual.

Examples:
  aipapers list --json | jq '.[] | select(.year < 2000) | .title'
  aipapers export --format bibtex -o papers.bib"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

impl Cli {
    /// The options that apply to the whole run: those given after the subcommand win over
    /// those given before it.
    pub fn global(&self) -> GlobalArgs {
        let outer = self.global.clone();
        match &self.command {
            Some(command) => command.global().clone().or(outer),
            None => outer,
        }
    }
}

// Options every command takes, before or after its name. Each subcommand flattens its own
// copy instead of clap's `global = true`, which copies every global option into every
// subcommand at each start-up, although only one of them runs.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never
    /// [default: auto]
    #[arg(long, value_enum, value_name = "WHEN", hide_possible_values = true)]
    pub color: Option<ColorChoice>,

    /// Clickable titles, URLs and DOIs: auto, always or never [default: auto]
    #[arg(long, value_enum, value_name = "WHEN", hide_possible_values = true)]
    pub hyperlinks: Option<HyperlinkChoice>,

    /// Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]
    #[arg(long, value_name = "FILE")]
    pub catalog: Option<PathBuf>,

    /// Merge this catalog file's papers and eras in too (repeatable)
    #[arg(long, value_name = "FILE")]
    pub add: Vec<PathBuf>,

    /// Leave out the catalogs in papers.d [dir: AIPAPERS_PAPERS_D]
    #[arg(long)]
    pub no_extra: bool,

    /// Treat unknown fields in a catalog file as errors, not warnings
    #[arg(long)]
    pub strict: bool,

    /// Never page long output [pager: AIPAPERS_PAGER, PAGER, less -FRX]
    #[arg(long)]
    pub no_pager: bool,
}

impl GlobalArgs {
    /// These options, with `outer`'s where these are not given.
    fn or(self, outer: GlobalArgs) -> GlobalArgs {
        GlobalArgs {
            color: self.color.or(outer.color),
            hyperlinks: self.hyperlinks.or(outer.hyperlinks),
            catalog: self.catalog.or(outer.catalog),
            add: [outer.add, self.add].concat(),
            no_extra: self.no_extra || outer.no_extra,
            strict: self.strict || outer.strict,
            no_pager: self.no_pager || outer.no_pager,
        }
    }
}

/// Each subcommand's arguments are only built when it runs (or for help, completions and
/// the manual): building all of them was a large part of every run's start-up. Built late,
/// a `///` doc on a struct of arguments that a subcommand flattens would replace the
/// subcommand's description, so those structs have plain comments.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// List papers as a table (the default) or in another format
    #[command(after_help = "Examples:
  aipapers list --era transformer --sort year
  aipapers list --since 2020 --tag scaling
  aipapers list --author hinton --fields id,year,title
  aipapers list --json | jq -r '.[].title'")]
    List(ListArgs),

    /// Browse the papers full-screen: eras, cards, search, timeline and lineage
    ///
    /// Move with the arrow keys or j/k, filter by era with 1-9 (0 for all), search with
    /// /, follow a card's Builds on and Led to entries with Tab and Enter, and go back
    /// with Backspace. ? lists every key; q quits. Needs a terminal; `list` and `show`
    /// print the same papers to a pipe.
    #[command(after_help = "Examples:
  aipapers browse
  aipapers browse --ascii --color never")]
    Browse(BrowseArgs),

    /// List every paper sorted by KEY
    #[command(after_help = "Examples:
  aipapers sort title
  aipapers sort author --reverse
  aipapers sort era --csv")]
    Sort(SortArgs),

    /// Show a paper's card: authors, venue, links, summary, results and lineage
    #[command(after_help = "Examples:
  aipapers show transformer
  aipapers show gpt3 bert
  aipapers show r1 --json | jq .results")]
    Show(ShowArgs),

    /// List the eras, or one era's papers
    #[command(after_help = "Examples:
  aipapers era
  aipapers era transformer
  aipapers era 2 --format ids
  aipapers era --all")]
    Era(EraArgs),

    /// Export papers as JSON, CSV, Markdown, BibTeX, CSL-JSON, RIS, DOT and other formats
    #[command(after_help = "Examples:
  aipapers export --format csv -o papers.csv
  aipapers export --format bibtex --era scaling
  aipapers export --format csl-json -o papers.json
  aipapers export --format dot --since 2017 | dot -Tsvg -o influence.svg")]
    Export(ExportArgs),

    /// Draw the papers on a timeline, oldest first, each with the papers that fed it
    #[command(after_help = "Examples:
  aipapers timeline
  aipapers timeline --era transformer,pretraining
  aipapers timeline --since 2017 --ascii
  aipapers timeline --json | jq -r '.[] | select(.led_to == []) | .id'")]
    Timeline(TimelineArgs),

    /// Show what led to a paper and what it led to, as trees
    #[command(after_help = "Examples:
  aipapers lineage transformer
  aipapers lineage gpt-3 --ancestors
  aipapers lineage backprop --descendants --depth 2
  aipapers lineage bert --json | jq '.ancestors[].id'")]
    Lineage(LineageArgs),

    /// Show the shortest chain of influence from one paper to a later one
    #[command(after_help = "Examples:
  aipapers path backprop gpt-3
  aipapers path lstm deepseek-r1 --ascii
  aipapers path word2vec llama --json | jq -r '.chain | join(\" > \")'
  aipapers path lstm gpt-3 --format dot | dot -Tsvg -o chain.svg")]
    Path(PathArgs),

    /// Find papers by words you remember from their name, title, authors, tags or prose
    ///
    /// Every word must match somewhere in a paper, ignoring case and accents; a word
    /// matches the start of a word in the text ("residual" finds "residuals"). An argument
    /// holding a space, or text in double quotes, is a phrase of consecutive words. Hits
    /// in the name, title, aliases or authors rank above hits in the tags, which rank
    /// above hits in the prose; ties go to the older paper.
    ///
    /// The filters and output flags are those of `list`; every format keeps the ranking.
    /// An option search does not know is an error, never text to find: text that starts
    /// with `-` goes after `--`.
    #[command(after_help = "Examples:
  aipapers search attention
  aipapers search residual image
  aipapers search \"reinforcement learning\" --field tldr,summary
  aipapers search hinton --json | jq -r '.[].id'")]
    Search(SearchArgs),

    /// Plan what to read before a paper: its ancestors, each after everything it builds on
    ///
    /// The order is topological: every paper comes after the papers of the plan it builds
    /// on; papers ready at the same point go oldest first, then by era. The targets come
    /// last unless one of them is needed by another.
    #[command(after_help = "Examples:
  aipapers plan gpt-3
  aipapers plan deepseek-r1 --format markdown >> notes.md
  aipapers plan bert gpt-3 --from transformer --skip-read
  aipapers plan gpt-3 --depth 2 --json | jq -r '.[].id'")]
    Plan(PlanArgs),

    /// Mark papers as read (with today's date)
    #[command(after_help = "Examples:
  aipapers read backprop lstm
  aipapers plan gpt-3 --format ids | head -3 | xargs aipapers read")]
    Read(MarkArgs),

    /// Remove the read mark from papers
    #[command(after_help = "Examples:
  aipapers unread lstm
  aipapers progress --json | jq -r '.read[].id' | xargs -r aipapers unread")]
    Unread(MarkArgs),

    /// Show how much of each era is read, and what to read next
    ///
    /// Next are the unread papers whose every prerequisite in the catalog is read, oldest
    /// first. Progress is kept in progress.json in the data directory: $AIPAPERS_DATA if
    /// set, else the platform's (on Linux $XDG_DATA_HOME/aipapers, by default
    /// ~/.local/share/aipapers).
    #[command(after_help = "Examples:
  aipapers progress
  aipapers progress --json | jq .next
  aipapers progress --export > progress.json")]
    Progress(ProgressArgs),

    /// Print citations to paste: BibTeX (the default), BibLaTeX or any CSL style
    ///
    /// CSL styles (APA, MLA, Chicago, IEEE, Harvard, Vancouver, Nature and every style
    /// `--list-styles` prints, or a `.csl` file given with `--csl`) are formatted by
    /// hayagriva, a CSL processor, into a bibliography sorted as the style says.
    #[command(after_help = "Examples:
  aipapers cite transformer bert --style apa
  aipapers cite --era scaling --style ieee --format html
  aipapers list --format ids --since 2020 | aipapers cite - --style mla
  aipapers cite lstm >> references.bib")]
    Cite(CiteArgs),

    /// Open papers' full texts in the browser ($BROWSER, else xdg-open or open)
    ///
    /// Where no browser can be started, the link is printed instead.
    #[command(after_help = "Examples:
  aipapers open transformer
  aipapers open transformer bert
  aipapers open r1 --print")]
    Open(OpenArgs),

    /// Check a catalog file (or the embedded catalog) and report every problem in it
    ///
    /// Without FILE, the extra catalogs the other commands merge (papers.d's and `--add`'s)
    /// are checked too, each merged with the catalog it joins. An author in braces is an
    /// organisation ("{Google DeepMind}") or has a surname of several words
    /// ("Teven {Le Scao}"); braces anywhere else in a name are an error.
    ///
    /// Schema 2 adds optional fields: `date_precision` (day, month or year: how much of `date`
    /// is known; the unknown parts are written 01), `volume`, `issue`, `pages` and `publisher`
    /// (for citations), and `published`, the peer-reviewed version where it differs from the
    /// preprint ({title, venue, year, date, doi, volume, issue, pages, url}). No item of
    /// `authors`, `tags` or `results` may contain "; ", which CSV and TSV output put between
    /// list items. Schema 1 files are still read.
    #[command(after_help = "Examples:
  aipapers validate
  aipapers --strict validate")]
    Validate(ValidateArgs),

    /// Print the JSON Schema of catalog files, for editors to check and complete them
    #[command(after_help = "Examples:
  aipapers schema > ~/.config/aipapers/catalog.schema.json
  aipapers schema | jq '.properties | keys'")]
    Schema(SchemaArgs),

    /// Print a skeleton paper with id ID, as an extra catalog to fill in
    #[command(after_help = "Examples:
  aipapers new dropout > ~/.config/aipapers/papers.d/dropout.json
  aipapers new my-paper | jq '.papers[0] | keys'")]
    New(NewArgs),

    /// Import papers from BibTeX, BibLaTeX or CSL-JSON into a new extra catalog
    ///
    /// Ids come from the citation keys. Entries without a title, author, year or link (url,
    /// DOI or arXiv id) are left out, each named on stderr. Without --era, the papers get an
    /// era of their own, `imported`.
    #[command(after_help = "Examples:
  aipapers export --format bibtex --era scaling | aipapers import - --tag mine -o mine.json
  aipapers export --format csl-json | aipapers import - -o copy.json")]
    Import(ImportArgs),

    /// Print a completion script for SHELL (needs no catalog)
    #[command(after_help = "Examples:
  aipapers completions bash > ~/.local/share/bash-completion/completions/aipapers
  aipapers completions zsh > ~/.zfunc/_aipapers
  aipapers completions fish > ~/.config/fish/completions/aipapers.fish")]
    Completions(CompletionsArgs),

    /// Print the manual page, in roff (needs no catalog)
    #[command(after_help = "Examples:
  aipapers man | man -l -
  aipapers man > ~/.local/share/man/man1/aipapers.1")]
    Man(ManArgs),
}

impl Command {
    /// The global options given after this subcommand's name.
    pub fn global(&self) -> &GlobalArgs {
        match self {
            Command::List(args) => &args.global,
            Command::Sort(args) => &args.global,
            Command::Browse(args) => &args.global,
            Command::Show(args) => &args.global,
            Command::Era(args) => &args.global,
            Command::Export(args) => &args.global,
            Command::Timeline(args) => &args.global,
            Command::Lineage(args) => &args.global,
            Command::Path(args) => &args.global,
            Command::Search(args) => &args.global,
            Command::Plan(args) => &args.global,
            Command::Read(args) | Command::Unread(args) => &args.global,
            Command::Progress(args) => &args.global,
            Command::Cite(args) => &args.global,
            Command::Open(args) => &args.global,
            Command::Validate(args) => &args.global,
            Command::Schema(args) => &args.global,
            Command::New(args) => &args.global,
            Command::Import(args) => &args.global,
            Command::Completions(args) => &args.global,
            Command::Man(args) => &args.global,
        }
    }
}

// Which papers to keep. Every filter given must match.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    #[command(flatten)]
    pub select: SelectArgs,

    /// Only papers matching this search: words that must all match, "quoted phrases"
    /// (see `aipapers search --help`); the order stays by the sort key
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,

    /// Show at most N papers
    #[arg(short = 'n', long, value_name = "N", value_parser = at_least_one)]
    pub limit: Option<usize>,
}

// Which papers to keep by what the catalog says of them: the filters `search` shares with
// the listings.
#[derive(Debug, Clone, Default, Args)]
pub struct SelectArgs {
    /// Only papers of this era: id, number or unique prefix (repeatable, or comma-separated;
    /// any may match)
    #[arg(short = 'e', long, value_name = "ERA", value_delimiter = ',', value_parser = CatalogNames::ERAS, hide_possible_values = true, add = ArgValueCompleter::new(complete::eras))]
    pub era: Vec<String>,

    /// Only papers first released in this year
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,

    /// Only papers released in or after this year
    #[arg(long, value_name = "YEAR")]
    pub since: Option<i32>,

    /// Only papers released in or before this year
    #[arg(long, value_name = "YEAR")]
    pub until: Option<i32>,

    /// Only papers with an author named TEXT: part of the name, or its words in order
    /// (middle names may be left out); case and accents ignored (repeatable; all must match)
    #[arg(short = 'a', long, value_name = "TEXT")]
    pub author: Vec<String>,

    /// Only papers with this tag (repeatable, or comma-separated; all must match)
    #[arg(short = 't', long, value_name = "TAG", value_delimiter = ',', add = ArgValueCompleter::new(complete::tags))]
    pub tag: Vec<String>,
}

// How to print a list of papers.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(short = 'f', long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Print JSON (same as --format json)
    #[arg(long, conflicts_with_all = ["format", "csv"])]
    pub json: bool,

    /// Print CSV (same as --format csv)
    #[arg(long, conflicts_with = "format")]
    pub csv: bool,

    /// Only these fields, in this order (for table, json, jsonl, csv and tsv)
    #[arg(
        long,
        value_enum,
        value_name = "FIELDS",
        value_delimiter = ',',
        hide_possible_values = true,
        long_help = FIELDS_HELP
    )]
    pub fields: Vec<Field>,
}

// Where a list of papers goes, and how its CSV and TSV cells are written.
#[derive(Debug, Clone, Default, Args)]
pub struct WriteArgs {
    /// In CSV and TSV, defuse cells starting with =, +, - or @ so spreadsheets do not run
    /// them as formulas (a leading ' is added)
    #[arg(long)]
    pub excel_safe: bool,

    /// Write to FILE instead of standard output (replaced atomically)
    ///
    /// A regular file is replaced atomically, only once every byte is written, and keeps its
    /// permissions, owner and group; a new file gets the permissions the umask allows. A
    /// symbolic link is followed and the file it points to is written; the link stays. A
    /// device, a FIFO or /dev/stdout is written in place, as by a shell redirect. A file this
    /// user may not write, or whose owner a replacement could not keep, is refused. Other hard
    /// links to a replaced file keep the old contents. Interrupted by Ctrl-C, SIGTERM or
    /// SIGHUP, aipapers removes its temporary file.
    ///
    /// Without --format, --json or --csv, the format follows a known extension: .json, .jsonl,
    /// .csv, .tsv, .md, .bib, .dot (or .gv) and .mmd; any other name gets the command's
    /// default format, without colour.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub order: OrderArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub progress: ReadFilterArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

// The order of a listing.
#[derive(Debug, Clone, Default, Args)]
pub struct OrderArgs {
    /// Sort by this key
    #[arg(short = 's', long, value_enum, default_value_t, value_name = "KEY")]
    pub sort: SortKey,

    /// Reverse the order
    #[arg(short = 'r', long)]
    pub reverse: bool,
}

#[derive(Debug, Clone, Args)]
pub struct SortArgs {
    /// The key to sort by
    #[arg(value_enum)]
    pub key: SortKey,

    /// Reverse the order
    #[arg(short = 'r', long)]
    pub reverse: bool,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub progress: ReadFilterArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct BrowseArgs {
    /// Draw with 7-bit ASCII characters only
    #[arg(long)]
    pub ascii: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
#[command(mut_arg("json", |arg| arg.help(
    "Print JSON (same as --format json): an object for one paper, an array for several; \
     --format jsonl prints one object per line, however many"
)))]
pub struct ShowArgs {
    /// Paper ids or aliases (case-insensitive)
    #[arg(required = true, value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
#[command(
    mut_arg("format", |arg| arg.help(
        "Output format: with ERA or --all, any format, of the papers; for the eras alone, \
         table, json, jsonl, csv, tsv, markdown or ids"
    )),
    mut_arg("fields", |arg| arg
        .help(
            "With ERA or --all: only these fields of the papers, in this order (for table, \
             json, jsonl, csv and tsv)"
        )
        .long_help(format!("With ERA or --all: o{}", &FIELDS_HELP[1..])))
)]
pub struct EraArgs {
    /// An era: id, number (1-5) or unique prefix
    #[arg(value_name = "ERA", value_parser = CatalogNames::ERAS, hide_possible_values = true, add = ArgValueCompleter::new(complete::eras))]
    pub era: Option<String>,

    /// Every era, each followed by its papers
    #[arg(long, conflicts_with = "era")]
    pub all: bool,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub order: OrderArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Draw with 7-bit ASCII characters only
    #[arg(long)]
    pub ascii: bool,

    /// Print JSON: the events in order, each with its era, year, id, name and links
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct LineageArgs {
    /// Paper id or alias (case-insensitive)
    #[arg(value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub id: String,

    /// Only what led to the paper
    #[arg(long, conflicts_with = "descendants")]
    pub ancestors: bool,

    /// Only what the paper led to
    #[arg(long)]
    pub descendants: bool,

    /// Follow at most N links from the paper
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub depth: Option<usize>,

    /// Draw with 7-bit ASCII characters only
    #[arg(long)]
    pub ascii: bool,

    /// Print the papers shown in a format for other tools instead of drawing the trees
    #[arg(short = 'f', long, value_enum, value_name = "FORMAT")]
    pub format: Option<GraphFormat>,

    /// Print JSON (same as --format json): the paper with its trees of ancestors and
    /// descendants
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct PathArgs {
    /// The earlier paper: id or alias
    #[arg(value_name = "FROM", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub from: String,

    /// The later paper: id or alias
    #[arg(value_name = "TO", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub to: String,

    /// Draw with 7-bit ASCII characters only
    #[arg(long)]
    pub ascii: bool,

    /// Print the chain in a format for other tools instead of drawing it
    #[arg(short = 'f', long, value_enum, value_name = "FORMAT")]
    pub format: Option<GraphFormat>,

    /// Print JSON (same as --format json): the chain of ids, and each hop with its note
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// A count that must be 1 or more.
fn at_least_one(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be 1 or more".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    /// The catalog file to check (default: the embedded catalog); a file without `updated`
    /// or `eras` is an extra catalog, checked merged with the embedded one
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Also list the optional fields each paper leaves out (why, tldr, summary, results, tags)
    #[arg(long)]
    pub pedantic: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct SchemaArgs {
    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct NewArgs {
    /// The new paper's id: lower-case letters, digits and '-', not yet a name in the catalog
    #[arg(value_name = "ID")]
    pub id: String,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The file to import (`-` for standard input): BibTeX or BibLaTeX, or CSL-JSON (a file
    /// ending in .json, or text starting with '[')
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The era of every imported paper (default: a new era, `imported`)
    #[arg(short = 'e', long, value_name = "ERA", value_parser = CatalogNames::ERAS, hide_possible_values = true, add = ArgValueCompleter::new(complete::eras))]
    pub era: Option<String>,

    /// A tag for every imported paper (repeatable)
    #[arg(short = 't', long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// A paper every imported paper builds on, when it is older (repeatable)
    #[arg(long, value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub builds_on: Vec<String>,

    /// Where to write the catalog (`-` for standard output; default: a new file in papers.d
    /// named after FILE)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// The `--fields` help with every field named: too many to list one per line, as clap
/// would, and too useful to leave out. Written out, not built at each start-up; a test
/// checks it names every field, in order.
const FIELDS_HELP: &str = "Only these fields, in this order (for table, json, jsonl, csv and \
     tsv), comma-separated from: id, aliases, name, title, authors, year, date, \
     date_precision, venue, volume, issue, pages, publisher, arxiv, doi, url, published, era, \
     era_name, tags, why, tldr, summary, results, builds_on, led_to, source";

#[derive(Debug, Clone, Args)]
#[command(mut_arg("json", |arg| arg.help(
    "Print JSON (same as --format json): full paper objects, best first, each with its score \
     and matched fields (with --fields, only those fields)"
)))]
pub struct SearchArgs {
    /// Words to look for, all of which must match; an argument with a space is a phrase
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,

    /// Only look in these fields (repeatable, or comma-separated)
    #[arg(long, value_enum, value_name = "FIELD", value_delimiter = ',')]
    pub field: Vec<SearchField>,

    #[command(flatten)]
    pub select: SelectArgs,

    /// Show at most N papers
    #[arg(short = 'n', long, value_name = "N", value_parser = at_least_one)]
    pub limit: Option<usize>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub progress: ReadFilterArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

// Which papers to keep by the reader's progress.
#[derive(Debug, Clone, Default, Args)]
pub struct ReadFilterArgs {
    /// Only papers marked as read (see `aipapers read`)
    #[arg(long, conflicts_with = "unread")]
    pub read: bool,

    /// Only papers not marked as read
    #[arg(long)]
    pub unread: bool,
}

#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    /// The papers to reach: ids or aliases (case-insensitive)
    #[arg(required = true, value_name = "TARGET", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub targets: Vec<String>,

    /// Papers you already know: left out, with what is reachable only through them
    /// (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',', value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub from: Vec<String>,

    /// Leave out the papers marked as read, as --from does
    #[arg(long)]
    pub skip_read: bool,

    /// Follow at most N links back from the targets
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub depth: Option<usize>,

    // --read/--unread show only some steps; the numbering stays the plan's.
    #[command(flatten)]
    pub progress: ReadFilterArgs,

    /// Output format
    #[arg(short = 'f', long, value_enum, value_name = "FORMAT")]
    pub format: Option<PlanFormat>,

    /// Print JSON (same as --format json)
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    #[command(flatten)]
    pub write: WriteArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct MarkArgs {
    /// Paper ids or aliases (case-insensitive)
    #[arg(required = true, value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ProgressArgs {
    /// Print JSON: read and total per era, the papers read with their dates, what is next
    #[arg(long)]
    pub json: bool,

    /// Print the whole progress file (every catalog's marks), to move it to another machine
    #[arg(long, conflicts_with_all = ["json", "import"])]
    pub export: bool,

    /// Add the marks of a file written by --export to this machine's; a paper marked on
    /// both keeps the earlier date
    #[arg(long, value_name = "FILE", conflicts_with = "json")]
    pub import: Option<PathBuf>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct CiteArgs {
    /// Paper ids or aliases (case-insensitive); `-` reads ids from standard input, separated
    /// by spaces or lines. Without ids, the papers the filters select.
    #[arg(value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Citation style: bibtex (the default), biblatex, apa, mla, chicago-author-date,
    /// chicago-notes, ieee, harvard, vancouver, nature, or any style `--list-styles` prints
    #[arg(long, value_name = "STYLE", value_parser = StyleNames, hide_possible_values = true, conflicts_with = "csl")]
    pub style: Option<String>,

    /// Format with the CSL style in FILE (a `.csl` file, as journals publish them)
    #[arg(long, value_name = "FILE")]
    pub csl: Option<PathBuf>,

    /// Cite the peer-reviewed version where the catalog knows one (Chinchilla at NeurIPS
    /// 2022, DeepSeek-R1 in Nature) instead of the preprint the card describes
    #[arg(long)]
    pub published: bool,

    /// List the styles `--style` takes, and exit
    #[arg(long)]
    pub list_styles: bool,

    /// How to write a formatted citation: text, html or markdown [default: text, with
    /// italics on a terminal]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Markup>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// A citation style's name. Any text is accepted here, so that an unknown name gets the
/// command's "did you mean" error; completions are offered every style's name.
#[derive(Debug, Clone, Copy)]
pub struct StyleNames;

impl TypedValueParser for StyleNames {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            CiteStyle::names().into_iter().map(PossibleValue::new),
        ))
    }
}

#[derive(Debug, Clone, Args)]
pub struct OpenArgs {
    /// Paper ids or aliases (case-insensitive)
    #[arg(required = true, value_name = "ID", value_parser = CatalogNames::PAPERS, hide_possible_values = true, add = ArgValueCompleter::new(complete::papers))]
    pub ids: Vec<String>,

    /// Print the links instead of opening them
    #[arg(long)]
    pub print: bool,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// A paper or era name. Any text is accepted (a `--catalog` file has names of its own, and
/// the catalog resolves them later); completion offers the names of the catalog the command
/// line reads (`add = ArgValueCompleter::new(complete::papers)`).
#[derive(Debug, Clone, Copy)]
pub enum CatalogNames {
    Papers,
    Eras,
}

impl CatalogNames {
    /// Use as `value_parser = CatalogNames::PAPERS` for an argument that names a paper.
    pub const PAPERS: CatalogNames = CatalogNames::Papers;
    /// Use as `value_parser = CatalogNames::ERAS` for an argument that names an era.
    pub const ERAS: CatalogNames = CatalogNames::Eras;
}

impl TypedValueParser for CatalogNames {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_fields_help_names_every_field_in_order() {
        use clap::ValueEnum;
        let names: Vec<String> = crate::catalog::Field::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        let listed = super::FIELDS_HELP.split("from: ").nth(1);
        assert_eq!(listed, Some(names.join(", ").as_str()));
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    fn global(args: &[&str]) -> super::GlobalArgs {
        use clap::Parser;
        let cli =
            super::Cli::try_parse_from(std::iter::once("aipapers").chain(args.iter().copied()));
        cli.expect("valid arguments").global()
    }

    #[test]
    fn global_options_apply_before_or_after_the_subcommand_and_after_wins() {
        use super::ColorChoice::{Always, Never};
        use std::path::PathBuf;
        let g = global(&["--color", "never", "--catalog", "a.json", "list"]);
        assert_eq!(
            (g.color, g.catalog, g.strict),
            (Some(Never), Some(PathBuf::from("a.json")), false)
        );
        let g = global(&["show", "bert", "--strict", "--catalog", "b.json"]);
        assert_eq!(
            (g.color, g.catalog, g.strict),
            (None, Some(PathBuf::from("b.json")), true)
        );
        let g = global(&[
            "--color",
            "never",
            "--catalog",
            "a.json",
            "export",
            "--color",
            "always",
        ]);
        assert_eq!(
            (g.color, g.catalog),
            (Some(Always), Some(PathBuf::from("a.json")))
        );
        let g = global(&["--strict", "validate"]);
        assert!(g.strict);
        let g = global(&["--color=always"]);
        assert_eq!(g.color, Some(Always));
        for sub in [
            "list",
            "sort title",
            "browse",
            "show bert",
            "era",
            "export",
            "timeline",
            "lineage bert",
            "path bert gpt-3",
            "search attention",
            "cite bert",
            "plan bert",
            "read bert",
            "unread bert",
            "progress",
            "open bert",
            "validate",
            "completions bash",
            "man",
        ] {
            let mut args: Vec<&str> = sub.split(' ').collect();
            args.extend(["--color", "never", "--catalog", "c.json", "--strict"]);
            let g = global(&args);
            assert_eq!(
                (g.color, g.catalog, g.strict),
                (Some(Never), Some(PathBuf::from("c.json")), true),
                "{sub}"
            );
        }
    }
}
