#!/usr/bin/env bash
# Runs every Go fuzz target of the module for FUZZEXECS new inputs each (default 10000): the seed
# corpus always runs in `go test`; this adds a bounded amount of new inputs per target.
#
# The budget is a count, not a duration: with a duration, Go's fuzz coordinator (go1.26) can report
# a spurious "context deadline exceeded" failure when the deadline fires while a worker is busy
# (go.dev/issue/75804), which happens on loaded machines. A count has no deadline to race; the
# -timeout still bounds a target that hangs.
set -euo pipefail
cd "$(dirname "$0")/.."
execs=${FUZZEXECS:-10000}
status=0
while IFS=: read -r file name; do
  pkg=./$(dirname "$file")
  echo "fuzz $pkg $name (${execs} inputs)"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "${execs}x" -timeout 10m "$pkg" || status=1
done < <(git ls-files '*_test.go' | xargs grep -oE '^func Fuzz[A-Za-z0-9_]+' | sed -E 's/func //')
exit $status
