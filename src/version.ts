import { readFileSync } from 'node:fs';

/** The tool's version, read from package.json so it is never typed by hand. */
export const TOOL_NAME = 'bulletin';
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
