/**
 * Checks a file that should be an Excel workbook before anything reads it, and says exactly what
 * is wrong with it (UsageError, exit 2): a password-protected workbook or an old .xls (OLE
 * containers), a truncated or damaged archive, a ZIP that is no workbook, a binary .xlsb, or a
 * workbook with macros (.xlsm, a VBA project). Returns its sheets in workbook order.
 */
import { open, stat } from 'node:fs/promises';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { isEncryptedPackage, isOle } from './ole.js';
import { workbookParts, type SheetPart } from './workbook-parts.js';
import { listZip, withFile, type ZipEntry } from './zip-directory.js';

export function corruptWorkbook(path: string, e: unknown): UsageError {
  const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
  return new UsageError('xlsx.corrupt', msg.xlsx.corrupt(path, why), { path });
}

/** Refuses OLE containers: a password-protected workbook or an old .xls. */
export async function refuseOle(path: string, head: Uint8Array): Promise<void> {
  if (!isOle(head)) return;
  if (await isEncryptedPackage(path)) throw new UsageError('xlsx.protected', msg.xlsx.protected(path), { path });
  throw new UsageError('xlsx.old-excel', msg.xlsx.oldExcel(path), { path });
}

/** The first bytes of every ZIP archive, and so of every .xlsx. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function checkWorkbook(path: string): Promise<{ sheets: SheetPart[]; entries: ZipEntry[] }> {
  let size: number;
  const head = new Uint8Array(8);
  try {
    size = (await stat(path)).size;
    const fh = await open(path, 'r');
    try {
      await fh.read(head, 0, 8, 0);
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError('file.unreadable', msg.fs.failed('read', path, code === 'ENOENT' ? 'no such file' : msg.fs.cause(code, (e as Error).message)), { path });
  }
  await refuseOle(path, head);
  // not a ZIP at all (a CSV given where a workbook is read: `bulletin mapping export.csv`): said so, not "damaged"
  if (!ZIP.every((b, i) => head[i] === b)) throw new UsageError('xlsx.not-workbook', msg.xlsx.notZip(path), { path });
  const { parts, entries } = await withFile(path, async (fh) => {
    const entries = await listZip(fh, size);
    if (!entries) throw corruptWorkbook(path, new Error('the ZIP directory at its end is missing (a truncated or damaged file)'));
    if (entries.some((e) => e.name === 'xl/workbook.bin')) throw corruptWorkbook(path, new Error('it is a binary workbook (.xlsb)'));
    return { parts: await workbookParts(fh, entries), entries };
  });
  if (!parts.ok) {
    if (parts.why === 'macros') throw new UsageError('xlsx.macros', msg.xlsx.macros(path), { path });
    if (parts.why === 'not-workbook') throw new UsageError('xlsx.not-workbook', msg.xlsx.notWorkbook(path), { path });
    throw corruptWorkbook(path, new Error('its workbook part cannot be read'));
  }
  if (/\.xlsm$/i.test(path)) throw new UsageError('xlsx.macros', msg.xlsx.macros(path), { path });
  return { sheets: parts.sheets, entries };
}
