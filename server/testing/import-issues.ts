import { expect } from 'vitest';
import { ImportError } from '../platform/geo/import-error';

/** The issues an import parser reports; fails the test when it throws anything else or nothing. */
export function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).issues ?? [];
  }
  throw new Error('expected an ImportError');
}
