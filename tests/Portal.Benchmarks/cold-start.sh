#!/usr/bin/env bash
# Cold start, empty data folder to first 200 (Release, demo data loaded), side by side with bare
# Kestrel starting on the same machine. Target (DESIGN.md): the portal's median ≤ 3 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=${BENCH_OUT:-/tmp/portal-bench}
dotnet publish ../../src/Portal/Portal.Web -c Release -o "$out/portal" --nologo -v q
dotnet publish BareKestrel -c Release -o "$out/bare" --nologo -v q
farm-bench -n "${RUNS:-7}" --timeout 600 --vs "./run-until-200.sh bare $out/bare" -- ./run-until-200.sh portal "$out/portal"
