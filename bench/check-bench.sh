#!/usr/bin/env bash
# Times `essaykit check` against linkchecker, htmlproofer and linkinator on one generated site.
#
#   bench/check-bench.sh N [LIMIT_SECONDS]     (N pages; each tool gets LIMIT_SECONDS, default 1200)
#
# Generates an N-page site with planted defects once per N into bench/.linksite-N/ (git-ignored;
# regenerated when GenerateLinkSite.java changes), installs the other tools when missing, then runs
# each tool once under GNU time (essaykit three times, median), offline, external links skipped.
# Then prints the table of check-table.sh. Reports stay in bench/.linksite-N/results/.
set -euo pipefail

usage() {
    echo "usage: bench/check-bench.sh N [LIMIT_SECONDS]   (N pages, 10..999999; default limit 1200 s)" >&2
    exit 2
}

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
cd "$repo"

[[ $# -ge 1 && $# -le 2 ]] || usage
n=$1
limit=${2:-1200}
[[ $n =~ ^[1-9][0-9]{1,5}$ ]] || usage
[[ $limit =~ ^[1-9][0-9]*$ ]] || usage

jar=$repo/target/essaykit.jar
if [[ ! -f $jar ]]; then
    echo "error: $jar not found; run mvn -q package -DskipTests first" >&2
    exit 1
fi

# --- tools ---------------------------------------------------------------------------------------
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
apt_install() {
    echo "installing Debian packages: $*" >&2
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v linkchecker >/dev/null || missing+=(linkchecker)
command -v htmlproofer >/dev/null || missing+=(ruby-html-proofer)
command -v npm >/dev/null || missing+=(npm)
[[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
linkinator_dir=$bench_dir/.tools/linkinator # git-ignored
linkinator=$linkinator_dir/node_modules/.bin/linkinator
if [[ ! -x $linkinator ]]; then
    echo "installing linkinator@7 into $linkinator_dir" >&2
    mkdir -p "$linkinator_dir"
    (cd "$linkinator_dir" && npm install --no-audit --no-fund --silent linkinator@7 >/dev/null)
fi

# --- site ----------------------------------------------------------------------------------------
corpus=$bench_dir/.linksite-$n
stamp=$corpus/.generator-sha256
want=$(sha256sum "$bench_dir/GenerateLinkSite.java" | cut -d' ' -f1)
server=""
child=""
cleanup() {
    # GNU time and timeout pass no signal on by themselves: stop what runs under them first.
    for pid in $child $server; do
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    echo "generating a site of $n pages into $corpus" >&2
    rm -rf "$corpus"
    tmp=$(mktemp -d "$bench_dir/.linksite-$n.tmp.XXXXXX")
    java -XX:TieredStopAtLevel=1 "$bench_dir/GenerateLinkSite.java" "$n" "$tmp" >/dev/null
    echo "$want" >"$tmp/.generator-sha256"
    chmod -R a+rX "$tmp" # LinkChecker drops root privileges to nobody
    mv "$tmp" "$corpus"
fi
site=$corpus/site
expected=$corpus/expected.tsv
results=$corpus/results
rm -rf "$results"
mkdir -p "$results"
echo "$limit" >"$results/limit"
chmod a+rx "$results"
# Read every file once, so no tool pays for a cold file cache.
find "$site" -type f -exec cat {} + >/dev/null

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# run LABEL OUTPUT COMMAND...: one timed run; stdout to OUTPUT, stderr to LABEL.err, GNU time to LABEL.time.
run() {
    local label=$1 output=$2
    shift 2
    uptime >"$results/$label.load"
    /usr/bin/time -v -o "$results/$label.time" timeout --kill-after=10 "$limit" "$@" \
        >"$output" 2>"$results/$label.err" &
    child=$!
    local rc=0
    wait "$child" || rc=$?
    child=""
    echo "$rc" >"$results/$label.rc"
}

echo "essaykit check benchmark: $n pages, limit ${limit} s per tool, $(nproc) CPUs"
echo "site: $site ($(find "$site" -type f | wc -l) files, $(du -sh "$site" | cut -f1)); planted defects: $(grep -vc '^#' "$expected")"
echo "load before: $(uptime)"

# essaykit: offline is the default; example.com links are external, so they are not requested.
for i in 1 2 3; do
    run "essaykit-$i" "$results/essaykit.json" java -jar "$jar" check "$site" --format json
done

# linkchecker needs HTTP: root-absolute links mean nothing under file://.
port=$(free_port)
python3 "$bench_dir/static-server.py" "$port" "$site" &
server=$!
for _ in $(seq 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
config=$results/linkchecker.ini
printf '[checking]\nmaxrequestspersecond=1000\n[AnchorCheck]\n' >"$config"
chmod a+r "$config"
run linkchecker "$results/linkchecker.csv" \
    linkchecker --config "$config" --no-status -o csv --ignore-url 'example\.com' "http://127.0.0.1:$port/"
kill "$server"
wait "$server" 2>/dev/null || true
server=""

# htmlproofer checks the files themselves (its failures go to stderr: htmlproofer.err); run it in
# results/ so its tmp/ cache lands there.
(cd "$results" && run htmlproofer "$results/htmlproofer.out" htmlproofer "$site" --disable-external)

# linkinator serves the folder with its own static server.
run linkinator "$results/linkinator.csv" \
    "$linkinator" "$site" --recurse --check-fragments --skip 'example\.com' --format csv

echo "load after:  $(uptime)"
echo
"$bench_dir/check-table.sh" "$n"
