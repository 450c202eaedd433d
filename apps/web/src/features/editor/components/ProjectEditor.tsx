import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { draftKey, removeDraft } from '../../../shared/lib/form-drafts';
import { canEditProject } from '../../auth/lib/permissions';
import type { SessionUser } from '../../auth/lib/session-store';
import { useEditableProject } from '../hooks/useEditableProject';
import { useProjectFormOptions } from '../hooks/useProjectFormOptions';
import type { EditorialStep, SavedProject } from '../hooks/useSaveProject';
import { useUnsavedChangesGuard } from '../hooks/useUnsavedChangesGuard';
import { EditorFindingList } from './EditorFindingList';
import { EditorialStateBadge } from './EditorialStateBadge';
import { FindingForm } from './FindingForm';
import { ProjectForm } from './ProjectForm';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import styles from './ProjectEditor.module.css';

type Notice = 'savedDraft' | 'saved' | 'published' | 'archived';

function noticeFor(saved: SavedProject, step: EditorialStep): Notice {
  if (step === 'publish') return 'published';
  if (step === 'archive') return 'archived';
  return saved.state === 'DRAFT' ? 'savedDraft' : 'saved';
}

interface ProjectEditorProps {
  /** Absent for a new project. */
  slug: string | undefined;
  user: SessionUser;
}

export function ProjectEditor({ slug, user }: ProjectEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  // A new project may start from a title chosen elsewhere (a knowledge gap: `?titel=…`).
  const [params] = useSearchParams();
  const projectQuery = useEditableProject(slug);
  const optionsQuery = useProjectFormOptions();
  const [formDirty, setFormDirty] = useState(false);
  const [findingDirty, setFindingDirty] = useState(false);
  const [correctionDirty, setCorrectionDirty] = useState(false);
  const guard = useUnsavedChangesGuard(formDirty || findingDirty || correctionDirty);
  const [notice, setNotice] = useState<Notice | undefined>((location.state as { notice?: Notice } | null)?.notice);
  const project = slug ? projectQuery.data?.project : undefined;
  const formDraftKey = draftKey(user.id, project?.id ?? 'new');
  usePageTitle(project ? `${project.title} – ${t('editor.editProjectTitle')}` : t('editor.newProjectTitle'));

  const error = projectQuery.error ?? optionsQuery.error;
  if (error) return <ErrorState error={error} onRetry={() => (projectQuery.error ? projectQuery.refetch() : optionsQuery.refetch())} />;
  if ((slug && !project) || !optionsQuery.data) return <LoadingState />;

  if (project && !canEditProject(user, project.leadOrganization.id)) {
    return (
      <div className="notice notice--error" role="alert">
        <h1>{t('editor.editProjectTitle')}</h1>
        <p>{t('editor.notAllowed', { organization: project.leadOrganization.name })}</p>
        <p>
          <Link to={`/projecten/${project.slug}`}>{t('editor.viewPublic')}</Link>
        </p>
      </div>
    );
  }

  const onSaved = (saved: SavedProject, step: EditorialStep) => {
    const next = noticeFor(saved, step);
    if (!project) {
      // A new project continues on its own editing page, where results can be added.
      guard.allowNextNavigation();
      navigate(`/redactie/projecten/${saved.slug}`, { replace: true, state: { notice: next } });
      return;
    }
    setNotice(next);
  };

  return (
    <div>
      <p className="back-link">
        <Link to="/redactie">{t('editor.workspaceTitle')}</Link>
      </p>
      <h1>{project ? t('editor.editProjectTitle') : t('editor.newProjectTitle')}</h1>
      {project && (
        <p className={styles.state}>
          <span>{t('editor.stateLabel')}</span> <EditorialStateBadge state={project.state} />{' '}
          <Link to={`/projecten/${project.slug}`}>{t('editor.viewPublic')}</Link>
        </p>
      )}
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice ? t(`editor.${notice}`) : ''}
      </p>

      <ProjectForm
        project={project}
        options={optionsQuery.data}
        choosesLeadOrganization={user.role === 'ADMIN'}
        suggestedTitle={params.get('titel') ?? ''}
        draftKey={formDraftKey}
        onDirtyChange={setFormDirty}
        onSaved={onSaved}
      />

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t('editor.findingsHeading')}</h2>
        <p>{t('editor.findingsIntro')}</p>
        {project ? (
          <>
            <EditorFindingList findings={project.findings} onDirtyChange={setCorrectionDirty} />
            <FindingForm projectId={project.id} onDirtyChange={setFindingDirty} />
          </>
        ) : (
          <p className="notice">{t('editor.findingsAfterSave')}</p>
        )}
      </section>

      <UnsavedChangesDialog blocker={guard.blocker} onLeave={() => removeDraft(formDraftKey)} />
    </div>
  );
}
