#!/usr/bin/env bash
# The chaos soak: tests/soak.sh [--minutes N] [--sockets 500] [--output DIR] (10 minutes by default).
# Builds the API and the soak program in Release, then runs the program (it starts and stops redis-server and the two
# API instances itself, by their own process ids). Ends with "soak: N passed, N failed"; exit status 0 only when all pass.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v redis-server >/dev/null || { echo "soak.sh: redis-server is missing (apt-get install -y redis-server)" >&2; echo "soak: 0 passed, 1 failed"; exit 1; }
if ! dotnet build tests/BackOffice.Soak -c Release -nologo -v quiet >/dev/null; then
  dotnet build tests/BackOffice.Soak -c Release -nologo -v quiet | grep -E "error" | sort -u | head -20 >&2
  echo "soak: 0 passed, 1 failed"
  exit 1
fi
exec dotnet tests/BackOffice.Soak/bin/Release/net10.0/BackOffice.Soak.dll "$@"
