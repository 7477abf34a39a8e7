/** The protocol fuzzer as a task (run in a worker by protocol.test.ts, each edit within a bound). */
import { tmpdir } from 'node:os';
import type { TaskSet } from '../../support/case-property';
import { ProtocolFuzzer } from '../protocol-driver';
import { edits } from '../settings';

export const EDITS = edits(1000);

export const tasks: TaskSet = {
  drive: (step, seed) =>
    new ProtocolFuzzer({ seed, edits: EDITS, heavyEvery: Math.max(1, Math.floor(EDITS / 5)), syncEvery: 500, saveDir: tmpdir(), onStep: step }).run(),
};
