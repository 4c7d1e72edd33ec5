# Shell functions shared by the page benchmarks (read-pages.sh, search-page.sh). Source it after
# setting out (where publish.sh put the portal and bare Kestrel), portal_url, bare_url, password,
# duration and connections; then call bench_init.

# A data folder ($data) and a work folder ($work), removed on exit with every process in pids.
bench_init() {
  data=$(mktemp -d) work=$(mktemp -d)
  pids=()
  portal_pid= bare_pid=
  trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$data" "$work"' EXIT
}

wait_for() { until curl -s -o /dev/null "$1"; do sleep 0.1; done; }

# The demo data is loaded by a first start in Development; the measured portal runs as in
# production (over plain http here, so without secure cookies).
portal_load_demo() {
  local setup
  ASPNETCORE_ENVIRONMENT=Development Portal__DataPath="$data" Portal__Demo__Password=$password Logging__LogLevel__Default=Warning \
    "$out/portal/Portal.Web" --urls "$portal_url" --contentRoot "$out/portal" >/dev/null 2>&1 &
  setup=$!
  wait_for "$portal_url/health/ready"
  kill $setup; wait $setup 2>/dev/null || true
}

portal_start() {
  ASPNETCORE_ENVIRONMENT=Production Portal__DataPath="$data" Logging__LogLevel__Default=Warning Portal__Security__SecureCookies=false \
    Portal__Security__LoginAttemptsPerMinute=1000 "$out/portal/Portal.Web" --urls "$portal_url" --contentRoot "$out/portal" >/dev/null 2>&1 &
  portal_pid=$!
  pids+=($portal_pid)
  wait_for "$portal_url/health/ready"
}

# Stops process $1, waits until it has shut down, and forgets it.
stop_pid() {
  kill "$1"; wait "$1" 2>/dev/null || true
  local kept=() pid
  for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  pids=("${kept[@]}")
}

# Stops the portal started by portal_start.
portal_stop() {
  stop_pid "$portal_pid"
  portal_pid=
}

# Serves $1/NAME.html at /NAME from memory (read when it starts).
bare_start() {
  BARE_KESTREL_DIR="$1" "$out/bare/BareKestrel" --urls "$bare_url" >/dev/null 2>&1 &
  bare_pid=$!
  pids+=($bare_pid)
  wait_for "$bare_url/"
}

bare_stop() {
  stop_pid "$bare_pid"
  bare_pid=
}

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
stamp_of() { grep -o 'name="ConcurrencyStamp" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# Signs in and prints the Cookie header a browser would send: the session and its antiforgery cookie.
login() {
  local jar=$work/jar-$1
  local token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$portal_url/account/login" | token_of)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "UserName=$1&Password=$password&__RequestVerificationToken=$token" "$portal_url/account/login"
  cookie_of "$1"
}

# The Cookie header of the user's session as a browser holds it now: a browser takes the session
# cookie the portal renews once a minute; wrk does not, so each page's runs start on a fresh sign-in
# and end well within that minute.
cookie_of() {
  local jar=$work/jar-$1
  curl -s -c "$jar" -b "$jar" -o /dev/null -L "$portal_url/"
  awk '$6 ~ /^\.MedPortal\.(Auth|Antiforgery)/ {printf "%s%s=%s", sep, $6, $7; sep="; "} END {print ""}' "$jar"
}

# POSTs a form as the user of the cookie jar, with the token (and stamp) of the form page; prints the Location.
post_form() {
  local jar=$1 form_page=$2 action=$3; shift 3
  local page token stamp
  page=$(curl -s -c "$jar" -b "$jar" "$portal_url$form_page")
  token=$(token_of <<<"$page")
  stamp=$(stamp_of <<<"$page" || true)
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "ConcurrencyStamp=$stamp" "$@" "$portal_url$action"
}

# Prints "req/s p99-ms" of a wrk run; its socket errors, timeouts and non-2xx answers, if any, to stderr.
measure() {
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v);
                  ms = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
    /Socket errors|Non-2xx/ { print "wrk: " $0 > "/dev/stderr" }
    END { printf "%s %.2f\n", rps, ms }'
}

# Measures the pages of "name|user|path" entries side by side with bare Kestrel serving
# $work/pages/NAME.html (already running): warms both on every page first (JIT tiers, pools, the
# heap) for $warmup seconds (3 unless set), so the first page measured is not penalised; then
# prints one line per page:
#   page, req/s, bare req/s, ratio, p99 ms
measure_pages() {
  local entry name user path cookie portal p99 bare
  for entry in "$@"; do
    IFS='|' read -r name user path <<<"$entry"
    wrk -t2 -c"$connections" -d"${warmup:-3}s" -H "Cookie: $(login "$user")" "$portal_url$path" >/dev/null
    wrk -t2 -c"$connections" -d"${warmup:-3}s" "$bare_url/$name" >/dev/null
  done

  echo "page, req/s, bare req/s, ratio, p99 ms"
  for entry in "$@"; do
    IFS='|' read -r name user path <<<"$entry"
    cookie=$(login "$user")
    wrk -t2 -c"$connections" -d1s -H "Cookie: $cookie" "$portal_url$path" >/dev/null
    wrk -t2 -c"$connections" -d1s "$bare_url/$name" >/dev/null
    read -r portal p99 <<<"$(measure -H "Cookie: $cookie" "$portal_url$path")"
    read -r bare _ <<<"$(measure "$bare_url/$name")"
    awk -v n="$name" -v a="$portal" -v b="$bare" -v p="$p99" 'BEGIN { printf "%s, %.0f, %.0f, %.3f, %.1f\n", n, a, b, a / b, p }'
  done
}
