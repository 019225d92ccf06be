
use builtin;
use str;

set edit:completion:arg-completer[aipapers] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'aipapers'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'aipapers'= {
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List papers as a table (the default) or in another format'
            cand sort 'List every paper sorted by KEY'
            cand show 'Show a paper''s card: authors, venue, links, summary, results and lineage'
            cand era 'List the eras, or one era''s papers'
            cand export 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX'
            cand validate 'Check a catalog file (or the embedded catalog) and report every problem in it'
            cand completions 'Print a completion script for SHELL (needs no catalog)'
            cand man 'Print the manual page, in roff (needs no catalog)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aipapers;list'= {
            cand --era 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)'
            cand --year 'Only papers first released in this year'
            cand --since 'Only papers released in or after this year'
            cand --until 'Only papers released in or before this year'
            cand --author 'Only papers with an author whose name contains TEXT (case and accents ignored)'
            cand --tag 'Only papers with this tag (repeatable, or comma-separated; all must match)'
            cand --limit 'Show at most N papers'
            cand --sort 'Sort by this key'
            cand --format 'Output format'
            cand --fields 'Only these fields, in this order (for table, json, jsonl, csv and tsv)'
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --reverse 'Reverse the order'
            cand --json 'Print JSON (same as --format json)'
            cand --csv 'Print CSV (same as --format csv)'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'aipapers;sort'= {
            cand 'year' 'Oldest first; ties by date, then title'
            cand 'title' 'Title, alphabetically (accents and case ignored)'
            cand 'id' 'Paper id, alphabetically'
            cand 'era' 'Era order, then year'
            cand 'author' 'First author''s surname, then year'
            cand --era 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)'
            cand --year 'Only papers first released in this year'
            cand --since 'Only papers released in or after this year'
            cand --until 'Only papers released in or before this year'
            cand --author 'Only papers with an author whose name contains TEXT (case and accents ignored)'
            cand --tag 'Only papers with this tag (repeatable, or comma-separated; all must match)'
            cand --limit 'Show at most N papers'
            cand --format 'Output format'
            cand --fields 'Only these fields, in this order (for table, json, jsonl, csv and tsv)'
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --reverse 'Reverse the order'
            cand --json 'Print JSON (same as --format json)'
            cand --csv 'Print CSV (same as --format csv)'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'aipapers;show'= {
            cand 'backprop' 'Backpropagation (1986)'
            cand 'backpropagation' '= backprop'
            cand 'back-propagation' '= backprop'
            cand 'learning-representations-by-back-propagating-errors' '= backprop'
            cand 'rumelhart1986' '= backprop'
            cand 'lstm' 'LSTM (1997)'
            cand 'long-short-term-memory' '= lstm'
            cand 'hochreiter1997' '= lstm'
            cand 'alexnet' 'AlexNet (2012)'
            cand 'imagenet-classification-with-deep-convolutional-neural-networks' '= alexnet'
            cand 'krizhevsky2012' '= alexnet'
            cand 'word2vec' 'word2vec (2013)'
            cand 'skip-gram' '= word2vec'
            cand 'cbow' '= word2vec'
            cand 'efficient-estimation-of-word-representations-in-vector-space' '= word2vec'
            cand 'mikolov2013' '= word2vec'
            cand 'bahdanau' 'Bahdanau attention (2014)'
            cand 'bahdanau-attention' '= bahdanau'
            cand 'rnnsearch' '= bahdanau'
            cand 'neural-machine-translation-by-jointly-learning-to-align-and-translate' '= bahdanau'
            cand 'bahdanau2014' '= bahdanau'
            cand 'bahdanau2015' '= bahdanau'
            cand 'seq2seq' 'Seq2seq (2014)'
            cand 'sequence-to-sequence' '= seq2seq'
            cand 'sequence-to-sequence-learning-with-neural-networks' '= seq2seq'
            cand 'sutskever2014' '= seq2seq'
            cand 'adam' 'Adam (2014)'
            cand 'adam-optimizer' '= adam'
            cand 'adam-a-method-for-stochastic-optimization' '= adam'
            cand 'kingma2014' '= adam'
            cand 'kingma2015' '= adam'
            cand 'resnet' 'ResNet (2015)'
            cand 'residual-networks' '= resnet'
            cand 'deep-residual-learning' '= resnet'
            cand 'deep-residual-learning-for-image-recognition' '= resnet'
            cand 'he2015' '= resnet'
            cand 'he2016' '= resnet'
            cand 'transformer' 'Transformer (2017)'
            cand 'attention-is-all-you-need' '= transformer'
            cand 'vaswani2017' '= transformer'
            cand 'gpt-1' 'GPT-1 (2018)'
            cand 'gpt1' '= gpt-1'
            cand 'openai-gpt' '= gpt-1'
            cand 'improving-language-understanding-by-generative-pre-training' '= gpt-1'
            cand 'radford2018' '= gpt-1'
            cand 'bert' 'BERT (2018)'
            cand 'bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding' '= bert'
            cand 'devlin2018' '= bert'
            cand 'devlin2019' '= bert'
            cand 'gpt-2' 'GPT-2 (2019)'
            cand 'gpt2' '= gpt-2'
            cand 'language-models-are-unsupervised-multitask-learners' '= gpt-2'
            cand 'radford2019' '= gpt-2'
            cand 't5' 'T5 (2019)'
            cand 'text-to-text-transfer-transformer' '= t5'
            cand 'exploring-the-limits-of-transfer-learning' '= t5'
            cand 'raffel2019' '= t5'
            cand 'raffel2020' '= t5'
            cand 'scaling-laws' 'Scaling Laws (2020)'
            cand 'kaplan-scaling-laws' '= scaling-laws'
            cand 'scaling-laws-for-neural-language-models' '= scaling-laws'
            cand 'kaplan2020' '= scaling-laws'
            cand 'gpt-3' 'GPT-3 (2020)'
            cand 'gpt3' '= gpt-3'
            cand 'language-models-are-few-shot-learners' '= gpt-3'
            cand 'brown2020' '= gpt-3'
            cand 'switch-transformer' 'Switch Transformer (2021)'
            cand 'switch-transformers' '= switch-transformer'
            cand 'switch' '= switch-transformer'
            cand 'switch-transformers-scaling-to-trillion-parameter-models' '= switch-transformer'
            cand 'fedus2021' '= switch-transformer'
            cand 'fedus2022' '= switch-transformer'
            cand 'lora' 'LoRA (2021)'
            cand 'low-rank-adaptation' '= lora'
            cand 'lora-low-rank-adaptation-of-large-language-models' '= lora'
            cand 'hu2021' '= lora'
            cand 'chain-of-thought' 'Chain-of-Thought Prompting (2022)'
            cand 'cot' '= chain-of-thought'
            cand 'cot-prompting' '= chain-of-thought'
            cand 'chain-of-thought-prompting' '= chain-of-thought'
            cand 'chain-of-thought-prompting-elicits-reasoning-in-large-language-models' '= chain-of-thought'
            cand 'wei2022' '= chain-of-thought'
            cand 'instructgpt' 'InstructGPT (2022)'
            cand 'instruct-gpt' '= instructgpt'
            cand 'training-language-models-to-follow-instructions-with-human-feedback' '= instructgpt'
            cand 'ouyang2022' '= instructgpt'
            cand 'chinchilla' 'Chinchilla (2022)'
            cand 'hoffmann2022' '= chinchilla'
            cand 'compute-optimal' '= chinchilla'
            cand 'training-compute-optimal-large-language-models' '= chinchilla'
            cand 'chinchilla-70b' '= chinchilla'
            cand 'constitutional-ai' 'Constitutional AI (2022)'
            cand 'cai' '= constitutional-ai'
            cand 'rlaif' '= constitutional-ai'
            cand 'constitutional-ai-harmlessness-from-ai-feedback' '= constitutional-ai'
            cand 'bai2022' '= constitutional-ai'
            cand 'llama' 'LLaMA (2023)'
            cand 'llama-1' '= llama'
            cand 'llama1' '= llama'
            cand 'llama-open-and-efficient-foundation-language-models' '= llama'
            cand 'touvron2023' '= llama'
            cand 'deepseek-r1' 'DeepSeek-R1 (2025)'
            cand 'r1' '= deepseek-r1'
            cand 'deepseek' '= deepseek-r1'
            cand 'deepseek-r1-zero' '= deepseek-r1'
            cand 'r1-zero' '= deepseek-r1'
            cand 'deepseekai2025' '= deepseek-r1'
            cand 'guo2025' '= deepseek-r1'
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --json 'Print JSON: an object for one paper, an array for several'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'aipapers;era'= {
            cand 'foundations' 'Foundations'
            cand 'sequence' 'Embeddings, Sequences & Attention'
            cand 'transformer' 'The Transformer'
            cand 'pretraining' 'Pretraining & Large Language Models'
            cand 'scaling' 'Scaling, Alignment & Reasoning'
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --all 'Every era, each followed by its papers'
            cand --json 'Print JSON: the eras, each with its paper ids'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'aipapers;export'= {
            cand --era 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)'
            cand --year 'Only papers first released in this year'
            cand --since 'Only papers released in or after this year'
            cand --until 'Only papers released in or before this year'
            cand --author 'Only papers with an author whose name contains TEXT (case and accents ignored)'
            cand --tag 'Only papers with this tag (repeatable, or comma-separated; all must match)'
            cand --limit 'Show at most N papers'
            cand --sort 'Sort by this key'
            cand --format 'Output format'
            cand --fields 'Only these fields, in this order (for table, json, jsonl, csv and tsv)'
            cand -o 'Write to FILE instead of standard output (replaced atomically)'
            cand --output 'Write to FILE instead of standard output (replaced atomically)'
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --reverse 'Reverse the order'
            cand --json 'Print JSON (same as --format json)'
            cand --csv 'Print CSV (same as --format csv)'
            cand --excel-safe 'In CSV and TSV, defuse cells starting with =, +, - or @ so spreadsheets do not run them as formulas (a leading '' is added)'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'aipapers;validate'= {
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'aipapers;completions'= {
            cand 'bash' ''
            cand 'elvish' ''
            cand 'fish' ''
            cand 'powershell' ''
            cand 'zsh' ''
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'aipapers;man'= {
            cand --color 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --catalog 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]'
            cand --strict 'Treat unknown fields in a catalog file as errors, not warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'aipapers;help'= {
            cand list 'List papers as a table (the default) or in another format'
            cand sort 'List every paper sorted by KEY'
            cand show 'Show a paper''s card: authors, venue, links, summary, results and lineage'
            cand era 'List the eras, or one era''s papers'
            cand export 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX'
            cand validate 'Check a catalog file (or the embedded catalog) and report every problem in it'
            cand completions 'Print a completion script for SHELL (needs no catalog)'
            cand man 'Print the manual page, in roff (needs no catalog)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aipapers;help;list'= {
        }
        &'aipapers;help;sort'= {
        }
        &'aipapers;help;show'= {
        }
        &'aipapers;help;era'= {
        }
        &'aipapers;help;export'= {
        }
        &'aipapers;help;validate'= {
        }
        &'aipapers;help;completions'= {
        }
        &'aipapers;help;man'= {
        }
        &'aipapers;help;help'= {
        }
    ]
    $completions[$command]
}
