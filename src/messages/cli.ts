/** Messages of the command line itself (English: the CLI speaks English; publications are bilingual). */
export const cli = {
  description: () => 'Turn DTM survey exports into the thematic bulletins on migrants in Central Asia and the Russian Federation.',
  debugOption: () => 'show stack traces of errors',
  jsonOption: () => 'print one JSON document on stdout (errors included)',
  internal: (m: string) => `internal error (a bug, please report it): ${m}`,
  rerunWithDebug: () => 'Run again with --debug to see the stack trace.',
  notImplemented: (what: string) => `${what} is not available in this version`,
};
