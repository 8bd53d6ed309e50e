#!/usr/bin/env bash
# Benchmarks `essaykit build` on a generated corpus of N posts.
#
#   bench/build-bench.sh N [RUNS]        (RUNS defaults to 5)
#
# Generates the corpus once per N into bench/.corpus-N/ (git-ignored; regenerated when
# GenerateCorpus.java changes), copies the repo's templates/ into it, does one warm-up build, then
# RUNS timed builds, each a fresh JVM under GNU time. Prints wall time and peak RSS per run and
# their medians. Extra JVM flags go in ESSAYKIT_JAVA_OPTS, e.g. ESSAYKIT_JAVA_OPTS="-Xmx512m".
# ESSAYKIT_BENCH_TMPDIR=/dev/shm writes the built site to a fresh folder on that file system instead
# of bench/.corpus-N/site, which keeps disk and file-system noise out of the numbers (see README).
set -euo pipefail

usage() {
    echo "usage: bench/build-bench.sh N [RUNS]   (N posts, 1..99999; RUNS timed builds, default 5)" >&2
    exit 2
}

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
cd "$repo" # so target/ and templates/ resolve however the script was invoked

[[ $# -ge 1 && $# -le 2 ]] || usage
n=$1
runs=${2:-5}
[[ $n =~ ^[1-9][0-9]{0,4}$ ]] || usage
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage

jar=target/essaykit.jar
# Check first: no point generating a large corpus for a build that cannot run.
if [[ ! -f $jar ]]; then
    echo "error: $repo/$jar not found; run mvn -q package -DskipTests first" >&2
    exit 1
fi

# GNU time gives peak RSS; bash's `time` keyword does not. Debian ships it as package `time`.
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is missing; installing Debian package 'time'" >&2
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    # env, not a plain assignment: sudo may reset the environment.
    if ! { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }; then
        echo "error: could not install GNU time; install the Debian package 'time' and retry" >&2
        exit 1
    fi
fi

# Word-split the options on purpose (no globbing), so several flags can be passed in one variable.
read -r -a java_opts <<<"${ESSAYKIT_JAVA_OPTS:-}"

# --- corpus ------------------------------------------------------------------------------------
corpus="$bench_dir/.corpus-$n"
stamp="$corpus/.generator-sha256" # dotfile: essaykit (like Jekyll) ignores it, and it is outside content/
want=$(sha256sum "$bench_dir/GenerateCorpus.java" | cut -d' ' -f1)
work=$(mktemp -d)
tmp=""
out_root=""
child=""
# On Ctrl-C or kill, stop the child we started (generator or build) and remove temp dirs; a plain
# EXIT trap alone does not run when bash dies of SIGTERM.
cleanup() {
    if [[ -n $child ]]; then
        # GNU time does not pass signals on, so stop the JVM under it first, then time itself.
        pkill -TERM -P "$child" 2>/dev/null || true
        kill "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true # non-zero by design; must not stop the trap under set -e
    fi
    rm -rf "$work" ${tmp:+"$tmp"} ${out_root:+"$out_root"}
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    echo "generating corpus of $n posts into $corpus"
    # Generate beside the final place and rename, so an interrupted run never leaves a half corpus
    # that a later run would mistake for a finished one.
    tmp=$(mktemp -d "$bench_dir/.corpus-$n.tmp.XXXXXX")
    chmod 755 "$tmp" # mktemp makes it private; the corpus is an ordinary folder once renamed
    # Run in the background and wait, so a signal reaches our trap at once instead of after the child.
    # C1-only JIT: in a run this short, C2 compilation costs as much CPU as the generation itself
    # (about 3 s instead of 5-7 s wall for 10,000 posts on 2 cores). Output does not depend on it.
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$bench_dir/GenerateCorpus.java" "$n" "$tmp" >/dev/null &
    child=$!
    wait "$child"
    child=""
    echo "$want" >"$tmp/.generator-sha256"
    rm -rf "$corpus"
    mv "$tmp" "$corpus"
    tmp=""
fi

# Templates are copied on every run, so template changes are benchmarked without regenerating content.
rm -rf "$corpus/templates"
if [[ -d templates ]]; then
    cp -R templates "$corpus/templates"
else
    echo "warning: $repo/templates not found; building without templates" >&2
fi

# --- runs --------------------------------------------------------------------------------------
if [[ -n ${ESSAYKIT_BENCH_TMPDIR:-} ]]; then
    # A folder of our own under the given one, so the rm -rf below can only touch what we created.
    out_root=$(mktemp -d "$ESSAYKIT_BENCH_TMPDIR/essaykit-bench.XXXXXX")
    out="$out_root/site"
else
    out="$corpus/site"
fi

# One build under GNU time; leaves the metrics in $work/time-$1.txt and the output in $work/log-$1.txt.
build_once() {
    local label=$1
    # Start every build from the same state: no previous output for essaykit to replace, and the
    # deletion flushed to disk before the clock starts.
    rm -rf "$out"
    sync
    /usr/bin/time -v -o "$work/time-$label.txt" \
        java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" build --source "$corpus" --out "$out" \
        >"$work/log-$label.txt" 2>&1 &
    child=$!
    local rc=0
    wait "$child" || rc=$?
    child=""
    if [[ $rc -ne 0 ]]; then
        echo "error: build $label failed (exit $rc); its output (last 40 lines):" >&2
        tail -n 40 "$work/log-$label.txt" >&2
        exit 1
    fi
}

# Pulls one field out of `time -v` output (the text after the last ": ").
metric() {
    grep -F "$2" "$work/time-$1.txt" | head -n 1 | awk -F': ' '{print $NF}'
}

# "h:mm:ss" or "m:ss.ss" to seconds.
to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

# Median of numbers on stdin (mean of the middle two for an even count), printed with format $1.
median() {
    sort -n | awk -v fmt="$1" '{ v[NR] = $1 } END { printf fmt, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "essaykit build benchmark: $n posts, $runs runs (+1 warm-up), $(nproc) CPUs"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "ESSAYKIT_JAVA_OPTS: ${ESSAYKIT_JAVA_OPTS:-(none)}"
echo "corpus: $corpus ($(du -sh "$corpus/content" | cut -f1) of content)"
echo "output: $out"

# The warm-up fills the OS file cache with the corpus and the jar, so run 1 is not an outlier.
build_once warmup
echo "warm-up: $(tail -n 1 "$work/log-warmup.txt")"
echo

printf '%-4s %9s %12s %8s %8s %6s\n' run wall_s peak_rss_mb user_s sys_s cpu
walls=()
rsss=()
for ((i = 1; i <= runs; i++)); do
    build_once "$i"
    wall=$(to_seconds "$(metric "$i" 'Elapsed (wall clock) time')")
    rss=$(awk '{ printf "%.1f", $1 / 1024 }' <<<"$(metric "$i" 'Maximum resident set size')")
    printf '%-4s %9s %12s %8s %8s %6s\n' "$i" "$wall" "$rss" \
        "$(metric "$i" 'User time')" "$(metric "$i" 'System time')" "$(metric "$i" 'Percent of CPU')"
    walls+=("$wall")
    rsss+=("$rss")
done

echo
echo "median wall time: $(printf '%s\n' "${walls[@]}" | median %.2f) s"
echo "median peak RSS:  $(printf '%s\n' "${rsss[@]}" | median %.1f) MB"
