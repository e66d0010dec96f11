import { type IntentToAct, SATISFACTION_LABELS, THEME_TERMS, USEFULNESS_LABELS } from '@epm/shared/contracts';
import { parse } from 'csv-parse/sync';

/** The answers a file can hold, as the form would have stored them. */
export interface ImportedAnswers {
  satisfaction: number | null;
  usefulness: number | null;
  recommend: number | null;
  intent: IntentToAct | null;
  intentDetail: string | null;
  themes: string[];
  comments: string | null;
  quoteConsent: boolean;
}

export type ImportField = keyof ImportedAnswers;

export interface ImportedRow {
  /** Line in the file, counting the header as 1. */
  row: number;
  email: string;
  name: string;
  answers: ImportedAnswers;
  problems: string[];
}

export interface ParsedFeedbackFile {
  columns: { field: ImportField; header: string }[];
  rows: ImportedRow[];
  skippedRows: number;
}

export class FeedbackFileError extends Error {}

const MAX_TEXT = 4000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const norm = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which answer a column holds, from its header: the question text as another
 * tool exported it (Microsoft Forms puts the question in the header), or
 * this product's own export. The first rule that matches wins, and each
 * answer takes one column.
 */
const COLUMN_RULES: { field: ImportField; test: (header: string) => boolean }[] = [
  { field: 'quoteConsent', test: (h) => /\bquot|\bpublish/.test(h) },
  {
    field: 'intentDetail',
    test: (h) => /differently|act on|as a result/.test(h) && /\bwhat\b|describe|tell us|\bhow\b/.test(h),
  },
  { field: 'intent', test: (h) => /differently|act on|as a result|take action/.test(h) },
  { field: 'satisfaction', test: (h) => /satisf/.test(h) },
  { field: 'usefulness', test: (h) => /useful/.test(h) },
  { field: 'recommend', test: (h) => /recommend|\bnps\b/.test(h) },
  { field: 'themes', test: (h) => /theme|topic/.test(h) },
  { field: 'comments', test: (h) => /comment|anything else|other feedback|suggestion/.test(h) },
];

/**
 * Text from an exported file: UTF-16 with a byte-order mark (Excel's
 * "Unicode text"), or UTF-8 with or without one.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function wordsToScale(labels: Readonly<Record<number, string>>): Map<string, number> {
  return new Map(Object.entries(labels).map(([value, label]) => [label.toLowerCase(), Number(value)]));
}
const SATISFACTION_WORDS = wordsToScale(SATISFACTION_LABELS);
const USEFULNESS_WORDS = wordsToScale(USEFULNESS_LABELS);

function scale(value: string, words: Map<string, number>, min: number, max: number): number | null | 'invalid' {
  const text = norm(value);
  if (!text) return null;
  const leading = text.match(/^(\d+)(\s|$|\s*[-–:/])/)?.[1];
  const number = leading !== undefined ? Number(leading) : words.get(text);
  if (number === undefined || !Number.isInteger(number) || number < min || number > max) return 'invalid';
  return number;
}

function intentOf(value: string): IntentToAct | null | 'invalid' {
  const text = norm(value);
  if (!text) return null;
  if (/^(yes|y|definitely|probably)\b/.test(text)) return 'yes';
  if (/^(maybe|possibly|not sure|unsure|perhaps)\b/.test(text)) return 'maybe';
  if (/^(no|n|not)\b/.test(text)) return 'no';
  return 'invalid';
}

const THEME_KEYS = new Map(
  THEME_TERMS.flatMap((term) => [
    [term.code, term.code],
    [term.label.toLowerCase(), term.code],
  ]),
);

function text(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed.slice(0, MAX_TEXT) : null;
}

/**
 * Reads feedback collected by another tool: a CSV (or tab-separated) export
 * with one row per person and an email column to match them by. Microsoft
 * Forms exports to Excel; save that as CSV first.
 */
