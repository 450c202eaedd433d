import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../i18n/i18n';

export type EnumName = keyof Messages['enums'];

/** The label of an enum value that arrives as a plain string (facet values); unknown values show as they are. */
export function useEnumLabel(): (enumName: EnumName, value: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (enumName, value) => {
      const key = `enums.${enumName}.${value}`;
      // The key is built at run time, so check it exists rather than trusting the type.
      return i18n.exists(key) ? t(key as 'enums.Role.ADMIN') : value;
    },
    [t, i18n],
  );
}
