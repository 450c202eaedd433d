import { CATALOGUE, fromValidationText, message, render, validationText } from './messages';

describe('message catalogue', () => {
  it('says every message in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, dutch] of Object.entries(CATALOGUE.nl)) {
      const english = CATALOGUE.en[key as keyof typeof CATALOGUE.en];
      expect([key, placeholders(english)]).toEqual([key, placeholders(dutch)]);
    }
    expect(Object.keys(CATALOGUE.en).sort()).toEqual(Object.keys(CATALOGUE.nl).sort());
  });

  it('fills in parameters, names of things and lists in the language asked for', () => {
    const notFound = message('error.notFound', { what: message('noun.term'), key: 'x' });
    expect(render(notFound)).toBe('Begrip "x" bestaat niet of is niet zichtbaar voor u.');
    expect(render(notFound, 'en')).toBe('Term "x" does not exist or is not visible to you.');
    const roles = message('error.roleNotAllowed', { role: message('role.PRACTITIONER'), allowed: [message('role.EDITOR'), message('role.ADMIN')] });
    expect(render(roles, 'en')).toBe('Your role (practitioner) may not do this. It is reserved for: editor, admin.');
  });

  it('carries a message through a validation decorator and back', () => {
    expect(fromValidationText(validationText('validation.tooLong', { max: 200 }))).toEqual(message('validation.tooLong', { max: 200 }));
    expect(fromValidationText('Gewone tekst.')).toBeNull();
  });
});
