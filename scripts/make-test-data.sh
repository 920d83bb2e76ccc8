#!/usr/bin/env bash
# Regenerates the test story in every supported format from test-data/story/story.{en,ru}.txt.
# Needs LibreOffice (Debian: libreoffice-writer-nogui), iconv and python3. The outputs are
# committed, so tests and CI never run this script.
# Story text: first paragraph is the headline, then paragraphs separated by blank lines.
set -euo pipefail
cd "$(dirname "$0")/../test-data/story"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for lang in en ru; do
  python3 - "$lang" <<'PY'
import html, sys, email.message, email.policy
lang = sys.argv[1]
paras = [p.replace("\n", " ").strip() for p in open(f"story.{lang}.txt", encoding="utf-8").read().split("\n\n") if p.strip()]
head, body = paras[0], paras[1:]
title = {"en": "World news", "ru": "Новости"}[lang]
article = f"<h1>{html.escape(head)}</h1>\n" + "".join(f"<p>{html.escape(p)}</p>\n" for p in body)
open(f"article.{lang}.html", "w", encoding="utf-8").write(
    f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(head)}</title></head>\n<body>\n{article}</body></html>\n')
chrome = {
  "en": dict(menu=["Home", "World", "Politics", "Business", "Sport"], cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
             subscribe="Subscribe to our newsletter", share=["Share on Facebook", "Share on X", "Email this story"], top="Back to top",
             related=["Oil prices rise for a third day", "Storm closes ports in the Baltic"], foot="© 2026 Example News Agency. All rights reserved."),
  "ru": dict(menu=["Главная", "В мире", "Политика", "Экономика", "Спорт"], cookie="Мы используем файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с их использованием.",
             subscribe="Подпишитесь на нашу рассылку", share=["Поделиться ВКонтакте", "Поделиться в Telegram", "Отправить по почте"], top="Наверх",
             related=["Цены на нефть растут третий день", "Шторм закрыл порты на Балтике"], foot="© 2026 Пример Информагентство. Все права защищены."),
}[lang]
c = chrome
page = f'''<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{html.escape(head)} | {title}</title>
<style>body{{font-family:sans-serif}}</style><script>var analytics = "track page view";</script></head>
<body>
<div class="cookie-banner" id="cookie-notice"><p>{c["cookie"]}</p><button>OK</button></div>
<header class="site-header"><a href="/">{title}</a>
<nav class="main-menu"><ul>{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(c["menu"]))}</ul></nav></header>
<main>
<article>
{article}<div class="share-buttons"><ul>{"".join(f'<li><a href="#">{s}</a></li>' for s in c["share"])}</ul></div>
</article>
<aside class="related"><h2>{"Related" if lang == "en" else "Читайте также"}</h2><ul>{"".join(f'<li><a href="/r{i}">{r}</a></li>' for i, r in enumerate(c["related"]))}</ul></aside>
<div class="newsletter"><p>{c["subscribe"]}</p><form><input type="email"></form></div>
</main>
<p class="back-to-top"><a href="#">{c["top"]}</a></p>
<footer><p>{c["foot"]}</p></footer>
</body></html>
'''
open(f"page.{lang}.html", "w", encoding="utf-8").write(page)
msg = email.message.EmailMessage(policy=email.policy.SMTP)
msg["From"] = "desk@example.org"; msg["To"] = "review@example.org"; msg["Subject"] = head
msg["Date"] = "Tue, 16 Sep 2026 23:30:00 +0200"; msg["Message-ID"] = f"<story-{lang}@example.org>"
msg.set_content(head + "\n\n" + "\n\n".join(body) + "\n", cte="quoted-printable")
msg.add_alternative(f"<html><body>{article}</body></html>", subtype="html", cte="base64")
open(f"story.{lang}.eml", "wb").write(msg.as_bytes())
PY
  for fmt in docx doc odt rtf pdf; do
    soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo" --infilter="HTML (StarWriter)" --convert-to "$fmt" --outdir "$tmp" "article.$lang.html" >/dev/null 2>&1
    mv "$tmp/article.$lang.$fmt" "story.$lang.$fmt"
  done
  iconv -f UTF-8 -t UTF-16 "story.$lang.txt" > "story.$lang.utf16.txt"
done
# 8-bit Cyrillic code pages lack guillemets and the em dash: those become " and -.
sed -e 's/[«»]/"/g' -e 's/—/-/g' story.ru.txt > "$tmp/ru8.txt"
iconv -f UTF-8 -t WINDOWS-1251 "$tmp/ru8.txt" > story.ru.cp1251.txt
iconv -f UTF-8 -t KOI8-R "$tmp/ru8.txt" > story.ru.koi8r.txt
iconv -f UTF-8 -t IBM866 "$tmp/ru8.txt" > story.ru.ibm866.txt
rm -f article.*.html
echo "test-data/story regenerated"
