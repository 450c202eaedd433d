import { useCallback } from 'react';
import { useMutation } from '../../../shared/hooks/useMutation';
import type { EditorialState } from '../../../graphql/schema-types.generated';
import { ArchiveProjectDocument } from '../graphql/archive-project.generated';
import { CreateProjectDocument } from '../graphql/create-project.generated';
import { PublishProjectDocument } from '../graphql/publish-project.generated';
import { UpdateProjectDocument } from '../graphql/update-project.generated';
import { type ProjectFormValues, toCreateInput, toUpdateInput } from '../lib/project-form-values';

export type EditorialStep = 'save' | 'publish' | 'archive';

export interface SavedProject {
  id: string;
  slug: string;
  state: EditorialState;
}

/**
 * Saves the form (creating the project the first time), then takes the editorial step asked
 * for. The save comes first, so publishing or archiving never loses what was just typed.
 */
export function useSaveProject() {
  const [createProject, create] = useMutation(CreateProjectDocument);
  const [updateProject, update] = useMutation(UpdateProjectDocument);
  const [publishProject, publish] = useMutation(PublishProjectDocument);
  const [archiveProject, archive] = useMutation(ArchiveProjectDocument);

  const save = useCallback(
    async (projectId: string | undefined, values: ProjectFormValues, step: EditorialStep): Promise<SavedProject> => {
      let saved: SavedProject;
      if (projectId) {
        saved = (await updateProject({ id: projectId, input: toUpdateInput(values) })).updateProject;
      } else {
        saved = (await createProject({ input: toCreateInput(values) })).createProject;
      }
      if (step === 'publish') {
        saved = { ...saved, state: (await publishProject({ id: saved.id })).publishProject.state };
      } else if (step === 'archive') {
        saved = { ...saved, state: (await archiveProject({ id: saved.id })).archiveProject.state };
      }
      return saved;
    },
    [createProject, updateProject, publishProject, archiveProject],
  );

  return { save, saving: create.loading || update.loading || publish.loading || archive.loading };
}
