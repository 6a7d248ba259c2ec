import type { PageForm } from '../snapshot.ts';

/**
 * The call-centre lead form (callcenter.lead_form): first and last name, e-mail and phone, and neither a password
 * (a real account) nor a message box (a real contact form). Field names, ids and placeholders are read in the
 * languages the kits use.
 */
const NAME_FIRST = new Set(['first', 'fname', 'firstname', 'first_name', 'vorname', 'nome', 'prenom', 'nombre', 'imie', 'voornaam', 'имя', 'ad']);
const NAME_LAST = new Set(['last', 'lname', 'lastname', 'last_name', 'surname', 'nachname', 'cognome', 'nom', 'apellido', 'apellidos', 'sobrenome', 'nazwisko', 'achternaam', 'фамилия', 'soyad']);
const NON_WORD = /[^a-z0-9а-я]+/;

function fieldWords(form: PageForm): { words: Set<string>; types: Set<string> } {
  const words = new Set<string>();
  const types = new Set<string>();
  for (const f of form.fields) {
    types.add(f.tag === 'textarea' ? 'textarea' : f.type.toLowerCase());
    for (const w of `${f.name} ${f.id ?? ''} ${f.placeholder}`.toLowerCase().split(NON_WORD)) if (w) words.add(w);
  }
  return { words, types };
}

export function isLeadForm(form: PageForm): boolean {
  const { words, types } = fieldWords(form);
  if (types.has('password') || types.has('textarea')) return false;
  const has = (set: Set<string>) => [...words].some((w) => set.has(w));
  const email = types.has('email') || words.has('email') || words.has('mail');
  const phone = types.has('tel') || [...words].some((w) => w.startsWith('phone') || w.startsWith('tel') || w === 'телефон');
  return email && phone && has(NAME_FIRST) && has(NAME_LAST);
}
