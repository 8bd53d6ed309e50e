#!/usr/bin/env python3
"""Builds a Jekyll repository, unchanged, with real Jekyll (Debian's `jekyll`, bare layouts) and with essaykit,
and compares what a reader meets: the URL of every post, page and collection document, the heading ids on each,
and Liquid or kramdown text left in essaykit's output (as a reader sees it: tags stripped, entities decoded), and how
much of it Jekyll's own output does not show.

    bench/jekyll-compare.py REPO_DIR [--essaykit CMD] [--work DIR] [--golden FILE]

REPO_DIR is read only: both builds run on copies. Jekyll runs with the theme and plugins turned off (the repository's _plugins removed, `include_cached` made a plain
include)
and every layout replaced by `{{ content }}`, so its output is the documents' own HTML. `--golden FILE` writes
Jekyll's URLs and heading ids in the form the fixture tests read (one `URL` line per document, then `  #id`
lines). Prints a table row and the differences; exits 0.
"""
import argparse
import html.parser
import os
import re
import shutil
import subprocess
import sys
import time

URLS_PAGE = """---
layout: null
permalink: /essaykit-urls.txt
---
{% for p in site.posts %}{{ p.url }}
{% endfor %}{% for p in site.pages %}{% assign ext = p.path | split: '.' | last %}{% if ext == 'md' or ext == 'markdown' %}{{ p.url }}
{% endif %}{% endfor %}{% for c in site.collections %}{% if c.label != 'posts' and c.output %}{% for d in c.docs %}{{ d.url }}
{% endfor %}{% endif %}{% endfor %}"""


# include_cached as a plain include; any other tag of a plugin Debian lacks renders nothing (so Jekyll still runs).
STUB_PLUGIN = """
Liquid::Template.register_tag('include_cached', Jekyll::Tags::IncludeTag)
class EssaykitCompareNoop < Liquid::Tag
  def render(_context) = ''
end
Jekyll::Hooks.register :site, :after_init do |site|
  Dir.glob(File.join(site.source, '**', '*.{md,markdown,html}')).each do |file|
    File.read(file, encoding: 'utf-8').scan(/\\{%-?\\s*(\\w+)/).flatten.uniq.each do |name|
      next if name.start_with?('end') || %w[else elsif when].include?(name) || Liquid::Template.tags[name]
      Liquid::Template.register_tag(name, EssaykitCompareNoop)
    end
  end
end
"""


