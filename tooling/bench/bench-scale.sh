#!/usr/bin/env bash
# Throughput of the cached pore guide from one instance, then from two instances sharing Redis.
#   npm run test:scale (or any build with REDIS_URL into .next-scale) first, then:
#   bash tooling/bench/bench-scale.sh        (needs wrk and Redis at 127.0.0.1:6379)
# A benchmark, not a test: it prints requests per second and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f .next-scale/BUILD_ID ] || { echo "no .next-scale build: run npm run test:scale first"; exit 1; }
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk"; exit 1; }
slug=can-you-close-pores-permanently
work=$(mktemp -d)
pids=()
start() { # port
  # Both instances must share the secret (the server refuses REDIS_URL without it); wrk connects directly.
  NEXT_DIST_DIR=.next-scale REDIS_URL=redis://127.0.0.1:6379 SQLITE_PATH="$work/$1.sqlite" NODE_ENV=production \
    SESSION_SECRET=bench-scale-session-secret-0123456789abcdef TRUSTED_PROXY_HOPS=0 \
    setsid node node_modules/next/dist/bin/next start -p "$1" -H 127.0.0.1 >"$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$1/blog/$slug" && return; sleep 0.2; done
  echo "instance on $1 did not start"; exit 1
}
trap 'for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
start 3601
start 3602
for p in 3601 3602; do for _ in 1 2 3; do curl -sf -o /dev/null "http://127.0.0.1:$p/blog/$slug"; done; done
wrk -t1 -c50 -d10s "http://127.0.0.1:3601/blog/$slug" >"$work/one.txt"
wrk -t1 -c25 -d10s "http://127.0.0.1:3601/blog/$slug" >"$work/a.txt" &
first=$!
wrk -t1 -c25 -d10s "http://127.0.0.1:3602/blog/$slug" >"$work/b.txt"
wait "$first"
one=$(rps "$work/one.txt"); a=$(rps "$work/a.txt"); b=$(rps "$work/b.txt")
awk -v one="$one" -v a="$a" -v b="$b" 'BEGIN {two = a + b; printf "one instance: %.0f req/s\ntwo instances: %.0f req/s (%.0f + %.0f)\nratio: %.2f\n", one, two, a, b, two / one}'
