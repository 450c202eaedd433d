import { useCallback } from 'react';
import { useMutation } from '../../../shared/hooks/useMutation';
import { useQuery } from '../../../shared/hooks/useQuery';
import { CreateThemeDocument } from '../graphql/create-theme.generated';
import { RenameThemeDocument } from '../graphql/rename-theme.generated';
import { RetireThemeDocument } from '../graphql/retire-theme.generated';
import { AdminThemesDocument } from '../graphql/themes.generated';

/** The theme list with retired themes, and the three ways admins keep it. */
export function useAdminThemes() {
  const list = useQuery(AdminThemesDocument, {});
  const [create, creating] = useMutation(CreateThemeDocument);
  const [rename, renaming] = useMutation(RenameThemeDocument);
  const [retire, retiring] = useMutation(RetireThemeDocument);
  return {
    ...list,
    create: useCallback(async (name: string) => (await create({ name })).createTheme, [create]),
    rename: useCallback(async (id: string, name: string) => (await rename({ id, name })).renameTheme, [rename]),
    retire: useCallback(async (id: string) => (await retire({ id })).retireTheme, [retire]),
    busy: creating.loading || renaming.loading || retiring.loading,
  };
}
