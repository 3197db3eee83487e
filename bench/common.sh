# What bench/run.sh, bench/hugo.sh and bench/profile.sh share; each sources it after `set -euo pipefail`.
#   BENCH_WORK       corpora, sites and logs       (default /tmp/handbook-bench; never inside the repo)
#   BENCH_BUILD_DIR  Maven build folder of the jar (default target)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-/tmp/handbook-bench}"
build_dir="${BENCH_BUILD_DIR:-target}"
case "$build_dir" in /*) ;; *) build_dir="$here/$build_dir" ;; esac
jar="$build_dir/handbook.jar"
mkdir -p "$work"

# Installs the Debian packages given that are missing (GNU time gives the peak memory: /usr/bin/time -v).
bench_install() {
  [ $# -gt 0 ] || return 0
  echo "bench: installing $*" >&2
  apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}

# Builds the jar when it is missing or older than the sources.
bench_jar() {
  if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
    echo "bench: building $jar ..." >&2
    (cd "$here" && mvn -B -q -DskipTests -Dhandbook.buildDir="$build_dir" package) >&2
  fi
}

# Prints the folder of the synthetic handbook of N pages, generating it when it is not there yet (the same N always
# gives the same bytes).
bench_corpus() {
  local corpus="$work/corpus-$1"
  [ -d "$corpus" ] || java -jar "$jar" bench-corpus --pages "$1" --out "$corpus" >&2
  printf '%s\n' "$corpus"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print 0} else if (NR%2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }

# A build hands the site it replaces to a detached, low-priority process to delete; a timed build first waits (up
# to two minutes) for earlier deletions to finish, so that one run's clean-up is not counted in the next.
settle() {
  local waited=0
  while pgrep -f 'dev[.]handbook[.]build[.]OldSiteRemover' >/dev/null && [ "$waited" -lt 120 ]; do
    sleep 1
    waited=$((waited + 1))
  done
}

# Runs a command with its output appended to LOG; prints "wall_seconds cpu_seconds peak_rss_kb" of it.
timed() {
  local log="$1" stats="$work/time.txt"
  shift
  /usr/bin/time -v -o "$stats" "$@" >>"$log" 2>&1
  awk -F': ' '
    /Elapsed \(wall clock\)/ {n=split($2, t, ":"); w=0; for (i=1; i<=n; i++) w=w*60+t[i]}
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident set size/ {m=$2}
    END {printf "%.2f %.2f %d\n", w, u+s, m}' "$stats"
}
