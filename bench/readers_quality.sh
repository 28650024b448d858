#!/bin/sh
# Extraction quality through each reader: the development documents scored as
# .txt (plain kg build) and converted to HTML, DOCX, one- and two-column PDF
# by bench/as_format.py. Run from the repository root with the venv active.
#   sh bench/readers_quality.sh > /tmp/readers_quality.txt
set -e
SCORE=../shared/tools/score.py
for set in dev-a dev-b; do
  echo "== $set txt"
  python $SCORE ../shared/gold/$set.jsonl --docs ../shared/devdocs --kg-cmd "python -m kg build"
  for fmt in html docx pdf pdf2; do
    echo "== $set $fmt"
    python $SCORE ../shared/gold/$set.jsonl --docs ../shared/devdocs --kg-cmd "python bench/as_format.py $fmt"
  done
done
