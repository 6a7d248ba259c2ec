import * as z from 'zod/mini';

/**
 * Where reports may be sent: https only, so a report (which may name a victim) is never readable on
 * the way. Plain http is accepted only for this computer itself (127.0.0.1, ::1, localhost), which is
 * what tests and a locally run collector use. Addresses with a user name or password are refused:
 * they would store a secret in the settings and in every export.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function endpointProblem(value: string): string | null {
  if (!URL.canParse(value)) return 'not a web address';
  const url = new URL(value);
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return 'must start with https://';
}

export const EndpointUrlSchema = z.string().check(z.maxLength(2048), z.superRefine((value, context) => {
    const problem = endpointProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }));

/** The organisation endpoint setting: empty means "none configured". */
export const OrganisationEndpointSettingSchema = z.union([z.literal(''), EndpointUrlSchema]);
