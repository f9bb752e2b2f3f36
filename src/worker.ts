/**
 * A lint worker thread (src/parallel.ts starts it): builds its own configuration loader from the
 * options it was given, then lints each file it is sent with the same code as the main thread
 * (files.ts lintTarget) and posts the result back with its index. Node-only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader, type PluginLoader } from './config.js';
import { lintTarget } from './files.js';
import type { TargetFile, WorkerOptions } from './parallel.js';

const { cwd, options } = workerData as { cwd: string; options: WorkerOptions };

/** Plugins load the way the CLI loads them (src/plugins.ts, when present). */
async function pluginLoader(): Promise<{ loadPlugins?: PluginLoader }> {
  try {
    const module = (await import('./plugins.js' as string)) as { loadPlugins?: PluginLoader };
    return module.loadPlugins ? { loadPlugins: module.loadPlugins } : {};
  } catch {
    return {};
  }
}

const loader = new ConfigLoader({ ...options.config, cwd, ...(await pluginLoader()) });
const lintOptions = { ...options.lint, cwd, configLoader: loader };

parentPort?.on('message', (task: { index: number; target: TargetFile }) => {
  const notices: string[] = [];
  lintTarget(task.target, cwd, loader, lintOptions, (message) => notices.push(message)).then(
    (result) => parentPort?.postMessage({ index: task.index, result, notices }),
    (error: unknown) => parentPort?.postMessage({ index: task.index, notices, error: error instanceof Error ? error.message : String(error) }),
  );
});
