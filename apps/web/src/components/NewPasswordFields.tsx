import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A first password and its repetition, with the password rules: accepting an invitation and signing up. */
export function NewPasswordFields({
  password,
  confirmation,
  onPassword,
  onConfirmation,
}: {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
}) {
  const { t } = useTranslation();
  const rulesId = useId();
  return (
    <>
      <label>
        {t('invitation.newPassword')}
        <input
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
          aria-describedby={rulesId}
          value={password}
          onChange={(e) => onPassword(e.target.value)}
        />
      </label>
      <p id={rulesId} className="hint">
        {t('invitation.passwordRules')}
      </p>
      <label>
        {t('invitation.confirmPassword')}
        <input type="password" autoComplete="new-password" required value={confirmation} onChange={(e) => onConfirmation(e.target.value)} />
      </label>
    </>
  );
}
