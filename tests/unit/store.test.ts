/**
 * What would be uploaded to the stores: `npm run zip` builds and packs both,
 * and the built folders and the zips must pass the stores' rules
 * (scripts/lib/store-rules.ts: icons, description length in every locale,
 * minimum Chrome version, a real add-on id, no permission beyond storage),
 * and `web-ext lint` must find nothing from our code in the Firefox zip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractZip, packageFromDir, packageFromZip } from '../../scripts/lib/store-package';
import { MIN_CHROME_VERSION, storeProblems, type Package } from '../../scripts/lib/store-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
/** Two builds, three zips and a lint, on a shared two-core machine. */
const PACKING_MS = 240_000;

const zipFor = (suffix: string) => {
  const name = readdirSync(OUTPUT).find((file) => file.endsWith(`-${suffix}.zip`));
  if (!name) throw new Error(`no ${suffix} zip in .output`);
  return join(OUTPUT, name);
};

describe('the packages for the stores', { timeout: PACKING_MS }, () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'zip'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
  }, PACKING_MS);

  it.each([
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const)('%s: the built folder and its zip pass the store’s rules', (store, dir) => {
    expect(storeProblems(packageFromDir(join(OUTPUT, dir)), store)).toEqual([]);
    expect(storeProblems(packageFromZip(zipFor(store)), store)).toEqual([]);
  });

  it('Chrome: the minimum version is what the code needs, and only storage is asked for', () => {
    const manifest = packageFromZip(zipFor('chrome')).manifest;
    expect(manifest.minimum_chrome_version).toBe(String(MIN_CHROME_VERSION));
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('Firefox: a sources zip for the reviewers, and web-ext lint finds nothing from our code in the zip', () => {
    expect(zipFor('sources')).toMatch(/-sources\.zip$/);
    const unpacked = mkdtempSync(join(tmpdir(), 'backstory-store-'));
    try {
      extractZip(zipFor('firefox'), unpacked);
      const lint = spawnSync('npx', ['--no-install', 'tsx', 'scripts/firefox-lint.ts', '--source-dir', unpacked], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      });
      expect(lint.stdout).toMatch(/0 errors, .*; 0 from our code/);
      expect(lint.status).toBe(0);
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });
});

describe('the store rules', () => {
  const icon = (size: number) => {
    const png = Buffer.alloc(24);
    Buffer.from('89504e470d0a1a0a', 'hex').copy(png);
    png.writeUInt32BE(size, 16);
    png.writeUInt32BE(size, 20);
    return png;
  };
  function fake(change: Record<string, unknown>, description = 'Short.', files: Record<string, Buffer> = {}): Package {
    const all: Record<string, Buffer> = {
      'icon/16.png': icon(16),
      'icon/32.png': icon(32),
      'icon/48.png': icon(48),
      'icon/128.png': icon(128),
      '_locales/en/messages.json': Buffer.from(
        JSON.stringify({ name: { message: 'Backstory' }, description: { message: description } }),
      ),
      ...files,
    };
    const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    const manifest = {
      manifest_version: 3,
      name: '__MSG_name__',
      description: '__MSG_description__',
      version: '1.0.0',
      icons,
      action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
      permissions: ['storage'],
      minimum_chrome_version: '116',
      ...change,
    };
    return { manifest, file: (path) => all[path], paths: Object.keys(all) };
  }

  it('pass a package that follows them', () => {
    expect(storeProblems(fake({}), 'chrome')).toEqual([]);
  });

  it('catch each thing a store refuses', () => {
    expect(storeProblems(fake({}, 'x'.repeat(133)), 'chrome')).toEqual([
      'description in en is 133 characters, over 132',
    ]);
    expect(storeProblems(fake({}, 'Short.', { 'icon/48.png': icon(64) }), 'chrome')).toEqual([
      'icons: icon/48.png is 64×64, not 48×48',
    ]);
    expect(
      storeProblems(fake({ icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } }), 'chrome'),
    ).toEqual(['icons: no 128px icon']);
    expect(
      storeProblems(fake({ permissions: ['storage', 'tabs'], host_permissions: ['<all_urls>'] }), 'chrome'),
    ).toEqual(['permissions beyond storage: tabs', 'asks for host_permissions']);
    expect(storeProblems(fake({ minimum_chrome_version: '111' }), 'chrome')).toEqual([
      'minimum_chrome_version is 111, not 116+',
    ]);
    const firefox = (id: string) =>
      storeProblems(
        fake({
          manifest_version: 2,
          action: undefined,
          minimum_chrome_version: undefined,
          browser_action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
          browser_specific_settings: {
            gecko: { id, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }),
        'firefox',
      );
    expect(firefox('backstory@backstory.invalid')).toEqual([
      'the add-on id "backstory@backstory.invalid" is not a GUID nor an address at a real domain',
    ]);
    expect(firefox('{5b0e7d0c-2f7a-4c1e-9a8b-3d6f1c2e4a90}')).toEqual([]);
  });
});
