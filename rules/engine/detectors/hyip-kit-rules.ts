import type { RuleInfo } from '../../packs/schema.ts';

/** Traits of the "HYIP Manager" script (Goldcoders and its clones) read from the page's structure, not its words. */
export const HYIP_KIT_RULES: RuleInfo[] = [
  {
    id: 'plans.hyip_route',
    family: 'plans',
    weight: 2,
    decisive: false,
    explain: {
      en: 'The address of this page has the shape of a ready-made "high-yield investment" program that thousands of Ponzi sites use.',
      it: 'L’indirizzo di questa pagina ha la forma di un programma già pronto per "investimenti ad alto rendimento", usato da migliaia di siti Ponzi.',
      fr: 'L’adresse de cette page a la forme d’un logiciel tout prêt d’« investissement à haut rendement », utilisé par des milliers de sites de Ponzi.',
      de: 'Die Adresse dieser Seite hat die Form einer fertigen Software für „Hochzins-Anlagen“, die Tausende Schneeballseiten nutzen.',
      es: 'La dirección de esta página tiene la forma de un programa ya hecho de "inversión de alto rendimiento", usado por miles de sitios Ponzi.',
    },
  },
];
