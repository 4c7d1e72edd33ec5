#!/usr/bin/env bash
# Requests per second of a logged-in employee reading a published page, side by side with bare
# Kestrel returning the same bytes from memory, on this machine, one after the other.
# Also prints the portal's resident memory after the load. Needs wrk (apt-get install wrk).
#   PAGE=/om-portalen DURATION=10 CONNECTIONS=32 ./page-throughput.sh
#   PAGE=meeting ./page-throughput.sh     Hovedudvalget's meeting of the demo data, read by its formand
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=${BENCH_OUT:-/tmp/portal-bench}
page=${PAGE:-/om-portalen}
user=${USER_NAME:-medarbejder}
[ "$page" = meeting ] && user=hu.formand
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -x "$out/portal/Portal.Web" ] && [ -x "$out/bare/BareKestrel" ] || ./publish.sh "$out"

data=$(mktemp -d) work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$data" "$work"' EXIT
ASPNETCORE_ENVIRONMENT=Development Portal__DataPath="$data" Portal__Demo__Password=Bench-Mark-2026 Logging__LogLevel__Default=Warning \
  Portal__Security__LoginAttemptsPerMinute=1000 "$out/portal/Portal.Web" --urls http://127.0.0.1:5301 --contentRoot "$out/portal" >/dev/null 2>&1 &
pids+=($!)
until curl -s -o /dev/null http://127.0.0.1:5301/health/ready; do sleep 0.1; done

jar=$work/cookies
token=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:5301/account/login | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "UserName=$user&Password=Bench-Mark-2026&__RequestVerificationToken=$token" http://127.0.0.1:5301/account/login
cookie=$(awk '$6 ~ /^\.MedPortal\.Auth/ {print $6"="$7}' "$jar")
if [ "$page" = meeting ]; then
  committee=$(curl -s -H "Cookie: $cookie" http://127.0.0.1:5301/committees | grep -o '/committees/[0-9a-z]*">Hovedudvalget<' | cut -d'"' -f1)
  page=$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:5301$committee" | grep -o '/meetings/[0-9a-z]*' | head -1)
fi
curl -s -H "Cookie: $cookie" -o "$work/page.html" -w "portal page: %{http_code}, %{size_download} bytes\n" "http://127.0.0.1:5301$page"

BARE_KESTREL_FILE="$work/page.html" "$out/bare/BareKestrel" --urls http://127.0.0.1:5302 >/dev/null 2>&1 &
pids+=($!)
until curl -s -o /dev/null http://127.0.0.1:5302/; do sleep 0.1; done

wrk -t2 -c"$connections" -d3s -H "Cookie: $cookie" "http://127.0.0.1:5301$page" >/dev/null   # warm-up
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:5302/" >/dev/null
portal=$(wrk -t2 -c"$connections" -d"${duration}s" -H "Cookie: $cookie" "http://127.0.0.1:5301$page" | awk '/Requests\/sec/ {print $2}')
bare=$(wrk -t2 -c"$connections" -d"${duration}s" "http://127.0.0.1:5302/" | awk '/Requests\/sec/ {print $2}')
rss=$(ps -o rss= -p "${pids[0]}")
echo "portal $page: $portal req/s"
echo "bare Kestrel, same bytes: $bare req/s"
awk -v a="$portal" -v b="$bare" 'BEGIN { printf "ratio portal/bare: %.3f\n", a / b }'
echo "portal resident memory after load: $((rss / 1024)) MiB"
