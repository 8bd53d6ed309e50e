#!/usr/bin/env bash
# serve's first build against build, on the same corpus, through the launcher (target/essaykit), alternating:
# `essaykit build` into a fresh folder, then `essaykit serve` from its start until it prints "serving" (its first
# build done and the server listening), ROUNDS times. Prints each time and the medians, and serve/build.
#
#   bench/serve-first-build.sh N [ROUNDS]     bench/.corpus-N (as build-bench.sh makes it), ROUNDS default 3
#
# Works on a copy under ESSAYKIT_BENCH_TMPDIR (default /tmp) with the corpus's card cache, so both builds find
# the same cache (serve draws the cards of drafts too, which the corpus has none of).
set -euo pipefail
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
[[ $# -ge 1 && $1 =~ ^[1-9][0-9]{0,5}$ ]] || { echo "usage: bench/serve-first-build.sh N [ROUNDS]" >&2; exit 2; }
n=$1
rounds=${2:-3}
launcher=$repo/target/essaykit
[[ -x $launcher && -f $repo/target/essaykit.jar ]] || { echo "run mvn -q package -DskipTests first" >&2; exit 1; }
corpus=$bench_dir/.corpus-$n
if [[ ! -d $corpus/content ]]; then
    echo "generating corpus of $n posts into $corpus"
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$bench_dir/GenerateCorpus.java" "$n" "$corpus" > /dev/null
fi
work=$(mktemp -d "${ESSAYKIT_BENCH_TMPDIR:-/tmp}/essaykit-serve-first.XXXXXX")
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cp -R "$corpus/content" "$work/"
cp -R "$repo/templates" "$work/"
[[ -d $corpus/.essaykit-cache ]] && cp -R "$corpus/.essaykit-cache" "$work/"
"$launcher" build --source "$work" --out "$work/site" -q   # the card cache, and the launcher's archive

millis() { date +%s%3N; }
builds=() serves=()
for ((round = 1; round <= rounds; round++)); do
    rm -rf "$work/site"
    start=$(millis)
    "$launcher" build --source "$work" --out "$work/site" -q
    builds+=($(($(millis) - start)))
    start=$(millis)
    coproc SERVE { exec "$launcher" serve --source "$work" --port 0 2>&1; }
    server=$SERVE_PID
    while read -r line <&"${SERVE[0]}"; do
        [[ $line == serving* ]] && break
    done
    serves+=($(($(millis) - start)))
    kill "$server" 2> /dev/null || true
    wait "$server" 2> /dev/null || true
    server=
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
b=$(median "${builds[@]}")
s=$(median "${serves[@]}")
echo "$n posts, $rounds rounds (ms): build ${builds[*]}; serve's first build ${serves[*]}"
awk -v b="$b" -v s="$s" 'BEGIN {printf "medians: build %d ms, serve %d ms, serve/build %.2f\n", b, s, s / b}'
