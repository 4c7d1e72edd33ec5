#!/usr/bin/env bash
# Resuming one waiting workflow by its event (WorkflowManager.TriggerAsync in a fresh scope, as the
# event pump does after a save) with 1 workflow waiting, the baseline, and with 1,000 waiting, side by
# side in one process (BenchmarkDotNet). One line per case:
#   database, waiting, median ms, p95 ms, ratio to 1 waiting, median ≤ 5 ms
# then the database's plan for the lookup of what waits for the event, which must use the index
# IX_WorkflowBlocks_EventName_CorrelationId. Target (docs/performance.md): median ≤ 5 ms with 1,000
# waiting, and a ratio near 1. SQLite always; PostgreSQL too when PORTAL_TEST_POSTGRES names a server
# (as ./test.sh sets it; a throw-away database is made on it).
#   WARMUP=10 ITERATIONS=100 ./workflow-resume.sh      extra arguments go to BenchmarkDotNet
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/WorkflowResume"
dotnet build -c Release -v quiet -nologo >/dev/null
# The portal's content root (recipes, settings) is the build output, as in the tests.
cd bin/Release/net10.0
exec dotnet WorkflowResume.dll "$@"
