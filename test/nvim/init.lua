-- Headless Neovim as an LSP client of lessonlint: open the proposal, start the
-- server for its buffer, wait for diagnostics, write them as JSON, quit.
-- Environment: LESSONLINT_SERVER (the bin), LESSONLINT_FILE, LESSONLINT_ROOT, LESSONLINT_OUT.
local server = os.getenv('LESSONLINT_SERVER')
local file = os.getenv('LESSONLINT_FILE')
local root = os.getenv('LESSONLINT_ROOT')
local out = os.getenv('LESSONLINT_OUT')

local function finish(result)
  vim.fn.writefile({vim.fn.json_encode(result)}, out)
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'markdown'
local bufnr = vim.api.nvim_get_current_buf()

local config = {
  name = 'lessonlint',
  cmd = {'node', server, '--stdio'},
  root_dir = root,
}
local api
local client_id
if vim.lsp.start then
  -- Neovim 0.8 and later.
  api = 'vim.lsp.start'
  client_id = vim.lsp.start(config)
else
  -- Neovim 0.7 (Debian 12): the same, in two steps.
  api = 'vim.lsp.start_client'
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local got = vim.wait(60000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    code = d.code or lsp.code,
    source = d.source or lsp.source,
    lnum = d.lnum,
    severity = d.severity,
    message = d.message,
  })
end
table.sort(diagnostics, function(a, b)
  if a.lnum ~= b.lnum then return a.lnum < b.lnum end
  return tostring(a.code) < tostring(b.code)
end)

local client = vim.lsp.get_client_by_id(client_id)
finish({
  nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
  api = api,
  got = got,
  server = client and client.server_capabilities and 'initialized' or 'not initialized',
  diagnostics = diagnostics,
})
