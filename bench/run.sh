#!/usr/bin/env bash
# The benchmark: builds synthetic vi/en/fa handbooks of 1,000, 5,000 and 10,000 pages several times each,
# times serve-mode rebuilds, and builds the real handbook; prints a Markdown table (also saved as results.md).
#
#   bench/run.sh                 # everything, with the defaults below
#   BENCH_SIZES="1000:5" BENCH_SERVE_SIZES="1000" bench/run.sh    # a quick run
#
# Settings (environment):
#   BENCH_SIZES        pages:runs of full builds          (default "1000:5 5000:3 10000:3")
#   BENCH_SERVE_SIZES  corpus sizes for serve rebuilds    (default "1000 10000")
#   BENCH_SAVES        rebuilds of each kind per size     (default 10)
#   BENCH_WORK         corpora, sites and logs            (default /tmp/handbook-bench; never inside the repo)
#   BENCH_BUILD_DIR    Maven build folder with the jar    (default target)
#   BENCH_QUERY        query whose transfer is measured   (default "cache database")
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
sizes="${BENCH_SIZES:-1000:5 5000:3 10000:3}"
serve_sizes="${BENCH_SERVE_SIZES:-1000 10000}"
saves="${BENCH_SAVES:-10}"
query="${BENCH_QUERY:-cache database}"

[ -x /usr/bin/time ] || bench_install time
bench_jar
results="$work/results.md"
log="$work/bench.log"
: > "$log"

# The JVM settings ./handbook runs with for a content folder (they depend on its size on a small machine);
# BENCH_JAVA_OPTS replaces them (set it empty for the JVM's defaults). Sets the array jvm.
jvm_for() {
  if [ -n "${BENCH_JAVA_OPTS+set}" ]; then
    read -r -a jvm <<< "$BENCH_JAVA_OPTS"
  else
    read -r -a jvm <<< "$("$here/handbook" --jvm-options --content "$1")"
  fi
}

# One timed build: prints "wall_seconds cpu_seconds peak_rss_kb". Extra arguments go to the JVM.
timed_build() {
  local content="$1" out="$2"
  shift 2
  settle
  timed "$log" java "$@" -jar "$jar" build --content "$content" --templates "$here/templates" --out "$out"
}

bytes_under() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

{
  echo "# handbook benchmark"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)." \
    "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Full builds: \`java OPTIONS -jar $(basename "$jar") build --content DIR --out DIR\` (JVM start included), with" \
    "the JVM settings \`./handbook\` picks for DIR on this machine (column \"JVM settings\"); the last row has no JVM" \
    "flags at all."
  echo
  echo "| pages | runs | median wall | pages/s | median CPU (user+sys) | median peak RSS | site | search index | one query ($query) | JVM settings |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$results"

for spec in $sizes; do
  pages="${spec%%:*}"
  runs="${spec##*:}"
  corpus="$work/corpus-$pages"
  site="$work/site-$pages"
  java -jar "$jar" bench-corpus --pages "$pages" --out "$corpus" >>"$log"
  jvm_for "$corpus"
  walls=(); cpus=(); rsss=()
  for ((i = 1; i <= runs; i++)); do
    read -r wall cpu rss < <(timed_build "$corpus" "$site" ${jvm[@]+"${jvm[@]}"})
    echo "bench: $pages pages, run $i: ${wall} s wall, ${cpu} s CPU, $((rss / 1024)) MB peak RSS" >&2
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
  done
  wall="$(printf '%s\n' "${walls[@]}" | median)"
  cpu="$(printf '%s\n' "${cpus[@]}" | median)"
  rss="$(printf '%s\n' "${rsss[@]}" | median)"
  index="$(bytes_under "$site/search")"
  sitebytes="$(bytes_under "$site")"
  transfer="$(node "$here/bench/query-transfer.js" "$site" "$query" 2>>"$log" || echo '{}')"
  tbytes="$(echo "$transfer" | sed -n 's/.*"bytes":\([0-9]*\).*/\1/p')"
  tfiles="$(echo "$transfer" | sed -n 's/.*"files":\([0-9]*\).*/\1/p')"
  awk -v p="$pages" -v r="$runs" -v w="$wall" -v c="$cpu" -v m="$rss" -v i="$index" -v s="$sitebytes" \
    -v tb="${tbytes:-0}" -v tf="${tfiles:-0}" -v o="${jvm[*]:-}" 'BEGIN {
      printf "| %d | %d | %.2f s | %.0f | %.1f s | %.0f MB | %.0f MB | %.1f MB | %.0f KB in %d files | `%s` |\n",
        p, r, w, p / w, c, m / 1024, s / 1048576, i / 1048576, tb / 1024, tf, o }' >> "$results"
done

# The largest size once more with the JVM's own defaults (java -jar, no flags): G1 on this machine.
largest="$(echo "$sizes" | tr ' ' '\n' | sort -t: -k1,1n | tail -1)"
pages="${largest%%:*}"
walls=(); cpus=(); rsss=()
for ((i = 1; i <= ${largest##*:}; i++)); do
  read -r wall cpu rss < <(timed_build "$work/corpus-$pages" "$work/site-$pages")
  echo "bench: $pages pages, JVM defaults, run $i: ${wall} s wall, $((rss / 1024)) MB peak RSS" >&2
  walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
done
awk -v p="$pages" -v r="${#walls[@]}" -v w="$(printf '%s\n' "${walls[@]}" | median)" \
  -v c="$(printf '%s\n' "${cpus[@]}" | median)" -v m="$(printf '%s\n' "${rsss[@]}" | median)" 'BEGIN {
    printf "| %d, JVM defaults | %d | %.2f s | %.0f | %.1f s | %.0f MB | | | | |\n", p, r, w, p / w, c, m / 1024 }' \
  >> "$results"

{
  echo
  echo "Serve: \`handbook bench-rebuild\` drives, in one JVM, the same session \`handbook serve\` keeps: after 2 warm-up"
  echo "saves, $saves saves with no change, then $saves saves of one chapter (a sentence appended, restored at the end),"
  echo "then full rebuilds (what a change to topics.yml or a template costs). A save that keeps the chapter's outline"
  echo "writes that chapter at once (the page the browser reloads); the search index and the language's print page"
  echo "follow in the background, and the column \"with index and print page\" is until they are written too."
  echo
  echo "| pages | first build in the JVM | no-change save (median) | one-file save (median) | one-file save with index and print page (median) | full rebuild (median) |"
  echo "|---:|---:|---:|---:|---:|---:|"
} >> "$results"
for pages in $serve_sizes; do
  corpus="$(bench_corpus "$pages" 2>>"$log")"
  settle
  jvm_for "$corpus"
  line="$(java ${jvm[@]+"${jvm[@]}"} -jar "$jar" bench-rebuild --content "$corpus" --templates "$here/templates" \
    --out "$work/serve-$pages" --saves "$saves" 2>>"$log" | tail -1)"
  echo "bench: serve $pages pages: $line" >&2
  echo "$line" | awk -v p="$pages" '{gsub(",", ""); printf "| %d | %d ms | %d ms | %d ms | %d ms | %d ms |\n",
    p, $2, $6, $10, $14, $18}' >> "$results"
done

real=()
jvm_for "$here/content"
for ((i = 1; i <= 5; i++)); do
  read -r wall cpu rss < <(timed_build "$here/content" "$work/site-real" ${jvm[@]+"${jvm[@]}"})
  real+=("$wall")
done
{
  echo
  echo "Real handbook (content/, JVM start included): median of 5 builds $(printf '%s\n' "${real[@]}" | median) s."
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg). Log: $log"
} >> "$results"
cat "$results"
