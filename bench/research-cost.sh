#!/usr/bin/env bash
# What the research-writing features (issue 14: math, highlighted code, figures, captions, cross-references)
# cost a build. Usage:
#
#   bench/research-cost.sh BEFORE_JAR [N] [RUNS]
#
# BEFORE_JAR is essaykit built at the commit before the features landed (ddf7db4):
#   mkdir /tmp/before && git archive ddf7db4 | tar -x -C /tmp/before
#   (cd /tmp/before && mvn -q -o package -P '!teavm' -DskipTests)
#
# Three corpora of N posts (default 1000; bench/GenerateCorpus.java), each built RUNS times (default 3) in a fresh
# JVM (java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar, as the launcher runs builds, without its CDS archive):
#   plain      the generated corpus: no formula, code block or figure; built by BEFORE_JAR and by target/essaykit.jar
#              (what the features cost a site that does not use them: their parser hooks and passes)
#   research   the same posts, each with a section using the features: two inline formulas and a labelled display
#              equation (distinct per post), a 6-line Python block with line numbers, a captioned figure of a
#              local SVG and references to both; built by target/essaykit.jar only (BEFORE_JAR cannot read it),
#              with an empty .essaykit-cache first ("cold": every formula converted) and then with the cache the
#              previous run left ("warm": formulas read back, the converter never loaded)
# Prints each run's wall and CPU (user + sys) seconds and the medians. CPU is the steadier figure on a shared machine.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
before_jar=${1:?usage: bench/research-cost.sh BEFORE_JAR [N] [RUNS]}
n=${2:-1000}
runs=${3:-3}
after_jar=$repo/target/essaykit.jar
[[ -f $before_jar && -f $after_jar ]] || { echo "error: need $before_jar and $after_jar" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/essaykit-research-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$repo/bench/GenerateCorpus.java" "$n" "$work/plain" >/dev/null
cp -r "$repo/templates" "$work/plain/templates"
cp -r "$work/plain" "$work/research"
mkdir -p "$work/research/content/images"
printf '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><path d="M0 0L640 360"/></svg>\n' \
    >"$work/research/content/images/loss.svg"
i=0
for post in "$work/research/content/posts/"*.md; do
    i=$((i + 1))
    cat >>"$post" <<EOF

## Results

The loss falls as \$L(n) = a n^{-\\alpha_{$i}} + L_\\infty\$ with \$\\alpha_{$i} \\approx 0.0$((i % 90 + 10))\$, as @eq:scaling says.

\$\$ L(n) = \\left(\\frac{n_c}{n}\\right)^{\\alpha_{$i}} + \\sum_{k=1}^{$((i % 7 + 2))} \\beta_k n^{-k} \\label{eq:scaling} \$\$

\`\`\`python {linenos=true, hl_lines="2"}
def loss(n, a=1.0, alpha=0.0$((i % 90 + 10))):
    """Power law with an offset."""
    return a * n ** -alpha + 0.5

for n in (10, 100, 1000):
    print(n, loss(n))
\`\`\`

![Loss against size](/images/loss.svg "Loss against model size; the line is @eq:scaling.") {#fig:loss}

As @fig:loss shows, the fit holds.
EOF
done

# `time_build LABEL JAR CORPUS`: one build in a fresh JVM; prints "LABEL wall cpu".
time_build() {
    local label=$1 jar=$2 corpus=$3
    rm -rf "$work/out"
    /usr/bin/time -f '%e %U %S' -o "$work/time.txt" \
        java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" build --source "$corpus" --out "$work/out" \
        >"$work/log.txt" 2>&1 || { cat "$work/log.txt" >&2; exit 1; }
    read -r wall user sys <"$work/time.txt"
    echo "$label $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" | tee -a "$work/results.txt"
}

for run in $(seq "$runs"); do
    time_build before-plain "$before_jar" "$work/plain"
    time_build after-plain "$after_jar" "$work/plain"
    rm -rf "$work/research/.essaykit-cache"
    time_build after-research-cold "$after_jar" "$work/research"
    time_build after-research-warm "$after_jar" "$work/research"
done

echo "median over $runs runs ($n posts): label wall cpu"
for label in before-plain after-plain after-research-cold after-research-warm; do
    grep "^$label " "$work/results.txt" | awk '{ print $2, $3 }' | sort -n -k2 \
        | awk -v l="$label" '{ w[NR] = $1; c[NR] = $2 } END { m = int((NR + 1) / 2); printf "%s %.2f %.2f\n", l, w[m], c[m] }'
done
