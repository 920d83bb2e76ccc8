#!/usr/bin/env bash
# Renders sverka's HTML view of the demo report to docs/report-view.png with headless Chromium
# (Debian package chromium), for the README.
# Usage: scripts/render-html.sh [EN] [RU]   (default: the report and the story written for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
en=${1:-test-data/report/report.en.txt}
ru=${2:-test-data/story/story.ru.txt}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p docs
./sverka align "$en" "$ru" -o "$tmp/view.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --window-size=1280,1000 --screenshot="$PWD/docs/report-view.png" "file://$tmp/view.html" 2>/dev/null
echo "wrote docs/report-view.png"
