#!/usr/bin/env bash
# Renders a scenario's HTML report to a PNG with headless Chromium, so anyone can look at the page without a browser
# window. The report itself needs no browser and no network; only this picture does (Debian: apt-get install chromium).
#
#   scripts/render-report.sh [SCENARIO] [OUT_DIR]     default: examples/colossus.yaml into target/report/
#   WINDOW=1400,6000 scripts/render-report.sh ...     the page's width and the picture's height in pixels
#
# Writes OUT_DIR/NAME.html (planner evaluate --format html) and OUT_DIR/NAME.png, and prints both paths.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -eq 0 ]]; then
  cd "$here"            # the report then names the scenario as the README does: examples/colossus.yaml
fi
scenario="${1:-examples/colossus.yaml}"
out="${2:-$here/target/report}"
window="${WINDOW:-1400,6000}"

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser="$(command -v "$candidate")"
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "render-report: no Chromium found; on Debian: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi

name="$(basename "$scenario")"
name="${name%.*}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# The planner exits 3 for an infeasible scenario: the report is written all the same.
set +e
"$here/planner" evaluate "$scenario" --format html --out "$out"
code=$?
set -e
if [[ $code -ne 0 && $code -ne 3 ]]; then
  echo "render-report: planner evaluate failed (exit $code); no picture made" >&2
  exit "$code"
fi

html="$out/$name.html"
png="$out/$name.png"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# A fresh profile, no network of its own, no GPU: the same picture on any machine with the same fonts.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$png" --window-size="$window" "file://$html" >/dev/null 2>&1
if [[ ! -s "$png" ]]; then
  echo "render-report: Chromium wrote no picture to $png" >&2
  exit 1
fi
echo "$html"
echo "$png"
