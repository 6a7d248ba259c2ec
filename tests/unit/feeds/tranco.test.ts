import { describe, expect, it } from 'vitest';
import { parseTrancoCsv } from '../../../rules/feeds/tranco.ts';

describe('parseTrancoCsv', () => {
  it('reads rank,domain rows up to a limit', () => {
    expect([...parseTrancoCsv('1,google.com\n2,Facebook.com\r\nrank,domain\n3,\n4,amazon.com', 2)]).toEqual(['google.com', 'facebook.com']);
  });
});
