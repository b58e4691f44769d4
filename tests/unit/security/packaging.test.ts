import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The installers cannot be built here (electron-builder downloads Electron and the packaging tools), so the
// configuration is checked instead: against electron-builder's own JSON schema, and for the targets and
// every fuse the issue asks for.
const root = join(__dirname, '../../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const schemePath = join(root, 'node_modules/app-builder-lib/scheme.json');
const targetsOf = (platform: 'linux' | 'mac' | 'win') =>
  (config[platform].target as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));

describe('packaging (electron-builder)', () => {
  it('is a valid electron-builder configuration', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemePath, 'utf8')));
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and ships only the built app, in an asar archive', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Caseboard');
    expect(config.files).toEqual(['out/**', 'resources/**', 'package.json']);
    expect(pkg.main.startsWith('out/')).toBe(true); // the entry point is among the files
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('dist');
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('dist/');
  });

  it('makes AppImage and deb for Linux, dmg for macOS, nsis for Windows', () => {
    expect(targetsOf('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect(targetsOf('win')).toEqual(['nsis']);
  });

  it('sets every Electron fuse: no Node mode, no NODE_OPTIONS, no inspector, asar integrity, asar only', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    // A fuse that a newer electron-builder knows must be decided here, not left to its default.
    const known = Object.keys(JSON.parse(readFileSync(schemePath, 'utf8')).definitions.FuseOptionsV1.properties as object);
    expect(Object.keys(config.electronFuses).sort()).toEqual(known.sort());
  });

  it('has npm scripts that build the app first, then the installers of each platform', () => {
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder');
    expect(pkg.scripts['dist:linux']).toBe('electron-vite build && electron-builder --linux');
    expect(pkg.scripts['dist:mac']).toBe('electron-vite build && electron-builder --mac');
    expect(pkg.scripts['dist:win']).toBe('electron-vite build && electron-builder --win');
  });

  it('pins electron-builder 26 and keeps Electron a development dependency, as electron-builder requires', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\.\d+\.\d+$/);
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies.electron).toBeUndefined();
    expect(pkg.dependencies['electron-builder']).toBeUndefined();
  });
});
