#!/usr/bin/env bash
# Mutation testing: cargo-mutants changes one operator or return value at a time in the given
# source files (by default the catalog's validation, queries and graph, and the BibTeX and CSV
# writers) and checks that some test fails. Prints caught / missed / timeout / unviable per
# file and lists every mutant that was not caught; exits 1 when any mutant is missed.
#
# Tests used: each file's mutants are tested by that file's own unit tests (the
# `#[cfg(test)] mod tests` at its end, run as `cargo test --lib <module>::`); the integration
# tests are not run. A rule of a file is pinned only when a test next to it fails.
#
# Mutants are written into the working tree one at a time (`--in-place`), so each build is
# incremental: do not edit the sources while it runs. Exclusions and their reasons are in
# .cargo/mutants.toml. The default files take about half an hour on two idle cores.
#
# With `--since REV`, only the lines changed since the commit REV are mutated (as `git diff
# REV` shows them, work tree included): for a file that was clean at REV.
#
# Usage: scripts/mutants.sh [--since REV] [FILE.rs...]
set -euo pipefail
cd "$(dirname "$0")/.."

since=""
if [ "${1:-}" = "--since" ]; then
  if [ $# -lt 2 ]; then
    echo "error: --since needs a commit (scripts/mutants.sh --since REV [FILE.rs...])" >&2
    exit 2
  fi
  since=$2
  shift 2
  if ! git rev-parse --verify --quiet "$since^{commit}" >/dev/null; then
    echo "error: --since: no such commit: $since" >&2
    exit 2
  fi
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(src/catalog/validate.rs src/catalog/query.rs src/catalog/graph.rs
    src/render/bibtex.rs src/render/csv.rs)
fi

if ! cargo mutants --version >/dev/null 2>&1; then
  echo "error: cargo-mutants is not installed (cargo install --locked cargo-mutants)" >&2
  exit 2
fi

# The library module a source file is, as a test-name filter: src/catalog/query.rs ->
# catalog::query::, src/catalog/mod.rs -> catalog::, src/lib.rs -> every unit test.
module_of() {
  local path=${1#src/}
  path=${path%.rs}
  path=${path%/mod}
  case $path in
    lib) echo "" ;;
    *) echo "${path//\//::}::" ;;
  esac
}

for file in "${files[@]}"; do
  if [ ! -f "$file" ]; then
    echo "error: no such file: $file" >&2
    exit 2
  fi
  case $file in
    src/main.rs | src/bin/*)
      echo "error: $file is not part of the library, which is what the unit tests test" >&2
      exit 2
      ;;
    src/*.rs) ;;
    *)
      echo "error: $file is not a source file of the library (src/...rs)" >&2
      exit 2
      ;;
  esac
done

# A property test that fails under a mutant records its case in proptest-regressions/: a
# case of the mutant, not of the code. The directory is put back as it was.
saved=$(mktemp -d)
[ ! -d proptest-regressions ] || cp -a proptest-regressions "$saved/"
restore() {
  rm -rf proptest-regressions
  [ ! -d "$saved/proptest-regressions" ] || cp -a "$saved/proptest-regressions" .
  rm -rf "$saved"
  # If the run is stopped before cargo-mutants puts a file back, say so.
  local left
  left=$(grep -l "changed by cargo-mutants" "${files[@]}" 2>/dev/null || true)
  if [ -n "$left" ]; then
    echo "warning: a mutation is still in: $left (undo it with git checkout or your editor)" >&2
  fi
}
trap restore EXIT

results=${MUTANTS_OUT:-target/mutants}
start=$(date +%s)
for file in "${files[@]}"; do
  out="$results/$(echo "${file%.rs}" | tr / _)"
  mkdir -p "$out"
  filter=$(module_of "$file")
  diff_args=()
  if [ -n "$since" ]; then
    git diff "$since" -- "$file" >"$out/since.diff"
    if [ ! -s "$out/since.diff" ]; then
      echo "== $file: unchanged since $since"
      rm -rf "$out/mutants.out"
      continue
    fi
    diff_args=(--in-diff "$out/since.diff")
  fi
  echo "== $file (tests: cargo test --lib ${filter:-<all unit tests>}${since:+; lines changed since $since})"
  status=0
  cargo mutants --in-place --file "$file" --output "$out" --cargo-arg=--lib "${diff_args[@]}" \
    -- ${filter:+"$filter"} || status=$?
  # 0: all caught; 2: some missed; 3: some timed out. Anything else is a failure to run.
  case $status in
    0 | 2 | 3) ;;
    *)
      echo "error: cargo mutants failed on $file (exit $status); see $out/mutants.out" >&2
      exit 1
      ;;
  esac
done
elapsed=$(($(date +%s) - start))

# Mutants listed in a file of mutants.out, one a line (none when there is no such file).
count() { if [ -s "$1" ]; then grep -c . "$1"; else echo 0; fi; }

echo
printf '%-28s %7s %7s %8s %9s\n' file caught missed timeout unviable
missed_total=0
for file in "${files[@]}"; do
  dir="$results/$(echo "${file%.rs}" | tr / _)/mutants.out"
  missed=$(count "$dir/missed.txt")
  missed_total=$((missed_total + missed))
  printf '%-28s %7s %7s %8s %9s\n' "$file" "$(count "$dir/caught.txt")" "$missed" \
    "$(count "$dir/timeout.txt")" "$(count "$dir/unviable.txt")"
done
for kind in missed timeout unviable; do
  listed=$(for file in "${files[@]}"; do
    cat "$results/$(echo "${file%.rs}" | tr / _)/mutants.out/$kind.txt" 2>/dev/null || true
  done)
  if [ -n "$listed" ]; then
    echo
    echo "$kind:"
    echo "$listed" | sed 's/^/  /'
  fi
done
echo
echo "$missed_total missed in $((elapsed / 60))m $((elapsed % 60))s"
[ "$missed_total" -eq 0 ]
