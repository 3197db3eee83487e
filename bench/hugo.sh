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
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="${1:-10000}"
runs="${2:-3}"
work="${BENCH_WORK:-/tmp/handbook-bench}"
build_dir="${BENCH_BUILD_DIR:-target}"
case "$build_dir" in /*) ;; *) build_dir="$here/$build_dir" ;; esac
jar="$build_dir/handbook.jar"

need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: installing ${need[*]}" >&2
  apt-get install -y "${need[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need[@]}" >/dev/null; }
fi
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -B -q -DskipTests -Dhandbook.buildDir="$build_dir" package) >&2
fi
mkdir -p "$work"
corpus="$work/corpus-$pages"
[ -d "$corpus" ] || java -jar "$jar" bench-corpus --pages "$pages" --out "$corpus" >&2

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

# Prints "wall_seconds cpu_seconds peak_rss_kb" of one command.
timed() {
  local stats="$work/hugo-time.txt"
  /usr/bin/time -v -o "$stats" "$@" >>"$work/hugo.log" 2>&1
  awk -F': ' '
    /Elapsed \(wall clock\)/ {n=split($2, t, ":"); w=0; for (i=1; i<=n; i++) w=w*60+t[i]}
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident set size/ {m=$2}
    END {printf "%.2f %.2f %d\n", w, u+s, m}' "$stats"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

: > "$work/hugo.log"
declare -A walls cpus rsss
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/hugo-public-$pages" "$work/handbook-site-$pages"
  while pgrep -f 'dev[.]handbook[.]build[.]OldSiteRemover' >/dev/null; do sleep 1; done
  read -r w c m < <(timed java ${jvm[@]+"${jvm[@]}"} -jar "$jar" build --quiet --content "$corpus" \
    --templates "$here/templates" --out "$work/handbook-site-$pages")
  echo "bench: handbook, $pages pages, run $i: $w s wall, $c s CPU, $((m / 1024)) MB" >&2
  walls[handbook]+="$w "; cpus[handbook]+="$c "; rsss[handbook]+="$m "
  read -r w c m < <(timed hugo --quiet -s "$hugo_site" -d "$work/hugo-public-$pages")
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