class Headings(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.ids.append(dict(attrs).get("id"))


def heading_ids(path, essaykit):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if essaykit:  # only the document's body: our theme adds its own headings around it
        m = re.search(r'<div class="essay-body">(.*?)</div>\s*(?:<footer|</article>|<section)', text, re.S)
        text = m.group(1) if m else text
    parser = Headings()
    parser.feed(text)
    return parser.ids


def markup_left(site):
    """(file, text) of every Liquid tag, output or kramdown IAL in a site's pages, as a reader sees them."""
    found = []
    for root, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = html.unescape(re.sub(r"<[^>]+>", "", f.read()))
                for pattern in (r"\{%.*?%\}", r"\{\{.*?\}\}", r"\{:[^}]*\}"):
                    for m in re.finditer(pattern, text):
                        found.append((os.path.relpath(os.path.join(root, name), site), m.group(0)[:60]))
    return found


def output_file(site, url):
    path = url.lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    elif "." not in path.rsplit("/", 1)[-1]:
        path += ".html"
    return os.path.join(site, path)


def jekyll_build(repo, work):
    src = os.path.join(work, "jekyll-src")
    shutil.copytree(repo, src, symlinks=True, ignore=shutil.ignore_patterns(".git", "_site"))
    layouts = os.path.join(src, "_layouts")
    names = set()
    for root, _, files in os.walk(src):
        for name in files:
            if name.endswith((".md", ".markdown", ".html")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    m = re.search(r"^layout:\s*['\"]?([\w-]+)", f.read(4000), re.M)
                    if m:
                        names.add(m.group(1))
    # Only our own plugin: include_cached (jekyll-include-cache, on GitHub Pages, not in Debian) as a plain include.
    shutil.rmtree(os.path.join(src, "_plugins"), ignore_errors=True)
    os.makedirs(os.path.join(src, "_plugins"))
    with open(os.path.join(src, "_plugins", "include_cached.rb"), "w") as f:
        f.write(STUB_PLUGIN)
    shutil.rmtree(layouts, ignore_errors=True)
    os.makedirs(layouts)
    for name in names | {"default", "post", "page", "home"}:
        with open(os.path.join(layouts, name + ".html"), "w") as f:
            f.write("{{ content }}\n")
    with open(os.path.join(src, "essaykit-urls.txt"), "w") as f:
        f.write(URLS_PAGE)
    with open(os.path.join(work, "override.yml"), "w") as f:
        f.write("theme: null\nremote_theme: null\nplugins: []\ngems: []\n")
    out = os.path.join(work, "jekyll-site")
    start = time.monotonic()
    run = subprocess.run(["jekyll", "build", "-q", "-s", src, "-d", out,
                          "--config", os.path.join(src, "_config.yml") + "," + os.path.join(work, "override.yml")],
                         capture_output=True, text=True)
    took = time.monotonic() - start
    if run.returncode != 0:
        print(run.stdout + run.stderr, file=sys.stderr)
    with open(os.path.join(out, "essaykit-urls.txt"), encoding="utf-8") as f:
        urls = sorted({u.strip() for u in f if u.strip()})
    return out, urls, took, run.returncode


def essaykit_build(repo, work, command):
    src = os.path.join(work, "essaykit-src")
    shutil.copytree(repo, src, symlinks=True, ignore=shutil.ignore_patterns(".git", "_site"))
    out = os.path.join(work, "essaykit-site")
    start = time.monotonic()
    run = subprocess.run(command + ["build", "--source", src, "--out", out, "--quiet"], capture_output=True, text=True)
    took = time.monotonic() - start
    return out, took, run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--essaykit", default="java -jar target/essaykit.jar")
    ap.add_argument("--work", default="/tmp/jekyll-compare")
    ap.add_argument("--golden")
    args = ap.parse_args()
    repo = os.path.abspath(args.repo)
    work = os.path.join(args.work, os.path.basename(repo.rstrip("/")))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    jsite, urls, jtime, jcode = jekyll_build(repo, work)
    esite, etime, erun = essaykit_build(repo, work, args.essaykit.split())
    warnings = erun.stderr.count(": warning: ")
    errors = erun.stderr.count(": error: ")

    same_url = 0
    ids_same = ids_total = 0
    missing, id_diffs = [], []
    golden = []
    for url in urls:
        jfile = output_file(jsite, url)
        efile = output_file(esite, url)
        jids = [i for i in heading_ids(jfile, False)] if os.path.exists(jfile) else []
        golden.append(url)
        golden.extend("  #" + (i if i is not None else "(none)") for i in jids)
        if not os.path.exists(efile):
            missing.append(url)
            continue
        same_url += 1
        if url == "/":
            continue  # the theme's home page: essaykit makes its own
        eids = heading_ids(efile, True)
        ids_total += len(jids)
        if jids == eids:
            ids_same += len(jids)
        else:
            ids_same += sum(1 for a, b in zip(jids, eids) if a == b)
            id_diffs.append((url, jids, eids))

    leftovers = markup_left(esite)
    # What Jekyll's own output also shows ({% raw %} examples) is no leftover of essaykit's.
    jekyll_texts = {}
    for _, text in markup_left(jsite):
        jekyll_texts[text] = jekyll_texts.get(text, 0) + 1
    beyond = 0
    for _, text in leftovers:
        if jekyll_texts.get(text, 0) > 0:
            jekyll_texts[text] -= 1
        else:
            beyond += 1

    if args.golden:
        with open(args.golden, "w", encoding="utf-8") as f:
            f.write("\n".join(golden) + "\n")
    print("| repo | documents (Jekyll) | same URL | heading ids same | Liquid/IAL leftovers (files) | beyond Jekyll's "
          "| warnings | errors | Jekyll s | essaykit s |")
    print("| %s | %d | %d | %d/%d | %d (%d) | %d | %d | %d | %.1f | %.1f |" % (
        os.path.basename(repo.rstrip("/")), len(urls), same_url, ids_same, ids_total, len(leftovers),
        len({f for f, _ in leftovers}), beyond, warnings, errors, jtime, etime))
    if jcode:
        print("jekyll exited with", jcode)
    for url in missing[:20]:
        print("missing in essaykit:", url)
    for url, j, e in id_diffs[:20]:
        print("ids differ on", url, "jekyll", j, "essaykit", e)
    for where, text in leftovers[:20]:
        print("leftover in", where, repr(text))
    if errors:
        print("\n".join(line for line in erun.stderr.splitlines() if ": error: " in line)[:3000])


if __name__ == "__main__":
    main()
