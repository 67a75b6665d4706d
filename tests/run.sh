#!/usr/bin/env bash
# The project's test command: installs what the tests need when it is missing, builds, runs every suite,
# and ends with one line "tests: N passed, N failed" (all suites added up). Exit status 0 only when all pass.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/artifacts/tests"
rm -rf "$out" && mkdir -p "$out"

apt_updated=""
apt_install() {
  if [ "$(id -u)" != "0" ]; then
    echo "run.sh: '$1' is missing and only root can install it (apt-get install -y $*)" >&2
    exit 1
  fi
  [ -n "$apt_updated" ] || { apt-get update -qq && apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || { echo "run.sh: apt-get install $* failed" >&2; exit 1; }
}

command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK (dotnet) is missing; install it first" >&2; exit 1; }
command -v node >/dev/null || apt_install nodejs
command -v npm >/dev/null || apt_install npm
command -v curl >/dev/null || apt_install curl
command -v redis-server >/dev/null || apt_install redis-server
[ -x /usr/bin/chromium ] || apt_install chromium

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }
# Adds up a suite's closing line "NAME: N passed, N failed" from its output file (a missing line counts as a failure).
count_line() {
  local line
  line=$(grep "^$1: [0-9]* passed, [0-9]* failed" "$2" | tail -1)
  if [ -z "$line" ]; then count 0 1; return; fi
  count "$(echo "$line" | sed 's/.*: \([0-9]*\) passed.*/\1/')" "$(echo "$line" | sed 's/.* \([0-9]*\) failed/\1/')"
}
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# Starts the built API on a free port with the test Redis and the SQLite file $1 (further arguments go to the API),
# logging to $2; sets $server (its process) and $port, and succeeds once /health/ready says Healthy.
start_api() {
  local db=$1 log=$2
  shift 2
  port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__BackOffice="Data Source=$db" ConnectionStrings__Redis="127.0.0.1:$redis_port" \
    dotnet run --no-build --no-launch-profile --project src/BackOffice.Api -- --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    [ "$(curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null)" = "Healthy" ] && return 0
    kill -0 $server 2>/dev/null || break
    sleep 1
  done
  echo "run.sh: the API did not become ready (database and Redis) on port $port; its log ($log):" >&2
  tail -50 "$log" >&2
  return 1
}

echo "== build"
if ! dotnet build BackOfficeGraphQL.sln -c Debug -nologo -v quiet; then
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

echo "== .NET test suites"
dotnet test BackOfficeGraphQL.sln --no-build -c Debug -nologo --logger "trx" --results-directory "$out/trx" \
  --logger "console;verbosity=minimal"
for trx in "$out"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* error="\([0-9]*\)".*/\1/p')
  count "${p:-0}" "$(( ${f:-0} + ${e:-0} ))"
done
if ! ls "$out"/trx/*.trx >/dev/null 2>&1; then
  echo "run.sh: dotnet test wrote no results" >&2
  count 0 1
fi

echo "== the portal's unit tests (Vitest): money per currency, the URL <-> filter mapping, date presets, chart series"
if (cd src/BackOffice.Portal && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } \
    && npx vitest run --reporter=default --reporter=json --outputFile="$out/portal-unit.json"); then :; fi
node -e 'try { const r = require(process.argv[1]); console.log(`portal-unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`); } catch { console.log("portal-unit: 0 passed, 1 failed"); }' \
  "$out/portal-unit.json" | tee "$out/portal-unit.txt"
count_line portal-unit "$out/portal-unit.txt"

echo "== the built server on loopback, with Redis: GraphQL over HTTP conformance, the reference graphql-ws client (live and resumed), the legacy subscriptions-transport-ws client, graphql-sse's client, Apollo's BatchHttpLink, the REST door (/api/v1) beside GraphQL, Apollo's persisted queries, Banana Cake Pop in Chromium"
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error) || count 0 1
(cd tests/realtime && npm ci --no-audit --no-fund --loglevel=error) || count 0 1
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) || count 0 1
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$out/redis.log" 2>&1 &
redis=$!
server=""
trap 'kill $server $redis 2>/dev/null' EXIT
# The trusted documents Apollo's persisted-queries client expects a persisted-only key to run (tests/realtime/persisted-client.mjs).
if ! start_api "$out/live.db" "$out/server.log" --GraphQL:Documents:Directory="$root/tests/realtime/trusted-documents"; then
  count 0 9
else
  node tests/conformance/audit.mjs "http://127.0.0.1:$port/graphql" demo-reader-key | tee "$out/conformance.txt"
  count_line conformance "$out/conformance.txt"
  node tests/realtime/reference-client.mjs "http://127.0.0.1:$port" | tee "$out/realtime.txt"
  count_line realtime "$out/realtime.txt"
  node tests/realtime/resume.mjs "http://127.0.0.1:$port" | tee "$out/resume.txt"
  count_line resume "$out/resume.txt"
  node tests/realtime/legacy-client.mjs "http://127.0.0.1:$port" | tee "$out/legacy-ws.txt"
  count_line legacy-ws "$out/legacy-ws.txt"
  node tests/realtime/sse-client.mjs "http://127.0.0.1:$port" | tee "$out/sse.txt"
  count_line sse "$out/sse.txt"
  node tests/realtime/batch-client.mjs "http://127.0.0.1:$port" | tee "$out/batch.txt"
  count_line batch "$out/batch.txt"
  node tests/realtime/rest-client.mjs "http://127.0.0.1:$port" | tee "$out/rest.txt"
  count_line rest "$out/rest.txt"
  node tests/realtime/persisted-client.mjs "http://127.0.0.1:$port" | tee "$out/persisted.txt"
  count_line persisted "$out/persisted.txt"
  node tests/browser/ide-test.mjs "http://127.0.0.1:$port" "$out/ide.png" | tee "$out/browser.txt"
  count_line browser "$out/browser.txt"
fi
kill $server 2>/dev/null
wait $server 2>/dev/null

echo "== the portal in Chromium: a second server on a database of its own, with the traffic simulator (new payments arrive live)"
if ! start_api "$out/portal.db" "$out/portal-server.log" --simulate; then
  count 0 1
else
  node tests/browser/portal-test.mjs "http://127.0.0.1:$port" "$out" | tee "$out/portal.txt"
  count_line portal "$out/portal.txt"
fi
kill $server $redis 2>/dev/null
wait $server $redis 2>/dev/null

echo "== benchmark smoke run (seconds, a small database): proves the benchmark program works, measures nothing"
if dotnet build tests/BackOffice.Benchmarks -c Release -nologo -v quiet; then
  dotnet run -c Release --no-build --project tests/BackOffice.Benchmarks -- --smoke --output "$out/benchmarks" | tee "$out/benchmarks.txt"
  count_line benchmarks "$out/benchmarks.txt"
else
  count 0 1
fi

echo "== chaos soak (60 s): two instances on one SQLite file and one Redis, 500 subscribers, racing mutations, hostile inputs, a Redis outage and a kill -9"
tests/soak.sh --minutes 1 --output "$out/soak" | tee "$out/soak.txt"
count_line soak "$out/soak.txt"

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
