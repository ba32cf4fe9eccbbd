import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  /** The server's refusal, shown (and announced) inside the dialog. */
  error?: string | null | undefined;
}

/**
 * "Are you sure?" for an action that cannot be undone from here. An alertdialog: focus starts on
 * Cancel, Escape cancels, focus stays inside until it closes and then returns where it was.
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isPending = false,
  error,
}: ConfirmDialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!isPending}
      isKeyboardDismissDisabled={isPending}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog-title">
                {title}
              </Heading>
              <div className="dialog-body">{children}</div>
              <div role="alert" className="status-region">
                {error ? <p className="alert alert-error">{error}</p> : null}
              </div>
              <div className="dialog-actions">
                <Button className="button button-secondary" onPress={close} autoFocus isDisabled={isPending}>
                  {cancelLabel}
                </Button>
                <Button
                  className="button button-danger"
                  onPress={() => (isPending ? undefined : onConfirm())}
                >
                  {confirmLabel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
