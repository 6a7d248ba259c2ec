/**
 * TEST-ONLY self-signed certificate and key for 127.0.0.1 (valid until 2126), so the feed tests
 * can run a real https server next to the http one. Trusted only by the test's own fetch; never
 * used by the extension.
 */
export const TEST_TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUZ3Xd6bh5NqoebCGvIu/6i5y4NsYwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwMzA5MjMwN1oYDzIxMjYxMTA5
MDkyMzA3WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATaJpg2amwQmMyelVrrvmtSXvr7sIXxqY//HBY8tsGIrfh38gyapXMN
jg+qkBACZBEPqrXiodg8t27F6s2Dt+aPo2QwYjAdBgNVHQ4EFgQUnm0d4+WDnYYA
8Bha0J1wsEXtrEMwHwYDVR0jBBgwFoAUnm0d4+WDnYYA8Bha0J1wsEXtrEMwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQCSmaowWdCiNWt/ShEDeQ9cV/2hBQ7u5uPUwuaF3n9EmQIgeqERqy14K0Zo4UwZ
RylN8r9/WP8kree5hHqFhz9D6Bs=
-----END CERTIFICATE-----
`;
export const TEST_TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgyWrRcLydBikbmrg7
nVkix9cNY8ukqxnmtjaq80jYBgWhRANCAATaJpg2amwQmMyelVrrvmtSXvr7sIXx
qY//HBY8tsGIrfh38gyapXMNjg+qkBACZBEPqrXiodg8t27F6s2Dt+aP
-----END PRIVATE KEY-----
`;
