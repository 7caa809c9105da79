import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

let root: string | undefined;

/** The project folder (holding package.json, data/, schema/), from src/ under ts-jest or dist/src/ when built. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return (root = dir);
}