export function parseFeedbackFile(bytes: Buffer): ParsedFeedbackFile {
  const content = decodeText(bytes).replace(/\r\n?/g, '\n');
  const firstLine = content.split('\n', 1)[0] ?? '';
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  let rows: string[][];
  try {
    rows = parse(content, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw new FeedbackFileError('The file cannot be read as CSV: save it from the spreadsheet as CSV (UTF-8)');
  }
  const headerIndex = rows.findIndex((row) =>
    row.some((cell) => /^(e-?mail|email address|respondent email)$/.test(norm(cell))),
  );
  if (headerIndex < 0) {
    throw new FeedbackFileError('The file has no email column: export the responses with email addresses');
  }
  const header = (rows[headerIndex] ?? []).map(norm);
  const emailAt = header.findIndex((cell) => /^(e-?mail|email address|respondent email)$/.test(cell));
  const nameAt = header.findIndex((cell) => /^(name|full name|respondent name|your name|respondent)$/.test(cell));
  const columnOf = new Map<ImportField, number>();
  header.forEach((cell, index) => {
    if (index === emailAt || index === nameAt) return;
    const rule = COLUMN_RULES.find((candidate) => !columnOf.has(candidate.field) && candidate.test(cell));
    if (rule) columnOf.set(rule.field, index);
  });
  if (!columnOf.size) {
    throw new FeedbackFileError(
      'None of the columns is a question the form asks (satisfaction, usefulness, recommend, do something differently, themes, comments)',
    );
  }
  const columns = [...columnOf].map(([field, index]) => ({
    field,
    header: rows[headerIndex]?.[index]?.trim() ?? '',
  }));

  const result: ImportedRow[] = [];
  let skippedRows = 0;
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    if (row.every((cell) => !cell.trim())) return;
    const email = (row[emailAt] ?? '').trim().toLowerCase();
    if (!EMAIL.test(email)) {
      skippedRows += 1;
      return;
    }
    const cell = (field: ImportField) => {
      const index = columnOf.get(field);
      return index === undefined ? '' : (row[index] ?? '');
    };
    const problems: string[] = [];
    const satisfaction = scale(cell('satisfaction'), SATISFACTION_WORDS, 1, 5);
    const usefulness = scale(cell('usefulness'), USEFULNESS_WORDS, 1, 5);
    const recommend = scale(cell('recommend'), new Map(), 0, 10);
    const intent = intentOf(cell('intent'));
    if (satisfaction === 'invalid') problems.push('Satisfaction must be 1 to 5');
    if (usefulness === 'invalid') problems.push('Usefulness must be 1 to 5');
    if (recommend === 'invalid') problems.push('Likelihood to recommend must be 0 to 10');
    if (intent === 'invalid') problems.push('"Will you do something differently" must be yes, maybe or no');
    const answers: ImportedAnswers = {
      satisfaction: satisfaction === 'invalid' ? null : satisfaction,
      usefulness: usefulness === 'invalid' ? null : usefulness,
      recommend: recommend === 'invalid' ? null : recommend,
      intent: intent === 'invalid' ? null : intent,
      intentDetail: text(cell('intentDetail')),
      themes: [
        ...new Set(
          cell('themes')
            .split(/[;,]/)
            .map((part) => THEME_KEYS.get(norm(part)))
            .filter((code): code is string => !!code),
        ),
      ],
      comments: text(cell('comments')),
      quoteConsent: /^(yes|y|true|1|agree|i agree)\b/.test(norm(cell('quoteConsent'))),
    };
    const answered =
      answers.satisfaction !== null ||
      answers.usefulness !== null ||
      answers.recommend !== null ||
      answers.intent !== null ||
      answers.intentDetail !== null ||
      answers.themes.length > 0 ||
      answers.comments !== null;
    if (!answered && !problems.length) problems.push('No answers in this row');
    const name = (nameAt >= 0 ? row[nameAt]?.trim() : '') || email;
    result.push({ row: headerIndex + offset + 2, email, name: name.slice(0, 200), answers, problems });
  });
  return { columns, rows: result, skippedRows };
}
