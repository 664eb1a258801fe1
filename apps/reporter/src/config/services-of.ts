import { configuredServices, discoverServices, type ServiceSpec } from '@ripple/code-scan';
import type { RippleConfig } from './ripple-config.js';

/**
 * The services to scan in a tree: the config's `services` when it lists them (a bad entry names its JSON pointer in
 * `configFile`), else discovered, the migrations folder holding none; discovered when there is no config.
 */
export async function servicesOf(root: string, config: RippleConfig | undefined, configFile: string): Promise<readonly ServiceSpec[]> {
  if (config === undefined) return discoverServices(root);
  if (config.services !== undefined) return configuredServices(root, config.services, (index) => ({ file: configFile, pointer: `/services/${index}` }));
  return discoverServices(root, { exclude: [config.migrations.dir] });
}
