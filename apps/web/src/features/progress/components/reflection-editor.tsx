import { type FormEvent, useState } from 'react';
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSaveReflection } from '../api/save-reflection.ts';
import { progressErrorMessage } from '../errors.ts';

/** The actor writes (or rewrites) their reflection on a session; the mentor reads it. */
export function ReflectionEditor({
  matchId,
  sessionId,
  reflection,
  when,
}: {
  matchId: string;
  sessionId: string;
  reflection: string | null;
  /** The session's date: every reflection field and button gets a unique name from it. */
  when: string;
}) {
  const { t } = useTranslation();
  const label = t('progress.reflection.label', { when });
  const save = useSaveReflection(matchId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reflection ?? '');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim() || save.isPending) return;
    try {
      await save.mutateAsync({ sessionId, reflection: text.trim() });
      setEditing(false);
      setStatus({ ok: true, message: t('progress.reflection.saved') });
    } catch (error) {
      setStatus({ ok: false, message: progressErrorMessage(error, t) });
    }
  }

  return (
    <div className="reflection">
      {!editing && reflection ? <p className="pre-line">{reflection}</p> : null}
      {editing ? (
        <Form className="form form-compact" onSubmit={onSubmit}>
          <TextField className="field" value={text} onChange={setText} maxLength={3000} isRequired>
            <Label className="field-label">{label}</Label>
            <TextArea className="input textarea" rows={3} />
          </TextField>
          <div className="button-row">
            {/* Not isPending: this form closes on success, and a pending button's announcement would outlive it. */}
            <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
              {t('progress.reflection.save')}
            </Button>
            <Button className="button button-secondary" onPress={() => setEditing(false)}>
              {t('progress.cancel')}
            </Button>
          </div>
        </Form>
      ) : (
        <Button
          className="button button-secondary button-small"
          aria-label={t(reflection ? 'progress.reflection.editFor' : 'progress.reflection.addFor', { when })}
          onPress={() => {
            setText(reflection ?? '');
            setStatus(null);
            setEditing(true);
          }}
        >
          {reflection ? t('progress.reflection.edit') : t('progress.reflection.add')}
        </Button>
      )}
      <div role="alert" className="status-region">
        {status && !status.ok ? <p className="alert alert-error">{status.message}</p> : null}
      </div>
      <div role="status" className="status-region">
        {status?.ok ? <p className="alert alert-success">{status.message}</p> : null}
      </div>
    </div>
  );
}
