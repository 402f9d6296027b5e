import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileWordOutlined,
} from '@ant-design/icons';

import type { FileKind } from '../utils/file-checks';

const ICONS = {
  pdf: FilePdfOutlined,
  word: FileWordOutlined,
  excel: FileExcelOutlined,
  powerpoint: FilePptOutlined,
  image: FileImageOutlined,
  other: FileOutlined,
} as const;

/** The icon of a kind of file, coloured like the Office suite's. */
export function FileKindIcon({ kind }: { kind: FileKind }) {
  const Icon = ICONS[kind];
  return <Icon className={`file-kind-icon file-kind-${kind}`} aria-hidden />;
}
