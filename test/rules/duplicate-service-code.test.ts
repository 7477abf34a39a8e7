import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/engine';
import { ruleByCode } from '../../server/src/core/rules';
import { MAX_RELATED, checkWorkspace, codeSite, type CodeSite } from '../../server/src/core/rules/workspace/duplicate-service-code';
import { DIALECT_STANDARD, FIXED_NOW, lineMatching, only, replaced } from '../helpers';

const CODE = '  code: "00201004"';
const site = (uri: string, text: string): CodeSite => {
  const s = codeSite(uri, analyze(text, { now: FIXED_NOW }).model);
  assert.ok(s, `no service.code in ${uri}`);
  return s;
};
const other = replaced(CODE, '  code: "00201005"');

describe('duplicate-service-code', () => {
  it('is a workspace rule with default severity warning, silent on a single file', () => {
    const rule = ruleByCode.get('duplicate-service-code');
    assert.equal(rule?.scope, 'workspace');
    assert.equal(rule?.defaultSeverity, 'warning');
    assert.deepEqual(only('duplicate-service-code', DIALECT_STANDARD), []);
  });

  it('codeSite reads `service.code` as written, with its position', () => {
    const s = site('file:///a.standard.yaml', DIALECT_STANDARD);
    assert.equal(s.code, '00201004');
    assert.equal(DIALECT_STANDARD.slice(s.offset[0], s.offset[1]), '"00201004"');
    assert.equal(DIALECT_STANDARD.slice(0, s.offset[0]).split('\n').length, lineMatching(DIALECT_STANDARD, /^ {2}code:/));
    // Unquoted, the leading zeros are kept (the code is not read as the number 201004).
    assert.equal(site('u', replaced(CODE, '  code: 00201004')).code, '00201004');
    assert.equal(codeSite('u', analyze(replaced(`${CODE}\n`, '')).model), undefined);
  });

  it('does not fire when every code differs', () => {
    assert.deepEqual(checkWorkspace([site('file:///a', DIALECT_STANDARD), site('file:///b', other)]), []);
  });

  it('warns on both files sharing a code, each pointing at the other', () => {
    const a = site('file:///a', DIALECT_STANDARD);
    const b = site('file:///b', DIALECT_STANDARD);
    const c = site('file:///c', other);
    const found = checkWorkspace([a, b, c]);
    assert.deepEqual(found.map((f) => f.uri), ['file:///a', 'file:///b']);
    for (const f of found) {
      assert.deepEqual(f.offset, a.offset);
      assert.match(f.message.en, /^Service code `00201004` is also used by 1 other standard\(s\)\.$/);
      for (const lang of ['kk', 'ru'] as const) {
        assert.ok(f.message[lang].includes('00201004'));
        assert.notEqual(f.message[lang], f.message.en);
      }
    }
    assert.deepEqual(found[0].related.map((r) => r.uri), ['file:///b']);
    assert.deepEqual(found[1].related.map((r) => r.uri), ['file:///a']);
  });

  it('counts every other file when three share a code', () => {
    const sites = ['a', 'b', 'c'].map((n) => site(`file:///${n}`, DIALECT_STANDARD));
    const found = checkWorkspace(sites);
    assert.equal(found.length, 3);
    assert.ok(found.every((f) => f.related.length === 2 && /used by 2 other/.test(f.message.en)));
  });

  it('a code written with spaces around it is the same code', () => {
    const spaced = site('file:///b', replaced(CODE, '  code: " 00201004 "'));
    assert.equal(checkWorkspace([site('file:///a', DIALECT_STANDARD), spaced]).length, 2);
  });

  it('reports carry the rule code and its default severity; a config severity replaces it per file', () => {
    const sites = ['a', 'b'].map((n) => site(`file:///${n}`, DIALECT_STANDARD));
    assert.deepEqual(checkWorkspace(sites).map((f) => [f.code, f.severity]), [['duplicate-service-code', 'warning'], ['duplicate-service-code', 'warning']]);
    const setting = (uri: string, code: string) => (uri === 'file:///a' && code === 'duplicate-service-code' ? 'error' : undefined);
    assert.deepEqual(checkWorkspace(sites, { setting }).map((f) => [f.uri, f.severity]), [['file:///a', 'error'], ['file:///b', 'warning']]);
  });

  it('a file whose config turns the rule off gets no finding, and still counts for the others', () => {
    const sites = ['a', 'b'].map((n) => site(`file:///${n}`, DIALECT_STANDARD));
    const found = checkWorkspace(sites, { setting: (uri) => (uri === 'file:///a' ? 'off' : undefined) });
    assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri)]), [['file:///b', ['file:///a']]]);
  });

  it('`only` gives the findings of one file', () => {
    const sites = ['a', 'b', 'c'].map((n) => site(`file:///${n}`, DIALECT_STANDARD));
    assert.deepEqual(checkWorkspace(sites, { only: 'file:///b' }).map((f) => f.uri), ['file:///b']);
  });

  it('many files sharing a code: each points at a few others and counts the rest (output linear in the files)', () => {
    const one = site('file:///0', DIALECT_STANDARD);
    const sites = Array.from({ length: 200 }, (_, i) => ({ ...one, uri: `file:///${i}` }));
    const found = checkWorkspace(sites);
    assert.equal(found.length, 200);
    assert.ok(found.every((f) => f.related.length === MAX_RELATED && !f.related.some((r) => r.uri === f.uri)));
    assert.match(found[0].message.en, new RegExp(`^Service code \`00201004\` is also used by 199 other standard\\(s\\); ${MAX_RELATED} shown\\.$`));
    assert.match(found[0].message.ru, /199, показаны 5/);
    assert.match(found[0].message.kk, /199, 5 көрсетілген/);
    assert.deepEqual(found[199].related.map((r) => r.uri), ['file:///0', 'file:///1', 'file:///2', 'file:///3', 'file:///4']);
  });
});
