import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPersonal, importPersonal, readPersonalLists } from '../../../entrypoints/background/personal-lists/index';

/**
 * "Load this file" is what a scammer on the phone may ask for, to have their sites trusted: a file that would trust
 * sites changes nothing until the person confirmed it, and the answer names those sites.
 */
const file = (lists: { blocked?: string[]; trusted?: string[] }) =>
  JSON.stringify({ format: 'scam-sentinel-personal-lists', version: 1, blocked: lists.blocked ?? [], trusted: lists.trusted ?? [] });

describe('loading a file of your own lists', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the sites it would trust and changes nothing until that is confirmed', async () => {
    expect(await importPersonal(file({ blocked: ['fake-broker.example'], trusted: ['our-trading.example'] }))).toEqual({
      ok: false,
      reason: 'trust',
      hosts: ['our-trading.example'],
    });
    expect(await readPersonalLists()).toEqual({ blocked: [], trusted: [] });

    expect(await importPersonal(file({ blocked: ['fake-broker.example'], trusted: ['our-trading.example'] }), true)).toMatchObject({ ok: true, added: 2 });
    expect(await readPersonalLists()).toEqual({ blocked: ['fake-broker.example'], trusted: ['our-trading.example'] });
  });

  it('asks about a site it would move from blocked to trusted', async () => {
    await addPersonal('blocked', 'our-trading.example');
    expect(await importPersonal(file({ trusted: ['our-trading.example'] }))).toMatchObject({ ok: false, reason: 'trust', hosts: ['our-trading.example'] });
    expect((await readPersonalLists()).blocked).toEqual(['our-trading.example']);
  });

  it('blocks without a question, and asks nothing about sites already trusted', async () => {
    await addPersonal('trusted', 'my-bank.example');
    expect(await importPersonal(file({ blocked: ['fake-broker.example'], trusted: ['my-bank.example'] }))).toMatchObject({ ok: true, added: 1 });
    expect(await readPersonalLists()).toEqual({ blocked: ['fake-broker.example'], trusted: ['my-bank.example'] });
  });
});
