complete --keep-order --exclusive --command aipapers --arguments "(COMPLETE=fish aipapers -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
