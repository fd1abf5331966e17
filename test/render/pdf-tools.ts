/** Runs the PDF command-line tools the renderer's tests check with (poppler-utils, qpdf). */
import { execFileSync, spawnSync } from 'node:child_process';

const ENV = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** stdout of a tool that must succeed. */
export function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `qpdf --check`: exit status and output. */
export function qpdfCheck(file: string): { status: number | null; out: string } {
  const r = spawnSync('qpdf', ['--check', file], { env: ENV, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** `pdffonts` rows as {name, type, emb, sub, uni}. */
export function pdfFonts(file: string): Array<{ name: string; type: string; emb: string; sub: string; uni: string }> {
  return tool('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni num gen
      const n = cols.length;
      return { name: cols[0] ?? '', type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5] ?? '', sub: cols[n - 4] ?? '', uni: cols[n - 3] ?? '' };
    });
}

/** Text as pdftotext extracts it, with blank lines and runs of spaces squeezed (poppler versions differ there). */
export function pdfText(file: string): string {
  return tool('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '' && l !== '\f')
    .join('\n')
    .replace(/\f/g, '')
    .concat('\n');
}

/** `pdfinfo -isodates` as a key → value map. */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', ['-isodates', file])
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}
