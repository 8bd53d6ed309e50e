#!/usr/bin/env bash
# Benchmarks incremental rebuilds (LiveBuild.rebuild, what `essaykit serve` runs after an edit).
#
#   bench/rebuild-bench.sh N [EDITS]     N generated posts (bench/.corpus-N, as build-bench.sh makes it)
#   bench/rebuild-bench.sh site [EDITS]  our own site (content/ and templates/ of the repo)
#
# Works on a scratch copy of the site (posts are edited), with target/classes and Maven's classpath:
# run `mvn -q package -DskipTests` first (our site embeds simulations, whose bundle the teavm profile builds).
# Extra JVM flags go in ESSAYKIT_JAVA_OPTS. ESSAYKIT_BENCH_EDIT=title times title edits instead of body edits.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
cd "$repo"
[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: bench/rebuild-bench.sh N|site [EDITS]" >&2; exit 2; }
edits=${2:-50}
[[ -d target/classes/org ]] || { echo "error: target/classes missing; run mvn -q package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $1 == site ]]; then
    cp -R content templates "$work/"
else
    corpus="$bench_dir/.corpus-$1"
    if [[ ! -d $corpus/content ]]; then
        echo "generating corpus of $1 posts into $corpus"
        java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$bench_dir/GenerateCorpus.java" "$1" "$corpus" >/dev/null
    fi
    cp -R "$corpus/content" "$work/"
    cp -R templates "$work/"
    # Social cards drawn by an earlier run spare most of the first build (the edits never draw one).
    [[ -d $corpus/.essaykit-cache ]] && cp -R "$corpus/.essaykit-cache" "$work/"
fi
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
read -r -a java_opts <<<"${ESSAYKIT_JAVA_OPTS:-}"
java ${java_opts[@]+"${java_opts[@]}"} -cp "target/classes:$(cat "$work/classpath.txt")" \
    "$bench_dir/LiveBuildBench.java" "$work" "$edits"
if [[ $1 != site && ! -d $corpus/.essaykit-cache && -d $work/.essaykit-cache ]]; then
    cp -R "$work/.essaykit-cache" "$corpus/"
fi
