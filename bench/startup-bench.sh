#!/bin/sh
# Start-up: `init`'s one-post site (one post with a simulation of its own, its Pages workflow's command) built
# RUNS times through the launcher (target/essaykit, with its class-data archive) and with plain `java -jar`,
# alternating, beside Hugo building the site `hugo new site` makes with one post. Prints each run's wall time
# and the medians. Works on copies in a temporary folder (ESSAYKIT_BENCH_TMPDIR, default /tmp), so the archive
# it makes is its own. Needs target/essaykit and target/essaykit.jar (mvn -q package -DskipTests).
#   bench/startup-bench.sh [RUNS]
set -eu
runs=${1:-9}
repo=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$repo/target/essaykit.jar" ] && [ -x "$repo/target/essaykit" ] \
  || { echo "no target/essaykit(.jar): run mvn -q package -DskipTests" >&2; exit 1; }
dir=$(mktemp -d "${ESSAYKIT_BENCH_TMPDIR:-/tmp}/essaykit-startup.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/tool"
cp "$repo/target/essaykit" "$repo/target/essaykit.jar" "$dir/tool/"
java -jar "$dir/tool/essaykit.jar" init "$dir/one" > /dev/null
# The first build compiles the site's simulation (cached after) and makes the launcher's archive.
(cd "$dir/one" && "$dir/tool/essaykit" build -q && "$dir/tool/essaykit" build -q)

hugo=
if command -v hugo > /dev/null; then
  hugo new site "$dir/hugo" > /dev/null 2>&1
  mkdir -p "$dir/hugo/content/posts" "$dir/hugo/layouts/_default"
  printf -- '---\ntitle: "Hello"\ndate: 2026-01-01\n---\n\nOne post.\n' > "$dir/hugo/content/posts/hello.md"
  printf '{{ define "main" }}{{ .Content }}{{ end }}' > "$dir/hugo/layouts/_default/single.html"
  printf '<html><body>{{ block "main" . }}{{ end }}</body></html>' > "$dir/hugo/layouts/_default/baseof.html"
  printf '{{ define "main" }}{{ range .Pages }}{{ .Title }}{{ end }}{{ end }}' > "$dir/hugo/layouts/_default/list.html"
  (cd "$dir/hugo" && hugo --quiet > /dev/null 2>&1) && hugo=yes
fi

wall() {  # seconds the command took, to the millisecond
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) | awk '{printf "%.3f\n", $1 / 1000}'
}

: > "$dir/launcher"; : > "$dir/plain"; : > "$dir/hugo.txt"
i=0
while [ $i -lt "$runs" ]; do
  (cd "$dir/one" && wall "$dir/tool/essaykit" build -q) >> "$dir/launcher"
  (cd "$dir/one" && wall java -jar "$dir/tool/essaykit.jar" build -q) >> "$dir/plain"
  [ -z "$hugo" ] || (cd "$dir/hugo" && wall hugo --quiet) >> "$dir/hugo.txt"
  i=$((i + 1))
done

median() { sort -n "$1" | awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]; else print "-"}'; }
echo "one-post site, $runs builds each (seconds, wall):"
echo "  launcher      $(tr '\n' ' ' < "$dir/launcher")  median $(median "$dir/launcher")"
echo "  java -jar     $(tr '\n' ' ' < "$dir/plain")  median $(median "$dir/plain")"
[ -z "$hugo" ] || echo "  hugo          $(tr '\n' ' ' < "$dir/hugo.txt")  median $(median "$dir/hugo.txt")"
