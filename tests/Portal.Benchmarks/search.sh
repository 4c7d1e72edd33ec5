#!/usr/bin/env bash
# Issue 16's search benchmark: a corpus of CORPUS_SIZE documents made from the demo recipe's Danish
# words, indexed through the Search module's own SearchIndex (Lucene.Net, Danish analyzer) and into
# SQLite FTS5 beside it, then a fixed mix of 30 queries and 10 title suggestions on both, side by
# side in one process (SearchIndexing/). Prints per query the hits and median ms of both, where
# Lucene's time goes, then one line per measure with the ratio Lucene/FTS5:
#   measure, Lucene (Search module), SQLite FTS5, ratio Lucene/FTS5, target
# Targets (docs/performance.md): indexing ≥ 1,500 docs/s; query p95 ≤ 15 ms and no slower than FTS5.
# Measures only: it never fails on a target. Needs about 2 GB of memory and 1 GB in $TMPDIR.
#   CORPUS_SIZE=100000 ROUNDS=20 WARMUP=3 SEED=16 ./search.sh      KEEP=1 keeps the indexes
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/SearchIndexing"
build=$(dotnet build -c Release -v quiet -nologo 2>&1) || { echo "$build" >&2; exit 1; }
exec dotnet bin/Release/net10.0/SearchIndexing.dll "$@"
