#!/usr/bin/env bash
# Renders the Summary sheet of the review workbook of the test report and its source to docs/workbook-summary.png:
# LibreOffice (Debian: libreoffice-calc-nogui) turns the workbook into PDF, pdftoppm (poppler-utils)
# the PDF into PNG. For the README.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p docs
./sverka align test-data/report/report.en.txt test-data/story/story.ru.txt -o "$tmp/review.xlsx"
# print only the Summary sheet: a copy of the workbook with the Summary sheet first and alone
python3 - "$tmp/review.xlsx" "$tmp/summary.xlsx" <<'PY'
import sys, zipfile, re
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
    for item in z.infolist():
        data = z.read(item.filename)
        if item.filename == "xl/workbook.xml":
            text = data.decode("utf-8")
            # hide every sheet but Summary and make Summary the active tab
            text = re.sub(r'(<sheet [^>]*name="Alignment"[^>]*?)(/>)', r'\1 state="hidden"\2', text)
            text = re.sub(r'activeTab="\d+"', 'activeTab="1"', text)
            if 'activeTab' not in text:
                text = text.replace('<workbookView ', '<workbookView activeTab="1" ', 1)
            data = text.encode("utf-8")
        out.writestr(item, data)
PY
soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo" --convert-to pdf --outdir "$tmp" "$tmp/summary.xlsx" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 "$tmp/summary.pdf" "$tmp/page"
cp "$tmp"/page*.png docs/workbook-summary.png
echo "wrote docs/workbook-summary.png"
