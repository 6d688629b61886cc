import { CommanderError, type Command } from 'commander';
import { AdvocacyError } from '../../shared/errors.js';

/**
 * A reader that stops early (`advocacy score ... | head`) closes the pipe. The command then ends
 * quietly with success, as other Unix tools do, instead of crashing on EPIPE with a stack trace.
 */
const endQuietlyWhenReaderCloses = (stream: NodeJS.WriteStream): void => {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
};

/**
 * Runs the program and turns our own errors into one clear line on stderr and exit code 1;
 * anything else is a bug and keeps its stack trace.
 */
const runCli = async (program: Command, argv: readonly string[]): Promise<void> => {
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof AdvocacyError) {
      process.stderr.write(`advocacy: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
};

export { endQuietlyWhenReaderCloses, runCli };
