#!/bin/sh
# What citing costs a whole build: one post with 50 citations of 20 works (a 20-entry .bib), built with the
# bibliography named and without it (the citations then stay text), RUNS times each, alternating, with the flags
# target/essaykit build runs with. Prints each build's markdown stage and total. Needs target/essaykit.jar.
#   bench/citation-build-cost.sh [RUNS]
set -eu
runs=${1:-5}
jar=$(cd "$(dirname "$0")/.." && pwd)/target/essaykit.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q package -DskipTests" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/on/content/posts"
i=0
while [ $i -lt 20 ]; do
  printf '@article{key%d,\n  title = {Work number %d on learned optimization},\n  author = {Author%d, Ann and Second, Bo and Third, Cy},\n  journal = {Journal},\n  year = {%d},\n  doi = {10.1000/%d}\n}\n\n' \
    $i $i $i $((1990 + i)) $i >> "$dir/on/content/refs.bib"
  i=$((i + 1))
done
printf -- '---\ntitle: Fifty\n---\n\n' > "$dir/on/content/posts/fifty.md"
i=0
while [ $i -lt 50 ]; do
  words="A paragraph of an essay, long enough to matter, about mesa-optimizers and their goals."
  case $((i % 3)) in
    0) cite="As @key$((i % 20)) argues, the claim holds." ;;
    1) cite="The claim holds [see @key$((i % 20)), p. $i]." ;;
    *) cite="Both agree [@key$((i % 20)); @key$(((i + 1) % 20))]." ;;
  esac
  printf '%s %s %s %s\n\n' "$words" "$words" "$words" "$cite" >> "$dir/on/content/posts/fifty.md"
  i=$((i + 1))
done
cp -r "$dir/on" "$dir/off"
printf 'title: T\nbibliography: refs.bib\n' > "$dir/on/content/site.yaml"
printf 'title: T\n' > "$dir/off/content/site.yaml"
n=0
while [ $n -lt "$runs" ]; do
  for side in on off; do
    printf '%-4s ' "$side"
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" build --source "$dir/$side" --out "$dir/$side/site" --timings \
      | grep -E 'markdown|built' | tr -s ' ' | tr '\n' ' '
    echo
  done
  n=$((n + 1))
done
