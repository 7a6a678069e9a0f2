#!/usr/bin/env bash
# The language server in a second, unrelated client: headless Neovim 0.7 (Debian `neovim`,
# installed with apt-get if missing) starts `node out/server.cjs --stdio` on a copy of
# test/e2e/fixture, opens the provision with known defects, and waits for its diagnostics;
# then asks, as a user's key presses would, for the hover on the recipient (which must say the
# date it judges), completion there (which must offer the recipient), go to definition (the
# registry file), and formatting of a messed-up copy of the file (which must give back the
# canonical layout). Then the same again with `init_options = { language = 'nl' }`, expecting Dutch.
# The server is started as the README's Neovim set-up says (`vim.lsp.start`, through a small
# stand-in on Neovim 0.7, which has only `vim.lsp.start_client`).
# Run with `npm run e2e:nvim` (builds first).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server="$root/out/server.cjs"
fixture="$root/test/e2e/fixture"
file="provisions/P-2024-0042.provisio"
expected=("risk/mitigation-required" "conditions/standard-conditions")
# How the two runs recognise their language: the risk/mitigation-required message.
english_text="which has an elevated risk profile"
dutch_text="een dienst met een verhoogd risicoprofiel"
# The hover on the recipient says which date it judges, in the run's language.
english_hover="Judged on 2024-05-02, the date of provision P-2024-0042."
dutch_hover="Beoordeeld op 2024-05-02, de datum van verstrekking P-2024-0042."
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
local out = {}
local function record(...) table.insert(out, table.concat({ ... }, ' ')) end
local function finish(ok)
    vim.fn.writefile(out, env.PROVISIO_OUT)
    for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
    vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
    vim.cmd(ok and 'qall!' or 'cquit 1')
end

-- vim.lsp.start (Neovim 0.8+) as the README uses it; on 0.7 a stand-in that starts the client and attaches it.
local start = vim.lsp.start or function(config)
    local id = vim.lsp.start_client(config)
    if id then vim.lsp.buf_attach_client(0, id) end
    return id
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local started = vim.loop.hrtime()
    local id = start {
        name = 'provisio',
        -- sh records the server's PID so the test can make sure it stops; exec keeps the PID.
        cmd = { 'sh', '-c', 'echo $$ > "$PROVISIO_PID_FILE"; exec node "$PROVISIO_SERVER" --stdio' },
        root_dir = env.PROVISIO_ROOT,
        -- The language, as Neovim users choose it: init_options = { language = 'nl' }.
        init_options = (env.PROVISIO_LANGUAGE or '') ~= '' and { language = env.PROVISIO_LANGUAGE } or nil,
        on_init = function(_, result)
            local info = result.serverInfo or {}
            record('server', (info.name or '?') .. ' ' .. (info.version or '?'))
        end,
    }
    if not id then
        record('start failed')
        return finish(false)
    end
    local client = vim.lsp.get_client_by_id(id)
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
    record('elapsed_ms', string.format('%d', (vim.loop.hrtime() - started) / 1e6))
    local names = { 'error', 'warning', 'info', 'hint' }
    for _, d in ipairs(vim.diagnostic.get(buf)) do
        local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
        record('diagnostic', string.format('%d:%d', d.lnum + 1, d.col + 1), names[d.severity] or '?', code, d.message)
    end
    if not ok then return finish(false) end

    -- What the user's K, <C-x><C-o>, gd and gq would ask, at the recipient after `to`.
    local function request(method, params)
        local responses = vim.lsp.buf_request_sync(buf, method, params, 15000) or {}
        for _, response in pairs(responses) do
            return response.result, response.err
        end
    end
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    local function line_of(pattern)
        for index, line in ipairs(lines) do
            if line:find(pattern) then return index - 1, line end
        end
    end
    local uri = vim.uri_from_bufnr(buf)
    local to_line, to_text = line_of('^%s*to ')
    local at_name = { textDocument = { uri = uri }, position = { line = to_line, character = to_text:find('to ') + 2 } }

    local hover = request('textDocument/hover', at_name)
    local contents = hover and hover.contents
    record('hover', ((type(contents) == 'table' and (contents.value or '')) or tostring(contents)):gsub('\n', ' | '))

    local completion = request('textDocument/completion', at_name) or {}
    local labels = {}
    for _, item in ipairs(completion.items or completion) do table.insert(labels, item.label) end
    record('completion', table.concat(labels, ','))

    local definition = request('textDocument/definition', at_name) or {}
    local target = definition[1] or definition
    local range = target.targetSelectionRange or target.range
    record('definition', target.targetUri or target.uri or '?', range and tostring(range.start.line) or '?')

    -- Mess up two lines, then format: the file must come back as it was.
    local by_line = line_of('^%s*by ')
    local date_line, date_text = line_of('^%s*date ')
    local messy = vim.deepcopy(lines)
    messy[by_line + 1] = 'by      AIVD'
    messy[date_line + 1] = '            ' .. date_text:gsub('^%s*date ', 'date    ')
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, messy)
    local edits = request('textDocument/formatting', { textDocument = { uri = uri }, options = { tabSize = 4, insertSpaces = true } }) or {}
    vim.lsp.util.apply_text_edits(edits, buf, client.offset_encoding or 'utf-16')
    local formatted = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    record('formatting', tostring(#edits), table.concat(formatted, '\n') == table.concat(lines, '\n') and 'canonical' or 'different')
    finish(true)
end })
LUA

