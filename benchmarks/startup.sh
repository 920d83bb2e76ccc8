#!/usr/bin/env bash
# Whole-process start-up and speed of the sverka launcher on fixed inputs, measured with
# /usr/bin/time -v: wall seconds, CPU seconds (user + system) and peak resident memory, as
# minimum, median and maximum over RUNS runs after one warm-up run.
#
#   benchmarks/startup.sh [DATA] [RUNS] [large]
#
# DATA is the shared evaluation data folder (default ../shared/data); without it the jobs that
# need it (the 1,997 x 1,997 book and the 50-pair corpus) are skipped. RUNS defaults to 5.
# "large" adds a 10,000 x 10,000 presegmented pair in auto mode (the first 10,000 lines of UN
# dev, NTREX-128, FLORES-200, TICO-19 and Tatoeba concatenated in that order on both sides): about
# half a minute a run on a quiet 2-core machine, so it is left out unless asked for.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
runs="${2:-5}"
large="${3:-}"
if [ -n "$large" ] && [ "$large" != large ]; then
  echo "startup: the third argument may only be 'large', not '$large'" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "startup: /usr/bin/time is needed (Debian package 'time')" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./sverka --version >/dev/null   # builds the jar and the start-up archive when they are missing

echo "Lavrov and Kerry discussed the situation in Syria by phone." > "$work/one.en.txt"
echo "Лавров и Керри обсудили по телефону ситуацию в Сирии." > "$work/one.ru.txt"
jobs=(
  "version|./sverka --version"
  "detect a sentence|./sverka detect $work/one.en.txt"
  "align 1x1 presegmented|./sverka align --presegmented $work/one.en.txt $work/one.ru.txt -o $work/one.tsv"
  "align two news pages|./sverka align test-data/story/page.en.html test-data/story/page.ru.html -o $work/pages.tsv"
)
if [ -f "$data/ntrex128/ntrex.en" ]; then
  jobs+=("align 1997x1997 presegmented|./sverka align --presegmented $data/ntrex128/ntrex.en $data/ntrex128/ntrex.ru -o $work/book.tsv")
  # 50 pairs of NTREX documents for one corpus build
  mkdir -p "$work/pairs/en" "$work/pairs/ru"
  awk -v dir="$work/pairs" 'NR==FNR { doc[FNR] = $1; next } { print > (dir "/en/" doc[FNR] ".txt") }' \
    "$data/ntrex128/ntrex.docids" "$data/ntrex128/ntrex.en"
  awk -v dir="$work/pairs" 'NR==FNR { doc[FNR] = $1; next } { print > (dir "/ru/" doc[FNR] ".txt") }' \
    "$data/ntrex128/ntrex.docids" "$data/ntrex128/ntrex.ru"
  ls "$work/pairs/en" | sort | tail -n +51 | while read -r f; do rm -f "$work/pairs/en/$f" "$work/pairs/ru/$f"; done
  jobs+=("corpus build, 50 pairs|./sverka corpus build $work/pairs -o $work/corpus")
fi
if [ "$large" = large ]; then
  parts=(un-devset/UNv1.0.devset ntrex128/ntrex flores200/flores200.devtest train/tico19 train/tatoeba)
  for side in en ru; do
    for p in "${parts[@]}"; do
      if [ ! -f "$data/$p.$side" ]; then
        echo "startup: $data/$p.$side is missing, needed for the large pair" >&2
        exit 1
      fi
      cat "$data/$p.$side"
    done | awk 'NR <= 10000' > "$work/large.$side"
  done
  # auto mode, the default: report mode's table would not fit this pair, so auto aligns it in parallel mode
  jobs+=("align 10000x10000 auto|./sverka align --timeout 600 --presegmented $work/large.en $work/large.ru -o $work/large.tsv")
fi

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)," \
  "SVERKA_JAVA_OPTS=${SVERKA_JAVA_OPTS:-(launcher default)}, SVERKA_CDS=${SVERKA_CDS:-on}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-30s %22s %22s %22s\n' "job ($runs runs)" "wall s min/med/max" "cpu s min/med/max" "peak MB min/med/max"
for job in "${jobs[@]}"; do
  name="${job%%|*}"
  cmd="${job#*|}"
  : > "$work/times"
  for i in $(seq 0 "$runs"); do
    rm -rf "$work/corpus"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" $cmd >/dev/null 2>&1 || true
    if [ "$i" -gt 0 ]; then cat "$work/t" >> "$work/times"; fi
  done
  stats() {   # column expression -> min/median/max
    awk "{ print $1 }" "$work/times" | sort -g | awk '{ v[NR] = $1 } END {
      printf "%.2f/%.2f/%.2f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'
  }
  printf '%-30s %22s %22s %22s\n' "$name" "$(stats '$1')" "$(stats '$2 + $3')" "$(stats '$4 / 1024')"
done
