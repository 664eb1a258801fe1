import { fuzzTest } from './fuzz-test.js';
import { sqlPGliteTarget } from './sql-pglite-target.js';

fuzzTest('lint and report over mutated migrations applied on PGlite', sqlPGliteTarget);
