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
    /**
     * The API descriptions, one entry per API, with the service that serves it: `base` and `head` files in one
     * tree, or one `spec` path read from both the base and the head tree.
     */
    openapi: z
      .array(
        z
          .object({
            service: z.string().min(1),
            base: z.string().min(1).optional(),
            head: z.string().min(1).optional(),
            spec: z.string().min(1).optional(),
          })
          .strict()
          .superRefine((api, context) => {
            if (api.spec !== undefined && (api.base !== undefined || api.head !== undefined)) {
              context.addIssue({ code: 'custom', path: ['spec'], message: 'give either spec, or base and head, not both' });
            } else if (api.spec === undefined && (api.base === undefined || api.head === undefined)) {
              context.addIssue({ code: 'custom', path: [api.base === undefined ? 'base' : 'head'], message: 'give base and head, or spec' });
            }
          })
          .transform((api) => ({ service: api.service, base: (api.spec ?? api.base)!, head: (api.spec ?? api.head)! })),
      )
      .default([]),
    /**
     * Follow `$ref`s to http(s) URLs in the API descriptions (off by default: a pull request must not make CI
     * fetch URLs of its choosing). Loopback, private-network and link-local addresses are refused even then.
     */
    allowRemoteRefs: z.boolean().optional(),
    /** What this repository does not want reported: by rule id (change kind, API rule, finding), path glob, or both. */
    ignore: z
      .array(
        z
          .object({ rule: z.string().min(1).optional(), path: z.string().min(1).optional(), reason: z.string().min(1) })
          .strict()
          .refine((entry) => entry.rule !== undefined || entry.path !== undefined, { message: 'give rule, path, or both' }),
      )
      .default([]),
  })
  .strict();

export type RippleConfig = z.infer<typeof rippleConfigSchema>;
export type RippleConfigInput = z.input<typeof rippleConfigSchema>;
