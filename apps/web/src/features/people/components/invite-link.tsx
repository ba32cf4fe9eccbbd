import { useRef, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * The invitation link, read-only, with a copy button. Without email delivery nobody else sends it, so
 * the coordinator passes it on. If the clipboard is not allowed, the link is selected for Ctrl+C.
 */
export function InviteLink({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    setCopied(null);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied('no');
    }
  }

  return (
    <div className="invite-link">
      <TextField className="field" value={url} isReadOnly>
        <Label className="field-label">{t('invite.linkLabel', { name })}</Label>
        <Input
          ref={inputRef}
          className="input input-mono"
          onFocus={(event) => event.currentTarget.select()}
        />
      </TextField>
      <Button className="button button-secondary" onPress={() => void copy()}>
        {t('invite.copy')}
      </Button>
      <p role="status" className="status-region">
        {copied === 'yes' ? t('invite.copied') : copied === 'no' ? t('invite.copyFailed') : null}
      </p>
    </div>
  );
}
