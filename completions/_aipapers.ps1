
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'aipapers' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'aipapers'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'aipapers' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List papers as a table (the default) or in another format')
            [CompletionResult]::new('sort', 'sort', [CompletionResultType]::ParameterValue, 'List every paper sorted by KEY')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a paper''s card: authors, venue, links, summary, results and lineage')
            [CompletionResult]::new('era', 'era', [CompletionResultType]::ParameterValue, 'List the eras, or one era''s papers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a catalog file (or the embedded catalog) and report every problem in it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for SHELL (needs no catalog)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page, in roff (needs no catalog)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aipapers;list' {
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only papers first released in this year')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only papers released in or after this year')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only papers released in or before this year')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only papers with an author whose name contains TEXT (case and accents ignored)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only papers with this tag (repeatable, or comma-separated; all must match)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N papers')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this key')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (for table, json, jsonl, csv and tsv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV (same as --format csv)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'aipapers;sort' {
            [CompletionResult]::new('year', 'year', [CompletionResultType]::ParameterValue, 'Oldest first; ties by date, then title')
            [CompletionResult]::new('title', 'title', [CompletionResultType]::ParameterValue, 'Title, alphabetically (accents and case ignored)')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Paper id, alphabetically')
            [CompletionResult]::new('era', 'era', [CompletionResultType]::ParameterValue, 'Era order, then year')
            [CompletionResult]::new('author', 'author', [CompletionResultType]::ParameterValue, 'First author''s surname, then year')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only papers first released in this year')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only papers released in or after this year')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only papers released in or before this year')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only papers with an author whose name contains TEXT (case and accents ignored)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only papers with this tag (repeatable, or comma-separated; all must match)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N papers')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (for table, json, jsonl, csv and tsv)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV (same as --format csv)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'aipapers;show' {
            [CompletionResult]::new('backprop', 'backprop', [CompletionResultType]::ParameterValue, 'Backpropagation (1986)')
            [CompletionResult]::new('backpropagation', 'backpropagation', [CompletionResultType]::ParameterValue, '= backprop')
            [CompletionResult]::new('back-propagation', 'back-propagation', [CompletionResultType]::ParameterValue, '= backprop')
            [CompletionResult]::new('learning-representations-by-back-propagating-errors', 'learning-representations-by-back-propagating-errors', [CompletionResultType]::ParameterValue, '= backprop')
            [CompletionResult]::new('rumelhart1986', 'rumelhart1986', [CompletionResultType]::ParameterValue, '= backprop')
            [CompletionResult]::new('lstm', 'lstm', [CompletionResultType]::ParameterValue, 'LSTM (1997)')
            [CompletionResult]::new('long-short-term-memory', 'long-short-term-memory', [CompletionResultType]::ParameterValue, '= lstm')
            [CompletionResult]::new('hochreiter1997', 'hochreiter1997', [CompletionResultType]::ParameterValue, '= lstm')
            [CompletionResult]::new('alexnet', 'alexnet', [CompletionResultType]::ParameterValue, 'AlexNet (2012)')
            [CompletionResult]::new('imagenet-classification-with-deep-convolutional-neural-networks', 'imagenet-classification-with-deep-convolutional-neural-networks', [CompletionResultType]::ParameterValue, '= alexnet')
            [CompletionResult]::new('krizhevsky2012', 'krizhevsky2012', [CompletionResultType]::ParameterValue, '= alexnet')
            [CompletionResult]::new('word2vec', 'word2vec', [CompletionResultType]::ParameterValue, 'word2vec (2013)')
            [CompletionResult]::new('skip-gram', 'skip-gram', [CompletionResultType]::ParameterValue, '= word2vec')
            [CompletionResult]::new('cbow', 'cbow', [CompletionResultType]::ParameterValue, '= word2vec')
            [CompletionResult]::new('efficient-estimation-of-word-representations-in-vector-space', 'efficient-estimation-of-word-representations-in-vector-space', [CompletionResultType]::ParameterValue, '= word2vec')
            [CompletionResult]::new('mikolov2013', 'mikolov2013', [CompletionResultType]::ParameterValue, '= word2vec')
            [CompletionResult]::new('bahdanau', 'bahdanau', [CompletionResultType]::ParameterValue, 'Bahdanau attention (2014)')
            [CompletionResult]::new('bahdanau-attention', 'bahdanau-attention', [CompletionResultType]::ParameterValue, '= bahdanau')
            [CompletionResult]::new('rnnsearch', 'rnnsearch', [CompletionResultType]::ParameterValue, '= bahdanau')
            [CompletionResult]::new('neural-machine-translation-by-jointly-learning-to-align-and-translate', 'neural-machine-translation-by-jointly-learning-to-align-and-translate', [CompletionResultType]::ParameterValue, '= bahdanau')
            [CompletionResult]::new('bahdanau2014', 'bahdanau2014', [CompletionResultType]::ParameterValue, '= bahdanau')
            [CompletionResult]::new('bahdanau2015', 'bahdanau2015', [CompletionResultType]::ParameterValue, '= bahdanau')
            [CompletionResult]::new('seq2seq', 'seq2seq', [CompletionResultType]::ParameterValue, 'Seq2seq (2014)')
            [CompletionResult]::new('sequence-to-sequence', 'sequence-to-sequence', [CompletionResultType]::ParameterValue, '= seq2seq')
            [CompletionResult]::new('sequence-to-sequence-learning-with-neural-networks', 'sequence-to-sequence-learning-with-neural-networks', [CompletionResultType]::ParameterValue, '= seq2seq')
            [CompletionResult]::new('sutskever2014', 'sutskever2014', [CompletionResultType]::ParameterValue, '= seq2seq')
            [CompletionResult]::new('adam', 'adam', [CompletionResultType]::ParameterValue, 'Adam (2014)')
            [CompletionResult]::new('adam-optimizer', 'adam-optimizer', [CompletionResultType]::ParameterValue, '= adam')
            [CompletionResult]::new('adam-a-method-for-stochastic-optimization', 'adam-a-method-for-stochastic-optimization', [CompletionResultType]::ParameterValue, '= adam')
            [CompletionResult]::new('kingma2014', 'kingma2014', [CompletionResultType]::ParameterValue, '= adam')
            [CompletionResult]::new('kingma2015', 'kingma2015', [CompletionResultType]::ParameterValue, '= adam')
            [CompletionResult]::new('resnet', 'resnet', [CompletionResultType]::ParameterValue, 'ResNet (2015)')
            [CompletionResult]::new('residual-networks', 'residual-networks', [CompletionResultType]::ParameterValue, '= resnet')
            [CompletionResult]::new('deep-residual-learning', 'deep-residual-learning', [CompletionResultType]::ParameterValue, '= resnet')
            [CompletionResult]::new('deep-residual-learning-for-image-recognition', 'deep-residual-learning-for-image-recognition', [CompletionResultType]::ParameterValue, '= resnet')
            [CompletionResult]::new('he2015', 'he2015', [CompletionResultType]::ParameterValue, '= resnet')
            [CompletionResult]::new('he2016', 'he2016', [CompletionResultType]::ParameterValue, '= resnet')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Transformer (2017)')
            [CompletionResult]::new('attention-is-all-you-need', 'attention-is-all-you-need', [CompletionResultType]::ParameterValue, '= transformer')
            [CompletionResult]::new('vaswani2017', 'vaswani2017', [CompletionResultType]::ParameterValue, '= transformer')
            [CompletionResult]::new('gpt-1', 'gpt-1', [CompletionResultType]::ParameterValue, 'GPT-1 (2018)')
            [CompletionResult]::new('gpt1', 'gpt1', [CompletionResultType]::ParameterValue, '= gpt-1')
            [CompletionResult]::new('openai-gpt', 'openai-gpt', [CompletionResultType]::ParameterValue, '= gpt-1')
            [CompletionResult]::new('improving-language-understanding-by-generative-pre-training', 'improving-language-understanding-by-generative-pre-training', [CompletionResultType]::ParameterValue, '= gpt-1')
            [CompletionResult]::new('radford2018', 'radford2018', [CompletionResultType]::ParameterValue, '= gpt-1')
            [CompletionResult]::new('bert', 'bert', [CompletionResultType]::ParameterValue, 'BERT (2018)')
            [CompletionResult]::new('bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding', 'bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding', [CompletionResultType]::ParameterValue, '= bert')
            [CompletionResult]::new('devlin2018', 'devlin2018', [CompletionResultType]::ParameterValue, '= bert')
            [CompletionResult]::new('devlin2019', 'devlin2019', [CompletionResultType]::ParameterValue, '= bert')
            [CompletionResult]::new('gpt-2', 'gpt-2', [CompletionResultType]::ParameterValue, 'GPT-2 (2019)')
            [CompletionResult]::new('gpt2', 'gpt2', [CompletionResultType]::ParameterValue, '= gpt-2')
            [CompletionResult]::new('language-models-are-unsupervised-multitask-learners', 'language-models-are-unsupervised-multitask-learners', [CompletionResultType]::ParameterValue, '= gpt-2')
            [CompletionResult]::new('radford2019', 'radford2019', [CompletionResultType]::ParameterValue, '= gpt-2')
            [CompletionResult]::new('t5', 't5', [CompletionResultType]::ParameterValue, 'T5 (2019)')
            [CompletionResult]::new('text-to-text-transfer-transformer', 'text-to-text-transfer-transformer', [CompletionResultType]::ParameterValue, '= t5')
            [CompletionResult]::new('exploring-the-limits-of-transfer-learning', 'exploring-the-limits-of-transfer-learning', [CompletionResultType]::ParameterValue, '= t5')
            [CompletionResult]::new('raffel2019', 'raffel2019', [CompletionResultType]::ParameterValue, '= t5')
            [CompletionResult]::new('raffel2020', 'raffel2020', [CompletionResultType]::ParameterValue, '= t5')
            [CompletionResult]::new('scaling-laws', 'scaling-laws', [CompletionResultType]::ParameterValue, 'Scaling Laws (2020)')
            [CompletionResult]::new('kaplan-scaling-laws', 'kaplan-scaling-laws', [CompletionResultType]::ParameterValue, '= scaling-laws')
            [CompletionResult]::new('scaling-laws-for-neural-language-models', 'scaling-laws-for-neural-language-models', [CompletionResultType]::ParameterValue, '= scaling-laws')
            [CompletionResult]::new('kaplan2020', 'kaplan2020', [CompletionResultType]::ParameterValue, '= scaling-laws')
            [CompletionResult]::new('gpt-3', 'gpt-3', [CompletionResultType]::ParameterValue, 'GPT-3 (2020)')
            [CompletionResult]::new('gpt3', 'gpt3', [CompletionResultType]::ParameterValue, '= gpt-3')
            [CompletionResult]::new('language-models-are-few-shot-learners', 'language-models-are-few-shot-learners', [CompletionResultType]::ParameterValue, '= gpt-3')
            [CompletionResult]::new('brown2020', 'brown2020', [CompletionResultType]::ParameterValue, '= gpt-3')
            [CompletionResult]::new('switch-transformer', 'switch-transformer', [CompletionResultType]::ParameterValue, 'Switch Transformer (2021)')
            [CompletionResult]::new('switch-transformers', 'switch-transformers', [CompletionResultType]::ParameterValue, '= switch-transformer')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, '= switch-transformer')
            [CompletionResult]::new('switch-transformers-scaling-to-trillion-parameter-models', 'switch-transformers-scaling-to-trillion-parameter-models', [CompletionResultType]::ParameterValue, '= switch-transformer')
            [CompletionResult]::new('fedus2021', 'fedus2021', [CompletionResultType]::ParameterValue, '= switch-transformer')
            [CompletionResult]::new('fedus2022', 'fedus2022', [CompletionResultType]::ParameterValue, '= switch-transformer')
            [CompletionResult]::new('lora', 'lora', [CompletionResultType]::ParameterValue, 'LoRA (2021)')
            [CompletionResult]::new('low-rank-adaptation', 'low-rank-adaptation', [CompletionResultType]::ParameterValue, '= lora')
            [CompletionResult]::new('lora-low-rank-adaptation-of-large-language-models', 'lora-low-rank-adaptation-of-large-language-models', [CompletionResultType]::ParameterValue, '= lora')
            [CompletionResult]::new('hu2021', 'hu2021', [CompletionResultType]::ParameterValue, '= lora')
            [CompletionResult]::new('chain-of-thought', 'chain-of-thought', [CompletionResultType]::ParameterValue, 'Chain-of-Thought Prompting (2022)')
            [CompletionResult]::new('cot', 'cot', [CompletionResultType]::ParameterValue, '= chain-of-thought')
            [CompletionResult]::new('cot-prompting', 'cot-prompting', [CompletionResultType]::ParameterValue, '= chain-of-thought')
            [CompletionResult]::new('chain-of-thought-prompting', 'chain-of-thought-prompting', [CompletionResultType]::ParameterValue, '= chain-of-thought')
            [CompletionResult]::new('chain-of-thought-prompting-elicits-reasoning-in-large-language-models', 'chain-of-thought-prompting-elicits-reasoning-in-large-language-models', [CompletionResultType]::ParameterValue, '= chain-of-thought')
            [CompletionResult]::new('wei2022', 'wei2022', [CompletionResultType]::ParameterValue, '= chain-of-thought')
            [CompletionResult]::new('instructgpt', 'instructgpt', [CompletionResultType]::ParameterValue, 'InstructGPT (2022)')
            [CompletionResult]::new('instruct-gpt', 'instruct-gpt', [CompletionResultType]::ParameterValue, '= instructgpt')
            [CompletionResult]::new('training-language-models-to-follow-instructions-with-human-feedback', 'training-language-models-to-follow-instructions-with-human-feedback', [CompletionResultType]::ParameterValue, '= instructgpt')
            [CompletionResult]::new('ouyang2022', 'ouyang2022', [CompletionResultType]::ParameterValue, '= instructgpt')
            [CompletionResult]::new('chinchilla', 'chinchilla', [CompletionResultType]::ParameterValue, 'Chinchilla (2022)')
            [CompletionResult]::new('hoffmann2022', 'hoffmann2022', [CompletionResultType]::ParameterValue, '= chinchilla')
            [CompletionResult]::new('compute-optimal', 'compute-optimal', [CompletionResultType]::ParameterValue, '= chinchilla')
            [CompletionResult]::new('training-compute-optimal-large-language-models', 'training-compute-optimal-large-language-models', [CompletionResultType]::ParameterValue, '= chinchilla')
            [CompletionResult]::new('chinchilla-70b', 'chinchilla-70b', [CompletionResultType]::ParameterValue, '= chinchilla')
            [CompletionResult]::new('constitutional-ai', 'constitutional-ai', [CompletionResultType]::ParameterValue, 'Constitutional AI (2022)')
            [CompletionResult]::new('cai', 'cai', [CompletionResultType]::ParameterValue, '= constitutional-ai')
            [CompletionResult]::new('rlaif', 'rlaif', [CompletionResultType]::ParameterValue, '= constitutional-ai')
            [CompletionResult]::new('constitutional-ai-harmlessness-from-ai-feedback', 'constitutional-ai-harmlessness-from-ai-feedback', [CompletionResultType]::ParameterValue, '= constitutional-ai')
            [CompletionResult]::new('bai2022', 'bai2022', [CompletionResultType]::ParameterValue, '= constitutional-ai')
            [CompletionResult]::new('llama', 'llama', [CompletionResultType]::ParameterValue, 'LLaMA (2023)')
            [CompletionResult]::new('llama-1', 'llama-1', [CompletionResultType]::ParameterValue, '= llama')
            [CompletionResult]::new('llama1', 'llama1', [CompletionResultType]::ParameterValue, '= llama')
            [CompletionResult]::new('llama-open-and-efficient-foundation-language-models', 'llama-open-and-efficient-foundation-language-models', [CompletionResultType]::ParameterValue, '= llama')
            [CompletionResult]::new('touvron2023', 'touvron2023', [CompletionResultType]::ParameterValue, '= llama')
            [CompletionResult]::new('deepseek-r1', 'deepseek-r1', [CompletionResultType]::ParameterValue, 'DeepSeek-R1 (2025)')
            [CompletionResult]::new('r1', 'r1', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('deepseek', 'deepseek', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('deepseek-r1-zero', 'deepseek-r1-zero', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('r1-zero', 'r1-zero', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('deepseekai2025', 'deepseekai2025', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('guo2025', 'guo2025', [CompletionResultType]::ParameterValue, '= deepseek-r1')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: an object for one paper, an array for several')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'aipapers;era' {
            [CompletionResult]::new('foundations', 'foundations', [CompletionResultType]::ParameterValue, 'Foundations')
            [CompletionResult]::new('sequence', 'sequence', [CompletionResultType]::ParameterValue, 'Embeddings, Sequences & Attention')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'The Transformer')
            [CompletionResult]::new('pretraining', 'pretraining', [CompletionResultType]::ParameterValue, 'Pretraining & Large Language Models')
            [CompletionResult]::new('scaling', 'scaling', [CompletionResultType]::ParameterValue, 'Scaling, Alignment & Reasoning')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every era, each followed by its papers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: the eras, each with its paper ids')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'aipapers;export' {
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Only papers of this era: id, number or unique prefix (repeatable, or comma-separated)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only papers first released in this year')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only papers released in or after this year')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only papers released in or before this year')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only papers with an author whose name contains TEXT (case and accents ignored)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only papers with this tag (repeatable, or comma-separated; all must match)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N papers')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this key')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, in this order (for table, json, jsonl, csv and tsv)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output (replaced atomically)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output (replaced atomically)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV (same as --format csv)')
            [CompletionResult]::new('--excel-safe', '--excel-safe', [CompletionResultType]::ParameterName, 'In CSV and TSV, defuse cells starting with =, +, - or @ so spreadsheets do not run them as formulas (a leading '' is added)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'aipapers;validate' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'aipapers;completions' {
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'bash')
            [CompletionResult]::new('elvish', 'elvish', [CompletionResultType]::ParameterValue, 'elvish')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'powershell')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'zsh')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'aipapers;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Read this catalog file instead of the embedded one [env: AIPAPERS_CATALOG]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat unknown fields in a catalog file as errors, not warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'aipapers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List papers as a table (the default) or in another format')
            [CompletionResult]::new('sort', 'sort', [CompletionResultType]::ParameterValue, 'List every paper sorted by KEY')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a paper''s card: authors, venue, links, summary, results and lineage')
            [CompletionResult]::new('era', 'era', [CompletionResultType]::ParameterValue, 'List the eras, or one era''s papers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export papers as JSON, JSON Lines, CSV, TSV, Markdown or BibTeX')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a catalog file (or the embedded catalog) and report every problem in it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for SHELL (needs no catalog)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page, in roff (needs no catalog)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aipapers;help;list' {
            break
        }
        'aipapers;help;sort' {
            break
        }
        'aipapers;help;show' {
            break
        }
        'aipapers;help;era' {
            break
        }
        'aipapers;help;export' {
            break
        }
        'aipapers;help;validate' {
            break
        }
        'aipapers;help;completions' {
            break
        }
        'aipapers;help;man' {
            break
        }
        'aipapers;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
