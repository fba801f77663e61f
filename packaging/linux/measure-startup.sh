#!/usr/bin/env bash
# Start-up, whole process, median of N runs:
#  - "--version" (the CLI), wall time;
#  - the desktop app until it is usable: its window is mapped (xdotool search --sync) AND the library table shows
#    the articles (the app logs "Library shown: N articles in the table" at the first pulse after the table got its
#    rows; the script polls the log file for it). Also the process's CPU time (user+sys, all threads) at that
#    moment, less noisy than wall time on a shared machine. The first desktop run imports the sample articles
#    (first run, reported alone); the N timed runs reopen that library.
# Usage: packaging/linux/measure-startup.sh [LAUNCHER] [RUNS] [--no-cds-pass]
#   LAUNCHER: default target/dist/Parallax/bin/Parallax; may be a command, e.g. "java -jar target/parallax.jar"
# Needs xvfb, xdotool and python3. The second pass ("without CDS") runs with JAVA_TOOL_OPTIONS=-Xshare:off (the
# jlinked runtime has no default CDS archive, so this is also what the image does without parallax.jsa).
set -euo pipefail
read -r -a launcher <<< "${1:-target/dist/Parallax/bin/Parallax}"
runs=${2:-7}
second_pass=${3:-}
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
export XDG_DATA_HOME="$data"
log="$data/parallax/logs/parallax.log"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :91 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:91
  sleep 1
fi
median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.2f} s (min {min(v):.2f}, max {max(v):.2f}, n={len(v)})")' "$@"; }
now() { date +%s.%N; }
ticks=$(getconf CLK_TCK)

cli() {
  local t=()
  for _ in $(seq "$runs"); do
    local s; s=$(now); "${launcher[@]}" --version >/dev/null 2>&1; t+=("$(python3 -c "print($(now)-$s)")")
  done
  median "${t[@]}"
}

# one desktop run: prints "WALL CPU" (seconds to usable, CPU seconds of the process then)
desktop_once() {
  local shown_before=0
  [ -f "$log" ] && shown_before=$(grep -c 'Library shown' "$log" || true)
  local s; s=$(now)
  "${launcher[@]}" >/dev/null 2>&1 &
  local pid=$!
  timeout 60 xdotool search --sync --onlyvisible --name '^Parallax$' >/dev/null &
  local xpid=$!
  local cpu=""
  for _ in $(seq 3000); do
    if [ -f "$log" ] && [ "$(grep -c 'Library shown' "$log" || true)" -gt "$shown_before" ]; then
      cpu=$(awk -v t="$ticks" '{ sub(/.*\) /, ""); print ($12 + $13) / t }' "/proc/$pid/stat")
      break
    fi
    sleep 0.02
  done
  wait "$xpid" || true
  local e; e=$(python3 -c "print($(now)-$s)")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$e ${cpu:-nan}"
}

gui() {
  local first; first=$(desktop_once)
  printf "  first run (imports the samples): %.2f s, CPU %s s\n" "${first% *}" "${first#* }"
  local t=() c=()
  for _ in $(seq "$runs"); do
    local r; r=$(desktop_once)
    t+=("${r% *}"); c+=("${r#* }")
  done
  echo "  usable (window + articles):      $(median "${t[@]}")"
  echo "  CPU user+sys by then:            $(median "${c[@]}")"
}

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher: ${launcher[*]}"
unset JAVA_TOOL_OPTIONS
echo "CLI --version:                   $(cli)"
echo "desktop:"
gui
if [ "$second_pass" != "--no-cds-pass" ]; then
  rm -rf "${data:?}"/*
  export JAVA_TOOL_OPTIONS=-Xshare:off
  echo "without CDS (-Xshare:off):"
  echo "CLI --version:                   $(cli)"
  echo "desktop:"
  gui
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
