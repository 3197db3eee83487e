#!/usr/bin/env bash
# Side by side with Hugo: builds the same synthetic handbook with handbook and with Hugo (Debian's hugo, 0.111 on
# Debian 12; the script installs it when missing), in turn, and prints the median wall time, CPU and peak RSS of each.
#
#   bench/hugo.sh [PAGES] [RUNS]        (default 10000 pages, 3 runs each; BENCH_WORK and BENCH_BUILD_DIR as in run.sh)
#
# Hugo reads the corpus's vi/, en/ and fa/ folders as its three languages' content (their YAML front matter as it is,
# `topics` as a taxonomy) and renders each page with bench/hugo-site/layouts: the page with its table of contents,
# topic links, alternates and a side navigation of 100 pages, as handbook's chapter pages have; plus Hugo's own list,
# taxonomy, RSS and sitemap pages. handbook does more per page (question cards, syntax highlighting, link checks,
# topic pages across languages, the search index), so the comparison does not favour it.
# Each build starts from an empty output folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pages="${1:-10000}"
runs="${2:-3}"

need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
bench_install ${need[@]+"${need[@]}"}
bench_jar
corpus="$(bench_corpus "$pages")"

# The Hugo site: configuration and layouts only; the content is the corpus itself.
hugo_site="$work/hugo-site-$pages"
rm -rf "$hugo_site"
mkdir -p "$hugo_site"
cp -r "$here/bench/hugo-site/layouts" "$hugo_site/"
cat > "$hugo_site/hugo.yaml" <<EOF
baseURL: "https://handbook.example/"
title: "Django interview handbook"
defaultContentLanguage: en
defaultContentLanguageInSubdir: true
taxonomies:
  topic: topics
markup:
  tableOfContents: {startLevel: 2, endLevel: 4}
  highlight: {noClasses: false}
languages:
  vi: {contentDir: "$corpus/vi", weight: 1, languageName: "Tiếng Việt"}
  en: {contentDir: "$corpus/en", weight: 2, languageName: "English"}
  fa: {contentDir: "$corpus/fa", weight: 3, languageName: "فارسی", languageDirection: rtl}
EOF

read -r -a jvm <<< "$("$here/handbook" --jvm-options --content "$corpus")"

log="$work/hugo.log"
: > "$log"
declare -A walls cpus rsss
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/hugo-public-$pages" "$work/handbook-site-$pages"
  settle
  read -r w c m < <(timed "$log" java ${jvm[@]+"${jvm[@]}"} -jar "$jar" build --quiet --content "$corpus" \
    --templates "$here/templates" --out "$work/handbook-site-$pages")
  echo "bench: handbook, $pages pages, run $i: $w s wall, $c s CPU, $((m / 1024)) MB" >&2
  walls[handbook]+="$w "; cpus[handbook]+="$c "; rsss[handbook]+="$m "
  read -r w c m < <(timed "$log" hugo --quiet -s "$hugo_site" -d "$work/hugo-public-$pages")
  echo "bench: hugo, $pages pages, run $i: $w s wall, $c s CPU, $((m / 1024)) MB" >&2
  walls[hugo]+="$w "; cpus[hugo]+="$c "; rsss[hugo]+="$m "
done

echo "| $pages pages, in turn, $runs runs each | median wall | median CPU (user+sys) | median peak RSS | pages written |"
echo "| --- | ---: | ---: | ---: | ---: |"
for tool in handbook hugo; do
  out="$work/handbook-site-$pages"
  [ "$tool" = hugo ] && out="$work/hugo-public-$pages"
  printf '| %s | %.2f s | %.1f s | %.0f MB | %d |\n' "$([ "$tool" = hugo ] && hugo version | cut -d' ' -f1-2 || echo handbook)" \
    "$(echo "${walls[$tool]}" | tr ' ' '\n' | grep . | median)" \
    "$(echo "${cpus[$tool]}" | tr ' ' '\n' | grep . | median)" \
    "$(( $(echo "${rsss[$tool]}" | tr ' ' '\n' | grep . | median | cut -d. -f1) / 1024 ))" \
    "$(find "$out" -name '*.html' | wc -l)"
done
