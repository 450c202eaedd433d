import { useParams } from 'react-router';
import { RequireRole } from '../features/auth/components/RequireRole';
import { useSession } from '../features/auth/hooks/useSession';
import { EDITORIAL_ROLES } from '../features/auth/lib/permissions';
import { ProjectEditor } from '../features/editor/components/ProjectEditor';

export default function ProjectEditorPage() {
  const { slug } = useParams();
  const session = useSession();
  return (
    <RequireRole roles={EDITORIAL_ROLES}>
      {/* A fresh editor per project: switching from "new" to the saved project starts clean. */}
      {session && <ProjectEditor key={slug ?? 'new'} slug={slug} user={session.user} />}
    </RequireRole>
  );
}
