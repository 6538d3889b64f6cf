/**
 * What the Chrome Web Store and addons.mozilla.org require of a package, as
 * far as a file check can tell: the built manifest, its locales and icons.
 * Pure: reads what it is given, returns the problems in words.
 */

/** The Chrome Web Store's limit for the manifest description (and AMO's summary limit is larger). */
export const MAX_DESCRIPTION = 132;
/** Chrome's limit for the extension's name. */
export const MAX_NAME = 75;
/** The store and extension-list icon sizes both stores ask for. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** The toolbar button's sizes. */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;
/** The only permission Backstory asks for. */
export const ALLOWED_PERMISSIONS = ['storage'];
/** The Chrome version the code needs (wxt.config.ts says why). */
export const MIN_CHROME_VERSION = 116;

export type Store = 'chrome' | 'firefox';

export interface Package {
  manifest: Record<string, unknown>;
  /** A file of the package by its path, or undefined when it is missing. */
  file(path: string): Buffer | undefined;
  /** Every path in the package. */
  paths: string[];
}

/** Width and height of a PNG, from its IHDR chunk; undefined when it is not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

type Messages = Record<string, { message: string }>;

/** The manifest's text in every locale of the package ("__MSG_key__" resolved). */
function localised(pkg: Package, value: unknown): Map<string, string> {
  const text = typeof value === 'string' ? value : '';
  const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
  const out = new Map<string, string>();
  if (!key) {
    out.set('(manifest)', text);
    return out;
  }
  for (const path of pkg.paths) {
    const locale = /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1];
    if (!locale) continue;
    const messages = JSON.parse(pkg.file(path)!.toString('utf8')) as Messages;
    out.set(locale, messages[key]?.message ?? '');
  }
  return out;
}

function checkIcons(pkg: Package, icons: unknown, sizes: readonly number[], what: string): string[] {
  const problems: string[] = [];
  const table = (icons ?? {}) as Record<string, string>;
  for (const size of sizes) {
    const path = table[String(size)];
    if (!path) {
      problems.push(`${what}: no ${size}px icon`);
      continue;
    }
    const data = pkg.file(path.replace(/^\//, ''));
    const found = data && pngSize(data);
    if (!found) problems.push(`${what}: ${path} is missing or not a PNG`);
    else if (found.width !== size || found.height !== size) {
      problems.push(`${what}: ${path} is ${found.width}×${found.height}, not ${size}×${size}`);
    }
  }
  return problems;
}

/** Every rule the package breaks for a store; empty when it passes. */
export function storeProblems(pkg: Package, store: Store): string[] {
  const { manifest } = pkg;
  const problems: string[] = [];
  const expectedVersion = store === 'chrome' ? 3 : 2;
  if (manifest.manifest_version !== expectedVersion) {
    problems.push(`manifest_version is ${String(manifest.manifest_version)}, not ${expectedVersion}`);
  }
  if (typeof manifest.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(manifest.version)) {
    problems.push(`version "${String(manifest.version)}" is not 1 to 4 dot-separated numbers`);
  }
  for (const [locale, name] of localised(pkg, manifest.name)) {
    if (!name || name.length > MAX_NAME) problems.push(`name in ${locale} is empty or over ${MAX_NAME} characters`);
  }
  const descriptions = localised(pkg, manifest.description);
  if (!descriptions.size) problems.push('no description');
  for (const [locale, description] of descriptions) {
    if (!description) problems.push(`description in ${locale} is empty`);
    else if (description.length > MAX_DESCRIPTION) {
      problems.push(`description in ${locale} is ${description.length} characters, over ${MAX_DESCRIPTION}`);
    }
  }
  problems.push(...checkIcons(pkg, manifest.icons, ICON_SIZES, 'icons'));
  const action = (store === 'chrome' ? manifest.action : manifest.browser_action) as
    { default_icon?: unknown } | undefined;
  problems.push(...checkIcons(pkg, action?.default_icon, TOOLBAR_ICON_SIZES, 'toolbar icon'));

  const permissions = (manifest.permissions ?? []) as string[];
  const extra = permissions.filter((permission) => !ALLOWED_PERMISSIONS.includes(permission));
  if (extra.length) problems.push(`permissions beyond ${ALLOWED_PERMISSIONS.join(', ')}: ${extra.join(', ')}`);
  for (const key of [
    'host_permissions',
    'optional_permissions',
    'optional_host_permissions',
    'externally_connectable',
  ]) {
    if (key in manifest) problems.push(`asks for ${key}`);
  }
  if (pkg.paths.some((path) => path.endsWith('.map'))) problems.push('ships source maps');

  const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
  if (store === 'chrome') {
    const minimum = Number(manifest.minimum_chrome_version);
    if (!Number.isInteger(minimum) || minimum < MIN_CHROME_VERSION) {
      problems.push(`minimum_chrome_version is ${String(manifest.minimum_chrome_version)}, not ${MIN_CHROME_VERSION}+`);
    }
    if (gecko) problems.push('carries Firefox settings (Chrome warns about them)');
    for (const key of ['key', 'update_url']) if (key in manifest) problems.push(`carries ${key} (the store sets it)`);
  } else {
    const id = typeof gecko?.id === 'string' ? gecko.id : '';
    const guid = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i.test(id);
    const email = /^[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(id) && !/\.(invalid|test|example|localhost)$/i.test(id);
    if (!guid && !email) problems.push(`the add-on id "${id}" is not a GUID nor an address at a real domain`);
    if (typeof gecko?.strict_min_version !== 'string') problems.push('no strict_min_version');
    if (!gecko?.data_collection_permissions) problems.push('no data_collection_permissions declaration');
  }
  return problems;
}
