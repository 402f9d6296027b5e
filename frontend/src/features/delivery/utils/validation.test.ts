import { checkReturnComments, parseEvidenceLinks, RETURN_COMMENTS_MAX } from './validation';

describe('return comments', () => {
  it('are required: empty or blank comments are refused', () => {
    expect(checkReturnComments(undefined)).toBe('required');
    expect(checkReturnComments('')).toBe('required');
    expect(checkReturnComments(' \n\t ')).toBe('required');
  });

  it('take at most 5,000 characters after trimming', () => {
    expect(checkReturnComments('x'.repeat(RETURN_COMMENTS_MAX))).toBeUndefined();
    expect(checkReturnComments(`  ${'x'.repeat(RETURN_COMMENTS_MAX)}  `)).toBeUndefined();
    expect(checkReturnComments('x'.repeat(RETURN_COMMENTS_MAX + 1))).toBe('tooLong');
    expect(checkReturnComments('请补充第三方检测报告。')).toBeUndefined();
  });
});

describe('evidence links', () => {
  it('takes one http(s) link per line, skipping blank lines', () => {
    expect(parseEvidenceLinks('https://a.example/report.pdf\n\n  http://b.example/x  \n')).toEqual({
      links: ['https://a.example/report.pdf', 'http://b.example/x'],
    });
    expect(parseEvidenceLinks(undefined)).toEqual({ links: [] });
  });

  it('names the line that is not a link', () => {
    expect(parseEvidenceLinks('https://a.example\nftp://b.example')).toMatchObject({ problem: 'invalid', line: 2, value: 'ftp://b.example' });
    expect(parseEvidenceLinks('https://a.example/with space')).toMatchObject({ problem: 'invalid', line: 1 });
    expect(parseEvidenceLinks(`https://a.example/${'x'.repeat(500)}`)).toMatchObject({ problem: 'tooLong', line: 1 });
  });

  it('allows at most 20 links', () => {
    const lines = Array.from({ length: 21 }, (_, i) => `https://a.example/${i}`).join('\n');
    expect(parseEvidenceLinks(lines).problem).toBe('tooMany');
  });
});
