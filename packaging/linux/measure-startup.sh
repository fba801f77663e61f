#!/usr/bin/env bash
# Start-up of the packaged app, with and without its AppCDS archive: median wall time of N runs of
#  - "Parallax --version" (whole process), and
#  - the desktop app until its window is mapped (xdotool search --sync), on a display (Xvfb when none).
# Usage: packaging/linux/measure-startup.sh [LAUNCHER] [RUNS]   (default: target/dist/Parallax/bin/Parallax, 7)
# Needs xvfb, xdotool and python3. "Without CDS" runs with JAVA_TOOL_OPTIONS=-Xshare:off (the jlinked runtime
# has no default CDS archive, so this is also what the image does without parallax.jsa).
set -euo pipefail
launcher=${1:-target/dist/Parallax/bin/Parallax}
runs=${2:-7}
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
export XDG_DATA_HOME="$data"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :91 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:91
  sleep 1
fi
median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.2f} s (min {min(v):.2f}, max {max(v):.2f}, n={len(v)})")' "$@"; }
now() { date +%s.%N; }

cli() {
  local t=()
  for _ in $(seq "$runs"); do
    local s; s=$(now); "$launcher" --version >/dev/null 2>&1; t+=("$(python3 -c "print($(now)-$s)")")
  done
  median "${t[@]}"
}

gui() {
  local t=()
  for _ in $(seq "$runs"); do
    local s; s=$(now)
    "$launcher" >/dev/null 2>&1 &
    local pid=$!
    timeout 60 xdotool search --sync --onlyvisible --name '^Parallax$' >/dev/null
    t+=("$(python3 -c "print($(now)-$s)")")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  median "${t[@]}"
}

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher: $launcher"
unset JAVA_TOOL_OPTIONS
echo "CLI --version, with CDS:     $(cli)"
echo "desktop window, with CDS:    $(gui)"
export JAVA_TOOL_OPTIONS=-Xshare:off
echo "CLI --version, without CDS:  $(cli)"
echo "desktop window, without CDS: $(gui)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
