import { useEffect, useId, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** "2 minutes left", then seconds for the last minute. */
function useTimeLeft(deadline: number): { key: 'minutesLeft' | 'secondsLeft'; count: number } {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1_000));
  return seconds > 60
    ? { key: 'minutesLeft', count: Math.ceil(seconds / 60) }
    : { key: 'secondsLeft', count: seconds };
}

/**
 * The session-expiry warning: an alertdialog, so screen readers announce its title and text when it
 * opens; focus starts on "Stay signed in" and stays inside. Escape also means "I'm here". The time
 * left is read once with the text; its ticking is not announced.
 */
export function SessionExpiryDialog({
  deadline,
  onStay,
  onSignOut,
}: {
  deadline: number;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const left = useTimeLeft(deadline);
  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      onOpenChange={(open) => (open ? undefined : onStay())}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog" aria-describedby={descriptionId}>
          <Heading slot="title" className="dialog-title">
            {t('sessionExpiry.title')}
          </Heading>
          <div id={descriptionId} className="dialog-body">
            <p>{t('sessionExpiry.body')}</p>
            <p>
              <strong>{t(`sessionExpiry.${left.key}`, { count: left.count })}</strong>
            </p>
          </div>
          <div className="dialog-actions">
            <Button className="button button-secondary" onPress={onSignOut}>
              {t('sessionExpiry.signOut')}
            </Button>
            <Button className="button button-primary" onPress={onStay} autoFocus>
              {t('sessionExpiry.stay')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
