import { describe, expect, it } from 'vitest';
import { buildProtectedNames, gateHosts } from '../../../rules/hosts/gate';

const names = buildProtectedNames([
  { reason: 'Tranco top 50k', names: ['google.com', 'www.bbc.co.uk', 'github.io'] },
  { reason: 'allowlist: test', names: ['*.uniswap.org'] },
]);

describe('gateHosts', () => {
  it('keeps ordinary scam entries', () => {
    expect(gateHosts(['free-eth.example', 'scam.github.io'], names).kept).toEqual(['free-eth.example', 'scam.github.io']);
  });

  it('drops protected names, anything under them and any parent of them', () => {
    const result = gateHosts(['google.com', 'docs.google.com', 'bbc.co.uk', 'app.uniswap.org'], names);
    expect(result.kept).toEqual([]);
    expect(result.dropped.map((d) => d.reason)).toEqual([
      'Tranco top 50k',
      'under google.com (Tranco top 50k)',
      'parent of www.bbc.co.uk (Tranco top 50k)',
      'under uniswap.org (allowlist: test)',
    ]);
  });
});
