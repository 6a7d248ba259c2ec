/**
 * Words that phishing domains glue to a brand name: "binance-secure-login", "metamask-wallet-restore",
 * "ledgerlive-support". A domain label that is a brand plus ONLY such words (and digits) imitates the
 * brand. Kept short and generic on purpose: each word here widens what an ordinary brand word
 * ("ledger", "kraken") may be combined with.
 */
export const PHISHING_WORDS: readonly string[] = [
  // access and accounts
  'login', 'log', 'signin', 'sign', 'signup', 'auth', 'account', 'accounts', 'access', 'secure', 'security', 'verify',
  'verification', 'verified', 'validate', 'validation', 'kyc', 'update', 'unlock', 'unlocked', 'restore', 'recover',
  'recovery', 'sync', 'synchronize', 'rectify', 'rectification', 'fix', 'protect', 'protection', 'safe', 'check',
  // help and service
  'support', 'help', 'helpdesk', 'desk', 'service', 'services', 'care', 'contact', 'live', 'chat', 'team', 'center',
  'centre', 'official', 'info', 'portal', 'online', 'web', 'web3', 'www', 'site', 'page', 'home', 'hub',
  // products and lures
  'wallet', 'wallets', 'connect', 'connector', 'dapp', 'dapps', 'app', 'apps', 'extension', 'ext', 'download',
  'desktop', 'mobile', 'pro', 'plus', 'premium', 'vip', 'exchange', 'trade', 'trading', 'markets', 'market',
  'invest', 'investment', 'investing', 'finance', 'defi', 'nft', 'nfts', 'token', 'tokens', 'swap', 'bridge',
  'stake', 'staking', 'earn', 'mining', 'pool', 'claim', 'claims', 'airdrop', 'airdrops', 'drop', 'reward',
  'rewards', 'bonus', 'promo', 'gift', 'giveaway', 'event', 'events', 'campaign', 'whitelist', 'mint', 'refund',
  'withdraw', 'withdrawal', 'deposit', 'pay', 'payment', 'payments', 'cash', 'bank', 'banking', 'card', 'net',
  'com', 'org', 'get', 'new', 'global', 'eth', 'usdt', 'dao', 'labs', 'lab', 'tech', 'network', 'networks',
  'protocol', 'mainnet', 'chain', 'foundation', 'community', 'join', 'register', 'registration', 'invite', 'logins',
  'start', 'launch', 'launchpad', 'dashboard', 'receive', 'allocation', 'eligibility', 'checker', 'snapshot',
  'allowlist', 'whitelists', 'drops', 'quest', 'sale', 'survey', 'beta',
  // a few non-English ones
  'verifica', 'accesso', 'assistenza', 'connexion', 'anmeldung', 'konto', 'cuenta', 'acceso',
];

/**
 * Two-letter fillers (country codes, "my", "io", "id", "v2"…). Glued to a brand they make ordinary words too
 * often ("360cities" = 360 + citi + es), so they count only as whole hyphen-separated tokens: "kraken-login-ro".
 */
export const PHISHING_TOKENS: readonly string[] = [
  'my', 'go', 'io', 'co', 'id', 'ai', 'zk', 'l2', 'v2', 'v3', 'us', 'uk', 'eu', 'de', 'it', 'fr', 'es', 'pt', 'nl',
  'pl', 'ro', 'ru', 'tr', 'br', 'in', 'jp', 'kr', 'au', 'ca', 'mx', 'ar', 'ch', 'at', 'be', 'se', 'no', 'fi',
];
