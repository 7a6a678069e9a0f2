#!/usr/bin/env bash
# Renders images/icon.svg to icon.png (128×128, transparent corners) with headless Chromium.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
chromium --headless --disable-gpu --no-sandbox --hide-scrollbars --default-background-color=00000000 \
    --window-size=128,128 --screenshot="$root/icon.png" "file://$root/images/icon.svg" 2>/dev/null
file "$root/icon.png"
