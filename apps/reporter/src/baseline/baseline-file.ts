import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date, YYYY-MM-DD');

/**
 * `ripple-baseline.json`: report items a team has accepted, each with a reason and an optional expiry date.
 * A column change is named by its id (`column-dropped:public.orders.legacy_status`); an API change or a finding by
 * its fingerprint.
 */
export const baselineFileSchema = z
  .object({
    version: z.literal(1),
    entries: z.array(
      z
        .object({
          change: z.string().min(1).optional(),
          fingerprint: z.string().min(1).optional(),
          /** What the entry accepts, for people reading the file. */
          what: z.string().optional(),
          reason: z.string().min(1),
          expires: isoDate.optional(),
        })
        .strict()
        .refine((entry) => (entry.change === undefined) !== (entry.fingerprint === undefined), {
          message: 'give exactly one of change or fingerprint',
        }),
    ),
  })
  .strict();

export type BaselineFile = z.infer<typeof baselineFileSchema>;
export type BaselineEntry = BaselineFile['entries'][number];
