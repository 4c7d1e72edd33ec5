#!/usr/bin/env bash
# Makes the EF Core model ahead of time, for SQLite and for PostgreSQL, into
# src/Portal/Portal.CompiledModel. Run it after changing an entity, a configuration or a module's
# model contribution; tests/Portal.Web.Tests/Data/CompiledModelTests.cs fails until you do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target=src/Portal/Portal.CompiledModel
web=src/Portal/Portal.Web

dotnet tool restore >/dev/null
# The old model may no longer compile against the changed entities: build without it.
dotnet build "$web" -c Debug -p:PortalWithoutCompiledModel=true --nologo -v q
for provider in Sqlite Postgres; do
  rm -rf "${target:?}/$provider"
  # No database is opened; the connection string only selects the provider.
  Database__Provider=$provider ConnectionStrings__Portal="Host=localhost;Database=model" Portal__DataPath="$(mktemp -d)" \
    dotnet ef dbcontext optimize --no-build -p "$target" -s "$web" -c PortalDbContext \
      -o "$provider" -n "Portal.CompiledModel.$provider" -- --environment Production >/dev/null
done
# The next build brings the models in again.
dotnet build "$web" -c Debug --nologo -v q
