import { describe, expect, it } from 'vitest';
import { createLogger, errorForLog } from './logger.js';

describe('errors in the logs never quote client input', () => {
  it('a database error keeps its SQLSTATE and schema names, not its message or detail', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(jane.canary@example.org) already exists.',
      table: 'staff',
      constraint: 'staff_email_key',
      parameters: ['jane.canary@example.org'],
    });
    const logged = errorForLog(err);
    expect(logged).toMatchObject({ name: 'Error', code: '23505', table: 'staff' });
    expect(JSON.stringify(logged)).not.toMatch(/canary|duplicate key/);
    expect(logged.stack).toMatch(/^\s+at /);
  });

  it('a JSON parse error keeps no message; our own errors keep theirs', () => {
    let parseError: unknown;
    try {
      JSON.parse('{"canary": ');
    } catch (e) {
      parseError = e;
    }
    expect(JSON.stringify(errorForLog(parseError))).not.toMatch(/canary/);
    expect(errorForLog(new TypeError('x is not a function')).message).toBe('x is not a function');
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(errorForLog(pipe).message).toBe('write EPIPE');
  });

  it('the logger applies it to every `err`', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(l) });
    logger.error({ err: Object.assign(new Error('value "canary"'), { code: '22P02' }) }, 'x');
    expect(lines.join('')).toContain('22P02');
    expect(lines.join('')).not.toContain('canary');
  });
});
