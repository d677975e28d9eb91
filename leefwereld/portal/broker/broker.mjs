// A local OpenID Connect provider standing in for the municipality's broker (DigiD, a machtiging service):
// the npm package oidc-provider, run on 127.0.0.1 for the tests and `make run` (ADR 0029). Never in production.
// Usage: node broker.mjs config.json  — {port, client_id, client_secret, redirect_uris, accounts: [{sub, bsn, name}]}
// Its own sign-in pages are the package's development interactions: the login is the account's `sub`.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const accounts = new Map(config.accounts.map((a) => [a.sub, a]));
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const issuer = `http://127.0.0.1:${config.port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.client_id,
    client_secret: config.client_secret,
    redirect_uris: config.redirect_uris,
    post_logout_redirect_uris: config.post_logout_redirect_uris || [],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'broker', use: 'sig', alg: 'RS256' }] },
  scopes: ['openid', 'bsn', 'profile'],
  claims: { openid: ['sub'], bsn: ['bsn'], profile: ['name'] },
  // Claims come from the userinfo endpoint (mozilla-django-oidc asks it), not only the ID token.
  conformIdTokenClaims: true,
  pkce: { required: () => true },
  async findAccount(ctx, id) {
    const account = accounts.get(id);
    if (!account) return undefined;
    return { accountId: id, async claims() { return { sub: id, bsn: account.bsn, name: account.name }; } };
  },
  features: { devInteractions: { enabled: true } },
});
provider.proxy = false;

const server = provider.listen(config.port, '127.0.0.1', () => {
  process.stdout.write(`oidc-broker ready ${issuer}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
