/** `indicators`: percentages within 0..100; target not below normative; current shown when below. */
import type { Field } from '../../catalog/types';
import type { Entry } from '../../model/model';
import { clauseOf } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'indicators',
  defaultSeverity: 'warning',
  title: { kk: 'Сапа және тиімділік көрсеткіштері', ru: 'Показатели качества и эффективности', en: 'Quality and efficiency indicators' },
  summary: { kk: '0–100 аралығынан тыс көрсеткіштер, нормативтен төмен нысаналы немесе ағымдағы мән', ru: 'Показатели вне 0–100, целевое или текущее значение ниже нормативного', en: 'indicator values out of range, target below normative, current below normative' },
  group: 'consistency',
  clauses: ['results.indicators'],
  otherSeverities: 'out of 0–100: error; current below normative: info',
  check(ctx) {
    const p = ctx.catalog?.rules.indicators;
    const table = ctx.catalog && p ? ctx.model.get(p.path) : undefined;
    if (!p || !table || table.type.kind !== 'object') return;
    const rows: Field[] = table.type.fields;
    const clause = clauseOf(ctx.catalog, p.path)?.number;
    // The numbers inside the table, in order: each row looks only at these, not at the whole model.
    const prefix = p.path ? `${p.path}.` : '';
    const inTable: [string, Entry][] = [];
    for (const e of ctx.model.entries.values()) if (typeof e.value === 'number' && e.path.startsWith(prefix)) inTable.push([e.path, e]);
    for (const row of rows) {
      const rowPath = join(p.path, row.key);
      const ref = row.ref ? `${row.ref}: ` : '';
      const values: Record<string, { v: number; at: [number, number] }> = {};
      for (const [path, e] of inTable) {
        if (!path.startsWith(rowPath + '.') || typeof e.value !== 'number') continue;
        const key = path.slice(rowPath.length + 1);
        values[key] = { v: e.value, at: span(e) };
        if (e.value < 0 || e.value > 100) {
          ctx.report({
            offset: e.range,
            severity: 'error',
            clause,
            message: {
              kk: `${ref}\`${key}\`: ${e.value} — пайыз 0-ден 100-ге дейін болуы керек.`,
              ru: `${ref}\`${key}\`: ${e.value} — процент должен быть от 0 до 100.`,
              en: `${ref}\`${key}\`: ${e.value} is not a percentage from 0 to 100.`,
            },
          });
        }
      }
      const base = values[p.base];
      const target = values[p.lowTarget];
      const current = values[p.current];
      const baseRel = base ? [{ offset: base.at, message: { kk: 'Нормативтік мән', ru: 'Нормативное значение', en: 'Normative value' } }] : undefined;
      if (base && target && target.v < base.v) {
        ctx.report({
          offset: target.at,
          clause,
          related: baseRel,
          message: {
            kk: `${ref}нысаналы мән (${target.v}) нормативтік мәннен (${base.v}) төмен.`,
            ru: `${ref}целевое значение (${target.v}) ниже нормативного (${base.v}).`,
            en: `${ref}the target (${target.v}) is below the normative value (${base.v}).`,
          },
        });
      }
      if (base && current && current.v < base.v) {
        ctx.report({
          offset: current.at,
          severity: 'info',
          clause,
          related: baseRel,
          message: {
            kk: `${ref}ағымдағы мән (${current.v}) нормативтік мәннен (${base.v}) төмен.`,
            ru: `${ref}текущее значение (${current.v}) ниже нормативного (${base.v}).`,
            en: `${ref}the current value (${current.v}) is below the normative value (${base.v}).`,
          },
        });
      }
    }
  },
};
