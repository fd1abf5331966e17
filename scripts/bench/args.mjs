// Command-line options of `npm run bench`.
const USAGE = `usage: npm run bench -- [--reps N] [--quick] [--only validate|query|build|speed|CASE-ID] [--out FILE] [--keep]
  --reps N     repetitions of each measurement, alternating bulletin and DuckDB (default 3)
  --quick      100k rows only (no 1M-row cases)
  --only WHAT  only the cases of one command (validate, query, build), of the group speed (issue 16:
               build against commit 8369c77, unchanged rebuild, peak RSS) or one case by its id, e.g.
               build-samples-vs-8369c77 (repeatable, or comma-separated)
  --out FILE   where to write the JSON results (default bench-results/latest.json)
  --keep       keep the build outputs in the temporary directory`;

export function parseArgs(argv) {
  const opts = { reps: 3, quick: false, only: [], out: 'bench-results/latest.json', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--reps') opts.reps = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a === '--quick') opts.quick = true;
    else if (a === '--only') opts.only.push(...value().split(','));
    else if (a === '--out') opts.out = value();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return opts;
}
