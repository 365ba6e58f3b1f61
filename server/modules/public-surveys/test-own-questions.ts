import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/** Test helpers: an organization's own choice and text questions, asked by one of its waves. */

export const ownChoice = {
  key: 'own_transport',
  kind: 'choice',
  section: 'environment',
  label: { sv: 'Färdsätt', en: 'Transport' },
  prompt: { sv: 'Hur tar du dig hem på kvällen?', en: 'How do you get home in the evening?' },
  options: [
    { key: 'walk', label: { sv: 'Går', en: 'Walk' } },
    { key: 'bus', label: { sv: 'Buss', en: 'Bus' } },
    { key: 'car', label: { sv: 'Bil' } },
  ],
};

export const ownMultiple = {
  key: 'own_avoided',
  kind: 'choice',
  multiple: true,
  section: 'environment',
  label: { sv: 'Undviker', en: 'Avoided places' },
  prompt: { sv: 'Vilka platser undviker du?', en: 'Which places do you avoid?' },
  options: [
    { key: 'tunnel', label: { sv: 'Gångtunneln', en: 'The underpass' } },
    { key: 'park', label: { sv: 'Parken', en: 'The park' } },
    { key: 'square', label: { sv: 'Torget', en: 'The square' } },
  ],
};

export const ownText = {
  key: 'own_wish',
  kind: 'text',
  section: 'open',
  label: { sv: 'Önskemål', en: 'Wishes' },
  prompt: { sv: 'Vad skulle göra området tryggare?', en: 'What would make the area safer?' },
  maxLength: 50,
};

/** Adds the three own questions to the organization's bank and to the wave's questions. */
export async function askOwnQuestions(app: FastifyInstance, organizationId: string, waveId: string) {
  for (const definition of [ownChoice, ownMultiple, ownText])
    await app.db.execute(sql`insert into survey_questions (organization_id, key, definition)
      values (${organizationId}, ${definition.key}, ${JSON.stringify(definition)}::jsonb)`);
  const keys = JSON.stringify([ownChoice.key, ownMultiple.key, ownText.key]);
  await app.db.execute(sql`update survey_waves set question_keys = question_keys || ${keys}::jsonb
    where organization_id = ${organizationId} and id = ${waveId}`);
}
