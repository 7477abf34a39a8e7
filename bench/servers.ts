/** The two servers under test, as `ServerSpec`s for the one bench client. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerSpec } from '../test/support/lsp-client';
import { work } from './context';

export const ROOT = join(__dirname, '..');
export const OUR_SERVER = join(ROOT, 'dist', 'server.js');
export const YLS_BIN = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
export const SCHEMA = join(ROOT, 'schemas', 'kz-2010.schema.json');
export const SCHEMA_URI = pathToFileURL(SCHEMA).href;

export function ylsVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')) as { version: string }).version;
}

/** yaml-language-server's own validation delay, read from its source (it is not a setting). */
export function ylsShippedDelayMs(): number | undefined {
  const src = readFileSync(join(ROOT, 'node_modules', 'yaml-language-server', 'out', 'server', 'src', 'yamlSettings.js'), 'utf8');
  const m = /validationDelayMs\s*=\s*(\d+)/.exec(src);
  return m ? Number(m[1]) : undefined;
}

export function ours(debounceMs: number | undefined): ServerSpec {
  return {
    name: 'service-standard',
    command: process.execPath,
    // As the VS Code client starts it: through V8's code cache, kept here in the bench's work folder
    // (the first server that lives past its warm-up writes it, the later ones start from it).
    args: ['--require', join(ROOT, 'dist', 'code-cache.js'), OUR_SERVER, '--stdio', `--code-cache=${join(work, 'code-cache')}`],
    languageId: 'service-standard',
    initializationOptions: debounceMs === undefined ? undefined : { settings: { debounceMs } },
    configuration: (section) => (section === 'serviceStandard' ? {} : null),
    settingsSection: 'serviceStandard',
  };
}

/** The settings a VS Code user would have: our schema for `*.standard.yaml`, no network schema stores. */
export const YAML_SETTINGS = {
  schemas: { [SCHEMA_URI]: '*.standard.yaml' },
  validate: true,
  completion: true,
  hover: true,
  format: { enable: false },
  schemaStore: { enable: false },
  kubernetesCRDStore: { enable: false },
  yamlVersion: '1.2',
};

/**
 * yaml-language-server started as `node node_modules/yaml-language-server/bin/yaml-language-server --stdio`;
 * with `delayMs` set, `bench/yls-delay.cjs` is preloaded to set its hard-coded validation delay.
 */
export function yamlLanguageServer(delayMs: number | undefined): ServerSpec {
  const preload = delayMs === undefined ? [] : ['-r', join(__dirname, 'yls-delay.cjs')];
  return {
    name: 'yaml-language-server',
    command: process.execPath,
    args: [...preload, YLS_BIN, '--stdio'],
    env: delayMs === undefined ? {} : { YLS_VALIDATION_DELAY_MS: String(delayMs) },
    languageId: 'yaml',
    configuration: (section) => {
      if (section === 'yaml') return YAML_SETTINGS;
      if (section === 'http') return { proxy: '', proxyStrictSSL: false };
      if (section === '[yaml]') return {};
      if (section === 'editor') return {};
      return null;
    },
    settingsSection: 'yaml',
  };
}

/** A small standard with an unknown key: both servers must flag `bogus-key` once the schema/catalog applies. */
export const PROOF_TEXT = `edition: kz-2010
languages: [kk, ru]
bogus-key: 1
service:
  name: {kk: Анықтама беру, ru: Выдача справки}
`;
