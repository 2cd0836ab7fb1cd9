/**
 * The fixed words of the printed resource list, in the languages the program's clients read.
 * The list opens in the client's preferred language (whoever prints may pick another); a language
 * without its own words here prints them in English, and each resource still says whether it
 * serves it.
 */
export interface ResourceListWords {
  /** The BCP 47 code of the words, for the page's `lang`. */
  lang: string;
  title: string;
  intro: (name: string) => string;
  phone: string;
  hours: string;
  address: string;
  languages: string;
  eligibility: string;
  cost: Record<'FREE' | 'SLIDING_SCALE' | 'INSURANCE', string>;
  medicaid: string;
  servesYou: (language: string) => string;
  none: string;
}

const english: ResourceListWords = {
  lang: 'en',
  title: 'Your community resources',
  intro: (name) =>
    `Places your care team has referred you to, ${name}. Call them, or ask us for help.`,
  phone: 'Phone',
  hours: 'Hours',
  address: 'Address',
  languages: 'Languages',
  eligibility: 'Who can use it',
  cost: { FREE: 'Free', SLIDING_SCALE: 'Sliding scale (by income)', INSURANCE: 'Insurance' },
  medicaid: 'Accepts Medi-Cal / Medicaid',
  servesYou: (language) => `Serves you in ${language}`,
  none: 'No resource has been given yet.',
};

const spanish: ResourceListWords = {
  lang: 'es',
  title: 'Sus recursos en la comunidad',
  intro: (name) =>
    `Lugares a los que su equipo de atención le ha referido, ${name}. Llámelos o pídanos ayuda.`,
  phone: 'Teléfono',
  hours: 'Horario',
  address: 'Dirección',
  languages: 'Idiomas',
  eligibility: 'Quién puede usarlo',
  cost: { FREE: 'Gratis', SLIDING_SCALE: 'Escala móvil (según ingresos)', INSURANCE: 'Seguro' },
  medicaid: 'Acepta Medi-Cal / Medicaid',
  servesYou: () => 'Le atienden en español',
  none: 'Todavía no se le ha dado ningún recurso.',
};

const byLanguage: Record<string, ResourceListWords> = { english, spanish, español: spanish };

export function resourceListWords(language: string): ResourceListWords {
  return byLanguage[language.trim().toLowerCase()] ?? english;
}
