import { useTranslation } from 'react-i18next';
import type { Role } from '../../../graphql/schema-types.generated';

interface RoleRefusalProps {
  /** The roles that may see the page. */
  roles: readonly Role[];
  /** The role of the person who may not. */
  role: Role;
}

/** Explains a page that is for other roles: "Dit deel is voor redacteuren en beheerders." */
export function RoleRefusal({ roles, role }: RoleRefusalProps) {
  const { t, i18n } = useTranslation();
  // "redacteuren en beheerders", "editors and administrators": each language joins its own way.
  const roleList = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <div className="notice notice--error" role="alert">
      <h1>{t('errors.forbidden')}</h1>
      <p>
        {t('auth.needsRole', {
          roles: roleList.format(roles.map((r) => t(`auth.rolePlural.${r}`))),
          role: t(`enums.Role.${role}`).toLowerCase(),
        })}
      </p>
    </div>
  );
}
