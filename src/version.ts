import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

/** The tool's version, read from package.json so it is never typed by hand. */
export const TOOL_NAME = 'bulletin';
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }
).version;
