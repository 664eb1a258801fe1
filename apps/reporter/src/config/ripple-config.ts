import { z } from 'zod';

/** `ripple.config.json`: where a repository keeps its migrations and API descriptions. Paths are relative to it. */
export const rippleConfigSchema = z
  .object({
    $schema: z.string().optional(),
    migrations: z
      .object({
        /** The migrations folder. */
        dir: z.string().min(1),
        /**
         * The migrations the change under review adds (file names, relative to `dir`). Everything else in `dir`
         * is the base schema. Without it, the migration with the highest version is taken as new.
         */
        new: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    /** Base and head OpenAPI descriptions, one entry per API, with the service that serves it. */
    openapi: z
      .array(
        z
          .object({
            service: z.string().min(1),
            base: z.string().min(1),
            head: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type RippleConfig = z.infer<typeof rippleConfigSchema>;
