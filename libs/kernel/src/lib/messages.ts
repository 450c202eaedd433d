/**
 * Every message the API gives a person, by key, in Dutch (the default) and English. Code
 * refers to a message by its key and parameters; the API renders it in the language the
 * request asks for (Accept-Language).
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

const nl = {
  // Names of things, used inside other messages.
  'noun.account': 'Account',
  'noun.annotation': 'Annotatie',
  'noun.auditTrail': 'Geschiedenis',
  'noun.definition': 'Definitie',
  'noun.finding': 'Bevinding',
  'noun.intervention': 'Interventie',
  'noun.network': 'Lerend netwerk',
  'noun.organization': 'Organisatie',
  'noun.project': 'Project',
  'noun.relation': 'Relatie',
  'noun.term': 'Begrip',
  'role.PRACTITIONER': 'professional',
  'role.EDITOR': 'redacteur',
  'role.RESEARCHER': 'onderzoeker',
  'role.ADMIN': 'beheerder',
  'work.definition': 'definitie',
  'work.annotation': 'annotatie',
  'work.relation': 'relatie',

  'error.notFound': '{{what}} "{{key}}" bestaat niet of is niet zichtbaar voor u.',
  'error.invalidInput': 'Ongeldige invoer. {{summary}}',
  'error.signInFirst': 'Log eerst in: deze actie vraagt een account.',
  'error.roleNotAllowed': 'Uw rol ({{role}}) mag dit niet. Dit is voorbehouden aan: {{allowed}}.',
  'error.otherOrganization': 'Dit hoort bij een andere organisatie. U kunt alleen inhoud van uw eigen organisatie wijzigen.',
  'error.ownWorkOnly': 'U kunt alleen uw eigen {{what}} wijzigen of verwijderen. Vraag de auteur of een beheerder om deze wijziging.',
  'error.ownOrColleagueWorkOnly': 'U kunt alleen uw eigen {{what}} of die van een collega van uw organisatie wijzigen. Vraag de auteur, een collega van de auteur of een beheerder om deze wijziging.',
  'error.practiceMotivationsOnly': 'Als {{role}} kunt u een definitie toelichten of er een vraag over stellen. Steunen, betwisten en verwijzen naar bronnen is aan onderzoekers: kies Toelichting of Vraag.',
  'error.noOrganization': 'Uw account hoort bij geen organisatie; vraag de beheerder u te koppelen.',
  'error.ownOrganizationProjectsOnly': 'U kunt alleen projecten voor uw eigen organisatie aanmaken.',
  'error.internal': 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
  'error.tooManyRequests': 'Te veel pogingen kort na elkaar. Wacht een minuut en probeer het dan opnieuw.',
  'error.databaseUnavailable': 'De database is even niet bereikbaar. Probeer het over een minuut opnieuw; wat al bewaard is, blijft bewaard.',
  'error.searchUnavailable': 'Zoeken is even niet beschikbaar. Probeer het over een minuut opnieuw; er gaat niets verloren.',

  'validation.required': 'Dit veld is verplicht.',
  'validation.tooLong': 'Gebruik hoogstens {{max}} tekens.',
  'validation.tooMany': 'Geef hoogstens {{max}} waarden.',
  'validation.oneOf': 'Kies een van: {{values}}.',
  'validation.date': 'Gebruik een datum als JJJJ-MM-DD.',
  'validation.url': 'Gebruik een volledig webadres dat begint met https://.',
  'validation.id': 'Gebruik een id zoals de API het teruggeeft.',
  'validation.email': 'Vul een geldig e-mailadres in.',
  'validation.wholeNumber': 'Geef een heel getal.',
  'validation.atLeast': 'Geef minstens {{min}}.',
  'validation.atMost': 'Geef hoogstens {{max}}.',
  'validation.noEmptyItems': 'Laat geen lege waarden achter.',
  'validation.searchTooLong': 'Gebruik hoogstens {{max}} tekens in een zoekvraag.',
  'validation.alreadyPublished': 'Dit is al gepubliceerd.',
  'validation.alreadyArchived': 'Dit is al gearchiveerd.',
  'validation.limitOffset': 'limit en offset zijn gehele getallen vanaf 0.',
  'validation.unknownOrganization': 'Onbekende organisatie. Kies een bestaande organisatie.',
  'validation.twoDifferentDefinitions': 'Kies twee verschillende definities.',
  'validation.sameTermDefinitions': 'Relateer definities van hetzelfde begrip; voor verwante begrippen gebruikt u de relaties van het begrip.',
  'validation.replySameDefinition': 'Antwoord op een annotatie bij dezelfde definitie.',
  'validation.replyWithoutQuote': 'Een antwoord citeert niet; citeer in een nieuwe annotatie bij de definitie.',
  'validation.quoteNotFound': 'Deze woorden staan niet in de huidige versie van de definitie; kopieer ze letterlijk.',
  'validation.relationReason': 'Geef een reden: waarom verhouden deze definities zich zo?',
  'validation.quoteAtLeastOneWord': 'Citeer minstens één woord, of laat het citaat weg.',
  'auth.refused': 'E-mailadres of wachtwoord klopt niet, of er waren te veel pogingen kort na elkaar. Controleer beide en probeer het over een minuut opnieuw; weet u het wachtwoord niet meer, kies dan "Wachtwoord vergeten".',
  'auth.sessionEnded': 'Uw sessie is verlopen of afgemeld. Log opnieuw in.',
  'auth.revokedForSafety': 'Uw sessie is voor de zekerheid beëindigd: een al gebruikt sessiebewijs werd nog eens aangeboden, misschien door iemand anders. Log opnieuw in; vertrouwt u het niet, kies dan via "Wachtwoord vergeten" een nieuw wachtwoord.',
  'auth.bearerHeader': 'Gebruik de kop "Authorization: Bearer <token>" met het token uit login.',
  'auth.accountGone': 'Dit account bestaat niet meer. Log opnieuw in.',
  'auth.noSessionToExtend': 'Er is geen sessie om te verlengen. Log in.',
  'auth.emailAndPassword': 'Vul een geldig e-mailadres en wachtwoord in.',
  'account.exists': 'Er is al een account met {{email}}.',
  'account.unknownOrganization': 'Onbekende organisatie. Kies een bestaande organisatie.',
  'account.passwordTooShort': 'Kies een wachtwoord van minstens {{min}} tekens.',
  'account.linkUsed': 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
  'account.alreadyOff': 'Dit account staat al uit.',
  'account.notOff': 'Dit account staat niet uit.',
  'account.onlyOpenInvitation': 'Alleen een openstaande uitnodiging kan opnieuw verstuurd worden; dit account is actief of staat uit.',
  'account.notYourself': 'U kunt uw eigen rol of account niet wijzigen; vraag een andere beheerder.',
  'input.nulCharacter': 'bevat een nul-teken (U+0000), dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.',
  'input.halfCharacter': 'bevat een half teken (een losse UTF-16-surrogaat), meestal door kopiëren en plakken. Typ of plak de tekst opnieuw.',
  'input.notAnId': 'is geen id. Gebruik een id zoals de API het teruggeeft.',
  'error.nothingFoundFor': 'Niets gevonden voor {{field}}: dat is geen id. Gebruik een id zoals de API het teruggeeft.',
  'error.csrf': 'De beveiligingscode ontbreekt of klopt niet (kop {{header}}). Laad de pagina opnieuw en probeer het nog eens.',
  'validation.unknownIds': 'Onbekend id: {{ids}}. Gebruik een id zoals de API het teruggeeft.',
  'validation.unknownOrganizations': 'Onbekende organisatie(s): {{ids}}. Kies een bestaande organisatie.',
  'validation.chooseLeadOrganization': 'Kies de penvoerende organisatie.',
  'validation.pageSize': 'Vraag tussen 1 en {{max}} items per pagina.',
  'validation.cursor': 'Deze cursor is ongeldig; gebruik de endCursor uit een eerdere pagina.',
  'validation.unknownFacetValues': 'Onbekende waarde(n): {{values}}. Kies uit: {{allowed}}.',
  'validation.facetYear': 'Onbekende waarde(n): {{values}}. Gebruik een jaartal van vier cijfers.',
  'validation.termExists': 'Het begrip "{{label}}" bestaat al ({{slug}}). Voeg daar een definitie toe, of kies een andere term.',
  'validation.unknownCollections': 'Onbekende collectie: {{slugs}}. Kies uit de bestaande collecties.',
  'validation.termRelatedToItself': 'Een begrip kan niet aan zichzelf verwant zijn.',
  'validation.unknownTerms': 'Onbekend begrip: {{ids}}. Kies een bestaand begrip.',
  'validation.noConcepts': 'Het bestand bevat geen skos:Concept en geen skos:Collection; er is niets ingelezen.',
  'validation.durationWhole': 'Geef een heel aantal maanden.',
  'validation.durationMin': 'Een project duurt minstens 1 maand.',
  'validation.durationMax': 'Geef een looptijd van hoogstens {{max}} maanden.',
  'validation.sampleWhole': 'Geef een heel aantal deelnemers.',
  'validation.sampleMin': 'Een steekproef heeft minstens 1 deelnemer.',
  'validation.noEmptyTerms': 'Laat geen lege termen achter.',
  'validation.noEmptyAbbreviations': 'Laat geen lege afkortingen achter.',
  'validation.correctionReason': 'Geef de reden van de correctie: lezers zien haar bij het resultaat.',
  'validation.withdrawalReason': 'Geef de reden van het intrekken: lezers zien haar bij het resultaat.',
  'validation.nothingCorrected': 'Er is niets veranderd. Pas minstens één veld aan, of annuleer de correctie.',
  'validation.findingWithdrawn': 'Dit resultaat is ingetrokken en kan niet meer worden gecorrigeerd of ingetrokken. Voeg zo nodig een nieuw resultaat toe.',
} as const;

export type MessageKey = keyof typeof nl;
/** The names of things, for messages such as not-found. */
export type Noun = Extract<MessageKey, `noun.${string}`>;

