// ts-morph's bundled TypeScript, loaded with `require`: imported from ESM, Node first scans ts-morph's 1 MB of
// CommonJS for its export names (~0.3 s of every cold scan and of every worker's start). Import `ts` from here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a require is what this file is for
import tsMorph = require('ts-morph');

export = tsMorph.ts;
