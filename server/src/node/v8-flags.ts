/**
 * The V8 flags the server changes while it runs (the feedback of the warm-up, the heap's growth
 * while many documents open). V8's code cache records the flags it was made under, and a process
 * started with other flags refuses it: a cache written while one of these flags was changed would
 * be refused at every later start, each of which would then compile the whole bundle again. So
 * every such change goes through `setV8Flag`, which remembers it, and the cache is made under the
 * flags of a start (`underStartFlags`).
 *
 * What was changed is kept on the process rather than in this module: the preload that writes the
 * cache (`code-cache.ts`) and the server are two bundles, each with its own copy of this module.
 * The bundle's first line registers its own change the same way (`scripts/build.mjs`).
 */
import { setFlagsFromString } from 'node:v8';
import marks from './build-marks.json';

/** Flag name -> [the flag as now set, the flag as a start has it]. */
type Changed = Record<string, readonly [now: string, atStart: string]>;

const KEY = Symbol.for(marks.v8FlagsKey);

function changed(): Changed {
  const process = globalThis as { [KEY]?: Changed };
  return (process[KEY] ??= {});
}

/**
 * Sets the flags every start of the server has (`startFlags` in build-marks.json): the bundle's
 * first line sets them (`scripts/build.mjs`), and the code cache's preload before it compiles the
 * bundle, so that the cache is made and read under them.
 */
export function setStartFlags(): void {
  for (const flag of marks.startFlags) setFlagsFromString(flag);
}

/** Sets `flag` (`--name=value`, `--name`, `--no-name`), whose value at a start is `atStart`. */
export function setV8Flag(name: string, flag: string, atStart: string): void {
  setFlagsFromString(flag);
  changed()[name] = [flag, atStart];
}

/** Runs `fn` under the flags of a start, then sets back the flags as they were. */
export function underStartFlags<T>(fn: () => T): T {
  const flags = Object.values(changed());
  for (const [, atStart] of flags) setFlagsFromString(atStart);
  try {
    return fn();
  } finally {
    for (const [now] of flags) setFlagsFromString(now);
  }
}
