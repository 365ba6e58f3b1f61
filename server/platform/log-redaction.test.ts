import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { errorSerializer, scrubbedText } from './log-redaction';

describe('errorSerializer', () => {
  it('keeps a failed query and its database error without the values involved', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: '23505',
      constraint: 'users_email',
      table: 'users',
      detail: 'Key (email)=(anna@example.org) already exists.',
    });
    const error = new DrizzleQueryError(
      'insert into "users" ("email", "display_name") values ($1, $2)',
      ['anna@example.org', 'Anna Andersson'],
      cause,
    );
    const logged = errorSerializer(error);
    const text = JSON.stringify(logged);
    expect(text).not.toContain('anna@example.org');
    expect(text).not.toContain('Anna Andersson');
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: insert into "users" ("email", "display_name") values ($1, $2)',
      query: 'insert into "users" ("email", "display_name") values ($1, $2)',
      cause: { code: '23505', constraint: 'users_email', table: 'users' },
    });
  });

  it('takes e-mail addresses out of a mail server refusal', () => {
    const logged = errorSerializer(new Error('550 5.1.1 <anna@example.org>: Recipient address rejected'));
    expect(logged.message).toBe('550 5.1.1 <[e-mail]>: Recipient address rejected');
  });
});

describe('scrubbedText', () => {
  it('takes out addresses but leaves stack frames of scoped packages', () => {
    expect(scrubbedText('to anna.b+x@mail.example.org failed')).toBe('to [e-mail] failed');
    const frame = 'at next (/app/node_modules/@fastify/static/index.js:12:3)';
    expect(scrubbedText(frame)).toBe(frame);
  });

  it('drops query strings from URLs in a message', () => {
    expect(
      scrubbedText('Reply was already sent in "/api/public/places/nearby?lon=17.95&lat=59.2" (GET)'),
    ).toBe('Reply was already sent in "/api/public/places/nearby?[query]" (GET)');
  });
});
