#!/usr/bin/env bash
# Where the time goes: builds a synthetic handbook of N pages (default 10,000) once under Java Flight Recorder
# and prints the share of CPU samples per build step (parse, topics, links, render, search index, write),
# the hottest methods, and garbage collection pauses.
#
#   bench/profile.sh [PAGES]      (BENCH_WORK and BENCH_BUILD_DIR as in bench/run.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="${1:-10000}"
work="${BENCH_WORK:-/tmp/handbook-bench}"
build_dir="${BENCH_BUILD_DIR:-target}"
case "$build_dir" in /*) ;; *) build_dir="$here/$build_dir" ;; esac
jar="$build_dir/handbook.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -B -q -DskipTests -Dhandbook.buildDir="$build_dir" package) >&2
fi
mkdir -p "$work"
corpus="$work/corpus-$pages"
[ -d "$corpus" ] || java -jar "$jar" bench-corpus --pages "$pages" --out "$corpus" >&2
recording="$work/build-$pages.jfr"
read -r -a jvm <<< "$("$here/handbook" --jvm-options --content "$corpus")" # the settings ./handbook builds it with
java ${jvm[@]+"${jvm[@]}"} -XX:StartFlightRecording=filename="$recording",settings=profile -jar "$jar" build --content "$corpus" \
  --templates "$here/templates" --out "$work/profile-site-$pages" >&2
java -cp "$jar" dev.handbook.bench.JfrSummary "$recording"
