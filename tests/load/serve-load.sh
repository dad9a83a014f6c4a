#!/usr/bin/env bash
# Load test of `runner-strength serve`: builds the tool and the benchmarks (Release), starts the server on a free loopback
# port over the shipped rules, drives POST /api/plans with the sample athletes for SECONDS (default 20, at most 120) from
# CLIENTS concurrent clients (default 4), prints plans/s, plans/s per core of the server's CPU time, p50/p99 latency and
# the load average, and stops the server. Loopback only, bounded in time.
#   tests/load/serve-load.sh [SECONDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
clients=${2:-4}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build tools/RunnerStrength.Tools -c Release -v q -nologo >/dev/null
dotnet build tests/RunnerStrength.Benchmarks -c Release -v q -nologo >/dev/null

log=$(mktemp)
dotnet tools/RunnerStrength.Tools/bin/Release/net10.0/runner-strength.dll serve --rules rules --urls http://127.0.0.1:0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT

url=
for _ in $(seq 1 300); do
  url=$(sed -nE 's#^Studio at (http://127\.0\.0\.1:[0-9]+)/.*#\1#p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start in 30 s" >&2; cat "$log" >&2; exit 1; }

echo "server $url (pid $server), $seconds s, $clients clients"
dotnet tests/RunnerStrength.Benchmarks/bin/Release/net10.0/RunnerStrength.Benchmarks.dll --serve-load "$url" "$server" "$seconds" "$clients"
