#!/usr/bin/env node
// The published entry point: runs the compiled CLI (`pnpm build` first when running from a checkout;
// `pnpm ripple` at the repository root runs the TypeScript sources directly).
await import('../dist/bin.js');
