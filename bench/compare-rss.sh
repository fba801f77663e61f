#!/usr/bin/env bash
# The desktop app's comparison, whole process: time from Compare to the claims view shown, and the resident memory
# after many comparisons. Runs target/parallax.jar headless (Monocle, no display needed) with the hidden option
# --benchmark-compare SIZE:ROUNDS,... (org.parallax.ui.CompareBenchmark) over a fresh library of the dev-eval
# articles and the seeds, at 1366x768; each round is a new comparison replacing the last one.
# Usage: bench/compare-rss.sh [SPEC] [JAVA OPTIONS...]     (from the project folder, after mvn -DskipTests package)
#   SPEC: default 5:10,20:20 (5 articles 10 times, then 20 articles 20 times)
#   JAVA OPTIONS: e.g. -Xmx512m, to measure a heap limit; default: the JVM's own defaults
# Prints the benchmark's lines, then the RSS at the end (VmRSS) and its peak (VmHWM), and writes the live-object
# heap histogram (jcmd GC.class_histogram, which runs a full GC first) and the RSS after it to the output folder.
set -euo pipefail
spec=${1:-5:10,20:20}
shift || true
java_opts=("$@")
shared=${SHARED:-../shared}
out=${OUT:-target/bench-compare}
mkdir -p "$out"
work=$(mktemp -d)
trap 'cp "$work/data/parallax/logs/parallax.log" "$out/" 2>/dev/null || true; rm -rf "$work"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
export XDG_DATA_HOME="$work/data"
unset DISPLAY
java -jar target/parallax.jar --library "$work/library" import "$shared/dev-eval/corpus" seeds >/dev/null
java "${java_opts[@]}" -jar target/parallax.jar --library "$work/library" --size 1366x768 \
    --benchmark-compare "$spec" >"$out/run.log" 2>&1 &
pid=$!
for _ in $(seq 1800); do
  grep -q 'BENCHMARK DONE' "$out/run.log" && break
  kill -0 "$pid" 2>/dev/null || { echo "the app ended early:"; tail -20 "$out/run.log"; exit 1; }
  sleep 0.5
done
grep '^BENCHMARK' "$out/run.log"
status() { grep -E "^$1:" "/proc/$pid/status" | awk '{ printf "%d MB", $2 / 1024 }'; }
echo "RSS at the end: $(status VmRSS), peak: $(status VmHWM)"
jcmd "$pid" GC.heap_info >"$out/heap-info.txt" 2>&1 || true
jcmd "$pid" GC.class_histogram >"$out/histogram.txt" 2>&1 || true
echo "RSS after a full GC (the histogram's): $(status VmRSS)"
head -25 "$out/histogram.txt"
python3 - "$out/run.log" <<'PY'
import re, statistics, sys
times = {}
for line in open(sys.argv[1]):
    m = re.match(r'BENCHMARK size=(\d+) round=(\d+) claims_shown_ms=([\d.]+) computed_ms=([\d.]+)', line)
    if m:
        times.setdefault(int(m[1]), []).append((float(m[3]), float(m[4])))
for size, t in times.items():
    warm = t[1:] or t
    shown = [x[0] for x in warm]
    computed = [x[1] for x in warm]
    print(f"{size} articles: first {t[0][0]:.0f} ms, then median {statistics.median(shown):.0f} ms "
          f"(min {min(shown):.0f}, max {max(shown):.0f}, n={len(warm)}), of which comparing "
          f"{statistics.median(computed):.0f} ms")
PY
