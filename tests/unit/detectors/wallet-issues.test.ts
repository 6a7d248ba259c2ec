import { describe, expect, it } from 'vitest';
import { detectWalletIssueMenu } from '../../../rules/engine/detectors/wallet-issues.ts';
import { evaluatePage, normalizedPageText } from '../../../rules/engine/index.ts';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { ids, pageContext } from './helpers.ts';

const menu = (text: string, url = '') => ids(detectWalletIssueMenu(pageContext({ url, text })));

describe('wallet-fixer menus: a list of wallet "issues" to pick before the connect form', () => {
  it.each([
    ['en', 'DeFi Repair Hub. Select the issue you have with your wallet: Rectification · Validation · Migration · Claim Rewards · Whitelist · Slippage · Gas Fees'],
    ['en, the repair named in the lead-in', 'Your wallet validation starts here, complete each step below. Staking | Bridge | Airdrop | Recovery | Claim tokens'],
    ['it', 'Problemi con il portafoglio? Scegli: Rettifica · Convalida · Sincronizzazione · Recupero · Staking · Airdrop'],
    ['fr', 'Un souci avec votre portefeuille ? Choisissez : Rectification / Validation / Migration / Récupération / Airdrop / Déblocage'],
    ['de', 'Probleme mit Ihrer Wallet? Migration · Wallet-Synchronisierung · Gesperrtes Konto · Token-Bridge · Gas-Gebühren · Staking'],
    ['es', 'Resuelva su billetera: Rectificación · Validación · Recuperación · Desbloqueo · Staking · Airdrop'],
    ['pt', 'Corrija a sua carteira: Validação · Sincronização · Recuperação · Migração · Staking · Airdrop'],
    ['nl', 'Problemen met uw wallet? Validatie · Synchronisatie · Herstel · Migratie · Staking · Airdrop'],
    ['pl', 'Problem z portfelem? Walidacja · Synchronizacja · Odzyskiwanie · Migracja · Staking · Airdrop'],
  ])('flags the menu (%s)', (_lang, text) => {
    expect(menu(text)).toEqual(['credentials.wallet_issue_menu']);
  });

  it('leaves honest wallet and exchange navigation alone: services without a repair, or too few issues', () => {
    expect(menu('Crypto exchange: Buy · Sell · Staking · Airdrop · Bridge · Swap · Earn · Launchpad')).toEqual([]);
    expect(menu('Wallet help centre: Recovery phrase · Staking · Bridge · Gas fees · Swap · Security')).toEqual([]);
    expect(menu('Wallet release notes: we fixed a failed staking display and improved bridge speed.')).toEqual([]);
  });

  it('leaves a wallet warning alone that lists what fake sites offer after a negation', () => {
    const warning = 'Your wallet never needs repair. There is no such thing as validating, rectifying, synchronising, migrating, unlocking your wallet or claiming an airdrop by typing your secret words on a website.';
    expect(menu(warning)).toEqual([]);
  });

  it('needs a crypto-wallet page and stays quiet on a wallet maker’s own site', () => {
    const list = 'Rectification · Validation · Migration · Recovery · Staking · Airdrop';
    expect(menu(`Your data rights: ${list}`)).toEqual([]);
    expect(menu(`Wallet support: ${list}`, 'https://metamask.io/support')).toEqual([]);
  });

  it('with a connect pitch, the menu warns on its own; a news report of such sites does not', () => {
    const kit = {
      url: 'https://dapp-rectify-portal.example/',
      title: 'Wallet Rectify Portal',
      text: 'Open protocol for connecting wallets. Validate your wallet below. Rectification · Validation · Migration · Recovery · Staking · Airdrop · Gas fee',
      forms: [],
      links: [],
    };
    expect(evaluatePage(kit).level).toBe('warning');
    const news = {
      url: 'https://news.example/crypto/wallet-drainers',
      title: 'Police warn of fake wallet repair sites',
      text: 'According to investigators, the scam sites, which were reported to police, list wallet problems such as rectification, validation, migration, recovery, staking and airdrop claims. They then ask for the recovery phrase. Never share your recovery phrase. Report such sites to the police.',
      forms: [],
      links: [],
    };
    expect(evaluatePage(news).level).toBe('ok');
  });

  it('the engine\'s one phrase scan sees every issue word the detector reads, also after "-", "/" and punctuation', () => {
    const text = 'Token-Bridge (Rectification) «Claim» Gas/Fees Wiederherstellung x.Validierung Staking… Unlocked';
    const concepts = scanPhrases(normalizedPageText({ url: '', title: '', text, forms: [], links: [] })).issueConcepts;
    expect([...concepts].sort()).toEqual(['bridge', 'claim', 'gas', 'recover', 'rectify', 'stake', 'unlock', 'validate']);
  });

  it('a page whose words name fewer than five issues, or no repair, is no menu whether or not the scan rules it out first', () => {
    const pages = ['Wallet: Rectification · Validation · Migration · Recovery', 'Wallet: Recovery · Staking · Airdrop · Claim · Bridge · Gas'];
    for (const text of pages) {
      const snapshot = { url: '', title: '', text, forms: [], links: [] };
      expect(menu(text)).toEqual([]);
      expect(evaluatePage(snapshot).signals.map((s) => s.id)).not.toContain('credentials.wallet_issue_menu');
    }
  });
});
