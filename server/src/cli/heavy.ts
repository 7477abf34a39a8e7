/**
 * The commands that read or write Word, HTML and plain published texts (`render`, `diff`,
 * `import`). Their libraries (docx, mammoth, zip, HTML parsing) are most of the CLI's code and
 * `lint` needs none of them: the bundle keeps them in a file of their own, loaded when one of
 * these commands runs (see `scripts/build.mjs`).
 */
export { cmdDiff, cmdRender } from './official';
export { cmdImport } from './import';
