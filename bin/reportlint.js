#!/usr/bin/env node
import { runFromProcess } from '../dist/cli.js';
process.exitCode = await runFromProcess();