# run_nvim LANGUAGE TEXT: one Neovim run with init_options.language = LANGUAGE (none when
# empty); every expected rule must be reported, and the risk finding must contain TEXT.
run_nvim() {
    local language=$1 text=$2 hover_text=$3 label=${1:-default} status=0 start
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
    echo "What Neovim got for $file (init_options.language: ${language:-not set}):"
    grep -v '^elapsed_ms' "$out" | cut -c1-220 | sed 's/^/    /'
    for code in "${expected[@]}"; do
        grep -q "^diagnostic .* $code " "$out" || fail "Neovim ($label) did not get a $code diagnostic (nvim exit $status)."
    done
    grep "^diagnostic .* risk/mitigation-required " "$out" | grep -qF "$text" \
        || fail "Neovim ($label): the risk/mitigation-required message does not contain \"$text\"."
    grep -q "^server provisio [0-9]" "$out" || fail "Neovim ($label): the server did not name itself and its version in serverInfo."
    grep "^hover " "$out" | grep -qF "$hover_text" || fail "Neovim ($label): the hover on the recipient does not say \"$hover_text\"."
    grep "^hover " "$out" | grep -qF "**NorthlandSIS**" || fail "Neovim ($label): the hover does not name the recipient."
    grep "^completion " "$out" | grep -q "NorthlandSIS" || fail "Neovim ($label): completion at the recipient does not offer NorthlandSIS."
    grep -q "^definition file://.*/registry/registry.provisio 5$" "$out" || fail "Neovim ($label): go to definition does not lead to the recipient in registry/registry.provisio (line 6)."
    grep -q "^formatting [1-9][0-9]* canonical$" "$out" || fail "Neovim ($label): formatting did not bring the messed-up file back to its canonical layout."
    [[ $status -eq 0 ]] || fail "nvim ($label) exited with $status."
    elapsed_ms[$label]=$(sed -n 's/^elapsed_ms //p' "$out")
}

declare -A nvim_ms elapsed_ms
run_nvim "" "$english_text" "$english_hover"
run_nvim nl "$dutch_text" "$dutch_hover"

echo
echo "Timings:"
for label in default nl; do
    echo "  ${elapsed_ms[$label]} ms  server start to all expected diagnostics ($label)"
    echo "  ${nvim_ms[$label]} ms  Neovim run (start, diagnostics, hover, completion, definition, formatting, shutdown) ($label)"
done
echo "  $(ms_since "$started") ms  total"
echo "PASS"
