import type { CliContext } from '../context.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';

// Placeholder until the command is implemented; replaced by its owner.
export async function runSampleCommand(..._args: [...unknown[], CliContext]): Promise<number> {
  throw new UsageError('not-implemented', msg.cli.notImplemented('bulletin sample'));
}
