import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { createLogger, type Logger } from '../logging/logger.js';

/**
 * Runs an operator's script (`db:reset`, `audit:verify`) with the API's own configuration: an
 * invalid setting exits 2 naming it, a failure exits 1, otherwise the script's own exit code.
 */
export async function runScript(
  what: string,
  main: (config: Config, logger: Logger) => Promise<number>,
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await main(config, createLogger(config.logLevel)).catch((err: unknown) => {
    console.error(`${what} failed:`, err);
    return 1;
  });
}
