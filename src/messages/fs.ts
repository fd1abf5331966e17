/** Messages about files and directories: refused --out, refused overwrites, environmental failures. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EBUSY: 'the resource is busy (a mount point?)',
  ENAMETOOLONG: 'the file name is too long',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'an input/output error of the device',
  EXDEV: 'it is on another file system',
  ELOOP: 'too many symbolic links',
  ENOTEMPTY: 'the directory is not empty',
  EFBIG: 'the file is too large',
  ETXTBSY: 'the file is busy',
};

export const fs = {
  cause: (code: string | undefined, fallback: string) => (code && CAUSES[code] ? `${CAUSES[code]} (${code})` : fallback),
  failed: (action: string, path: string, cause: string) => `cannot ${action} ${path}: ${cause}`,
  outIsFile: (out: string) => `--out ${out} is a file, not a directory: give the directory the bulletins should go to (e.g. --out out)`,
  outEmpty: () => '--out is empty (an unset variable?): give the directory the bulletins should go to (e.g. --out out)',
  outRoot: (out: string, what: string) => `--out ${out} is ${what}: a build replaces its --out directory whole, so give a directory of its own (e.g. --out ${'out'})`,
  outHoldsInput: (out: string, input: string) =>
    `--out ${out} holds the input ${input}: a build replaces its --out directory whole and would delete it; give a directory of its own (e.g. --out out)`,
  outInsideInput: (out: string, input: string) => `--out ${out} is inside or is the input ${input}; give a directory of its own (e.g. --out out)`,
  outForeign: (out: string, example: string) =>
    `--out ${out} is not empty and is not the output of an earlier build (no manifest.json written by bulletin; it holds ${example}): a build replaces its --out directory whole, so nothing there is touched; give an empty or new directory, or remove it yourself`,
  outParent: (out: string, parent: string, cause: string) => `--out ${out}: cannot write in ${parent}: ${cause}`,
  overwriteInput: (flag: string, path: string, input: string) => `${flag} ${path} is the input ${input}: refusing to overwrite it; choose another file name`,
  overwriteForeign: (flag: string, path: string) =>
    `${flag} ${path} already exists and was not written by bulletin: refusing to overwrite it; choose another name, or add --force to replace this file`,
  outputIsDir: (flag: string, path: string) => `${flag} ${path} is a directory; give a file name`,
  inputChanged: (path: string, what: string) =>
    `input changed while reading: ${path} (${what}); nothing was published from it — run again once the file is no longer being written (a sync client, a copy in progress?)`,
  sameInput: (a: string, b: string) => `${a} and ${b} are the same file given twice: each export counts once; give it once`,
  tooLarge: (path: string, limit: string) => `${path} is larger than ${limit}: not an export this tool can read whole`,
};
