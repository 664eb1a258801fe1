export { run } from './cli/run.js';
export type { CliIo } from './cli/io.js';
export { buildImpactReport, type ImpactInputs } from './join/build-impact-report.js';
export { renderJson } from './render/render-json.js';
export { renderText, type TextOptions } from './render/render-text.js';
export { analyseRepository, type AnalyseOptions } from './pipeline/analyse-repository.js';
export { defineConfig } from './config/load-config.js';
export type { RippleConfig, RippleConfigInput } from './config/ripple-config.js';
