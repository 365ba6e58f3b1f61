import type { Db } from '../db/client';

export type SeedResult = { created: boolean; logins: { role: string; email: string; password: string }[] };

/** Fills an empty database with the demo organizations. Placeholder until the seed lands. */
export async function seedIfEmpty(_db: Db): Promise<SeedResult> {
  return { created: false, logins: [] };
}
