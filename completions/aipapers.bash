_aipapers() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="aipapers"
                ;;
            aipapers,cite)
                cmd="aipapers__subcmd__cite"
                ;;
            aipapers,completions)
                cmd="aipapers__subcmd__completions"
                ;;
            aipapers,era)
                cmd="aipapers__subcmd__era"
                ;;
            aipapers,export)
                cmd="aipapers__subcmd__export"
                ;;
            aipapers,help)
                cmd="aipapers__subcmd__help"
                ;;
            aipapers,lineage)
                cmd="aipapers__subcmd__lineage"
                ;;
            aipapers,list)
                cmd="aipapers__subcmd__list"
                ;;
            aipapers,man)
                cmd="aipapers__subcmd__man"
                ;;
            aipapers,open)
                cmd="aipapers__subcmd__open"
                ;;
            aipapers,path)
                cmd="aipapers__subcmd__path"
                ;;
            aipapers,search)
                cmd="aipapers__subcmd__search"
                ;;
            aipapers,show)
                cmd="aipapers__subcmd__show"
                ;;
            aipapers,sort)
                cmd="aipapers__subcmd__sort"
                ;;
            aipapers,timeline)
                cmd="aipapers__subcmd__timeline"
                ;;
            aipapers,validate)
                cmd="aipapers__subcmd__validate"
                ;;
            aipapers__subcmd__help,cite)
                cmd="aipapers__subcmd__help__subcmd__cite"
                ;;
            aipapers__subcmd__help,completions)
                cmd="aipapers__subcmd__help__subcmd__completions"
                ;;
            aipapers__subcmd__help,era)
                cmd="aipapers__subcmd__help__subcmd__era"
                ;;
            aipapers__subcmd__help,export)
                cmd="aipapers__subcmd__help__subcmd__export"
                ;;
            aipapers__subcmd__help,help)
                cmd="aipapers__subcmd__help__subcmd__help"
                ;;
            aipapers__subcmd__help,lineage)
                cmd="aipapers__subcmd__help__subcmd__lineage"
                ;;
            aipapers__subcmd__help,list)
                cmd="aipapers__subcmd__help__subcmd__list"
                ;;
            aipapers__subcmd__help,man)
                cmd="aipapers__subcmd__help__subcmd__man"
                ;;
            aipapers__subcmd__help,open)
                cmd="aipapers__subcmd__help__subcmd__open"
                ;;
            aipapers__subcmd__help,path)
                cmd="aipapers__subcmd__help__subcmd__path"
                ;;
            aipapers__subcmd__help,search)
                cmd="aipapers__subcmd__help__subcmd__search"
                ;;
            aipapers__subcmd__help,show)
                cmd="aipapers__subcmd__help__subcmd__show"
                ;;
            aipapers__subcmd__help,sort)
                cmd="aipapers__subcmd__help__subcmd__sort"
                ;;
            aipapers__subcmd__help,timeline)
                cmd="aipapers__subcmd__help__subcmd__timeline"
                ;;
            aipapers__subcmd__help,validate)
                cmd="aipapers__subcmd__help__subcmd__validate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        aipapers)
            opts="-h -V --color --catalog --strict --help --version list sort show era export timeline lineage path search cite open validate completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__cite)
            opts="-h --era --year --since --until --author --tag --search --limit --style --csl --list-styles --format --color --catalog --strict --help backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --era)
                    COMPREPLY=($(compgen -W "foundations sequence transformer pretraining scaling" -- "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --author)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --style)
                    COMPREPLY=($(compgen -W "bibtex biblatex apa mla chicago-author-date chicago-notes ieee harvard vancouver nature alphanumeric american-anthropological-association american-chemical-society american-geophysical-union american-institute-of-aeronautics-and-astronautics american-institute-of-physics american-medical-association american-meteorological-society american-physics-society american-physiological-society american-political-science-association american-psychological-association american-society-for-microbiology american-society-of-civil-engineers american-society-of-mechanical-engineers american-sociological-association angewandte-chemie annual-reviews annual-reviews-author-date associacao-brasileira-de-normas-tecnicas association-for-computing-machinery biomed-central bristol-university-press british-medical-journal bmj cell chicago-fullnotes chicago-shortened-notes copernicus cse-citation-sequence-brackets-8th-edition council-of-science-editors cse-name-year council-of-science-editors-author-date current-opinion deutsche-gesellschaft-für-psychologie deutsche-sprache elsevier-harvard elsevier-vancouver elsevier-with-titles frontiers future-medicine future-science gb-7714-2005-numeric gb-7714-2015-author-date gb-7714-2015-note gb-7714-2015-numeric gost-r-705-2008-numeric harvard-cite-them-right institute-of-electrical-and-electronics-engineers institute-of-physics-numeric iso-690-author-date iso-690-numeric karger mary-ann-liebert-vancouver modern-humanities-research-association-notes modern-humanities-research-association modern-language-association modern-language-association-8 mla-8 multidisciplinary-digital-publishing-institute nlm-citation-sequence nlm-citation-sequence-superscript vancouver-superscript pensoft public-library-of-science plos royal-society-of-chemistry sage-vancouver sist02 spie springer-basic springer-basic-author-date springer-fachzeitschriften-medizin-psychologie springer-humanities-author-date springer-lecture-notes-in-computer-science springer-mathphys springer-socpsych-author-date springer-vancouver taylor-and-francis-chicago-author-date taylor-and-francis-national-library-of-medicine the-institution-of-engineering-and-technology the-lancet thieme trends turabian-author-date turabian-fullnote-8" -- "${cur}"))
                    return 0
                    ;;
                --csl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text html markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__completions)
            opts="-h --color --catalog --strict --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__era)
            opts="-h --all --format --json --csv --fields --color --catalog --strict --help foundations sequence transformer pretraining scaling"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json jsonl csv tsv markdown ids bibtex biblatex csl-json ris dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "id aliases name title authors year date date_precision venue volume issue pages publisher arxiv doi url published era era_name tags why tldr summary results builds_on led_to" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__export)
            opts="-o -h --era --year --since --until --author --tag --search --limit --sort --reverse --format --json --csv --fields --excel-safe --output --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --era)
                    COMPREPLY=($(compgen -W "foundations sequence transformer pretraining scaling" -- "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --author)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "year title id era author" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json jsonl csv tsv markdown ids bibtex biblatex csl-json ris dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "id aliases name title authors year date date_precision venue volume issue pages publisher arxiv doi url published era era_name tags why tldr summary results builds_on led_to" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help)
            opts="list sort show era export timeline lineage path search cite open validate completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__cite)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__era)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__lineage)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__open)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__sort)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__timeline)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__lineage)
            opts="-h --ancestors --descendants --depth --ascii --json --color --catalog --strict --help backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --depth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__list)
            opts="-h --era --year --since --until --author --tag --search --limit --sort --reverse --format --json --csv --fields --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --era)
                    COMPREPLY=($(compgen -W "foundations sequence transformer pretraining scaling" -- "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --author)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "year title id era author" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json jsonl csv tsv markdown ids bibtex biblatex csl-json ris dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "id aliases name title authors year date date_precision venue volume issue pages publisher arxiv doi url published era era_name tags why tldr summary results builds_on led_to" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__man)
            opts="-h --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__open)
            opts="-h --print --color --catalog --strict --help backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__path)
            opts="-h --ascii --json --color --catalog --strict --help backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025 backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__search)
            opts="-h --field --limit --json --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --field)
                    COMPREPLY=($(compgen -W "name title aliases authors tags why tldr summary results" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__show)
            opts="-h --format --json --csv --fields --color --catalog --strict --help backprop backpropagation back-propagation learning-representations-by-back-propagating-errors rumelhart1986 lstm long-short-term-memory hochreiter1997 alexnet imagenet-classification-with-deep-convolutional-neural-networks krizhevsky2012 word2vec skip-gram cbow efficient-estimation-of-word-representations-in-vector-space mikolov2013 bahdanau bahdanau-attention rnnsearch neural-machine-translation-by-jointly-learning-to-align-and-translate bahdanau2014 bahdanau2015 seq2seq sequence-to-sequence sequence-to-sequence-learning-with-neural-networks sutskever2014 adam adam-optimizer adam-a-method-for-stochastic-optimization kingma2014 kingma2015 resnet residual-networks deep-residual-learning deep-residual-learning-for-image-recognition he2015 he2016 transformer attention-is-all-you-need vaswani2017 gpt-1 gpt1 openai-gpt improving-language-understanding-by-generative-pre-training radford2018 bert bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding devlin2018 devlin2019 gpt-2 gpt2 language-models-are-unsupervised-multitask-learners radford2019 t5 text-to-text-transfer-transformer exploring-the-limits-of-transfer-learning raffel2019 raffel2020 scaling-laws kaplan-scaling-laws scaling-laws-for-neural-language-models kaplan2020 gpt-3 gpt3 language-models-are-few-shot-learners brown2020 switch-transformer switch-transformers switch switch-transformers-scaling-to-trillion-parameter-models fedus2021 fedus2022 lora low-rank-adaptation lora-low-rank-adaptation-of-large-language-models hu2021 chain-of-thought cot cot-prompting chain-of-thought-prompting chain-of-thought-prompting-elicits-reasoning-in-large-language-models wei2022 instructgpt instruct-gpt training-language-models-to-follow-instructions-with-human-feedback ouyang2022 chinchilla hoffmann2022 compute-optimal training-compute-optimal-large-language-models chinchilla-70b constitutional-ai cai rlaif constitutional-ai-harmlessness-from-ai-feedback bai2022 llama llama-1 llama1 llama-open-and-efficient-foundation-language-models touvron2023 deepseek-r1 r1 deepseek deepseek-r1-zero r1-zero deepseekai2025 guo2025"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json jsonl csv tsv markdown ids bibtex biblatex csl-json ris dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "id aliases name title authors year date date_precision venue volume issue pages publisher arxiv doi url published era era_name tags why tldr summary results builds_on led_to" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__sort)
            opts="-h --reverse --era --year --since --until --author --tag --search --limit --format --json --csv --fields --color --catalog --strict --help year title id era author"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --era)
                    COMPREPLY=($(compgen -W "foundations sequence transformer pretraining scaling" -- "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --author)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json jsonl csv tsv markdown ids bibtex biblatex csl-json ris dot mermaid" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "id aliases name title authors year date date_precision venue volume issue pages publisher arxiv doi url published era era_name tags why tldr summary results builds_on led_to" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__timeline)
            opts="-h --era --year --since --until --author --tag --search --limit --ascii --json --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --era)
                    COMPREPLY=($(compgen -W "foundations sequence transformer pretraining scaling" -- "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --author)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        aipapers__subcmd__validate)
            opts="-h --color --catalog --strict --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _aipapers -o nosort -o bashdefault -o default aipapers
else
    complete -F _aipapers -o bashdefault -o default aipapers
fi
