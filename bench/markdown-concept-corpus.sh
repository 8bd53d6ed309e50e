#!/bin/sh
# A corpus for bench/MarkdownThroughput.java in which concept auto-links and [[wikilinks]] do their work:
# a copy of a generated corpus plus our site's content/concepts/*.md, and posts given mentions of those
# concepts' titles and aliases and wikilinks to them by a small awk pass (every 3rd and 7th paragraph line).
#
#   java bench/GenerateCorpus.java 1000 /tmp/c1000
#   bench/markdown-concept-corpus.sh /tmp/c1000 /tmp/cc1000
#   java -cp target/classes:$(cat target/cp.txt) bench/MarkdownThroughput.java /tmp/cc1000
set -e
src=$1 out=$2 repo=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out" && cp -r "$src" "$out"
mkdir -p "$out/content/concepts"
[ -d "$out/templates" ] || cp -r "$repo/templates" "$out/"  # so `essaykit build --source OUT` works too
for f in "$repo"/content/concepts/*.md; do
  # links to our own posts would dangle in the bench corpus: keep their words only, and drop embeds of a post
  sed -E -e 's/\[([^]]*)\]\(\.\.\/posts\/[^)]*\)/\1/g' -e '/^!\[\[[a-z0-9-]+#/d' "$f" \
    > "$out/content/concepts/$(basename "$f")"
done
for f in "$out"/content/posts/*.md; do
  awk -v seed="$(basename "$f" .md | tr -dc 0-9)" '
    BEGIN {
      n = split("inner alignment|the treacherous turn|a mesa-optimizer|myopic models|situational awareness|RLHF|goal misgeneralization|deceptive alignment|pre-training|proxy goals|the base objective|sleeper agents|transformative AI|outer alignment|fine-tuning", m, "|")
      w = split("Mesa-optimizer|Myopia|Inner alignment|Treacherous turn#sources|Situational awareness|proxy alignment|RLHF", k, "|")
      fm = 0; fence = 0; para = 0
    }
    /^---$/ && fm < 2 { fm++; print; next }
    fm < 2 { print; next }
    /^```/ { fence = !fence; print; next }
    fence || !/^[A-Z]/ { print; next }
    {
      para++
      line = $0
      if (para % 3 == 0) line = line " It bears on " m[(seed + para) % n + 1] " and on " m[(seed * 7 + para) % n + 1] "."
      if (para % 7 == 0) line = line " See [[" k[(seed + para) % w + 1] "]] and [[" k[(seed * 3 + para) % w + 1] "|its cousin]]."
      print line
    }' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
