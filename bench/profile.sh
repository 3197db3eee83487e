#!/usr/bin/env bash
# Where the time goes: builds a synthetic handbook of N pages (default 10,000) once under Java Flight Recorder
# and prints the share of CPU samples per build step (parse, topics, links, render, search index, write),
# the hottest methods, and garbage collection pauses.
#
#   bench/profile.sh [PAGES]      (BENCH_WORK and BENCH_BUILD_DIR as in bench/run.sh)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pages="${1:-10000}"
bench_jar
corpus="$(bench_corpus "$pages")"
recording="$work/build-$pages.jfr"
read -r -a jvm <<< "$("$here/handbook" --jvm-options --content "$corpus")" # the settings ./handbook builds it with
java ${jvm[@]+"${jvm[@]}"} -XX:StartFlightRecording=filename="$recording",settings=profile -jar "$jar" build --content "$corpus" \
  --templates "$here/templates" --out "$work/profile-site-$pages" >&2
java -cp "$jar" dev.handbook.bench.JfrSummary "$recording"
