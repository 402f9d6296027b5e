/** Limits of the delivery requests, as the backend enforces them. */
export const RETURN_COMMENTS_MAX = 5000;
export const REPORT_TEXT_MAX = 10_000;
export const EVIDENCE_LINKS_MAX = 20;
export const EVIDENCE_LINK_MAX = 500;
export const TERMINATION_REASON_MAX = 2000;
export const RESULTS_TITLE_MAX = 200;
export const RESULTS_SUMMARY_MAX = 5000;
export const RESULTS_OUTCOMES_MAX = 10_000;
export const PAYMENT_NOTE_MAX = 500;

export type CommentsProblem = 'required' | 'tooLong';

/** The firm must say what to revise: some non-blank text of at most 5,000 characters (after trimming). */
export function checkReturnComments(comments: string | null | undefined): CommentsProblem | undefined {
  const text = (comments ?? '').trim();
  if (!text) {
    return 'required';
  }
  return text.length > RETURN_COMMENTS_MAX ? 'tooLong' : undefined;
}

export type LinksCheck =
  | { links: string[]; problem?: undefined }
  | { links: string[]; problem: 'tooMany' }
  | { links: string[]; problem: 'invalid' | 'tooLong'; line: number; value: string };

const LINK = /^https?:\/\/\S+$/i;

/** Evidence links typed one per line: blank lines dropped, each an http(s) address of at most 500 characters, at most 20. */
export function parseEvidenceLinks(text: string | null | undefined): LinksCheck {
  const lines = (text ?? '').split(/\r?\n/).map((line) => line.trim());
  const links: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line) {
      continue;
    }
    if (!LINK.test(line)) {
      return { links, problem: 'invalid', line: index + 1, value: line };
    }
    if (line.length > EVIDENCE_LINK_MAX) {
      return { links, problem: 'tooLong', line: index + 1, value: line };
    }
    links.push(line);
  }
  return links.length > EVIDENCE_LINKS_MAX ? { links, problem: 'tooMany' } : { links };
}
