#!/usr/bin/env bash
# The language server in Emacs with eglot, in batch mode: Emacs 28 (Debian `emacs-nox`) with
# eglot 1.9 (Debian `elpa-eglot`; eglot ships with Emacs 29 and later), both installed with
# apt-get if missing. test/e2e/emacs-e2e.el sets Emacs up as the README says, starts
# `node out/server.cjs --stdio` on a copy of test/e2e/fixture, opens the provision with known
# defects and waits for its diagnostics; then asks for the hover on the recipient (which must
# say the date it judges), completion there, go to definition (the registry file) and
# formatting of a messed-up copy (which must give back the canonical layout), and checks that
# eglot did not warn about an unsupported registration. Then again with
# `:initializationOptions (:language "nl")`, expecting Dutch.
# Run with `npm run e2e:emacs` (builds first).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server="$root/out/server.cjs"
fixture="$root/test/e2e/fixture"
file="provisions/P-2024-0042.provisio"
expected=("risk/mitigation-required" "conditions/standard-conditions")
english_text="which has an elevated risk profile"
dutch_text="een dienst met een verhoogd risicoprofiel"
english_hover="Judged on 2024-05-02, the date of provision P-2024-0042."
dutch_hover="Beoordeeld op 2024-05-02, de datum van verstrekking P-2024-0042."
started=$(date +%s%N)

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ -f "$server" ]] || fail "$server is missing; run \`npm run build\` (or \`npm run e2e:emacs\`, which builds first)."

has_eglot() {
    command -v emacs >/dev/null 2>&1 \
        && emacs --batch --eval '(progn (package-initialize) (kill-emacs (if (locate-library "eglot") 0 1)))' >/dev/null 2>&1
}
if ! has_eglot; then
    install_start=$(date +%s%N)
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        fail "emacs or eglot is missing. Not root and no password-less sudo; install them with: sudo apt-get install -y emacs-nox elpa-eglot"
    fi
    echo "Installing Debian emacs-nox and elpa-eglot (apt-get)"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends emacs-nox elpa-eglot >/dev/null
    echo "Installed Emacs and eglot in $(ms_since "$install_start") ms"
fi
emacs --version | head -n 1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/provisio-emacs-e2e-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp -R "$fixture" "$tmp/workspace"
mkdir -p "$tmp/home"
# A project root for eglot (project.el finds it through Git).
git -C "$tmp/workspace" init -q

run_emacs() {
    local language=$1 text=$2 hover_text=$3 label=${1:-default} status=0 start
    start=$(date +%s%N)
    (
        cd "$tmp/workspace"
        HOME="$tmp/home" PROVISIO_SERVER="$server" PROVISIO_FILE="$tmp/workspace/$file" PROVISIO_LANGUAGE="$language" \
        PROVISIO_OUT="$tmp/emacs-$label.txt" PROVISIO_EXPECTED="$(IFS=,; echo "${expected[*]}")" \
        timeout --kill-after=5 90 emacs --batch -l "$root/test/e2e/emacs-e2e.el" </dev/null >"$tmp/emacs-$label.log" 2>&1
    ) || status=$?
    emacs_ms[$label]=$(ms_since "$start")

    local out="$tmp/emacs-$label.txt"
    if [[ ! -f "$out" ]]; then
        tail -n 30 "$tmp/emacs-$label.log" >&2 || true
        fail "Emacs ($label) wrote nothing (exit $status)."
    fi
    echo "What Emacs (eglot) got for $file (:language ${language:-not set}):"
    grep -v '^elapsed_ms' "$out" | cut -c1-220 | sed 's/^/    /'
    if [[ $status -ne 0 ]]; then
        tail -n 30 "$tmp/emacs-$label.log" >&2 || true
        fail "emacs ($label) exited with $status."
    fi
    for code in "${expected[@]}"; do
        grep -q "^diagnostic $code " "$out" || fail "Emacs ($label) did not get a $code diagnostic."
    done
    grep "^diagnostic risk/mitigation-required " "$out" | grep -qF "$text" \
        || fail "Emacs ($label): the risk/mitigation-required message does not contain \"$text\"."
    grep -q "^server provisio [0-9]" "$out" || fail "Emacs ($label): the server did not name itself and its version in serverInfo."
    grep "^hover " "$out" | grep -qF "$hover_text" || fail "Emacs ($label): the hover on the recipient does not say \"$hover_text\"."
    grep "^completion " "$out" | grep -q "NorthlandSIS" || fail "Emacs ($label): completion at the recipient does not offer NorthlandSIS."
    grep -q "^definition file://.*/registry/registry.provisio 5$" "$out" || fail "Emacs ($label): go to definition does not lead to the recipient in registry/registry.provisio (line 6)."
    grep -q "^formatting canonical$" "$out" || fail "Emacs ($label): formatting did not bring the messed-up file back to its canonical layout."
    grep -q "^unsupported-registrations 0$" "$out" || fail "Emacs ($label): eglot warned that the server registered an unsupported capability."
    elapsed_ms[$label]=$(sed -n 's/^elapsed_ms //p' "$out")
}

declare -A emacs_ms elapsed_ms
run_emacs "" "$english_text" "$english_hover"
run_emacs nl "$dutch_text" "$dutch_hover"

echo
echo "Timings:"
for label in default nl; do
    echo "  ${elapsed_ms[$label]} ms  server start to all expected diagnostics ($label)"
    echo "  ${emacs_ms[$label]} ms  Emacs run (start, diagnostics, hover, completion, definition, formatting, shutdown) ($label)"
done
echo "  $(ms_since "$started") ms  total"
echo "PASS"
