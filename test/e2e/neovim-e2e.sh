#!/usr/bin/env bash
# The language server in a second, unrelated client: headless Neovim 0.7 (Debian `neovim`,
# installed with apt-get if missing) starts `node out/server.cjs --stdio` on a copy of
# test/e2e/fixture, opens the provision with known defects, and waits for its diagnostics;
# then again with `init_options = { language = 'nl' }`, and expects them in Dutch.
# The README's Editors section gives the same set-up for everyday use. Run with `npm run e2e:nvim` (builds first).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server="$root/out/server.cjs"
fixture="$root/test/e2e/fixture"
file="provisions/P-2024-0042.provisio"
expected=("risk/mitigation-required" "conditions/standard-conditions")
# How the two runs recognise their language: the risk/mitigation-required message.
english_text="which has an elevated risk profile"
dutch_text="een dienst met een verhoogd risicoprofiel"
started=$(date +%s%N)

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ -f "$server" ]] || fail "$server is missing; run \`npm run build\` (or \`npm run e2e:nvim\`, which builds first)."

if ! command -v nvim >/dev/null 2>&1; then
    install_start=$(date +%s%N)
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        fail "nvim is missing. Not root and no password-less sudo; install it with: sudo apt-get install -y neovim"
    fi
    echo "Installing Debian neovim (apt-get)"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends neovim >/dev/null
    echo "Installed neovim in $(ms_since "$install_start") ms"
fi
nvim --version | head -n 1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/provisio-nvim-e2e-XXXXXX")
cleanup() {
    # Stop the language server by the PID it wrote, in case Neovim did not stop it.
    if [[ -s "$tmp/server.pid" ]]; then
        pid=$(cat "$tmp/server.pid")
        if kill -0 "$pid" 2>/dev/null; then
            echo "Stopping the language server left running (pid $pid)"
            kill "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
cp -R "$fixture" "$tmp/workspace"
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"

cat > "$tmp/init.lua" <<'LUA'
-- The file argument is not loaded yet when init.lua runs (Neovim 0.7), so attach on VimEnter.
local env = vim.env
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local started = vim.loop.hrtime()
    local id = vim.lsp.start_client {
        name = 'provisio',
        -- sh records the server's PID so the test can make sure it stops; exec keeps the PID.
        cmd = { 'sh', '-c', 'echo $$ > "$PROVISIO_PID_FILE"; exec node "$PROVISIO_SERVER" --stdio' },
        root_dir = env.PROVISIO_ROOT,
        -- The language, as Neovim users choose it: init_options = { language = 'nl' }.
        init_options = (env.PROVISIO_LANGUAGE or '') ~= '' and { language = env.PROVISIO_LANGUAGE } or nil,
    }
    if not id then
        vim.fn.writefile({ 'start_client failed' }, env.PROVISIO_OUT)
        vim.cmd('cquit 1')
        return
    end
    vim.lsp.buf_attach_client(buf, id)
    local wanted = vim.split(env.PROVISIO_EXPECTED, ',')
    local function codes()
        local found = {}
        for _, d in ipairs(vim.diagnostic.get(buf)) do
            local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
            if code then found[tostring(code)] = true end
        end
        return found
    end
    local ok = vim.wait(20000, function()
        local found = codes()
        for _, code in ipairs(wanted) do
            if not found[code] then return false end
        end
        return true
    end, 50)
    local elapsed = (vim.loop.hrtime() - started) / 1e6
    local lines = { string.format('elapsed_ms %d', elapsed) }
    local names = { 'error', 'warning', 'info', 'hint' }
    for _, d in ipairs(vim.diagnostic.get(buf)) do
        local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
        table.insert(lines, string.format('%d:%d %s %s %s', d.lnum + 1, d.col + 1, names[d.severity] or '?', code, d.message))
    end
    vim.fn.writefile(lines, env.PROVISIO_OUT)
    vim.lsp.stop_client(id)
    vim.wait(3000, function() return vim.lsp.client_is_stopped(id) end, 50)
    vim.cmd(ok and 'qall!' or 'cquit 1')
end })
LUA

# run_nvim LANGUAGE TEXT: one Neovim run with init_options.language = LANGUAGE (none when
# empty); every expected rule must be reported, and the risk finding must contain TEXT.
run_nvim() {
    local language=$1 text=$2 label=${1:-default} status=0 start
    start=$(date +%s%N)
    (
        cd "$tmp/workspace"
        HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
        XDG_STATE_HOME="$tmp/home/.local/state" XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime" \
        PROVISIO_SERVER="$server" PROVISIO_ROOT="$tmp/workspace" PROVISIO_OUT="$tmp/diagnostics-$label.txt" \
        PROVISIO_PID_FILE="$tmp/server.pid" PROVISIO_EXPECTED="$(IFS=,; echo "${expected[*]}")" PROVISIO_LANGUAGE="$language" \
        timeout --kill-after=5 60 nvim --headless -i NONE -n -u "$tmp/init.lua" "$file" </dev/null >"$tmp/nvim-$label.log" 2>&1
    ) || status=$?
    nvim_ms[$label]=$(ms_since "$start")

    local out="$tmp/diagnostics-$label.txt"
    if [[ ! -f "$out" ]]; then
        cat "$tmp/nvim-$label.log" >&2 || true
        fail "Neovim ($label) wrote no diagnostics (exit $status)."
    fi
    echo "Diagnostics of $file in Neovim (init_options.language: ${language:-not set}):"
    sed -n '2,$p' "$out" | sed 's/^/    /'
    for code in "${expected[@]}"; do
        grep -q " $code " "$out" || fail "Neovim ($label) did not get a $code diagnostic (nvim exit $status)."
    done
    grep " risk/mitigation-required " "$out" | grep -qF "$text" \
        || fail "Neovim ($label): the risk/mitigation-required message does not contain \"$text\"."
    [[ $status -eq 0 ]] || fail "nvim ($label) exited with $status."
    elapsed_ms[$label]=$(sed -n 's/^elapsed_ms //p' "$out")
}

declare -A nvim_ms elapsed_ms
run_nvim "" "$english_text"
run_nvim nl "$dutch_text"

echo
echo "Timings:"
for label in default nl; do
    echo "  ${elapsed_ms[$label]} ms  server start to all expected diagnostics ($label)"
    echo "  ${nvim_ms[$label]} ms  Neovim run (start, diagnostics, shutdown) ($label)"
done
echo "  $(ms_since "$started") ms  total"
echo "PASS"
