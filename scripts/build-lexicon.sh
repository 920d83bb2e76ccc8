#!/usr/bin/env bash
# Rebuilds the default lexicon in modules/lexicon-en-ru from the shared data folder:
#   dictionary.tsv.gz  from the Mueller dictionary (dictd), GPL-2.0-or-later
#   ibm1.tsv.gz        IBM Model 1 probabilities from Tatoeba and TICO-19 sentence pairs
# The last 300 TICO-19 pairs are held out: they calibrate the similarity score.
# Usage: scripts/build-lexicon.sh [DATA]   (default ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
out=modules/lexicon-en-ru/src/main/resources/org/sverka/lexicon/enru
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
head -n 1800 "$data/train/tico19.en" > "$tmp/tico.en"
head -n 1800 "$data/train/tico19.ru" > "$tmp/tico.ru"
./sverka lexicon import-dictd "$data/mueller7/mueller7" -o "$out/dictionary.tsv.gz"
./sverka lexicon train "$data/train/tatoeba.en" "$data/train/tatoeba.ru" "$tmp/tico.en" "$tmp/tico.ru" -o "$out/ibm1.tsv.gz"
# Calibration on the held-out TICO-19 pairs (lines 1801-2100), with the lexicon just built.
mvn -q -B -DskipTests install -pl modules/lexicon-en-ru
./sverka lexicon calibrate "$data/train/tico19.en" "$data/train/tico19.ru" --skip 1800 -o "$out/model.properties"
# The packed form the launcher loads in one read, made from the text files just written (a packed
# form whose recorded checksums do not match the text is ignored, so a stale one only costs speed).
mvn -q -B -o -pl modules/align -am test -Dtest=PackedLexiconTest -Dsurefire.failIfNoSpecifiedTests=false -Dsverka.lexicon.repack=true
