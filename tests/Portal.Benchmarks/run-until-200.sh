#!/usr/bin/env bash
# Starts an app, waits for the first 200 from URL_PATH, stops it. Used by cold-start.sh under farm-bench:
# the time of this whole script is "cold start to first 200".
#   run-until-200.sh portal DIR   the published portal in DIR, empty data folder, demo recipe loaded
#   run-until-200.sh restart DIR DATA   the portal in DIR on a copy of the data folder DATA (a restart)
#   run-until-200.sh bare DIR     the bare Kestrel yardstick in DIR
set -euo pipefail
kind=$1 dir=$2
port=$(( 20000 + RANDOM % 20000 ))
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
[ "$kind" = restart ] && cp -a "$3/." "$data/"
if [ "$kind" = portal ] || [ "$kind" = restart ]; then
  ASPNETCORE_ENVIRONMENT=Development Portal__DataPath="$data" Portal__Demo__Password=Bench-Mark-2026 \
    Logging__LogLevel__Default=Warning "$dir/Portal.Web" --urls "http://127.0.0.1:$port" --contentRoot "$dir" >/dev/null 2>&1 &
  path=/account/login
else
  "$dir/BareKestrel" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  path=/
fi
pid=$!
for _ in $(seq 1 3000); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)
  [ "$code" = 200 ] && exit 0
  sleep 0.01
done
echo "no 200 from $kind within 30 s" >&2
exit 1
