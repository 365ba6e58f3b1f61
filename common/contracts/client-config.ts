import { z } from 'zod';

/** Installation settings the web app needs before anyone logs in. */
export const clientConfig = z.object({
  /** A MapLibre style URL drawn under Trygg's own map layers, or null for none (the default). */
  mapStyleUrl: z.string().nullable(),
});
export type ClientConfig = z.infer<typeof clientConfig>;
