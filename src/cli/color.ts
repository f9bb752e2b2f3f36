/**
 * The colour decision, made once in the CLI (CONVENTIONS §3.4), in this order: --color/--no-color →
 * FORCE_COLOR → NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb → the stream is a TTY with colours.
 * chalk's own detection is not used: it ignores NO_COLOR and sniffs process.argv by itself.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

interface ColorStream {
  isTTY?: boolean;
  hasColors?: (count?: number) => boolean;
}

export function colorLevel(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  stream: ColorStream,
): ColorLevel {
  const detected = (): ColorLevel => {
    if (!stream.isTTY || typeof stream.hasColors !== 'function' || !stream.hasColors()) return 0;
    return stream.hasColors(2 ** 24) ? 3 : stream.hasColors(256) ? 2 : 1;
  };
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, detected()) as ColorLevel;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return Math.max(1, detected()) as ColorLevel;
  }
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb') return 0;
  return detected();
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
