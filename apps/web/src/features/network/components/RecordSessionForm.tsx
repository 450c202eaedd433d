import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NarrowForm } from '../../../shared/components/form/NarrowForm';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { TextField } from '../../../shared/components/form/TextField';
import form from '../../../shared/components/form/form.module.css';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { useFormProblems } from '../../../shared/hooks/useFormProblems';
import { useMutation } from '../../../shared/hooks/useMutation';
import { useQuery } from '../../../shared/hooks/useQuery';
import type { Perspective, SessionKind } from '../../../graphql/schema-types.generated';
import { RecordSessionDocument } from '../graphql/record-session.generated';
import { SessionFormChoicesDocument } from '../graphql/session-form-choices.generated';

const KINDS: SessionKind[] = ['EXPERTBIJEENKOMST', 'STAKEHOLDERBIJEENKOMST', 'AFTER_SESSIE_KENNISINSTELLINGEN', 'OVERIG'];
const PERSPECTIVES: Perspective[] = ['MINISTRY', 'UWV', 'MUNICIPALITY', 'RESEARCH', 'PRACTITIONER', 'CLIENT', 'EMPLOYER', 'EDUCATION'];

interface Participant {
  organizationId: string;
  perspective: Perspective;
  contribution: string;
}
interface AgendaItem {
  termId: string;
  meetingPoints: string;
  differences: string;
  followUp: string;
}

