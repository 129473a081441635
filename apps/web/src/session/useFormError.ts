import { LIMITS } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/relayApi.ts';

/** Turns an API failure into a translated sentence for the form that made the call. */
export function useFormError() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    setError,
    showError(caught: unknown) {
      const code = caught instanceof ApiError ? caught.code : 'generic';
      const max = code === 'name_too_long' ? LIMITS.nameLength : LIMITS.titleLength;
      setError(t(`errors.${code}`, { max, defaultValue: t('errors.generic') }));
    },
  };
}
