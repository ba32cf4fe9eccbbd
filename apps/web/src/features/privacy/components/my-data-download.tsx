import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../lib/dates.ts';
import { downloadMyData } from '../api/download-my-data.ts';

type Status = 'idle' | 'pending' | 'done' | 'failed';

/** "My data": the person downloads everything stored about them (GDPR right of access). */
export function MyDataDownload() {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<Status>('idle');
  const download = async () => {
    setStatus('pending');
    try {
      await downloadMyData(localToday());
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section aria-labelledby={headingId} className="card section">
      <h2 id={headingId}>{t('privacy.myData.title')}</h2>
      <p>{t('privacy.myData.lead')}</p>
      <Button
        className="button button-secondary"
        onPress={() => void download()}
        isDisabled={status === 'pending'}
      >
        {status === 'pending' ? t('privacy.myData.downloading') : t('privacy.myData.download')}
      </Button>
      <div role="status" className="status-region">
        {status === 'done' ? <p className="alert alert-success">{t('privacy.myData.done')}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {status === 'failed' ? <p className="alert alert-error">{t('privacy.myData.failed')}</p> : null}
      </div>
    </section>
  );
}
