import { describe, expect, it } from 'vitest';
import { mayExportForClient } from './record-export.js';

describe('mayExportForClient', () => {
  it('a director of the program exports the record for the client', () => {
    expect(mayExportForClient(['CLINICIAN', 'DIRECTOR'])).toBe(true);
  });
  it('a clinician, supervisor or case manager does not', () => {
    expect(mayExportForClient(['CLINICIAN', 'CASE_MANAGER'])).toBe(false);
    expect(mayExportForClient([])).toBe(false);
  });
});
