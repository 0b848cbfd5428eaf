#!/usr/bin/env bash
# Load test of "exposure serve" with wrk (Debian package "wrk"), outside CI: 2 threads, 32 keep-alive connections,
# 30 s per run, on the term structure of SPY and a 3-symbol basket; then the same while spy.json is rewritten in
# place every second. Prints wrk's report (requests/s, latency percentiles, errors), the load average before each
# run, and any exception in the server's log. Run from the repository root after "mvn -B -q package -DskipTests".
set -euo pipefail
jar=$(ls exposure-cli/target/exposure-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=${PORT:-18080}
trap 'kill "$server" 2>/dev/null || true; kill "$writer" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
writer=
java -jar "$jar" write-samples "$work/versions"
mkdir "$work/chains"
cp "$work/versions/"{SPY,AAPL,MSFT,NVDA}.json "$work/chains/"
# second versions of SPY and AAPL: the same chains one minute later
for s in SPY AAPL; do
    cp "$work/versions/$s.json" "$work/$s-a.json"
    sed 's/"as_of":"2026-05-29T15:30:00Z"/"as_of":"2026-05-29T15:31:00Z"/' "$work/versions/$s.json" > "$work/$s-b.json"
done
java -jar "$jar" serve --chains "$work/chains" --port "$port" 2> "$work/server.log" &
server=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/server.log" && break
    sleep 0.2
done
base="http://127.0.0.1:$port"
ts="$base/v1/exposure/term-structure/SPY"
basket="$base/v1/exposure/basket?symbols=AAPL%2CMSFT%2CNVDA&weights=0.4%2C0.3%2C0.3"
curl -sf -o /dev/null "$ts" && curl -sf -o /dev/null "$basket"
run() {
    echo "== $1"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t2 -c32 -d"${3:-30s}" --latency -H "X-Api-Key: load-test" "$2"
}
run "warm-up" "$ts" 10s > /dev/null
run "warm-up" "$basket" 10s > /dev/null
run "term structure" "$ts"
run "basket AAPL,MSFT,NVDA" "$basket"
(
    i=0
    while true; do
        v=$([ $((i % 2)) = 0 ] && echo b || echo a)
        cp "$work/SPY-$v.json" "$work/chains/SPY.json"
        cp "$work/AAPL-$v.json" "$work/chains/AAPL.json"
        i=$((i + 1))
        sleep 1
    done
) &
writer=$!
run "term structure, SPY.json and AAPL.json rewritten in place every second" "$ts"
run "basket, SPY.json and AAPL.json rewritten in place every second" "$basket"
kill "$writer"
echo "== reloads logged: SPY.json $(grep -c 'chain(s) from SPY.json' "$work/server.log"), AAPL.json $(grep -c 'chain(s) from AAPL.json' "$work/server.log")"
echo "== failures logged (a file caught mid-write, kept its previous chain): $(grep -c 'failed to read' "$work/server.log" || true)"
echo "== exceptions in the server log: $(grep -c -E 'Exception|\tat ' "$work/server.log" || true)"