const en: Record<MessageKey, string> = {
  'noun.account': 'Account',
  'noun.annotation': 'Annotation',
  'noun.auditTrail': 'History',
  'noun.definition': 'Definition',
  'noun.finding': 'Finding',
  'noun.intervention': 'Intervention',
  'noun.network': 'Learning network',
  'noun.organization': 'Organisation',
  'noun.project': 'Project',
  'noun.relation': 'Relation',
  'noun.term': 'Term',
  'role.PRACTITIONER': 'practitioner',
  'role.EDITOR': 'editor',
  'role.RESEARCHER': 'researcher',
  'role.ADMIN': 'admin',
  'work.definition': 'definitions',
  'work.annotation': 'annotations',
  'work.relation': 'relations',

  'error.notFound': '{{what}} "{{key}}" does not exist or is not visible to you.',
  'error.invalidInput': 'Invalid input. {{summary}}',
  'error.signInFirst': 'Sign in first: this needs an account.',
  'error.roleNotAllowed': 'Your role ({{role}}) may not do this. It is reserved for: {{allowed}}.',
  'error.otherOrganization': "This belongs to another organisation. You can only change your own organisation's content.",
  'error.ownWorkOnly': 'You can only change or delete your own {{what}}. Ask the author or an admin to make this change.',
  'error.ownOrColleagueWorkOnly': "You can only change your own {{what}} or those of a colleague in your organisation. Ask the author, a colleague of the author or an admin to make this change.",
  'error.practiceMotivationsOnly': 'As a {{role}} you can comment on a definition or ask a question about it. Supporting, contesting and citing sources is for researchers: choose Comment or Question.',
  'error.noOrganization': 'Your account belongs to no organisation; ask an admin to link you to one.',
  'error.ownOrganizationProjectsOnly': 'You can only create projects for your own organisation.',
  'error.internal': 'Something went wrong on our side. Please try again; if it keeps failing, tell the admin.',
  'error.tooManyRequests': 'Too many attempts in a short time. Wait a minute and try again.',
  'error.databaseUnavailable': 'The database cannot be reached just now. Try again in a minute; what was saved stays saved.',
  'error.searchUnavailable': 'Search is unavailable just now. Try again in a minute; nothing is lost.',

  'validation.required': 'This field is required.',
  'validation.tooLong': 'Use at most {{max}} characters.',
  'validation.tooMany': 'Give at most {{max}} values.',
  'validation.oneOf': 'Choose one of: {{values}}.',
  'validation.date': 'Use a date as YYYY-MM-DD.',
  'validation.url': 'Use a full web address starting with https://.',
  'validation.id': 'Use an id as the API returns it.',
  'validation.email': 'Enter a valid e-mail address.',
  'validation.wholeNumber': 'Give a whole number.',
  'validation.atLeast': 'Give at least {{min}}.',
  'validation.atMost': 'Give at most {{max}}.',
  'validation.noEmptyItems': 'Leave no empty values.',
  'validation.searchTooLong': 'Use at most {{max}} characters in a search.',
  'validation.alreadyPublished': 'This is published already.',
  'validation.alreadyArchived': 'This is archived already.',
  'validation.limitOffset': 'limit and offset are whole numbers from 0.',
  'validation.unknownOrganization': 'Unknown organisation. Choose an existing organisation.',
  'validation.twoDifferentDefinitions': 'Choose two different definitions.',
  'validation.sameTermDefinitions': 'Relate definitions of the same term; for related terms use the term\'s relations.',
  'validation.replySameDefinition': 'Reply to an annotation on the same definition.',
  'validation.replyWithoutQuote': 'A reply does not quote; quote in a new annotation on the definition.',
  'validation.quoteNotFound': 'These words are not in the current version of the definition; copy them exactly.',
  'validation.relationReason': 'Give a reason: why do these definitions relate this way?',
  'validation.quoteAtLeastOneWord': 'Quote at least one word, or leave the quote out.',
  'auth.refused': 'E-mail address or password is wrong, or there were too many attempts in a short time. Check both and try again in a minute; if you forgot the password, choose "Forgot password".',
  'auth.sessionEnded': 'Your session has expired or was signed out. Sign in again.',
  'auth.revokedForSafety': 'Your session was ended to be safe: a session token that was already used came back, perhaps from someone else. Sign in again; if you do not trust it, choose a new password through "Forgot password".',
  'auth.bearerHeader': 'Use the header "Authorization: Bearer <token>" with the token from login.',
  'auth.accountGone': 'This account no longer exists. Sign in again.',
  'auth.noSessionToExtend': 'There is no session to extend. Sign in.',
  'auth.emailAndPassword': 'Enter a valid e-mail address and password.',
  'account.exists': 'There already is an account for {{email}}.',
  'account.unknownOrganization': 'Unknown organisation. Choose an existing organisation.',
  'account.passwordTooShort': 'Choose a password of at least {{min}} characters.',
  'account.linkUsed': 'This link has expired or was used already. Ask for a new one.',
  'account.alreadyOff': 'This account is switched off already.',
  'account.notOff': 'This account is not switched off.',
  'account.onlyOpenInvitation': 'Only an open invitation can be sent again; this account is active or switched off.',
  'account.notYourself': 'You cannot change your own role or account; ask another admin.',
  'input.nulCharacter': 'contains a NUL character (U+0000), which cannot be stored. Remove it and try again.',
  'input.halfCharacter': 'contains half a character (a lone UTF-16 surrogate), usually from copy and paste. Type or paste the text again.',
  'input.notAnId': 'is not an id. Use an id as the API returns it.',
  'error.nothingFoundFor': 'Nothing found for {{field}}: that is not an id. Use an id as the API returns it.',
  'error.csrf': 'The security code is missing or wrong (header {{header}}). Reload the page and try again.',
  'validation.unknownIds': 'Unknown id: {{ids}}. Use an id as the API returns it.',
  'validation.unknownOrganizations': 'Unknown organisation(s): {{ids}}. Choose an existing organisation.',
  'validation.chooseLeadOrganization': 'Choose the lead organisation.',
  'validation.pageSize': 'Ask for between 1 and {{max}} items per page.',
  'validation.cursor': 'This cursor is invalid; use the endCursor of an earlier page.',
  'validation.unknownFacetValues': 'Unknown value(s): {{values}}. Choose from: {{allowed}}.',
  'validation.facetYear': 'Unknown value(s): {{values}}. Use a four-digit year.',
  'validation.termExists': 'The term "{{label}}" already exists ({{slug}}). Add a definition there, or choose another term.',
  'validation.unknownCollections': 'Unknown collection: {{slugs}}. Choose from the existing collections.',
  'validation.termRelatedToItself': 'A term cannot be related to itself.',
  'validation.unknownTerms': 'Unknown term: {{ids}}. Choose an existing term.',
  'validation.noConcepts': 'The file holds no skos:Concept and no skos:Collection; nothing was read.',
  'validation.durationWhole': 'Give a whole number of months.',
  'validation.durationMin': 'A project lasts at least 1 month.',
  'validation.durationMax': 'Give a duration of at most {{max}} months.',
  'validation.sampleWhole': 'Give a whole number of participants.',
  'validation.sampleMin': 'A sample has at least 1 participant.',
  'validation.noEmptyTerms': 'Leave no empty terms.',
  'validation.noEmptyAbbreviations': 'Leave no empty abbreviations.',
  'validation.correctionReason': 'Give the reason for the correction: readers see it with the result.',
  'validation.withdrawalReason': 'Give the reason for withdrawing: readers see it with the result.',
  'validation.nothingCorrected': 'Nothing has changed. Change at least one field, or cancel the correction.',
  'validation.findingWithdrawn': 'This result has been withdrawn and can no longer be corrected or withdrawn. Add a new result if needed.',
};

export const CATALOGUE: Record<Language, Record<MessageKey, string>> = { nl, en };

/** A message by key; a parameter may itself be a message (the name of a thing) or a list of them (roles). */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number | Message | Message[]>;
}

export const message = (key: MessageKey, params?: Message['params']): Message => ({ key, params });

export function render(text: Message, language: Language = 'nl'): string {
  return CATALOGUE[language][text.key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = text.params?.[name];
    if (Array.isArray(value)) return value.map((item) => render(item, language)).join(', ');
    return typeof value === 'object' ? render(value, language) : String(value ?? '');
  });
}

/**
 * Validation decorators (class-validator) take strings: a message travels through them as
 * this token and becomes a Message again when the refusal is built.
 */
const TOKEN = 'message:';
export const asValidationText = (text: Message): string => `${TOKEN}${JSON.stringify(text)}`;
/** A catalogue message for a validation decorator's `message` option. */
export const validationText = (key: MessageKey, params?: Message['params']): string => asValidationText(message(key, params));
export const fromValidationText = (text: string): Message | null => (text.startsWith(TOKEN) ? (JSON.parse(text.slice(TOKEN.length)) as Message) : null);
