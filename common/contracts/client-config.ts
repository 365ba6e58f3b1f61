import { z } from 'zod';

/** Installation settings the web app needs before anyone logs in. */
export const clientConfig = z.object({
  /** A MapLibre style URL drawn under Trygg's own map layers, or null for none (the default). */
  mapStyleUrl: z.string().nullable(),
  /** A demo installation (seeded with the demo companies): the login page says so. */
  demoMode: z.boolean(),
  /**
   * How mail leaves: by SMTP, into the demo's outbox page (admins only), or not at all — then the
   * password reset page says no link can be sent instead of offering to send one.
   */
  mailDelivery: z.enum(['smtp', 'outbox', 'none']),
});
export type ClientConfig = z.infer<typeof clientConfig>;
