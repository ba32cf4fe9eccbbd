import type { CreateBookingBody } from '@mentoring/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button, Form, Input, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useTimeFormat } from '../time.ts';
import type { Slot } from './slot-picker.tsx';

type Details = Pick<CreateBookingBody, 'locationKind' | 'location' | 'agenda'>;

/** The second step of booking: where to meet and what about, then Book. */
export function BookingForm({
  slot,
  isPending,
  onSubmit,
  onCancel,
}: {
  slot: Slot;
  isPending: boolean;
  onSubmit: (details: Details) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const headingId = useId();
  const [locationKind, setLocationKind] = useState<Details['locationKind']>('remote');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A picked time moves focus here, so keyboard and screen reader users land on the next step.
  useEffect(() => headingRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ locationKind, location, agenda });
  }

  return (
    <section className="card booking-form" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {t('scheduling.book.formTitle')}
      </h2>
      <p className="booking-when">{format.meeting(slot.start, slot.end)}</p>
      <Form className="form" onSubmit={submit}>
        <RadioGroup
          className="field radio-group"
          value={locationKind}
          onChange={(value) => setLocationKind(value === 'in_person' ? 'in_person' : 'remote')}
        >
          <Label className="field-label">{t('scheduling.book.locationKind')}</Label>
          <div className="radio-options">
            <Radio value="remote" className="radio">
              {t('scheduling.locationKind.remote')}
            </Radio>
            <Radio value="in_person" className="radio">
              {t('scheduling.locationKind.in_person')}
            </Radio>
          </div>
        </RadioGroup>
        <TextField className="field" name="location" value={location} onChange={setLocation} maxLength={500}>
          <Label className="field-label">
            {locationKind === 'remote' ? t('scheduling.book.link') : t('scheduling.book.address')}
          </Label>
          <Input className="input" />
        </TextField>
        <TextField className="field" name="agenda" value={agenda} onChange={setAgenda} maxLength={2000}>
          <Label className="field-label">{t('scheduling.book.agenda')}</Label>
          <TextArea className="input textarea" rows={3} />
        </TextField>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={isPending}>
            {t('scheduling.book.submit')}
          </Button>
          <Button className="button button-secondary" onPress={onCancel} isDisabled={isPending}>
            {t('scheduling.book.otherTime')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
