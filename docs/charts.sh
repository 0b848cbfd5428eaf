#!/usr/bin/env bash
# Regenerates the chart pictures of README.md from a real Cboe quote table: SPX, downloaded on Sunday 2024-01-07 at
# 10:52 New York (../shared/data/cboe/spx-2024-01-07.csv; the data stays outside the repository).
# Run from anywhere: docs/charts.sh   (builds the runnable jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${EXPOSURE_SHARED_DIR:-../shared}/data/cboe/spx-2024-01-07.csv"
jar="$(ls exposure-cli/target/exposure-cli-*.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
    mvn -B -q -pl exposure-cli -am package -DskipTests
    jar="$(ls exposure-cli/target/exposure-cli-*.jar | head -n 1)"
fi
for kind in gex profile term-structure; do
    java -jar "$jar" chart "$kind" SPX --chains "$data" --width 1000 --height 560 --out "docs/spx-$kind.png"
done
ls -l docs/spx-*.png
