# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_aipapers_global_optspecs
    string join \n color= catalog= strict h/help V/version
end

function __fish_aipapers_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_aipapers_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_aipapers_using_subcommand
    set -l cmd (__fish_aipapers_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c aipapers -n "__fish_aipapers_needs_command" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_needs_command" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_needs_command" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_needs_command" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_needs_command" -s V -l version -d 'Print version'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "list" -d 'List papers as a table (the default) or in another format'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "sort" -d 'List every paper sorted by KEY'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "show" -d 'Show a paper\'s card: authors, venue, links, summary, results and lineage'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "era" -d 'List the eras, or one era\'s papers'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "export" -d 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "validate" -d 'Check a catalog file (or the embedded catalog) and report every problem in it'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "completions" -d 'Print a completion script for SHELL (needs no catalog)'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "man" -d 'Print the manual page, in roff (needs no catalog)'
complete -c aipapers -n "__fish_aipapers_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l era -d 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)' -r -f -a "foundations\t'Foundations'
sequence\t'Embeddings, Sequences & Attention'
transformer\t'The Transformer'
pretraining\t'Pretraining & Large Language Models'
scaling\t'Scaling, Alignment & Reasoning'"
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l year -d 'Only papers first released in this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l since -d 'Only papers released in or after this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l until -d 'Only papers released in or before this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l author -d 'Only papers with an author whose name contains TEXT (case and accents ignored)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l tag -d 'Only papers with this tag (repeatable, or comma-separated; all must match)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l limit -d 'Show at most N papers' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l sort -d 'Sort by this key' -r -f -a "year\t'Oldest first; ties by date, then title'
title\t'Title, alphabetically (accents and case ignored)'
id\t'Paper id, alphabetically'
era\t'Era order, then year'
author\t'First author\'s surname, then year'"
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l format -d 'Output format' -r -f -a "table\t'An aligned table for reading (the default for list and sort)'
json\t'A pretty-printed JSON array of paper objects'
jsonl\t'One compact JSON object per line'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tabs and newlines escaped'
markdown\t'A Markdown table with linked titles'
ids\t'One paper id per line'
bibtex\t'BibTeX entries'"
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l fields -d 'Only these fields, in this order (for table, json, jsonl, csv and tsv)' -r -f -a "id\t'The paper\'s id'
aliases\t'Other names the paper can be looked up by'
name\t'Short display name'
title\t'Exact published title'
authors\t'Full ordered author list'
year\t'Year of first release'
date\t'Date of first release (YYYY-MM-DD)'
venue\t'Where it was formally published'
arxiv\t'arXiv id'
doi\t'Publisher\'s DOI'
url\t'Full-text link'
era\t'Era id'
era_name\t'Era name'
tags\t'Topic tags'
why\t'Why it matters, in one line'
tldr\t'One-sentence summary'
summary\t'Plain-English summary'
results\t'Headline figures'
builds_on\t'Earlier papers it built on, with notes'
led_to\t'Later papers that built on it'"
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l reverse -d 'Reverse the order'
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l json -d 'Print JSON (same as --format json)'
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l csv -d 'Print CSV (same as --format csv)'
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l era -d 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)' -r -f -a "foundations\t'Foundations'
sequence\t'Embeddings, Sequences & Attention'
transformer\t'The Transformer'
pretraining\t'Pretraining & Large Language Models'
scaling\t'Scaling, Alignment & Reasoning'"
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l year -d 'Only papers first released in this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l since -d 'Only papers released in or after this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l until -d 'Only papers released in or before this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l author -d 'Only papers with an author whose name contains TEXT (case and accents ignored)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l tag -d 'Only papers with this tag (repeatable, or comma-separated; all must match)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l limit -d 'Show at most N papers' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l format -d 'Output format' -r -f -a "table\t'An aligned table for reading (the default for list and sort)'
json\t'A pretty-printed JSON array of paper objects'
jsonl\t'One compact JSON object per line'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tabs and newlines escaped'
markdown\t'A Markdown table with linked titles'
ids\t'One paper id per line'
bibtex\t'BibTeX entries'"
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l fields -d 'Only these fields, in this order (for table, json, jsonl, csv and tsv)' -r -f -a "id\t'The paper\'s id'
aliases\t'Other names the paper can be looked up by'
name\t'Short display name'
title\t'Exact published title'
authors\t'Full ordered author list'
year\t'Year of first release'
date\t'Date of first release (YYYY-MM-DD)'
venue\t'Where it was formally published'
arxiv\t'arXiv id'
doi\t'Publisher\'s DOI'
url\t'Full-text link'
era\t'Era id'
era_name\t'Era name'
tags\t'Topic tags'
why\t'Why it matters, in one line'
tldr\t'One-sentence summary'
summary\t'Plain-English summary'
results\t'Headline figures'
builds_on\t'Earlier papers it built on, with notes'
led_to\t'Later papers that built on it'"
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l reverse -d 'Reverse the order'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l json -d 'Print JSON (same as --format json)'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l csv -d 'Print CSV (same as --format csv)'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -l json -d 'Print JSON: an object for one paper, an array for several'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -l all -d 'Every era, each followed by its papers'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -l json -d 'Print JSON: the eras, each with its paper ids'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l era -d 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)' -r -f -a "foundations\t'Foundations'
sequence\t'Embeddings, Sequences & Attention'
transformer\t'The Transformer'
pretraining\t'Pretraining & Large Language Models'
scaling\t'Scaling, Alignment & Reasoning'"
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l year -d 'Only papers first released in this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l since -d 'Only papers released in or after this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l until -d 'Only papers released in or before this year' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l author -d 'Only papers with an author whose name contains TEXT (case and accents ignored)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l tag -d 'Only papers with this tag (repeatable, or comma-separated; all must match)' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l limit -d 'Show at most N papers' -r
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l sort -d 'Sort by this key' -r -f -a "year\t'Oldest first; ties by date, then title'
title\t'Title, alphabetically (accents and case ignored)'
id\t'Paper id, alphabetically'
era\t'Era order, then year'
author\t'First author\'s surname, then year'"
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l format -d 'Output format' -r -f -a "table\t'An aligned table for reading (the default for list and sort)'
json\t'A pretty-printed JSON array of paper objects'
jsonl\t'One compact JSON object per line'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tabs and newlines escaped'
markdown\t'A Markdown table with linked titles'
ids\t'One paper id per line'
bibtex\t'BibTeX entries'"
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l fields -d 'Only these fields, in this order (for table, json, jsonl, csv and tsv)' -r -f -a "id\t'The paper\'s id'
aliases\t'Other names the paper can be looked up by'
name\t'Short display name'
title\t'Exact published title'
authors\t'Full ordered author list'
year\t'Year of first release'
date\t'Date of first release (YYYY-MM-DD)'
venue\t'Where it was formally published'
arxiv\t'arXiv id'
doi\t'Publisher\'s DOI'
url\t'Full-text link'
era\t'Era id'
era_name\t'Era name'
tags\t'Topic tags'
why\t'Why it matters, in one line'
tldr\t'One-sentence summary'
summary\t'Plain-English summary'
results\t'Headline figures'
builds_on\t'Earlier papers it built on, with notes'
led_to\t'Later papers that built on it'"
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -s o -l output -d 'Write to FILE instead of standard output (replaced atomically)' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l reverse -d 'Reverse the order'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l json -d 'Print JSON (same as --format json)'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l csv -d 'Print CSV (same as --format csv)'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l excel-safe -d 'In CSV and TSV, defuse cells starting with =, +, - or @ so spreadsheets do not run them as formulas (a leading \' is added)'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aipapers -n "__fish_aipapers_using_subcommand validate" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand validate" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand validate" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand validate" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_using_subcommand man" -l color -d 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
always\t'Always colour'
never\t'Never colour'"
complete -c aipapers -n "__fish_aipapers_using_subcommand man" -l catalog -d 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]' -r -F
complete -c aipapers -n "__fish_aipapers_using_subcommand man" -l strict -d 'Treat unknown fields in a catalog file as errors, not warnings'
complete -c aipapers -n "__fish_aipapers_using_subcommand man" -s h -l help -d 'Print help'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "list" -d 'List papers as a table (the default) or in another format'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "sort" -d 'List every paper sorted by KEY'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "show" -d 'Show a paper\'s card: authors, venue, links, summary, results and lineage'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "era" -d 'List the eras, or one era\'s papers'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "export" -d 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "validate" -d 'Check a catalog file (or the embedded catalog) and report every problem in it'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "completions" -d 'Print a completion script for SHELL (needs no catalog)'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "man" -d 'Print the manual page, in roff (needs no catalog)'
complete -c aipapers -n "__fish_aipapers_using_subcommand help; and not __fish_seen_subcommand_from list sort show era export validate completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -f -a 'year' -d 'Oldest first; ties by date, then title'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -f -a 'title' -d 'Title, alphabetically (accents and case ignored)'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -f -a 'id' -d 'Paper id, alphabetically'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -f -a 'era' -d 'Era order, then year'
complete -c aipapers -n "__fish_aipapers_using_subcommand sort" -f -a 'author' -d 'First author\'s surname, then year'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'backprop' -d 'Backpropagation (1986)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'backpropagation' -d '= backprop'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'back-propagation' -d '= backprop'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'learning-representations-by-back-propagating-errors' -d '= backprop'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'rumelhart1986' -d '= backprop'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'lstm' -d 'LSTM (1997)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'long-short-term-memory' -d '= lstm'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'hochreiter1997' -d '= lstm'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'alexnet' -d 'AlexNet (2012)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'imagenet-classification-with-deep-convolutional-neural-networks' -d '= alexnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'krizhevsky2012' -d '= alexnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'word2vec' -d 'word2vec (2013)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'skip-gram' -d '= word2vec'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'cbow' -d '= word2vec'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'efficient-estimation-of-word-representations-in-vector-space' -d '= word2vec'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'mikolov2013' -d '= word2vec'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bahdanau' -d 'Bahdanau attention (2014)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bahdanau-attention' -d '= bahdanau'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'rnnsearch' -d '= bahdanau'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'neural-machine-translation-by-jointly-learning-to-align-and-translate' -d '= bahdanau'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bahdanau2014' -d '= bahdanau'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bahdanau2015' -d '= bahdanau'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'seq2seq' -d 'Seq2seq (2014)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'sequence-to-sequence' -d '= seq2seq'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'sequence-to-sequence-learning-with-neural-networks' -d '= seq2seq'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'sutskever2014' -d '= seq2seq'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'adam' -d 'Adam (2014)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'adam-optimizer' -d '= adam'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'adam-a-method-for-stochastic-optimization' -d '= adam'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'kingma2014' -d '= adam'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'kingma2015' -d '= adam'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'resnet' -d 'ResNet (2015)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'residual-networks' -d '= resnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deep-residual-learning' -d '= resnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deep-residual-learning-for-image-recognition' -d '= resnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'he2015' -d '= resnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'he2016' -d '= resnet'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'transformer' -d 'Transformer (2017)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'attention-is-all-you-need' -d '= transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'vaswani2017' -d '= transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt-1' -d 'GPT-1 (2018)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt1' -d '= gpt-1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'openai-gpt' -d '= gpt-1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'improving-language-understanding-by-generative-pre-training' -d '= gpt-1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'radford2018' -d '= gpt-1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bert' -d 'BERT (2018)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding' -d '= bert'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'devlin2018' -d '= bert'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'devlin2019' -d '= bert'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt-2' -d 'GPT-2 (2019)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt2' -d '= gpt-2'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'language-models-are-unsupervised-multitask-learners' -d '= gpt-2'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'radford2019' -d '= gpt-2'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 't5' -d 'T5 (2019)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'text-to-text-transfer-transformer' -d '= t5'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'exploring-the-limits-of-transfer-learning' -d '= t5'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'raffel2019' -d '= t5'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'raffel2020' -d '= t5'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'scaling-laws' -d 'Scaling Laws (2020)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'kaplan-scaling-laws' -d '= scaling-laws'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'scaling-laws-for-neural-language-models' -d '= scaling-laws'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'kaplan2020' -d '= scaling-laws'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt-3' -d 'GPT-3 (2020)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'gpt3' -d '= gpt-3'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'language-models-are-few-shot-learners' -d '= gpt-3'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'brown2020' -d '= gpt-3'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'switch-transformer' -d 'Switch Transformer (2021)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'switch-transformers' -d '= switch-transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'switch' -d '= switch-transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'switch-transformers-scaling-to-trillion-parameter-models' -d '= switch-transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'fedus2021' -d '= switch-transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'fedus2022' -d '= switch-transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'lora' -d 'LoRA (2021)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'low-rank-adaptation' -d '= lora'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'lora-low-rank-adaptation-of-large-language-models' -d '= lora'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'hu2021' -d '= lora'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'chain-of-thought' -d 'Chain-of-Thought Prompting (2022)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'cot' -d '= chain-of-thought'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'cot-prompting' -d '= chain-of-thought'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'chain-of-thought-prompting' -d '= chain-of-thought'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'chain-of-thought-prompting-elicits-reasoning-in-large-language-models' -d '= chain-of-thought'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'wei2022' -d '= chain-of-thought'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'instructgpt' -d 'InstructGPT (2022)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'instruct-gpt' -d '= instructgpt'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'training-language-models-to-follow-instructions-with-human-feedback' -d '= instructgpt'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'ouyang2022' -d '= instructgpt'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'chinchilla' -d 'Chinchilla (2022)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'hoffmann2022' -d '= chinchilla'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'compute-optimal' -d '= chinchilla'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'training-compute-optimal-large-language-models' -d '= chinchilla'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'chinchilla-70b' -d '= chinchilla'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'constitutional-ai' -d 'Constitutional AI (2022)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'cai' -d '= constitutional-ai'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'rlaif' -d '= constitutional-ai'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'constitutional-ai-harmlessness-from-ai-feedback' -d '= constitutional-ai'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'bai2022' -d '= constitutional-ai'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'llama' -d 'LLaMA (2023)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'llama-1' -d '= llama'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'llama1' -d '= llama'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'llama-open-and-efficient-foundation-language-models' -d '= llama'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'touvron2023' -d '= llama'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deepseek-r1' -d 'DeepSeek-R1 (2025)'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'r1' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deepseek' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deepseek-r1-zero' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'r1-zero' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'deepseekai2025' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand show" -f -a 'guo2025' -d '= deepseek-r1'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -f -a 'foundations' -d 'Foundations'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -f -a 'sequence' -d 'Embeddings, Sequences & Attention'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -f -a 'transformer' -d 'The Transformer'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -f -a 'pretraining' -d 'Pretraining & Large Language Models'
complete -c aipapers -n "__fish_aipapers_using_subcommand era" -f -a 'scaling' -d 'Scaling, Alignment & Reasoning'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -f -a 'bash'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -f -a 'elvish'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -f -a 'fish'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -f -a 'powershell'
complete -c aipapers -n "__fish_aipapers_using_subcommand completions" -f -a 'zsh'
