#!/usr/bin/env bash
# Prints the table of the last bench/check-bench.sh run for N pages, from bench/.linksite-N/results/:
#
#   bench/check-table.sh N
#
# Per tool: wall time, CPU time (user + system; steadier than wall time on a busy machine), peak RSS,
# planted defects found and missed, false positives, and the tool's wall time over essaykit's. For
# essaykit, the run with the median wall time of three.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -eq 1 && $1 =~ ^[1-9][0-9]{1,5}$ ]] || { echo "usage: bench/check-table.sh N" >&2; exit 2; }
corpus=$bench_dir/.linksite-$1
results=$corpus/results
[[ -f $results/limit ]] || { echo "error: no finished run in $results; run bench/check-bench.sh $1" >&2; exit 1; }
limit=$(cat "$results/limit")

metric() {
    grep -F "$2" "$results/$1.time" | head -n 1 | awk -F': ' '{print $NF}'
}

wall() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }' <<<"$(metric "$1" 'Elapsed (wall clock) time')"
}

cpu() {
    awk '{ s += $1 } END { printf "%.1f\n", s }' <<<"$(metric "$1" 'User time'; metric "$1" 'System time')"
}

rss_mb() {
    awk '{ printf "%.0f\n", $1 / 1024 }' <<<"$(metric "$1" 'Maximum resident set size')"
}

median=$(for i in 1 2 3; do echo "$(wall "essaykit-$i") essaykit-$i"; done | sort -n | sed -n 2p | cut -d' ' -f2)
ek_wall=$(wall "$median")
echo "essaykit wall times (s): $(for i in 1 2 3; do wall "essaykit-$i"; done | sort -n | tr '\n' ' ')"
echo "load at each start: $(for t in "$median" linkchecker htmlproofer linkinator; do
    printf '%s %s; ' "$t" "$(sed 's/.*load average: //' "$results/$t.load")"; done)"
echo
row() {
    printf '| %-22s | %9s | %8s | %12s | %5s | %6s | %15s | %11s |\n' "$@"
}
row tool "wall (s)" "CPU (s)" "peak RSS MB" found missed "false positives" "vs essaykit"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------------------------ ----------: ---------: -------------: ------: -------: ----------------: ------------:
for tool in essaykit linkchecker htmlproofer linkinator; do
    case $tool in
        essaykit) run=$median; report=essaykit.json; name="essaykit check" ;;
        linkchecker) run=$tool; report=linkchecker.csv; name="linkchecker $(dpkg-query -W -f='${Version}' linkchecker)" ;;
        htmlproofer) run=$tool; report=htmlproofer.err; name="htmlproofer $(dpkg-query -W -f='${Version}' ruby-html-proofer)" ;;
        linkinator) run=$tool; report=linkinator.csv
            name="linkinator $(node -p "require('$bench_dir/.tools/linkinator/node_modules/linkinator/package.json').version")" ;;
    esac
    rc=$(cat "$results/$run.rc")
    if [[ $rc -eq 124 || $rc -eq 137 ]]; then
        # 137: the tool ignored TERM and was killed, and GNU time lost its usage figures with it.
        cpu_used=-
        rss=-
        [[ $rc -eq 137 ]] || { cpu_used=$(cpu "$run"); rss=$(rss_mb "$run"); }
        row "$name" "> $limit" "$cpu_used" "$rss" - - - "> $(awk -v l="$limit" -v e="$ek_wall" 'BEGIN { printf "%.0f", l / e }')x"
        continue
    fi
    read -r found missed false _ < <(python3 "$bench_dir/score-links.py" "$tool" "$results/$report" "$corpus/expected.tsv" 2>>"$results/score.txt")
    row "$name" "$(wall "$run")" "$(cpu "$run")" "$(rss_mb "$run")" "$found" "$missed" "$false" \
        "$(awk -v t="$(wall "$run")" -v e="$ek_wall" 'BEGIN { printf "%.1fx", t / e }')"
done
echo
sort -u "$results/score.txt" 2>/dev/null || true
rm -f "$results/score.txt"
