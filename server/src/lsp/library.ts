/**
 * The language-server library, imported through this one module. `vscode-languageserver` is a
 * CommonJS package, and the bundle copies such a package's exports (some 320 names, each as a
 * getter) into every module that imports it, at the server's start: once here instead of once per
 * module of the adapter.
 */
export * from 'vscode-languageserver/node';
