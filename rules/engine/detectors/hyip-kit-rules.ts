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
  {
    id: 'plans.plan_table',
    family: 'plans',
    weight: 2.5,
    decisive: false,
    explain: {
      en: 'This page has a table of investment plans with a "profit" for each plan, a duration and minimum or maximum amounts. Ponzi sites sell fixed profits this way; real investments cannot promise them.',
      it: 'Questa pagina ha una tabella di piani di investimento con un "profitto" per ogni piano, una durata e importi minimi o massimi. I siti Ponzi vendono così profitti fissi; i veri investimenti non possono prometterli.',
      fr: 'Cette page présente un tableau de plans d’investissement avec un « profit » pour chaque plan, une durée et des montants minimum ou maximum. Les sites de Ponzi vendent ainsi des profits fixes ; les vrais placements ne peuvent pas les promettre.',
      de: 'Diese Seite zeigt eine Tabelle mit Anlageplänen, je mit „Gewinn“, Laufzeit und Mindest- oder Höchstbetrag. So verkaufen Schneeballseiten feste Gewinne; echte Anlagen können sie nicht versprechen.',
      es: 'Esta página tiene una tabla de planes de inversión con una "ganancia" para cada plan, una duración e importes mínimos o máximos. Los sitios Ponzi venden así ganancias fijas; las inversiones reales no pueden prometerlas.',
    },
  },
];
