import { render, screen } from '@testing-library/react';

import { Markdown } from './markdown';

describe('Markdown', () => {
  it('renders headings, lists and emphasis', () => {
    render(<Markdown source={'## 背景\n\n- **导通电阻** 偏大\n- 良率低'} testId="md" />);
    expect(screen.getByRole('heading', { level: 2, name: '背景' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('导通电阻').tagName).toBe('STRONG');
  });

  it('never turns raw HTML into elements', () => {
    const { container } = render(<Markdown source={'<img src=x onerror="alert(1)"><script>alert(2)</script><b>粗</b>'} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container).toHaveTextContent('<b>粗</b>');
  });

  it('drops unsafe link targets and opens safe ones in a new tab without the opener', () => {
    render(<Markdown source={'[坏链接](javascript:alert(1)) [好链接](https://example.com/a)'} />);
    const bad = screen.getByText('坏链接');
    expect(bad.getAttribute('href') ?? '').not.toContain('javascript');
    const good = screen.getByRole('link', { name: '好链接' });
    expect(good).toHaveAttribute('href', 'https://example.com/a');
    expect(good).toHaveAttribute('target', '_blank');
    expect(good.getAttribute('rel')).toContain('noopener');
  });

  it('says so when there is nothing to show', () => {
    render(<Markdown source="  " />);
    expect(screen.getByText('暂无内容')).toBeInTheDocument();
  });
});
