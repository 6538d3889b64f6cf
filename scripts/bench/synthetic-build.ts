/**
 * Builds the extension with a synthetic dataset without touching the
 * project: the project's files (as git sees them, uncommitted edits
 * included) are copied to a temporary folder with `node_modules` linked,
 * N generated entities are added to its `data/entities/`, and `wxt build`
 * runs there. The bench then measures that folder's `.output/chrome-mv3`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as v from 'valibot';
import { corpusCharsets } from '../lib/corpus';
import { listPages } from './corpus';
import { syntheticEntities, wordsOf } from './synthetic';

export interface SyntheticBuild {
  /** The temporary copy of the project. */
  root: string;
  /** Its built extension. */
  extensionDir: string;
  entities: number;
  remove(): void;
}

/** Every word of every page in the corpus, decoded with its declared charset. */
export function corpusWords(corpus: string): Set<string> {
  const declared = corpusCharsets(corpus);
  const words = new Set<string>();
  for (const path of listPages(corpus)) {
    const charset = declared.get(relative(corpus, path)) ?? 'utf-8';
    let text: string;
    try {
      text = new TextDecoder(charset).decode(readFileSync(path));
    } catch {
      text = readFileSync(path, 'utf8');
    }
    for (const word of wordsOf(text)) words.add(word);
  }
  return words;
}

function projectFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed.split('\0').filter((file) => file && existsSync(join(root, file)));
}

export async function buildSynthetic(options: {
  root: string;
  corpus: string;
  count: number;
  quiet?: boolean;
}): Promise<SyntheticBuild> {
  const { root, corpus, count } = options;
  const copy = mkdtempSync(join(tmpdir(), 'backstory-synthetic-'));
  const remove = () => rmSync(copy, { recursive: true, force: true });
  let keep = false;
  try {
    for (const file of projectFiles(root)) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

    // The schema as the project has it now, so new required fields are filled.
    const schemaModule = (await import(pathToFileURL(join(root, 'utils/schema.ts')).href)) as {
      EntitySchema: v.GenericSchema;
    };
    const entitiesDir = join(copy, 'data/entities');
    const existingIds = new Set(readdirSync(entitiesDir).map((name) => basename(name, '.json')));
    const entities = syntheticEntities({
      count,
      schema: schemaModule.EntitySchema,
      taken: corpusWords(corpus),
      existingIds,
    });
    for (const entity of entities) {
      writeFileSync(join(entitiesDir, `${String(entity.id)}.json`), `${JSON.stringify(entity, null, 2)}\n`);
    }

    const built = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build'], {
      cwd: copy,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (built.status !== 0) {
      keep = true;
      throw new Error(
        `wxt build of the synthetic copy failed (kept for a look: ${copy}):\n${built.stdout}\n${built.stderr}`,
      );
    }
    if (!options.quiet) process.stderr.write(`synthetic: ${count} entities added, built in ${copy}\n`);
    return { root: copy, extensionDir: join(copy, '.output/chrome-mv3'), entities: existingIds.size + count, remove };
  } catch (error) {
    if (!keep) remove();
    throw error;
  }
}
