/** The protocol fuzzer as a task (run in a worker by protocol.test.ts, each edit within a bound). */
import { tmpdir } from 'node:os';
import type { Step, TaskSet } from '../../support/case-property';
import { ProtocolFuzzer } from '../protocol-driver';
import { edits } from '../settings';

export const EDITS = edits(1000);

/** Texts longer than this are not sent along with their step: copying megabytes to the main thread delays the answers the driver times. */
const KEPT = 500_000;

const withText = (step: Step) => (edit: number, text: string) => step(edit, text.length <= KEPT ? text : `(a text of ${text.length} characters: a heavy document, the same for the same seed)`);

export const tasks: TaskSet = {
  drive: (step, seed) =>
    new ProtocolFuzzer({ seed, edits: EDITS, heavyEvery: Math.max(1, Math.floor(EDITS / 5)), syncEvery: 500, saveDir: tmpdir(), onStep: withText(step) }).run(),
};
