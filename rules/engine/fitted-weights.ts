// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. Validated by rules/engine/scoring-params.ts.
export const FITTED_WEIGHTS = {
  "familyCap": 7,
  "familyMin": 1,
  "warnScore": 4,
  "singleFamilyWarn": 6,
  "dangerScore": 13,
  "dangerFamilies": 4,
  "overwhelmingAwareness": 9,
  "strongAwareness": 7,
  "someAwareness": 4,
  "overwhelmingFactor": [
    0.25,
    0.3
  ],
  "strongFactor": [
    0.25,
    0.6
  ],
  "someFactor": [
    0.55,
    0.85
  ],
  "familyScale": {
    "plans": 1.5,
    "credentials": 1.25
  }
};
