import { fuzzTest } from './fuzz-test.js';
import { tsScanTarget } from './ts-scan-target.js';

fuzzTest('usages over mutated TypeScript files', tsScanTarget);
