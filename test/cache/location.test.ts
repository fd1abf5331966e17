// cache/location.ts: where the cache lives, from the command's environment.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFromEnv } from '../../src/cache/location.js';

describe('cacheDirFromEnv', () => {
  it('takes BULLETIN_CACHE_DIR, then XDG_CACHE_HOME/bulletin, then HOME/.cache/bulletin', () => {
    const env = { BULLETIN_CACHE_DIR: '/c/b', XDG_CACHE_HOME: '/x', HOME: '/h' };
    expect(cacheDirFromEnv(env)).toBe(resolve('/c/b'));
    expect(cacheDirFromEnv({ ...env, BULLETIN_CACHE_DIR: '' })).toBe(join('/x', 'bulletin'));
    expect(cacheDirFromEnv({ HOME: '/h', XDG_CACHE_HOME: 'relative' })).toBe(join('/h', '.cache', 'bulletin'));
    expect(cacheDirFromEnv({ HOME: '/h' })).toBe(join('/h', '.cache', 'bulletin'));
    expect(cacheDirFromEnv({ BULLETIN_CACHE_DIR: 'rel' }, { cwd: '/w' })).toBe(resolve('/w', 'rel'));
  });

  it('is off with BULLETIN_NO_CACHE, or when nothing names a place', () => {
    expect(cacheDirFromEnv({ HOME: '/h', BULLETIN_NO_CACHE: '1' })).toBeUndefined();
    expect(cacheDirFromEnv({ HOME: '/h', BULLETIN_NO_CACHE: 'true' })).toBeUndefined();
    expect(cacheDirFromEnv({ HOME: '/h', BULLETIN_NO_CACHE: '0' })).toBe(join('/h', '.cache', 'bulletin'));
    expect(cacheDirFromEnv({ CI: 'true' })).toBeUndefined();
  });

  it('refuses a directory inside the output directory', () => {
    expect(cacheDirFromEnv({ BULLETIN_CACHE_DIR: '/w/out/.cache' }, { notUnder: ['/w/out'] })).toBeUndefined();
    expect(cacheDirFromEnv({ BULLETIN_CACHE_DIR: '/w/out' }, { notUnder: ['/w/out'] })).toBeUndefined();
    expect(cacheDirFromEnv({ BULLETIN_CACHE_DIR: '/w/outside' }, { notUnder: ['/w/out'] })).toBe(resolve('/w/outside'));
  });
});
