import type { Audience, EventFormat, EventStatus, EventType } from '@epm/shared/contracts';

export const TYPE_LABELS: Record<EventType, string> = {
  workshop: 'Workshop',
  webinar: 'Webinar',
  roundtable: 'Roundtable',
  consultation: 'Consultation',
};

export const FORMAT_LABELS: Record<EventFormat, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'In person and online',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  councils: 'Council officers and members',
  suppliers: 'Technology suppliers',
  all: 'Councils, suppliers and everyone working on local public services',
};

export const STATUS_LABELS: Record<EventStatus, { label: string; tag: string }> = {
  draft: { label: 'Draft', tag: 'govuk-tag--grey' },
  published: { label: 'Published', tag: 'govuk-tag--green' },
  'registration-closed': {
    label: 'Registration closed',
    tag: 'govuk-tag--yellow',
  },
  completed: { label: 'Completed', tag: 'govuk-tag--blue' },
  cancelled: { label: 'Cancelled', tag: 'govuk-tag--red' },
};
