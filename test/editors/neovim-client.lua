-- Neovim (0.7+, built-in LSP client): starts the server on the open buffer and prints what vim.diagnostic holds.
local server = os.getenv('SS_SERVER')
local file = vim.fn.expand('%:p')
local id = vim.lsp.start_client({
  name = 'service-standard',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(0, id)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  io.stdout:write(string.format('%d:%d %s %s\n', d.lnum + 1, d.col + 1, code, d.message))
end
vim.cmd('qa!')
