#!/usr/bin/env bash
# Benchmarks `essaykit build` on a generated corpus of N posts, alone or side by side with Hugo.
#
#   bench/build-bench.sh N [RUNS]             essaykit alone: 1 warm-up, then RUNS timed builds (default 5)
#   bench/build-bench.sh compare N [ROUNDS]   essaykit and Hugo on the same corpus, ROUNDS rounds (default 5)
#   bench/build-bench.sh scaling [SIZES...]   essaykit and Hugo at each size (default 1000 2000 4000 8000
#                                             16000), cards off, and the fitted exponent b of time = a*n^b
#
# The corpus (bench/GenerateCorpus.java: posts, 20 concept pages, and the same pages laid out for Hugo) is
# generated once per N into bench/.corpus-N/ (git-ignored; regenerated when GenerateCorpus.java changes).
# The repo's templates/ and bench/hugo/ (Hugo's config and layouts) are copied into it on every run. Every
# timed build is a fresh process under GNU time -v, into a freshly deleted output folder.
#
# compare: each round runs essaykit three ways, with social cards off (like for like: Hugo draws none), on
# with an empty card cache (.essaykit-cache/ deleted: a first build) and on again with the cache that build
# left (a second build), and Hugo once, in turn: odd rounds essaykit first, even rounds Hugo first. Prints
# every run's wall time, CPU time (user + sys) and peak RSS, then the medians and essaykit/Hugo ratios.
# Before timing it checks that both tools made the same post, tag and concept pages (and fails if not).
#
# Environment:
#   ESSAYKIT_JAVA_OPTS           extra JVM flags for essaykit, e.g. "-Xmx512m -XX:+UseSerialGC"
#   ESSAYKIT_BENCH_TMPDIR        write the built sites to a fresh folder under this one (e.g. /dev/shm)
#                                instead of bench/.corpus-N/site (and hugo-site), to keep disk noise out
#   ESSAYKIT_BENCH_SCALING_RUNS  scaling: builds per tool and size, the median is used (default 1)
#
# Installs GNU time (Debian package `time`) when /usr/bin/time is missing, and for compare and scaling
# Hugo (Debian package `hugo`) when `hugo` is missing.
set -euo pipefail

usage() {
    cat >&2 <<'EOF'
usage: bench/build-bench.sh N [RUNS]             essaykit alone (N posts, 1..99999; RUNS default 5)
       bench/build-bench.sh compare N [ROUNDS]   essaykit and Hugo side by side (ROUNDS default 5)
       bench/build-bench.sh scaling [SIZES...]   both tools per size (default 1000 2000 4000 8000 16000)
EOF
    exit 2
}

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
cd "$repo" # so target/ and templates/ resolve however the script was invoked

is_size() { [[ $1 =~ ^[1-9][0-9]{0,4}$ ]]; }
is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }

