// How a run of `bulletin` ended, by the exit codes of docs/cli.md.
export function isNotImplemented(code, stderr) {
  return code === 2 && /not available in this version/.test(stderr);
}

export function describeExit(code, signal) {
  if (signal) return `killed by ${signal}`;
  return `exit ${code}`;
}