/** A researcher's report of a session: who came with which perspective, and per term what came of it. */
export function RecordSessionForm() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const base = useId();
  const choices = useQuery(SessionFormChoicesDocument, {}).data;
  const [record, { loading }] = useMutation(RecordSessionDocument);
  const [kind, setKind] = useState<SessionKind>('STAKEHOLDERBIJEENKOMST');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [organiserId, setOrganiserId] = useState('');
  const [summary, setSummary] = useState('');
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [agenda, setAgenda] = useState<AgendaItem[]>([]);

  const fields = useMemo(
    () => ({
      kind: { id: `${base}-kind`, label: t('sessions.kind') },
      title: { id: `${base}-title`, label: t('sessions.form.title') },
      heldOn: { id: `${base}-held-on`, label: t('sessions.heldOn') },
      organiserId: { id: `${base}-organiser`, label: t('sessions.organiser') },
      summary: { id: `${base}-summary`, label: t('sessions.form.summary') },
      organizations: { id: `${base}-participants`, label: t('sessions.participants') },
      participants: { id: `${base}-participants`, label: t('sessions.participants') },
      agenda: { id: `${base}-agenda`, label: t('sessions.agenda') },
    }),
    [base, t],
  );
  const problems = useFormProblems(fields);
  const organizations = (choices?.organizations.nodes ?? []).map((organization) => ({ value: organization.id, label: organization.name }));
  const terms = (choices?.terms.nodes ?? []).map((term) => ({ value: term.id, label: term.label }));

  const update = <T,>(list: T[], set: (next: T[]) => void, index: number, change: Partial<T>) => set(list.map((item, at) => (at === index ? { ...item, ...change } : item)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('sessions.form.required');
    const errors: Record<string, string[]> = {};
    if (!title.trim()) errors['title'] = [required];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) errors['heldOn'] = [t('sessions.form.date')];
    if (!organiserId) errors['organiserId'] = [required];
    if (participants.some((participant) => !participant.organizationId)) errors['participants'] = [t('sessions.form.chooseOrganization')];
    if (agenda.some((item) => !item.termId)) errors['agenda'] = [t('sessions.form.chooseTerm')];
    await problems.send(errors, async () => {
      const saved = await record({ input: { kind, title, heldOn, organiserId, summary, participants, agenda } });
      void navigate(`/bijeenkomsten/${saved.recordSession.slug}`);
    });
  };

  return (
    <NarrowForm onSubmit={submit} summary={problems.summary} submitLabel={t('sessions.form.submit')} busyLabel={t('sessions.form.busy')} busy={loading} primary>
      <SelectField {...problems.fieldProps('kind')} value={kind} onChange={(value) => setKind(value as SessionKind)} options={KINDS.map((value) => ({ value, label: label('SessionKind', value) }))} />
      <TextField {...problems.fieldProps('title')} required value={title} onChange={setTitle} />
      <TextField {...problems.fieldProps('heldOn')} required type="date" value={heldOn} onChange={setHeldOn} />
      <SelectField {...problems.fieldProps('organiserId')} required value={organiserId} onChange={setOrganiserId} options={organizations} emptyLabel={t('sessions.form.choose')} />
      <TextAreaField {...problems.fieldProps('summary')} value={summary} onChange={setSummary} />

      <fieldset id={fields.participants.id} tabIndex={-1} className={form.section}>
        <legend>{t('sessions.participants')}</legend>
        {problems.fieldErrors['participants'] && <p className={form.error}>{problems.fieldErrors['participants'].join(' ')}</p>}
        {participants.map((participant, index) => (
          <fieldset key={index} className={form.section}>
            <legend>{t('sessions.form.participantNumber', { number: index + 1 })}</legend>
            <SelectField
              id={`${base}-participant-${index}-organization`}
              label={t('sessions.organization')}
              value={participant.organizationId}
              options={organizations}
              emptyLabel={t('sessions.form.choose')}
              onChange={(organizationId) => update(participants, setParticipants, index, { organizationId })}
            />
            <SelectField
              id={`${base}-participant-${index}-perspective`}
              label={t('sessions.perspective')}
              value={participant.perspective}
              options={PERSPECTIVES.map((value) => ({ value, label: label('Perspective', value) }))}
              onChange={(perspective) => update(participants, setParticipants, index, { perspective: perspective as Perspective })}
            />
            <TextField
              id={`${base}-participant-${index}-contribution`}
              label={t('sessions.contribution')}
              value={participant.contribution}
              onChange={(contribution) => update(participants, setParticipants, index, { contribution })}
            />
            <button type="button" className="button button--quiet" onClick={() => setParticipants(participants.filter((_, at) => at !== index))}>
              {t('sessions.form.removeParticipant', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button" onClick={() => setParticipants([...participants, { organizationId: '', perspective: 'MUNICIPALITY', contribution: '' }])}>
          {t('sessions.form.addParticipant')}
        </button>
      </fieldset>

      <fieldset id={fields.agenda.id} tabIndex={-1} className={form.section}>
        <legend>{t('sessions.agenda')}</legend>
        {problems.fieldErrors['agenda'] && <p className={form.error}>{problems.fieldErrors['agenda'].join(' ')}</p>}
        {agenda.map((item, index) => (
          <fieldset key={index} className={form.section}>
            <legend>{t('sessions.form.termNumber', { number: index + 1 })}</legend>
            <SelectField
              id={`${base}-agenda-${index}-term`}
              label={t('sessions.form.term')}
              value={item.termId}
              options={terms}
              emptyLabel={t('sessions.form.choose')}
              onChange={(termId) => update(agenda, setAgenda, index, { termId })}
            />
            <TextAreaField id={`${base}-agenda-${index}-meet`} label={t('sessions.meetingPoints')} rows={3} value={item.meetingPoints} onChange={(meetingPoints) => update(agenda, setAgenda, index, { meetingPoints })} />
            <TextAreaField id={`${base}-agenda-${index}-differ`} label={t('sessions.differences')} rows={3} value={item.differences} onChange={(differences) => update(agenda, setAgenda, index, { differences })} />
            <TextAreaField id={`${base}-agenda-${index}-follow`} label={t('sessions.followUp')} rows={3} value={item.followUp} onChange={(followUp) => update(agenda, setAgenda, index, { followUp })} />
            <button type="button" className="button button--quiet" onClick={() => setAgenda(agenda.filter((_, at) => at !== index))}>
              {t('sessions.form.removeTerm', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button" onClick={() => setAgenda([...agenda, { termId: '', meetingPoints: '', differences: '', followUp: '' }])}>
          {t('sessions.form.addTerm')}
        </button>
      </fieldset>
    </NarrowForm>
  );
}
