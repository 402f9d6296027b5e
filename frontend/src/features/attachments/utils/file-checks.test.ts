import { ApiError, NETWORK_PROBLEM_TYPE } from '@/lib/api-client';

import { checkFile, extensionOf, fileKind, formatBytes, MAX_FILE_BYTES, MB, shortHash, uploadErrorOf } from './file-checks';

const limits = { maxFiles: 5, taken: 0 };

describe('upload pre-checks', () => {
  it('accept PDF, Office documents and images up to 20 MB', () => {
    for (const name of ['方案.pdf', 'plan.DOCX', 'budget.xlsx', 'slides.pptx', 'old.doc', 'old.xls', 'old.ppt', 'photo.JPG', 'scan.jpeg', 'chart.png', 'anim.gif']) {
      expect(checkFile({ name, size: 1024 }, limits)).toBeUndefined();
    }
    expect(checkFile({ name: 'exact.pdf', size: MAX_FILE_BYTES }, limits)).toBeUndefined();
  });

  it('refuse a file over the size limit, naming its size and the limit', () => {
    expect(checkFile({ name: 'big.pdf', size: MAX_FILE_BYTES + 1 }, limits)).toEqual({ code: 'tooLarge', size: MAX_FILE_BYTES + 1, maxBytes: MAX_FILE_BYTES });
    expect(checkFile({ name: 'big.pdf', size: 3 * MB }, { ...limits, maxBytes: 2 * MB })).toMatchObject({ code: 'tooLarge' });
  });

  it('refuse other types by extension, and names without one', () => {
    expect(checkFile({ name: 'setup.exe', size: 10 }, limits)).toEqual({ code: 'typeUnsupported', extension: 'exe' });
    expect(checkFile({ name: 'archive.zip', size: 10 }, limits)).toEqual({ code: 'typeUnsupported', extension: 'zip' });
    expect(checkFile({ name: 'README', size: 10 }, limits)).toEqual({ code: 'typeUnsupported', extension: '' });
    expect(checkFile({ name: 'trailing.', size: 10 }, limits)).toEqual({ code: 'typeUnsupported', extension: '' });
    expect(checkFile({ name: 'report.pdf.exe', size: 10 }, limits)).toEqual({ code: 'typeUnsupported', extension: 'exe' });
  });

  it('refuse empty files', () => {
    expect(checkFile({ name: 'empty.pdf', size: 0 }, limits)).toEqual({ code: 'empty' });
  });

  it('refuse a file when the owner has no free slot, counting files still uploading', () => {
    expect(checkFile({ name: 'sixth.pdf', size: 10 }, { maxFiles: 5, taken: 5 })).toEqual({ code: 'limit', maxFiles: 5 });
    expect(checkFile({ name: 'fifth.pdf', size: 10 }, { maxFiles: 5, taken: 4 })).toBeUndefined();
  });

  it('read extensions case-insensitively', () => {
    expect(extensionOf('A.Tar.PDF')).toBe('pdf');
    expect(extensionOf('noext')).toBe('');
  });

  it('format sizes and shorten digests for display', () => {
    expect(formatBytes(820)).toBe('820 B');
    expect(formatBytes(12_700)).toBe('12.4 KB');
    expect(formatBytes(20 * MB)).toBe('20 MB');
    expect(formatBytes(1.5 * MB)).toBe('1.5 MB');
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
  });

  it('know a file kind from the recognised content type', () => {
    expect(fileKind('application/pdf')).toBe('pdf');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('word');
    expect(fileKind('application/vnd.ms-excel')).toBe('excel');
    expect(fileKind('application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBe('powerpoint');
    expect(fileKind('image/png')).toBe('image');
    expect(fileKind('', 'notes.pptx')).toBe('powerpoint');
    expect(fileKind('application/octet-stream', 'x.bin')).toBe('other');
  });
});

describe('server problems of an upload', () => {
  it('prefer the server detail and keep the problem kind', () => {
    const error = new ApiError({ status: 415, type: '/problems/attachment-type-mismatch', detail: '文件内容不是其文件名所示的 PDF 文件。' });
    expect(uploadErrorOf(error)).toEqual({ key: 'typeMismatch', detail: '文件内容不是其文件名所示的 PDF 文件。' });
  });

  it('explain a bare 413 from a proxy, a network failure and anything else', () => {
    expect(uploadErrorOf(new ApiError({ status: 413, title: 'Request Entity Too Large' }))).toEqual({ key: 'tooLarge', detail: undefined });
    expect(uploadErrorOf(new ApiError({ status: 0, type: NETWORK_PROBLEM_TYPE }))).toEqual({ key: 'network' });
    expect(uploadErrorOf(new Error('boom'))).toEqual({ key: 'generic' });
  });
});
