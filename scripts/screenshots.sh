#!/usr/bin/env bash
# Screenshots of Resolute's main pages in English and French (the list: src/test/resources/screenshots.txt),
# taken in Debian's Chromium against the demo data. Usage: scripts/screenshots.sh [folder] (default
# target/screenshots). Nothing it makes is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-target/screenshots}"
./mvnw -q -B test -Dtest=ScreenshotsTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dresolute.screenshots="$(realpath -m "$folder")" -Djacoco.skip=true
echo "Screenshots in $folder:"
ls -1 "$folder"
