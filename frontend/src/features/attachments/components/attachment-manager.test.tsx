import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { mockXhr } from '@/testing/mock-xhr';
import { renderWithProviders } from '@/testing/test-utils';
import type { AttachmentView } from '@/types/api';

import { MB } from '../utils/file-checks';
import { AttachmentManager } from './attachment-manager';

const SHA = 'f'.repeat(8) + '0123456789abcdef'.repeat(3) + 'e'.repeat(8);

const stored = (id: string, filename: string, size = 2048): AttachmentView => ({
  id,
  ownerType: 'BID',
  ownerId: 'bid-1',
  filename,
  contentType: 'application/pdf',
  size,
  sha256: SHA,
  uploadedAt: '2026-03-01T02:00:00Z',
  downloadUrl: `/api/attachments/${id}`,
});

const file = (name: string, size?: number) => {
  const f = new File(['%PDF-1.7\n%%EOF\n'], name, { type: 'application/pdf' });
  if (size !== undefined) {
    Object.defineProperty(f, 'size', { value: size });
  }
  return f;
};

function drop(files: File[]) {
  const input = screen.getByTestId('files-dropzone').querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

describe('AttachmentManager', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists files with type, size, short SHA-256 and a download link', async () => {
    mockFetch(routes({ 'GET /api/bids/bid-1/attachments': () => jsonResponse([stored('a1', '技术方案.pdf', 1.5 * MB)]) }));

    renderWithProviders(<AttachmentManager ownerType="BID" ownerId="bid-1" editable={false} maxFiles={5} testId="files" />);

    const item = await screen.findByTestId('attachment-item');
    expect(within(item).getByTestId('attachment-name')).toHaveTextContent('技术方案.pdf');
    expect(within(item).getByTestId('attachment-name')).toHaveAttribute('href', '/api/attachments/a1');
    expect(within(item).getByTestId('attachment-size')).toHaveTextContent('1.5 MB');
    expect(within(item).getByTestId('attachment-type')).toHaveTextContent('PDF');
    expect(within(item).getByTestId('attachment-sha256')).toHaveTextContent(`${SHA.slice(0, 12)}…`);
    expect(within(item).getByTestId('attachment-sha256')).toHaveAttribute('data-sha256', SHA);
    expect(screen.queryByTestId('files-dropzone')).not.toBeInTheDocument();
    expect(screen.queryByTestId('attachment-delete')).not.toBeInTheDocument();
  });

  it('checks files before sending them and shows each refusal, the server’s included, next to its file', async () => {
    const server: AttachmentView[] = [];
    mockFetch(routes({ 'GET /api/bids/bid-1/attachments': () => jsonResponse(server) }));
    const { uploads } = mockXhr((upload) => {
      const part = upload.body.get('file') as File;
      if (part.name === 'fake.pdf') {
        upload.respond(415, { status: 415, type: '/problems/attachment-type-mismatch', detail: '文件内容不是其文件名所示的 PDF 文件。' });
      } else {
        upload.progress(50, 100);
        server.push(stored('new-1', part.name));
        upload.respond(201, stored('new-1', part.name));
      }
    });
    const onChanged = vi.fn();

    renderWithProviders(<AttachmentManager ownerType="BID" ownerId="bid-1" editable maxFiles={5} onChanged={onChanged} testId="files" />);
    await screen.findByTestId('files-list-empty');

    drop([file('setup.exe'), file('huge.pdf', 21 * MB), file('empty.pdf', 0), file('fake.pdf'), file('good.pdf')]);

    // Only the two files that pass the checks are sent.
    await waitFor(() => expect(uploads).toHaveLength(2));
    expect(uploads.map((upload) => (upload.body.get('file') as File).name)).toEqual(['fake.pdf', 'good.pdf']);

    const item = await screen.findByTestId('attachment-item');
    expect(within(item).getByTestId('attachment-name')).toHaveTextContent('good.pdf');
    expect(onChanged).toHaveBeenCalledWith('added', expect.objectContaining({ id: 'new-1' }));

    const errors = await screen.findAllByTestId('upload-item-error');
    const text = errors.map((error) => error.textContent);
    expect(text).toHaveLength(4);
    expect(text).toContain('不支持 .exe 文件；仅接受 PDF、Word、Excel、PowerPoint 和 PNG/JPEG/GIF 图片。');
    expect(text).toContain('文件大小 21 MB，超过 20 MB 的上限，未上传。');
    expect(text).toContain('文件为空，未上传。');
    expect(text).toContain('文件内容不是其文件名所示的 PDF 文件。');
    const refused = screen.getAllByTestId('upload-item').map((row) => row.textContent);
    expect(refused.find((row) => row?.includes('fake.pdf'))).toContain('文件内容不是其文件名所示的 PDF 文件。');

    fireEvent.click(within(screen.getAllByTestId('upload-item')[0]).getByTestId('upload-item-dismiss'));
    expect(screen.getAllByTestId('upload-item-error')).toHaveLength(3);
  });

  it('refuses files beyond the owner’s limit before sending them', async () => {
    const server = [stored('a1', 'a.pdf'), stored('a2', 'b.pdf'), stored('a3', 'c.pdf'), stored('a4', 'd.pdf')];
    mockFetch(routes({ 'GET /api/bids/bid-1/attachments': () => jsonResponse(server) }));
    const { uploads } = mockXhr((upload) => {
      server.push(stored('a5', 'e.pdf'));
      upload.respond(201, stored('a5', 'e.pdf'));
    });

    renderWithProviders(<AttachmentManager ownerType="BID" ownerId="bid-1" editable maxFiles={5} testId="files" />);
    expect(await screen.findAllByTestId('attachment-item')).toHaveLength(4);
    expect(screen.getByTestId('files-count')).toHaveTextContent('已上传 4 / 5 个文件');

    drop([file('e.pdf'), file('f.pdf')]);

    expect(await screen.findByTestId('upload-item-error')).toHaveTextContent('最多 5 个文件，此文件未上传；请先删除不需要的文件。');
    await waitFor(() => expect(uploads).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByTestId('attachment-item')).toHaveLength(5));
  });

  it('makes the owner first when there is none yet', async () => {
    mockFetch(routes({ 'GET /api/bids/bid-9/attachments': () => jsonResponse([stored('n1', 'first.pdf')]) }));
    const { uploads } = mockXhr((upload) => upload.respond(201, stored('n1', 'first.pdf')));
    const prepare = vi.fn().mockResolvedValue('bid-9');

    renderWithProviders(<AttachmentManager ownerType="BID" editable maxFiles={5} prepare={prepare} testId="files" />);
    drop([file('first.pdf'), file('second.pdf')]);

    await waitFor(() => expect(uploads).toHaveLength(2));
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(uploads[0].url).toBe('/api/bids/bid-9/attachments');
  });
});
