#!/usr/bin/env bash
# Installs what the tests need and runs every test. Usage: ./test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dot.net); install it and run ./test.sh again" >&2
  exit 2
fi

# ScottPlot renders charts through SkiaSharp, which needs fontconfig and a font on Linux.
if [ "$(uname)" = "Linux" ] && { ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -1)" ]; }; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig fonts-dejavu-core >/dev/null
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore RigPlan.slnx --nologo -v quiet
dotnet build RigPlan.slnx --no-restore --nologo -v quiet -clp:ErrorsOnly
log="$(mktemp)"
set +e
dotnet test RigPlan.slnx --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
