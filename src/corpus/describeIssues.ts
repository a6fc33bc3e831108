import type { z } from 'zod';
import { nearest } from './suggest.ts';

/**
 * Turns zod issues into sentences an editor can act on, with a guess for mistyped enum
 * values and keys ("kind `mesure` is not one of …; did you mean `measure`?").
 * `knownKeys` lists the fields an object accepts, for unrecognised-key suggestions.
 */
export function describeIssues(error: z.ZodError, knownKeys: readonly string[] = []): { path: PropertyKey[]; message: string }[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? `\`${issue.path.join('.')}\`` : 'value';
    switch (issue.code) {
      case 'unrecognized_keys': {
        const parts = issue.keys.map((k) => {
          const guess = nearest(k, knownKeys);
          return `\`${k}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
        });
        const expected = knownKeys.length ? `; expected one of ${knownKeys.map((k) => `\`${k}\``).join(', ')}` : '';
        return { path: issue.path, message: `unknown field ${parts.join(', ')}${expected}` };
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const input = 'input' in issue ? String(issue.input) : '';
        const guess = input ? nearest(input, values) : undefined;
        return {
          path: issue.path,
          message: `${field} is "${input}", expected one of ${values.join(' / ')}${guess ? `; did you mean "${guess}"?` : ''}`,
        };
      }
      case 'invalid_type':
        return {
          path: issue.path,
          message: `${field} ${'input' in issue && issue.input === undefined ? 'is missing' : 'has the wrong type'}: expected ${issue.expected}`,
        };
      case 'too_small':
        // zod's own wording ("Too small: expected string to have >=1 characters"), not a schema's message.
        if (issue.origin === 'string' && issue.minimum === 1 && issue.message.startsWith('Too small')) return { path: issue.path, message: `${field} is empty; expected some text` };
        return { path: issue.path, message: `${field}: ${issue.message}` };
      default:
        return { path: issue.path, message: `${field}: ${issue.message}` };
    }
  });
}
