import { describe, expect, it } from 'vitest';
import { GuardianSchema, guardianProblems, loadFamilyRecord, telHref } from '@/rules/family/guardian';
import { hashPin } from '@/rules/family/pin';

describe('guardian contact', () => {
  it('accepts the ways people write names and numbers, tidied', () => {
    expect(GuardianSchema.parse({ name: '  Anne-Marie   O’Brien ', phone: ' +39 333 123 4567 ' })).toEqual({
      name: 'Anne-Marie O’Brien',
      phone: '+39 333 123 4567',
    });
    for (const phone of ['(020) 7946 0018', '030/1234567', '06-1234-5678', '+1 202.555.0143']) {
      expect(guardianProblems({ name: 'Marco', phone })).toEqual([]);
    }
    expect(guardianProblems({ name: 'José Müller', phone: '0612345678' })).toEqual([]);
  });

  it('refuses what would read wrongly on a warning', () => {
    expect(guardianProblems({ name: '', phone: '12345' })).toEqual(['name', 'phone']);
    expect(guardianProblems({ name: '<b>x</b>', phone: '+44 20 7946 0018' })).toEqual(['name']);
    expect(guardianProblems({ name: 'https://evil.example', phone: '0612345678' })).toEqual(['name']);
    expect(guardianProblems({ name: 'Ann', phone: 'call me' })).toEqual(['phone']);
    expect(guardianProblems({ name: 'Ann', phone: '+1 234 567 890 123 456 7' })).toEqual(['phone']);
    expect(guardianProblems({ name: 'A'.repeat(61), phone: '0612345678' })).toEqual(['name']);
  });

  it('makes a tel: link of digits only', () => {
    expect(telHref('+39 333 123 4567')).toBe('tel:+393331234567');
    expect(telHref('(020) 7946 0018')).toBe('tel:02079460018');
  });

  it('reads family mode as on for a valid record, and a damaged one fails closed', async () => {
    const pin = await hashPin('1234');
    const config = { version: 1, pin, guardian: { name: 'Giulia', phone: '+39 02 1234567' } };
    expect(loadFamilyRecord(config)).toEqual({ state: 'on', config });
    expect(loadFamilyRecord(undefined)).toEqual({ state: 'off' });
    // Damaged, but the PIN can still be read: it still unlocks.
    expect(loadFamilyRecord({ ...config, guardian: { name: 'Giulia' } })).toEqual({ state: 'damaged', pin });
    expect(loadFamilyRecord({ ...config, version: 2 })).toEqual({ state: 'damaged', pin });
    // Nothing readable: still on, and nothing unlocks it.
    for (const damaged of [{ ...config, pin: { ...pin, iterations: 10 } }, 'family', 42, [], {}]) {
      expect(loadFamilyRecord(damaged)).toEqual({ state: 'damaged', pin: null });
    }
  });
});
