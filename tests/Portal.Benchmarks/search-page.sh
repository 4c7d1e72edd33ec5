#!/usr/bin/env bash
# The search page against bare Kestrel serving the same bytes from memory, side by side on this
# machine (wrk, 64 connections), as read-pages.sh measures the reading pages. The page is never
# cached (what a reader finds depends on their keys), so every request searches the index and
# renders the hits, facets and snippets. One line per page:
#   page, req/s, bare req/s, ratio, p99 ms
# first on the demo data (a few dozen documents), then, unless CORPUS_SIZE=0, with CORPUS_SIZE
# generated documents (SearchIndexing's corpus, default 100,000) added to the same portal's index.
# Target (docs/performance.md): ratio ≥ 0.15. Needs wrk and curl. Each page is warmed for WARMUP
# seconds first (default 20: under load, the search page served a quarter to a third of its later
# rate for the first half minute after a start).
#   DURATION=10 CONNECTIONS=64 WARMUP=20 CORPUS_SIZE=100000 ./search-page.sh     SKIP_PUBLISH=1 reuses the last publish
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=${BENCH_OUT:-/tmp/portal-bench}
duration=${DURATION:-10}
connections=${CONNECTIONS:-64}
warmup=${WARMUP:-20}
corpus=${CORPUS_SIZE:-100000}
password=Bench-Mark-2026
portal_url=http://127.0.0.1:5301 bare_url=http://127.0.0.1:5302
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -x "$out/portal/Portal.Web" ] || [ ! -x "$out/bare/BareKestrel" ]; then
  ./publish.sh "$out"
fi
if [ "$corpus" != 0 ]; then
  build=$(dotnet build SearchIndexing -c Release -v quiet -nologo 2>&1) || { echo "$build" >&2; exit 1; }
fi

# shellcheck source=lib.sh
. ./lib.sh
bench_init
portal_load_demo
portal_start

# name, the reader, the address
pages=(
  "search|medarbejder|/search?q=fastholdelse"
  "suggest|medarbejder|/search/suggest?q=fasth"
)

# Saves each page as its reader gets it, once the index answers (the portal builds it after its
# start), and says what the search page shows.
save_pages() {
  local entry name user path code cookie
  mkdir -p "$work/pages"
  for entry in "${pages[@]}"; do
    IFS='|' read -r name user path <<<"$entry"
    cookie=$(login "$user")
    for _ in $(seq 1 300); do
      code=$(curl -s -H "Cookie: $cookie" -o "$work/pages/$name.html" -w '%{http_code}' "$portal_url$path")
      [ "$code" = 200 ] && [ -s "$work/pages/$name.html" ] && ! grep -q 'Ingen resultater' "$work/pages/$name.html" && break
      sleep 0.2
    done
    [ "$code" = 200 ] || { echo "$name ($path): $code, not 200" >&2; exit 1; }
  done
  echo "search page: $(grep -o '[0-9]* resultater\? for' "$work/pages/search.html" | head -1) fastholdelse," \
    "$(wc -c <"$work/pages/search.html") bytes; suggestions for fasth: $(grep -c '<li' "$work/pages/suggest.html" || true)"
}

save_pages
bare_start "$work/pages"
echo "demo data:"
measure_pages "${pages[@]}"

if [ "$corpus" != 0 ]; then
  # The portal's index with the generated corpus added (the portal stopped meanwhile: one writer).
  portal_stop
  bare_stop
  CORPUS_SIZE=$corpus dotnet SearchIndexing/bin/Release/net10.0/SearchIndexing.dll --into "$data"
  portal_start
  save_pages
  bare_start "$work/pages"
  echo "demo data and $corpus generated documents:"
  measure_pages "${pages[@]}"
fi
echo "portal resident memory after the load: $(( $(ps -o rss= -p "$portal_pid") / 1024 )) MiB"
