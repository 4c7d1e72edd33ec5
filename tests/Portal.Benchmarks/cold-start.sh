#!/usr/bin/env bash
# Cold start, empty data folder to first 200 (Release, demo data loaded), side by side with bare
# Kestrel starting on the same machine, then a restart on an existing data folder.
# Targets (docs/performance.md): median ≤ 3 s from empty, ≤ 1.5 s for a restart.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=${BENCH_OUT:-/tmp/portal-bench}
# SKIP_PUBLISH=1: OUT already holds what publish.sh makes (read-pages.sh has just published it).
[ "${SKIP_PUBLISH:-0}" = 1 ] || ./publish.sh "$out"
farm-bench -n "${RUNS:-7}" --timeout 600 --vs "./run-until-200.sh bare $out/bare" -- ./run-until-200.sh portal "$out/portal"

# A data folder as the first start leaves it, for the restarts.
prepared=$(mktemp -d)
trap 'rm -rf "$prepared"' EXIT
ASPNETCORE_ENVIRONMENT=Development Portal__DataPath="$prepared" Portal__Demo__Password=Bench-Mark-2026 Logging__LogLevel__Default=Warning \
  "$out/portal/Portal.Web" --urls http://127.0.0.1:5309 --contentRoot "$out/portal" >/dev/null 2>&1 &
first=$!
until curl -s -o /dev/null http://127.0.0.1:5309/health/ready; do sleep 0.1; done
kill "$first"; wait "$first" 2>/dev/null || true
farm-bench -n "${RUNS:-7}" --timeout 600 --vs "./run-until-200.sh bare $out/bare" -- ./run-until-200.sh restart "$out/portal" "$prepared"
