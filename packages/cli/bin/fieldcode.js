#!/usr/bin/env node
// Thin launcher: the command itself is built into dist/ by `npm ci` (the root `prepare` script).
import { main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2));
