
set edit:completion:arg-completer[aipapers] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) COMPLETE="elvish" aipapers -- $@words) | to-lines
}

