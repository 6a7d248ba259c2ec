/**
 * Registrable domains of well-known legitimate crypto and finance services. No third-party
 * feed may block them or their subdomains (effective.ts), and the false-positive gate drops
 * list entries under them (rules/hosts/gate.ts). Phishing look-alikes (binance-login.xyz) are different
 * registrable domains, so they stay blockable.
 *
 * Only services whose subdomains are all their own belong here: never a platform that gives
 * users subdomains (medium.com, wixsite.com), whose users could then never be blocked.
 * Kept as plain data; tests/unit/feeds/builtin-allow.test.ts checks every entry is a valid
 * registrable domain and that no entry repeats.
 */
export const BUILTIN_ALLOW: readonly string[] = Object.freeze([
  // Centralised exchanges
  'binance.com', 'binance.us', 'coinbase.com', 'kraken.com', 'bitstamp.net', 'gemini.com', 'bitfinex.com',
  'bybit.com', 'okx.com', 'kucoin.com', 'htx.com', 'huobi.com', 'gate.io', 'mexc.com', 'bitget.com',
  'crypto.com', 'bitpanda.com', 'bitvavo.com', 'upbit.com', 'bithumb.com', 'coinone.co.kr', 'korbit.co.kr',
  'bitflyer.com', 'coincheck.com', 'bitbank.cc', 'luno.com', 'poloniex.com', 'bitmart.com', 'phemex.com',
  'deribit.com', 'bitmex.com', 'coinex.com', 'whitebit.com', 'blockchain.com', 'uphold.com', 'swissborg.com',
  'bitso.com', 'mercadobitcoin.com.br', 'btcturk.com', 'wazirx.com', 'coindcx.com', 'zebpay.com',
  'indodax.com', 'coins.ph', 'bitkub.com', 'independentreserve.com', 'coinspot.com.au', 'coinjar.com',
  'btcmarkets.net', 'newton.co', 'shakepay.com', 'bitpay.com', 'bisq.network', 'robinhood.com', 'etoro.com',
  'cash.app', 'strike.me', 'river.com', 'swanbitcoin.com', 'relai.app', 'pocketbitcoin.com',
  // On-ramps and swaps
  'moonpay.com', 'ramp.network', 'transak.com', 'banxa.com', 'simplex.com', 'mtpelerin.com', 'changelly.com',
  'changenow.io', 'sideshift.ai', 'thorchain.org',
  // DeFi and NFT markets
  'uniswap.org', 'pancakeswap.finance', 'sushi.com', 'curve.fi', 'balancer.fi', '1inch.io', '0x.org',
  'aave.com', 'compound.finance', 'makerdao.com', 'sky.money', 'lido.fi', 'rocketpool.net', 'jup.ag',
  'raydium.io', 'orca.so', 'dydx.exchange', 'hyperliquid.xyz', 'opensea.io', 'blur.io', 'magiceden.io',
  'rarible.com', 'ens.domains', 'unstoppabledomains.com', 'wormhole.com', 'circle.com', 'tether.to',
  'paxos.com',
  // Wallets (software and hardware)
  'metamask.io', 'trustwallet.com', 'phantom.app', 'phantom.com', 'exodus.com', 'ledger.com', 'trezor.io',
  'electrum.org', 'myetherwallet.com', 'mycrypto.com', 'rabby.io', 'rainbow.me', 'zerion.io', 'argent.xyz',
  'safe.global', 'coinomi.com', 'atomicwallet.io', 'keplr.app', 'solflare.com', 'backpack.app', 'tangem.com',
  'bitbox.swiss', 'shiftcrypto.ch', 'coldcard.com', 'foundation.xyz', 'blockstream.com', 'sparrowwallet.com',
  'wasabiwallet.io', 'bluewallet.io', 'walletofsatoshi.com', 'zengo.com', 'guarda.com', 'edge.app',
  'walletconnect.com', 'walletconnect.network', 'reown.com', 'keyst.one', 'ngrave.io', 'onekey.so',
  'safepal.com', 'talisman.xyz', 'subwallet.app', 'novawallet.io', 'tonkeeper.com', 'tronlink.org',
  'yoroi-wallet.com', 'eternl.io', 'xaman.app',
  // Block explorers and market data
  'etherscan.io', 'bscscan.com', 'polygonscan.com', 'arbiscan.io', 'basescan.org', 'snowtrace.io',
  'blockchair.com', 'blockstream.info', 'mempool.space', 'blockcypher.com', 'solscan.io', 'solana.fm',
  'tronscan.org', 'tonscan.org', 'tonviewer.com', 'xrpscan.com', 'bithomp.com', 'cardanoscan.io', 'subscan.io',
  'mintscan.io', 'blockscout.com', 'oklink.com', 'beaconcha.in', 'ethplorer.io', 'dexscreener.com',
  'dextools.io', 'coingecko.com', 'coinmarketcap.com', 'debank.com', 'zapper.xyz', 'nansen.ai',
  'arkhamintelligence.com', 'dune.com', 'defillama.com', 'l2beat.com', 'messari.io', 'tradingview.com',
  // Projects and foundations
  'bitcoin.org', 'bitcoincore.org', 'ethereum.org', 'solana.com', 'polkadot.network', 'cardano.org',
  'ripple.com', 'xrpl.org', 'stellar.org', 'tron.network', 'ton.org', 'avax.network', 'polygon.technology',
  'arbitrum.io', 'optimism.io', 'base.org', 'chain.link', 'near.org', 'cosmos.network', 'algorand.co',
  'tezos.com', 'litecoin.org', 'dogecoin.com', 'getmonero.org', 'z.cash', 'lightning.network',
  // Brokers and retail investing
  'fidelity.com', 'schwab.com', 'vanguard.com', 'interactivebrokers.com', 'etrade.com', 'webull.com',
  'sofi.com', 'public.com', 'trading212.com', 'plus500.com', 'ig.com', 'home.saxo', 'degiro.com', 'xtb.com',
  'oanda.com', 'forex.com', 'cmcmarkets.com', 'pepperstone.com', 'avatrade.com', 'tastytrade.com', 'ally.com',
  'wealthsimple.com', 'scalable.capital', 'traderepublic.com',
  // Banks and payments
  'chase.com', 'bankofamerica.com', 'wellsfargo.com', 'citi.com', 'citibank.com', 'usbank.com',
  'capitalone.com', 'pnc.com', 'hsbc.com', 'hsbc.co.uk', 'barclays.co.uk', 'lloydsbank.com', 'natwest.com',
  'santander.com', 'bbva.com', 'ing.com', 'deutsche-bank.de', 'commerzbank.de', 'bnpparibas.com',
  'credit-agricole.fr', 'ubs.com', 'rbcroyalbank.com', 'td.com', 'scotiabank.com', 'bmo.com', 'cibc.com',
  'commbank.com.au', 'westpac.com.au', 'anz.com', 'nab.com.au', 'monzo.com', 'starlingbank.com', 'wise.com',
  'n26.com', 'revolut.com', 'paypal.com', 'stripe.com',
  // Regulators and scam-reporting services
  'sec.gov', 'cftc.gov', 'finra.org', 'ftc.gov', 'ic3.gov', 'consumerfinance.gov', 'fca.org.uk',
  'actionfraud.police.uk', 'europa.eu', 'amf-france.org', 'consob.it', 'bafin.de', 'cnmv.es', 'asic.gov.au',
  'scamwatch.gov.au', 'osc.ca', 'mas.gov.sg', 'sfc.hk', 'fsa.go.jp',
]);
