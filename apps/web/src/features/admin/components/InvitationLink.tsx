import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import form from '../../../shared/components/form/form.module.css';
import styles from './InvitationLink.module.css';

export interface Invitation {
  url: string;
  expiresAt: string;
  /** Whether the platform e-mailed it; if not, the admin passes it on. */
  mailed: boolean;
  name: string;
  email: string;
}

/**
 * The invitation link, e-mailed when the platform has a mail server and otherwise to pass on by
 * hand (demo mode sends no e-mail). Focused
 * when it appears, so that screen reader users hear that the invitation exists.
 */
export function InvitationLink({ invitation, id = 'invitation' }: { invitation: Invitation; id?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  // A new invitation mounts a new instance (keyed by its link), so this runs once per link.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for Ctrl+C.
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className={`notice notice--success ${styles.invitation}`}>
      <h3 ref={heading} tabIndex={-1}>
        {t('admin.invite.created', { name: invitation.name })}
      </h3>
      <p>
        {invitation.mailed ? (
          t('admin.invite.mailed', { name: invitation.name, email: invitation.email })
        ) : (
          <>
            <strong>{t('admin.invite.notMailedTitle')}</strong> {t('admin.invite.notMailed', { name: invitation.name, email: invitation.email })}
          </>
        )}
      </p>
      <label htmlFor={`${id}-url`} className={form.label}>
        {t('admin.invite.link')}
      </label>
      <p id={`${id}-url-hint`} className={form.hint}>
        {t('admin.invite.validUntil', { date: formatDateTime(invitation.expiresAt) })}
      </p>
      <div className={styles.copy}>
        <input
          ref={field}
          id={`${id}-url`}
          className={form.input}
          readOnly
          value={invitation.url}
          aria-describedby={`${id}-url-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copyLink}>
          {t('admin.invite.copy')}
        </button>
      </div>
      <p role="status" className={copy === 'idle' ? 'visually-hidden' : 'meta'}>
        {copy === 'copied' ? t('admin.invite.copied') : copy === 'failed' ? t('admin.invite.copyFailed') : ''}
      </p>
    </div>
  );
}
