#!/usr/bin/env bash
# The reading pages of the portal against bare Kestrel serving the same bytes from memory, side by
# side on this machine (wrk, 64 connections), then cold start and resident memory. One line per page:
#   page, req/s, bare req/s, ratio, p99 ms
# Targets (docs/performance.md): ratio ≥ 0.25 for every page, cold start ≤ 3 s (restart ≤ 1.5 s),
# RSS ≤ 400 MB under this load. Needs wrk and curl.
#   DURATION=10 CONNECTIONS=64 RUNS=5 ./read-pages.sh      SKIP_COLD_START=1 to leave out the start-up runs,
#   SKIP_PUBLISH=1 to measure the last publish again
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=${BENCH_OUT:-/tmp/portal-bench}
duration=${DURATION:-10}
connections=${CONNECTIONS:-64}
password=Bench-Mark-2026
portal_url=http://127.0.0.1:5301 bare_url=http://127.0.0.1:5302
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -x "$out/portal/Portal.Web" ] || [ ! -x "$out/bare/BareKestrel" ]; then
  ./publish.sh "$out"
fi

# shellcheck source=lib.sh
. ./lib.sh
bench_init
portal_load_demo
portal_start

# A meeting of Hovedudvalget with 20 items, two of them closed, with its minutes published.
login redaktoer >/dev/null; login hu.formand >/dev/null; reader_cookie=$(login medarbejder)
committee=$(curl -s -H "Cookie: $reader_cookie" $portal_url/committees | grep -o '/committees/[0-9a-z]*">Hovedudvalget<' | cut -d'"' -f1)
# The reader follows Hovedudvalget: its meetings and minutes are on their front page ("Mine udvalg").
post_form "$work/jar-medarbejder" "$committee" "/follow/${committee#/committees/}" --data-urlencode "returnUrl=/" >/dev/null
meeting=$(post_form "$work/jar-redaktoer" "$committee/meetings/new" "$committee/meetings/new" \
  --data-urlencode "MeetingPart.Date=2026-10-01" --data-urlencode "MeetingPart.Starts=09:00" --data-urlencode "MeetingPart.Ends=12:00" \
  --data-urlencode "MeetingPart.Location=Byrådssalen" --data-urlencode "MeetingPart.Status=MinutesPublished" | grep -o '/meetings/[0-9a-z]*')
for n in $(seq 1 20); do
  closed=false; [ $((n % 10)) -eq 0 ] && closed=true
  post_form "$work/jar-redaktoer" "$meeting/items/new" "$meeting/items/new" \
    --data-urlencode "TitlePart.Title=Fastholdelse og rekruttering, punkt $n" --data-urlencode "AgendaItemPart.Number=26/$n" \
    --data-urlencode "AgendaItemPart.IsClosed=$closed" --data-urlencode "AgendaItemPart.Kind=Decision" \
    --data-urlencode "AgendaItemPart.Summary=<p>Hovedudvalget drøfter status på arbejdet med fastholdelse og rekruttering på tværs af forvaltningerne.</p>" \
    --data-urlencode "AgendaItemPart.CaseDescription=<p>Sagen beskriver de anbefalinger, som arbejdsgruppen har udarbejdet, og hvordan de følges op kvartalsvis i de lokale MED-udvalg.</p><ul><li>Introduktion af nye medarbejdere</li><li>Seniorsamtaler</li><li>Kompetenceudvikling</li></ul>" \
    --data-urlencode "AgendaItemPart.Proposer=Direktionen" --data-urlencode "AgendaItemPart.Proposal=<p>Det indstilles, at Hovedudvalget godkender anbefalingerne.</p>" \
    --data-urlencode "AgendaItemPart.Outcome=Approved" --data-urlencode "AgendaItemPart.DecisionText=<p>Godkendt.</p>" >/dev/null
done

# The demo's §17 stk. 4 report (eight recommendations and the budget table) and the strategy's dashboard.
report=$(curl -s -H "Cookie: $reader_cookie" $portal_url/recommendations | grep -o '/recommendations/reports/[0-9a-z]*' | head -1)
strategy=$(curl -s -H "Cookie: $reader_cookie" $portal_url/strategies | grep -o '/strategies/[0-9a-z]*' | head -1)
# The newest of the demo's stories, with its image.
story=$(curl -s -H "Cookie: $reader_cookie" $portal_url/stories | grep -o '/stories/[0-9a-z]\{26\}' | head -1)

# name, the reader, the address
pages=(
  "stories|medarbejder|/stories"
  "story|medarbejder|$story"
  "report|medarbejder|$report"
  "dashboard|medarbejder|$strategy?quarter=2022Q4"
  "meeting-member|hu.formand|$meeting"
  "meeting-nonmember|medarbejder|$meeting"
  "committee|medarbejder|$committee"
  "decisions|medarbejder|/decisions"
  "front|medarbejder|/"
  "plain|medarbejder|/om-portalen"
)
mkdir -p "$work/pages"
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  cookie=$(cookie_of "$user")
  code=$(curl -s -H "Cookie: $cookie" -o "$work/pages/$name.html" -w '%{http_code}' "$portal_url$path")
  [ "$code" = 200 ] || { echo "$name ($path): $code, not 200" >&2; exit 1; }
done
cached=()
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  size=$(wc -c <"$work/pages/$name.html")
  grep -qi '^age:' <(curl -s -D - -o /dev/null -H "Cookie: $(cookie_of "$user")" "$portal_url$path") && cached+=("$name($size B)") || cached+=("$name($size B, NOT CACHED)")
done
echo "served from the cache on a second request: ${cached[*]}"
items=$(grep -c '<article class="agenda-item"' "$work/pages/meeting-member.html" || true)
closed_text=$(grep -c 'Sagen beskriver' "$work/pages/meeting-nonmember.html" || true)
echo "meeting $meeting: $items items shown to a member; the non-member's page has $closed_text open case descriptions"

bare_start "$work/pages"
measure_pages "${pages[@]}"
echo "portal resident memory after the load: $(( $(ps -o rss= -p "$portal_pid") / 1024 )) MiB"

if [ "${SKIP_COLD_START:-0}" != 1 ]; then
  kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; pids=()
  SKIP_PUBLISH=1 RUNS=${RUNS:-5} ./cold-start.sh
fi