mode=single
case ${1:-} in
compare)
    mode=compare
    [[ $# -ge 2 && $# -le 3 ]] || usage
    sizes=("$2")
    runs=${3:-5}
    ;;
scaling)
    mode=scaling
    shift
    sizes=("$@")
    [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 2000 4000 8000 16000)
    [[ ${#sizes[@]} -ge 2 ]] || { echo "error: scaling needs at least two sizes to fit an exponent" >&2; exit 2; }
    runs=${ESSAYKIT_BENCH_SCALING_RUNS:-1}
    ;;
*)
    [[ $# -ge 1 && $# -le 2 ]] || usage
    sizes=("$1")
    runs=${2:-5}
    ;;
esac
for n in "${sizes[@]}"; do is_size "$n" || usage; done
is_count "$runs" || usage

jar=target/essaykit.jar
# Check first: no point generating a large corpus for a build that cannot run.
if [[ ! -f $jar ]]; then
    echo "error: $repo/$jar not found; run mvn -q package -DskipTests first" >&2
    exit 1
fi

# Installs Debian packages with apt-get, as root or through sudo.
apt_install() {
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    # env, not a plain assignment: sudo may reset the environment.
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# GNU time gives peak RSS; bash's `time` keyword does not. Debian ships it as package `time`.
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is missing; installing Debian package 'time'" >&2
    apt_install time || { echo "error: could not install GNU time; install the Debian package 'time' and retry" >&2; exit 1; }
fi
if [[ $mode != single ]] && ! command -v hugo >/dev/null; then
    echo "hugo is missing; installing Debian package 'hugo'" >&2
    apt_install hugo || { echo "error: could not install Hugo; install the Debian package 'hugo' and retry" >&2; exit 1; }
fi

# Word-split the options on purpose (no globbing), so several flags can be passed in one variable.
read -r -a java_opts <<<"${ESSAYKIT_JAVA_OPTS:-}"

work=$(mktemp -d)
tmp=""
out_root=""
child=""
corpus=""
# On Ctrl-C or kill, stop the child we started (generator or build) and remove temp dirs; a plain
# EXIT trap alone does not run when bash dies of SIGTERM. The corpus gets its usual config back.
cleanup() {
    if [[ -n $child ]]; then
        # GNU time does not pass signals on, so stop the process under it first, then time itself.
        pkill -TERM -P "$child" 2>/dev/null || true
        kill "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true # non-zero by design; must not stop the trap under set -e
    fi
    restore_config
    rm -rf "$work" ${tmp:+"$tmp"} ${out_root:+"$out_root"}
}
trap cleanup EXIT

# Gives the current corpus its usual config back (serve-bench.sh and rebuild-bench.sh use it as it is).
restore_config() {
    if [[ -n ${corpus:-} && -f $corpus/.site-base.yaml ]]; then
        cp "$corpus/.site-base.yaml" "$corpus/content/site.yaml"
    fi
}
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits, so a signal reaches our trap at once instead of after it.
run_child() {
    "$@" &
    child=$!
    local rc=0
    wait "$child" || rc=$?
    child=""
    return "$rc"
}

# --- corpus ------------------------------------------------------------------------------------

# Makes sure bench/.corpus-$1 is the generator's current output (essaykit's content/ and Hugo's
# hugo/content/), then lays templates/ and bench/hugo/ into it. Sets $corpus.
prepare_corpus() {
    local n=$1
    restore_config # the previous size's corpus (scaling), which the exit trap no longer names
    corpus="$bench_dir/.corpus-$n"
    local stamp="$corpus/.generator-sha256" # dotfile: essaykit (like Jekyll) ignores it, and it is outside content/
    local want
    want=$(sha256sum "$bench_dir/GenerateCorpus.java" | cut -d' ' -f1)
    if [[ ! -f $stamp || $(cat "$stamp") != "$want" || ! -f $corpus/.site-base.yaml ]]; then
        echo "generating corpus of $n posts into $corpus"
        # Generate beside the final place and rename, so an interrupted run never leaves a half corpus
        # that a later run would mistake for a finished one.
        tmp=$(mktemp -d "$bench_dir/.corpus-$n.tmp.XXXXXX")
        chmod 755 "$tmp" # mktemp makes it private; the corpus is an ordinary folder once renamed
        # C1-only JIT: in a run this short, C2 compilation costs as much CPU as the generation itself
        # (about 3 s instead of 5-7 s wall for 10,000 posts on 2 cores). Output does not depend on it.
        run_child java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$bench_dir/GenerateCorpus.java" "$n" "$tmp" "$tmp/hugo" >/dev/null
        # The config as generated; each run writes content/site.yaml from it (cards on or off).
        cp "$tmp/content/site.yaml" "$tmp/.site-base.yaml"
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
    # Hugo's config and layouts likewise, with essaykit's page size: the one `paginate` of the corpus.
    rm -rf "$corpus/hugo/layouts" "$corpus/hugo/config.toml"
    cp -R "$bench_dir/hugo/layouts" "$corpus/hugo/layouts"
    local paginate
    paginate=$(awk -F': *' '$1 == "paginate" { print $2 }' "$corpus/.site-base.yaml")
    [[ $paginate =~ ^[1-9][0-9]*$ ]] || { echo "error: no paginate: N in $corpus/.site-base.yaml" >&2; exit 1; }
    sed "s/^paginate = .*/paginate = $paginate/" "$bench_dir/hugo/config.toml" >"$corpus/hugo/config.toml"
    write_config cards
}

# Writes the corpus's content/site.yaml: the generated config, with social cards on (as generated: the
# config has a url) or off.
write_config() {
    cp "$corpus/.site-base.yaml" "$corpus/content/site.yaml"
    [[ $1 == cards ]] || echo "social_cards: false" >>"$corpus/content/site.yaml"
}

# Reads the corpus, the jar, the JDK's class archive and Hugo into the OS file cache, which a first
# build would otherwise pay for (a warm-up build would do the same at the cost of a whole build).
warm_file_cache() {
    local java_home
    java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    find "$corpus/content" "$corpus/hugo/content" -type f -print0 | xargs -0 cat >/dev/null
    cat "$jar" "$java_home/lib/modules" "$(command -v hugo || echo /dev/null)" >/dev/null 2>&1 || true
    prepare_launcher
}

# --- runs --------------------------------------------------------------------------------------

if [[ -n ${ESSAYKIT_BENCH_TMPDIR:-} ]]; then
    # A folder of our own under the given one, so the rm -rf of each build can only touch what we created.
    out_root=$(mktemp -d "$ESSAYKIT_BENCH_TMPDIR/essaykit-bench.XXXXXX")
fi

# One build under GNU time: `timed LABEL OUT COMMAND...` leaves the metrics in $work/time-LABEL.txt and
# the output in $work/log-LABEL.txt.
timed() {
    local label=$1 out=$2
    shift 2
    # Start every build from the same state: no previous output to replace, and the deletion flushed
    # to disk before the clock starts.
    rm -rf "$out"
    sync
    local rc=0
    run_child /usr/bin/time -v -o "$work/time-$label.txt" "$@" >"$work/log-$label.txt" 2>&1 || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "error: build $label failed (exit $rc); its output (last 40 lines):" >&2
        tail -n 40 "$work/log-$label.txt" >&2
        exit 1
    fi
}

# Where the sites go: bench/.corpus-N/site and hugo-site, or under ESSAYKIT_BENCH_TMPDIR.
essaykit_out() { echo "${out_root:-$corpus}/site"; }
hugo_out() { echo "${out_root:-$corpus}/hugo-site"; }

# How essaykit is run: as users run it, through the launcher beside the jar (target/essaykit: its class-data
# archive and one-shot JIT and GC settings), or, when ESSAYKIT_JAVA_OPTS is set, `java OPTS -jar` exactly.
essaykit_cmd() {
    if [[ -n ${ESSAYKIT_JAVA_OPTS:-} || ! -x target/essaykit ]]; then
        echo java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar"
    else
        echo target/essaykit
    fi
}

# The launcher makes its class-data archive on its first build: made here, untimed, on our own site.
prepare_launcher() {
    if [[ $(essaykit_cmd) == target/essaykit ]]; then
        target/essaykit build --source "$repo" --out "$work/launcher-site" --quiet >/dev/null 2>&1 || true
        rm -rf "$work/launcher-site"
    fi
}

# `essaykit_build LABEL off|first|cached`: social cards off, on with no card cache, on with the cache.
essaykit_build() {
    local label=$1 cards=$2
    if [[ $cards == off ]]; then write_config nocards; else write_config cards; fi
    [[ $cards != first ]] || rm -rf "$corpus/.essaykit-cache"
    # shellcheck disable=SC2046 # the command is words on purpose
    timed "$label" "$(essaykit_out)" $(essaykit_cmd) build --source "$corpus" --out "$(essaykit_out)"
}

hugo_build() {
    timed "$1" "$(hugo_out)" hugo --source "$corpus/hugo" --destination "$(hugo_out)" --quiet
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

# `measure LABEL KIND SIZE`: prints the run's line and appends "KIND SIZE wall cpu rss" to $work/runs.txt.
measure() {
    local label=$1 kind=$2 size=$3 wall cpu rss
    wall=$(to_seconds "$(metric "$label" 'Elapsed (wall clock) time')")
    cpu=$(awk '{ printf "%.2f", $1 + $2 }' <<<"$(metric "$label" 'User time') $(metric "$label" 'System time')")
    rss=$(awk '{ printf "%.1f", $1 / 1024 }' <<<"$(metric "$label" 'Maximum resident set size')")
    printf '%-8s %-28s %9s %9s %12s\n' "${label%%-*}" "$kind" "$wall" "$cpu" "$rss"
    echo "$kind $size $wall $cpu $rss" >>"$work/runs.txt"
}

# `median_of KIND SIZE FIELD FORMAT`: the median of one field (3 wall, 4 cpu, 5 rss) of the runs of KIND at SIZE.
median_of() {
    awk -v k="$1" -v s="$2" -v f="$3" '$1 == k && $2 == s { print $f }' "$work/runs.txt" | median "$4"
}

# --- page counts ---------------------------------------------------------------------------------

# Pages one site has, as "posts tags concepts home home_after_first tags_after_first": post, tag and concept
# pages are DIR/posts/*/, DIR/tags/*/ and DIR/concepts/*/, the home page DIR/index.html; pages 2, 3, ... of the
# home page and the tag pages are .../page/N/ (Hugo's page/1/ is a redirect to the first page: not counted).
count_pages() {
    local dir=$1 posts tags concepts home=0 home_more pager
    [[ -f $dir/index.html ]] && home=1
    posts=$(find "$dir/posts" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l)
    tags=$(find "$dir/tags" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l)
    concepts=$(find "$dir/concepts" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l)
    home_more=$(find "$dir/page" -mindepth 2 -maxdepth 2 -name index.html ! -path '*/page/1/*' 2>/dev/null | wc -l)
    pager=$(find "$dir/tags" -mindepth 4 -maxdepth 4 -path '*/page/*/index.html' ! -path '*/page/1/*' 2>/dev/null | wc -l)
    echo "$posts $tags $concepts $home $home_more $pager"
}

# Compares the last outputs of both tools; fails if they made different post, tag or concept pages.
check_page_counts() {
    local n=$1 ek hg
    read -r -a ek <<<"$(count_pages "$(essaykit_out)")"
    read -r -a hg <<<"$(count_pages "$(hugo_out)")"
    local ek_html hg_html
    ek_html=$(find "$(essaykit_out)" -name '*.html' | wc -l)
    hg_html=$(find "$(hugo_out)" -name '*.html' | wc -l)
    local row='%-9s %6s %6s %9s %5s %12s %14s %11s\n'
    printf "$row" pages posts tags concepts home "home p. 2+" "tag pages 2+" "all .html"
    printf "$row" essaykit "${ek[@]}" "$ek_html"
    printf "$row" hugo "${hg[@]}" "$hg_html"
    if [[ ${ek[0]} -ne $n || ${hg[0]} -ne $n || ${ek[3]} -ne 1 || ${hg[3]} -ne 1 ]]; then
        echo "error: both tools should make $n post pages and a home page; essaykit made ${ek[0]} and" \
            "${ek[3]}, Hugo ${hg[0]} and ${hg[3]}" >&2
        exit 1
    fi
    if [[ ${ek[1]} -ne ${hg[1]} || ${ek[2]} -ne ${hg[2]} ]]; then
        echo "error: the tools made different pages: tags ${ek[1]} vs ${hg[1]}, concepts ${ek[2]} vs ${hg[2]};" \
            "compare $(essaykit_out) with $(hugo_out)" >&2
        exit 1
    fi
    if [[ ${ek[4]} -ne ${hg[4]} || ${ek[5]} -ne ${hg[5]} ]]; then
        echo "note: the list pages after the first differ (essaykit's other pages are not counted above:"
        echo "      archive, search, graph, concepts index, 404); essaykit without pagination makes none"
    fi
}

# --- modes ---------------------------------------------------------------------------------------

header() {
    echo "java: $(java -version 2>&1 | head -n 1)"
    [[ $mode == single ]] || echo "hugo: $(hugo version | head -n 1)"
    echo "ESSAYKIT_JAVA_OPTS: ${ESSAYKIT_JAVA_OPTS:-(none)}; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "essaykit runs as: $(essaykit_cmd) build ..."
}

single() {
    local n=${sizes[0]}
    prepare_corpus "$n"
    echo "essaykit build benchmark: $n posts, $runs runs (+1 warm-up)"
    header
    echo "corpus: $corpus ($(du -sh "$corpus/content" | cut -f1) of content)"
    echo "output: $(essaykit_out)"

    # The warm-up fills the OS file cache with the corpus and the jar, so run 1 is not an outlier.
    prepare_launcher
    # shellcheck disable=SC2207 # the command is words on purpose
    local java_cmd=($(essaykit_cmd) build --source "$corpus" --out "$(essaykit_out)")
    timed warmup "$(essaykit_out)" "${java_cmd[@]}"
    echo "warm-up: $(tail -n 1 "$work/log-warmup.txt")"
    echo

    printf '%-4s %9s %12s %8s %8s %6s\n' run wall_s peak_rss_mb user_s sys_s cpu
    local walls=() rsss=() i wall rss
    for ((i = 1; i <= runs; i++)); do
        timed "$i" "$(essaykit_out)" "${java_cmd[@]}"
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
}

compare() {
    local n=${sizes[0]} r
    prepare_corpus "$n"
    echo "essaykit vs Hugo: $n posts, $runs rounds"
    header
    echo "corpus: $corpus ($(du -sh "$corpus/content" | cut -f1) of content, the same again for Hugo)"
    echo "output: $(essaykit_out), $(hugo_out)"
    warm_file_cache
    echo
    printf '%-8s %-28s %9s %9s %12s\n' round run wall_s cpu_s peak_rss_mb
    for ((r = 1; r <= runs; r++)); do
        # The order turns each round: odd rounds essaykit's three builds then Hugo, even rounds Hugo first.
        ((r % 2 == 1)) || { hugo_build "$r-hugo"; measure "$r-hugo" hugo "$n"; }
        essaykit_build "$r-off" off
        measure "$r-off" essaykit-cards-off "$n"
        essaykit_build "$r-first" first
        measure "$r-first" essaykit-cards-first-build "$n"
        essaykit_build "$r-cached" cached
        measure "$r-cached" essaykit-cards-cached "$n"
        ((r % 2 == 0)) || { hugo_build "$r-hugo"; measure "$r-hugo" hugo "$n"; }
        if ((r == 1)); then
            echo
            check_page_counts "$n"
            echo
        fi
    done

    echo
    echo "medians over $runs rounds; ratio = essaykit / Hugo (below 1: essaykit is faster or smaller)"
    printf '%-28s %9s %9s %12s %8s %8s %8s\n' run wall_s cpu_s peak_rss_mb "wall x" "cpu x" "rss x"
    local kind f vals=() ratios
    for kind in essaykit-cards-off essaykit-cards-first-build essaykit-cards-cached hugo; do
        vals=("$(median_of "$kind" "$n" 3 %.2f)" "$(median_of "$kind" "$n" 4 %.2f)" "$(median_of "$kind" "$n" 5 %.1f)")
        ratios=""
        for f in 3 4 5; do
            ratios+=$(awk -v a="$(median_of "$kind" "$n" "$f" %.4f)" -v b="$(median_of hugo "$n" "$f" %.4f)" \
                'BEGIN { printf " %8.2f", (b > 0 ? a / b : 0) }')
        done
        printf '%-28s %9s %9s %12s%s\n' "$kind" "${vals[@]}" "$ratios"
    done
}

scaling() {
    local n r
    echo "essaykit vs Hugo, scaling: ${sizes[*]} posts, cards off, median of $runs build(s) per tool and size"
    header
    echo
    for n in "${sizes[@]}"; do
        prepare_corpus "$n"
        warm_file_cache
        printf '%-8s %-28s %9s %9s %12s\n' posts run wall_s cpu_s peak_rss_mb
        for ((r = 1; r <= runs; r++)); do
            ((r % 2 == 1)) || { hugo_build "$n-hugo-$r"; measure "$n-hugo-$r" hugo "$n"; }
            essaykit_build "$n-essaykit-$r" off
            measure "$n-essaykit-$r" essaykit "$n"
            ((r % 2 == 0)) || { hugo_build "$n-hugo-$r"; measure "$n-hugo-$r" hugo "$n"; }
        done
        check_page_counts "$n"
        echo
    done

    echo "medians; ratio = essaykit / Hugo"
    printf '%-8s %13s %11s %13s %11s %9s %11s %9s\n' posts essaykit_wall ek_rss_mb hugo_wall hugo_rss_mb "wall x" essaykit_cpu hugo_cpu
    for n in "${sizes[@]}"; do
        local ew ec er hw hc hr
        ew=$(median_of essaykit "$n" 3 %.2f) ec=$(median_of essaykit "$n" 4 %.2f) er=$(median_of essaykit "$n" 5 %.1f)
        hw=$(median_of hugo "$n" 3 %.2f) hc=$(median_of hugo "$n" 4 %.2f) hr=$(median_of hugo "$n" 5 %.1f)
        printf '%-8s %13s %11s %13s %11s %9s %11s %9s\n' "$n" "$ew" "$er" "$hw" "$hr" \
            "$(awk -v a="$ew" -v b="$hw" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')" "$ec" "$hc"
        echo "$n $ew $ec $hw $hc" >>"$work/medians.txt"
    done
    echo
    # Least squares on log-log: log t = log a + b log n, over the sizes' medians; b = 1 is linear.
    echo "fitted exponent b of time = a * n^b (least squares on log n, log t):"
    awk '
        function fit(col,    i, x, y, sx, sy, sxx, sxy, m) {
            for (i = 1; i <= k; i++) {
                x = log(size[i]); y = log(v[i, col])
                sx += x; sy += y; sxx += x * x; sxy += x * y
            }
            return (k * sxy - sx * sy) / (k * sxx - sx * sx)
        }
        { k++; size[k] = $1; for (c = 2; c <= 5; c++) v[k, c] = ($c > 0 ? $c : 0.001) }
        END {
            printf "  essaykit: wall %.3f, cpu %.3f\n", fit(2), fit(3)
            printf "  hugo:     wall %.3f, cpu %.3f\n", fit(4), fit(5)
        }' "$work/medians.txt"
}

"$mode"
