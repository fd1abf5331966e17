/**
 * An OLE compound file (D0 CF 11 E0): either an old .xls workbook or an encrypted (password
 * protected) .xlsx, whose package Excel stores in an OLE container as a stream `EncryptedPackage`
 * next to `EncryptionInfo`. The directory names are UTF-16LE; they are looked for in the first MiB.
 */
import { open } from 'node:fs/promises';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NAMES = ['EncryptedPackage', 'EncryptionInfo'].map((n) => Buffer.from(n, 'utf16le'));
const SCAN = 1024 * 1024;

export function isOle(head: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => head[i] === b);
}

/** True when the OLE file holds an encrypted OOXML package. */
export async function isEncryptedPackage(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SCAN);
    const { bytesRead } = await fh.read(buf, 0, SCAN, 0);
    const head = buf.subarray(0, bytesRead);
    return NAMES.some((n) => head.includes(n));
  } finally {
    await fh.close();
  }
}
