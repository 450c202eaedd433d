import { contractOperations } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const ANNOTATE = `mutation($input: AnnotateDefinitionInput!) {
  annotateDefinition(input: $input) { id motivation quote { exact prefix suffix } position { start end } anchor { status exact start end } replyTo { id } }
}`;
const UPDATE = 'mutation($id: ID!, $input: UpdateAnnotationInput!) { updateAnnotation(id: $id, input: $input) { id body motivation editedAt } }';
const DELETE = 'mutation($id: ID!) { deleteAnnotation(id: $id) }';
const UPDATE_DEFINITION = 'mutation($id: ID!, $input: UpdateDefinitionInput!) { updateDefinition(id: $id, input: $input) { version text } }';
const ANNOTATIONS = `query($slug: String!) {
  term(slug: $slug) {
    definitions {
      id text
      annotations { id body quote { exact } position { start end } anchor { status exact start end } replyTo { id } replies { id body author { name } } }
    }
  }
}`;

/** W3C Web Annotations on definitions: quotes that survive edits, threads, and only one's own to change. */
describe('vocabulary: annotations', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const TEXT = 'Maatwerk vraagt tijd. Wie de inwoner kent, weet wanneer de regels wijken; de regels zijn een middel.';

  async function definitionWithText(text = TEXT): Promise<string> {
    const termId = (await api.graphql(operation.Term, { slug: 'maatwerk' })).data!.term.id;
    const added = await api.graphql(operation.AddDefinition, { input: { termId, text, perspective: 'RESEARCH' } }, await api.login(DEMO.researcher));
    return added.data!.addDefinition.id;
  }

  const annotationsOf = async (definitionId: string) =>
    (await api.graphql(ANNOTATIONS, { slug: 'maatwerk' })).data!.term.definitions.find((d: { id: string }) => d.id === definitionId).annotations;

  it('anchors a quote, follows it through revisions, and keeps its words when the passage is revised away', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definitionId = await definitionWithText();
    const annotated = await api.graphql(
      ANNOTATE,
      { input: { definitionId, motivation: 'QUESTIONING', body: 'Welke regels *precies*?', quote: { exact: 'de regels', suffix: ' zijn een middel' } } },
      researcher,
    );
    expect(annotated.errors).toBeUndefined();
    // "de regels" occurs twice; the suffix picks the second, and the server keeps the surroundings.
    const second = TEXT.lastIndexOf('de regels');
    expect(annotated.data!.annotateDefinition).toMatchObject({
      quote: { exact: 'de regels', prefix: expect.stringMatching(/wijken; $/), suffix: ' zijn een middel.' },
      position: { start: second, end: second + 'de regels'.length },
      anchor: { status: 'ANCHORED', exact: 'de regels', start: second, end: second + 'de regels'.length },
    });

    const edited = 'Maatwerk vraagt tijd en aandacht. Wie de inwoner echt kent, weet wanneer de regels wijken; de regels zijn een middel, geen doel.';
    await api.graphql(UPDATE_DEFINITION, { id: definitionId, input: { text: edited } }, researcher);
    const [afterEdit] = await annotationsOf(definitionId);
    expect(afterEdit.anchor).toEqual({ status: 'MOVED', exact: 'de regels', start: edited.lastIndexOf('de regels'), end: edited.lastIndexOf('de regels') + 9 });
    // The position it was made at stays what it was: the hint, not the answer.
    expect(afterEdit.position).toEqual({ start: second, end: second + 9 });

    await api.graphql(UPDATE_DEFINITION, { id: definitionId, input: { text: 'Maatwerk is doen wat past, binnen wat mag.' } }, researcher);
    const [lost] = await annotationsOf(definitionId);
    expect(lost.anchor).toEqual({ status: 'ORPHANED', exact: null, start: null, end: null });
    expect(lost.quote).toEqual({ exact: 'de regels' });
  });

  it('finds a lightly reworded passage again by approximate matching', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definitionId = await definitionWithText();
    const quoted = 'Wie de inwoner kent, weet wanneer de regels wijken';
    await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'SUPPORTING', body: 'Precies.', quote: { exact: quoted, start: TEXT.indexOf(quoted) } } }, researcher);
    const reworded = TEXT.replace(quoted, 'Wie de inwoner goed kent, weet wanneer regels wijken');
    await api.graphql(UPDATE_DEFINITION, { id: definitionId, input: { text: reworded } }, researcher);
    const [annotation] = await annotationsOf(definitionId);
    expect(annotation.anchor).toMatchObject({ status: 'APPROXIMATE', exact: expect.stringMatching(/^Wie de inwoner goed kent, weet wanneer regels wijken/) });
  });

  it('remembers on which version of the definition each annotation was made', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definitionId = await definitionWithText();
    const ANNOTATE_VERSION = 'mutation($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id definitionVersion } }';
    const first = await api.graphql(ANNOTATE_VERSION, { input: { definitionId, motivation: 'QUESTIONING', body: 'Hoeveel tijd?' } }, researcher);
    expect(first.data!.annotateDefinition.definitionVersion).toBe(1);
    await api.graphql(UPDATE_DEFINITION, { id: definitionId, input: { text: `${TEXT} Tijd is een voorwaarde.`, changeNote: 'Antwoord op de vraag over tijd.' } }, researcher);
    const second = await api.graphql(ANNOTATE_VERSION, { input: { definitionId, motivation: 'SUPPORTING', body: 'Zo beter.' } }, researcher);
    expect(second.data!.annotateDefinition.definitionVersion).toBe(2);
    const VERSIONS = 'query($slug: String!) { term(slug: $slug) { definitions { id annotations { id definitionVersion } } } }';
    const definition = (await api.graphql(VERSIONS, { slug: 'maatwerk' })).data!.term.definitions.find((d: { id: string }) => d.id === definitionId);
    expect(definition.annotations).toEqual([
      { id: first.data!.annotateDefinition.id, definitionVersion: 1 },
      { id: second.data!.annotateDefinition.id, definitionVersion: 2 },
    ]);
  });

  it('anchors the quoted demo annotation on vakmanschap', async () => {
    const definitions = (await api.graphql(ANNOTATIONS, { slug: 'vakmanschap' })).data!.term.definitions;
    const quoted = definitions.flatMap((d: { text: string; annotations: { anchor: { status: string; start: number; end: number } | null }[] }) =>
      d.annotations.filter((a) => a.anchor).map((a) => [a.anchor!.status, d.text.slice(a.anchor!.start, a.anchor!.end)]),
    );
    expect(quoted).toEqual([['ANCHORED', 'behandelt gelijke gevallen gelijk']]);
  });

  it('refuses a quote that is not in the current text', async () => {
    const definitionId = await definitionWithText();
    const result = await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'COMMENTING', body: 'x', quote: { exact: 'staat er niet' } } }, await api.login(DEMO.researcher));
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'quote.exact': [expect.stringMatching(/letterlijk/)] } });
  });

  it('threads replies under an annotation of the same definition', async () => {
    const definitionId = await definitionWithText();
    const first = (await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'CONTESTING', body: 'Regels zijn meer dan een middel.' } }, await api.login(DEMO.researcher))).data!
      .annotateDefinition;
    const reply = await api.graphql(
      ANNOTATE,
      { input: { definitionId, motivation: 'SUPPORTING', body: 'Eens: ze beschermen ook.', replyToId: first.id } },
      await api.login('e.vanleeuwen@tno.example'),
    );
    expect(reply.data!.annotateDefinition.replyTo).toEqual({ id: first.id });
    const thread = await annotationsOf(definitionId);
    expect(thread.find((a: { id: string }) => a.id === first.id).replies).toEqual([{ id: reply.data!.annotateDefinition.id, body: 'Eens: ze beschermen ook.', author: { name: 'Eva van Leeuwen' } }]);

    const elsewhere = await definitionWithText('Maatwerk is kiezen wat werkt voor deze ene persoon.');
    const stray = await api.graphql(ANNOTATE, { input: { definitionId: elsewhere, motivation: 'COMMENTING', body: 'x', replyToId: first.id } }, await api.login(DEMO.researcher));
    expect(stray.errors![0].extensions!.fields).toEqual({ replyToId: [expect.stringMatching(/dezelfde definitie/)] });
  });

  it('marks an annotation as edited once what it says changes, and not before', async () => {
    const researcher = await api.login(DEMO.researcher);
    const definitionId = await definitionWithText();
    const ANNOTATE_EDITED = 'mutation($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id editedAt } }';
    const made = (await api.graphql(ANNOTATE_EDITED, { input: { definitionId, motivation: 'COMMENTING', body: 'Eerste gedachte.' } }, researcher)).data!.annotateDefinition;
    expect(made.editedAt).toBeNull();
    const same = await api.graphql(UPDATE, { id: made.id, input: { body: 'Eerste gedachte.', motivation: 'COMMENTING' } }, researcher);
    expect(same.data!.updateAnnotation.editedAt).toBeNull();
    const edited = await api.graphql(UPDATE, { id: made.id, input: { body: 'Tweede gedachte.' } }, researcher);
    expect(edited.data!.updateAnnotation).toMatchObject({ body: 'Tweede gedachte.', motivation: 'COMMENTING', editedAt: expect.any(String) });
    expect(new Date(edited.data!.updateAnnotation.editedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lets researchers edit and delete only their own annotations, and admins any; a thread goes with its first annotation', async () => {
    const definitionId = await definitionWithText();
    const own = (await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'COMMENTING', body: 'Eerste versie.' } }, await api.login(DEMO.researcher))).data!.annotateDefinition;
    const reply = (await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'COMMENTING', body: 'Antwoord.', replyToId: own.id } }, await api.login('e.vanleeuwen@tno.example'))).data!
      .annotateDefinition;

    const edited = await api.graphql(UPDATE, { id: own.id, input: { body: 'Tweede versie.', motivation: 'QUESTIONING' } }, await api.login(DEMO.researcher));
    expect(edited.data!.updateAnnotation).toMatchObject({ body: 'Tweede versie.', motivation: 'QUESTIONING' });
    const byOther = await api.graphql(UPDATE, { id: own.id, input: { body: 'Overschreven.' } }, await api.login('e.vanleeuwen@tno.example'));
    expect(byOther.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/eigen annotatie/) });
    const deleteByOther = await api.graphql(DELETE, { id: own.id }, await api.login('e.vanleeuwen@tno.example'));
    expect(deleteByOther.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(DELETE, { id: own.id }, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(DELETE, { id: own.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const moderated = await api.graphql(UPDATE, { id: reply.id, input: { body: 'Ingekort door beheer.' } }, await api.login(DEMO.admin));
    expect(moderated.data!.updateAnnotation.body).toBe('Ingekort door beheer.');
    const deleted = await api.graphql(DELETE, { id: own.id }, await api.login(DEMO.researcher));
    expect(deleted.data!.deleteAnnotation).toBe(own.id);
    expect(await annotationsOf(definitionId)).toEqual([]);
    const again = await api.graphql(DELETE, { id: own.id }, await api.login(DEMO.researcher));
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('lets practitioners comment on and question a definition, not support, contest or link it', async () => {
    const practitioner = await api.login(DEMO.practitioner);
    const definitionId = await definitionWithText();
    const annotateAs = (motivation: string, token = practitioner) => api.graphql(ANNOTATE, { input: { definitionId, motivation, body: 'Vanuit de praktijk.' } }, token);
    expect((await annotateAs('COMMENTING')).errors).toBeUndefined();
    const question = await annotateAs('QUESTIONING');
    expect(question.errors).toBeUndefined();
    for (const motivation of ['SUPPORTING', 'CONTESTING', 'LINKING']) {
      const refused = await annotateAs(motivation);
      expect(refused.errors![0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Als professional kunt u een definitie toelichten of er een vraag over stellen. Steunen, betwisten en verwijzen naar bronnen is aan onderzoekers: kies Toelichting of Vraag.',
      });
    }
    expect((await annotateAs('CONTESTING', await api.login(DEMO.researcher))).errors).toBeUndefined();
    expect((await annotationsOf(definitionId)).length).toBe(3);

    // Their own annotation they edit and delete, within the same motivations.
    const id = question.data!.annotateDefinition.id;
    const toContest = await api.graphql(UPDATE, { id, input: { motivation: 'CONTESTING' } }, practitioner);
    expect(toContest.errors![0].extensions!.code).toBe('FORBIDDEN');
    const edited = await api.graphql(UPDATE, { id, input: { motivation: 'COMMENTING', body: 'Scherper gevraagd.' } }, practitioner);
    expect(edited.data!.updateAnnotation).toMatchObject({ motivation: 'COMMENTING', body: 'Scherper gevraagd.' });
    expect((await api.graphql(DELETE, { id }, practitioner)).data!.deleteAnnotation).toBe(id);
  });

  it('lets a practitioner reply in a thread, and not change a researcher\'s annotation', async () => {
    const definitionId = await definitionWithText();
    const researcher = (await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'SUPPORTING', body: 'Sterk punt.' } }, await api.login(DEMO.researcher))).data!.annotateDefinition;
    const practitioner = await api.login(DEMO.practitioner);
    const reply = await api.graphql(ANNOTATE, { input: { definitionId, motivation: 'QUESTIONING', body: 'Hoe werkt dat bij 150 klanten?', replyToId: researcher.id } }, practitioner);
    expect(reply.data!.annotateDefinition.replyTo).toEqual({ id: researcher.id });
    const takeOver = await api.graphql(UPDATE, { id: researcher.id, input: { body: 'Overschreven.' } }, practitioner);
    expect(takeOver.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/eigen annotatie/) });
    expect((await api.graphql(DELETE, { id: researcher.id }, practitioner)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
