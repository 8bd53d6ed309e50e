#!/usr/bin/env bash
# Benchmarks edit-to-reload latency of `essaykit serve`: from writing a post to the `reload` event.
#
#   bench/serve-bench.sh site [RUNS]     our own site (content/ and templates/ of this repository)
#   bench/serve-bench.sh N [RUNS]        a generated corpus of N posts (bench/GenerateCorpus.java)
#
# Works on a copy in a temporary folder (ESSAYKIT_BENCH_TMPDIR, default /tmp), never on the repository's
# content. Starts `java -jar target/essaykit.jar serve` on a free port, waits for its first build, then
# bench/ServeLatency.java appends a word to one post RUNS times (default 30, after 5 warm-up edits) and
# prints every latency, the median and the 95th percentile. Extra JVM flags for the server go in
# ESSAYKIT_JAVA_OPTS; ESSAYKIT_BENCH_WARMUP sets the number of warm-up edits.
set -euo pipefail

usage() {
    echo "usage: bench/serve-bench.sh site|N [RUNS]   (N posts, 1..99999; RUNS edits, default 30)" >&2
    exit 2
}

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
cd "$repo"

[[ $# -ge 1 && $# -le 2 ]] || usage
what=$1
runs=${2:-30}
[[ $what == site || $what =~ ^[1-9][0-9]{0,4}$ ]] || usage
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage

jar=target/essaykit.jar
if [[ ! -f $jar ]]; then
    echo "error: $repo/$jar not found; run mvn -q package -DskipTests first" >&2
    exit 1
fi
read -r -a java_opts <<<"${ESSAYKIT_JAVA_OPTS:-}"

work=$(mktemp -d "${ESSAYKIT_BENCH_TMPDIR:-/tmp}/essaykit-serve-bench.XXXXXX")
server=""
cleanup() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

site="$work/site"
if [[ $what == site ]]; then
    mkdir -p "$site"
    cp -R content "$site/content"
else
    corpus="$bench_dir/.corpus-$what" # shared with rebuild-bench.sh
    if [[ ! -d $corpus/content ]]; then
        echo "generating a corpus of $what posts into $corpus"
        java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$bench_dir/GenerateCorpus.java" "$what" "$corpus" >/dev/null
    fi
    mkdir -p "$site"
    cp -R "$corpus/content" "$site/content"
    # Social cards drawn by an earlier run spare most of the first build (the edits never draw one).
    [[ -d $corpus/.essaykit-cache ]] && cp -R "$corpus/.essaykit-cache" "$site/"
fi
cp -R templates "$site/templates"
posts=("$site"/content/posts/*.md) # sorted by the glob
post=${posts[0]}

# As users run it, through the launcher beside the jar, unless ESSAYKIT_JAVA_OPTS asks for `java OPTS -jar`.
if [[ -z ${ESSAYKIT_JAVA_OPTS:-} && -x target/essaykit ]]; then
    target/essaykit serve --source "$site" --port 0 >"$work/serve.log" 2>&1 &
else
    java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" serve --source "$site" --port 0 >"$work/serve.log" 2>&1 &
fi
server=$!
echo "essaykit serve benchmark: $what, $runs edits of ${post#"$site"/}, $(nproc) CPUs"
echo "java: $(java -version 2>&1 | head -n 1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
url=""
for ((i = 0; i < 1200; i++)); do # up to 10 minutes for the first build
    url=$(grep -o 'serving http://[^ ]*' "$work/serve.log" | head -n 1 | cut -d' ' -f2 || true)
    [[ -n $url ]] && break
    if ! kill -0 "$server" 2>/dev/null; then
        echo "error: essaykit serve stopped; its output:" >&2
        cat "$work/serve.log" >&2
        exit 1
    fi
    sleep 0.5
done
[[ -n $url ]] || { echo "error: essaykit serve did not start" >&2; exit 1; }
echo "first build: $(head -n 1 "$work/serve.log")"

java "$bench_dir/ServeLatency.java" "$url" "$post" "$runs" "${ESSAYKIT_BENCH_WARMUP:-5}"
echo "server's rebuild times (last 5):"
grep '^built in' "$work/serve.log" | tail -n 5 | sed 's/^/  /'
