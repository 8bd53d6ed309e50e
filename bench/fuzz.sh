#!/usr/bin/env bash
# The long fuzz run: N hostile inputs (front matter, Markdown, threads, data files, site.yaml, templates, from
# src/test/java/org/essaykit/fuzz/HostileInputs.java), each built through the real pipeline with a per-input
# timeout; prints the inputs run, the time and every finding (an exception, a hang, a diagnostic without a place,
# a changed site/ after a failed build, temporary folders left behind), and saves each finding's files under
# target/fuzz-findings/. mvn verify runs the same properties at a fixed seed with a few tries each.
#
#   bench/fuzz.sh [N] [SEED]     N inputs (default 200) from SEED (default 20261204); exit 1 on any finding
#
# Environment:
#   ESSAYKIT_FUZZ_TIMEOUT   seconds one build may take before it counts as a hang (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
SEED=${2:-20261204}
mvn -B -ntp -q -o test-compile -P '!teavm'
mvn -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null
exec java -Xss1m -Dessaykit.fuzz.timeout="${ESSAYKIT_FUZZ_TIMEOUT:-60}" \
  -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" org.essaykit.fuzz.FuzzRun "$N" "$SEED"
