#!/usr/bin/env bash
# Publishes the portal and the bare Kestrel yardstick the way a deployment should, both alike:
# self-contained for linux-x64 and ReadyToRun composite, i.e. the app and the .NET runtime compiled
# ahead of time together (as the runtime's "composite" container images are), which saves start-up
# JIT. A few minutes on 2 cores.
#   ./publish.sh OUT     -> OUT/portal/Portal.Web and OUT/bare/BareKestrel
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=$1
flags=(-c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true --nologo -v q)
dotnet publish ../../src/Portal/Portal.Web "${flags[@]}" -o "$out/portal"
dotnet publish BareKestrel "${flags[@]}" -o "$out/bare"
