/** Command-line options of `npm run bench:browser` (pure: argv in, options out). */

export interface BenchOptions {
  /** Page loads (and card appends) per page and browser. */
  reps: number;
  /** Runs of the memory cycles (measure 5) per browser. */
  memoryReps: number;
  /** Runs of the big list (measure 6) per browser: about a minute each with RoleLens on this machine. */
  bigListReps: number;
  /** Cards in the big list. */
  bigListCards: number;
  /** Each browser starts no new replacement of the big list after this long (0: all 5, however long). */
  bigListBudgetSeconds: number;
  /** Only saved pages whose file name contains one of these (all when empty). */
  pages: string[];
  /** Quiet time after the last rolelens-* host came or went that counts as settled. */
  quietMs: number;
  /** Other unpacked extensions, each run as one more browser beside RoleLens and none (`--peer`, repeatable). */
  peerDirs: string[];
  /** Saved page (substring of its file name) whose load is CPU-profiled once in each browser; null for none. */
  profilePage: string | null;
  /** Where the raw samples and medians go. */
  out: string;
}

export const USAGE = `npm run bench:browser -- [options]
  --reps N          page loads per page and browser (default 7; --quick: 3)
  --memory-reps N   runs of the add/remove-500-cards cycles per browser (default 3; --quick: 2)
  --big-reps N      runs of the big list per browser (default 1)
  --big-cards N     cards in the big list (default 5000)
  --big-budget S    a browser starts no new big-list replacement after S seconds (default 45; 0: all 5)
  --pages A,B       only saved pages whose file name contains A or B
  --quiet MS        settled = no rolelens-* host added or removed for MS (default 500)
  --peer DIR        also run another unpacked extension, as one more browser (repeatable)
  --profile PAGE    CPU-profile one load of the saved page matching PAGE in each browser (default indeed)
  --no-profile      skip the CPU profile
  --quick           fewer repetitions, while developing
  --out FILE        JSON report (default .reports/bench-browser.json)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    reps: 7,
    memoryReps: 3,
    bigListReps: 1,
    bigListCards: 5000,
    bigListBudgetSeconds: 45,
    pages: [],
    quietMs: 500,
    peerDirs: [],
    profilePage: 'indeed',
    out: '.reports/bench-browser.json',
  };
  let quick = false;
  const explicit = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string;
    const value = () => {
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n\n${USAGE}`);
      return next;
    };
    const count = (min: number) => {
      const text = value();
      const number = Number(text);
      if (!Number.isInteger(number) || number < min) throw new Error(`${flag} takes a whole number ≥ ${min}, not "${text}"`);
      explicit.add(flag);
      return number;
    };
    switch (flag) {
      case '--reps':
        options.reps = count(1);
        break;
      case '--memory-reps':
        options.memoryReps = count(0);
        break;
      case '--big-reps':
        options.bigListReps = count(0);
        break;
      case '--big-cards':
        options.bigListCards = count(1);
        break;
      case '--big-budget':
        options.bigListBudgetSeconds = count(0);
        break;
      case '--pages':
        options.pages = value()
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean);
        break;
      case '--quiet':
        options.quietMs = count(0);
        break;
      case '--peer':
        options.peerDirs.push(value());
        break;
      case '--profile':
        options.profilePage = value();
        break;
      case '--no-profile':
        options.profilePage = null;
        break;
      case '--quick':
        quick = true;
        break;
      case '--out':
        options.out = value();
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if (quick) {
    if (!explicit.has('--reps')) options.reps = 3;
    if (!explicit.has('--memory-reps')) options.memoryReps = 2;
  }
  return options;
}

/** Whether a saved page's file name passes the `--pages` filter. */
export function pageSelected(file: string, filters: readonly string[]): boolean {
  return filters.length === 0 || filters.some((filter) => file.includes(filter));
}
