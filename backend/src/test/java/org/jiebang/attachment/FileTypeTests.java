package org.jiebang.attachment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recognising accepted files by name and first bytes, and cleaning names. */
class FileTypeTests {

	@Test
	void extensionsNameTheirTypesCaseInsensitively() {
		assertThat(FileType.ofFilename("方案.PDF")).contains(FileType.PDF);
		assertThat(FileType.ofFilename("photo.jpeg")).contains(FileType.JPEG);
		assertThat(FileType.ofFilename("photo.jpg")).contains(FileType.JPEG);
		assertThat(FileType.ofFilename("plan.docx")).contains(FileType.DOCX);
		assertThat(FileType.ofFilename("old.xls")).contains(FileType.XLS);
		assertThat(FileType.ofFilename("run.exe")).isEmpty();
		assertThat(FileType.ofFilename("pdf")).isEmpty();
		assertThat(FileType.ofFilename("trailing.")).isEmpty();
	}

	@Test
	void contentMustStartWithTheSignatureOfItsType() {
		assertThat(FileType.PDF.matches(head("%PDF-1.7\n"), 8)).isTrue();
		assertThat(FileType.PDF.matches(Uploads.png(8), 8)).isFalse();
		assertThat(FileType.PDF.matches(head("hello world"), 8)).isFalse();
		assertThat(FileType.PNG.matches(Uploads.png(8), 8)).isTrue();
		assertThat(FileType.GIF.matches(head("GIF89a.."), 8)).isTrue();
		assertThat(FileType.GIF.matches(head("GIF88a.."), 8)).isFalse();
		assertThat(FileType.JPEG.matches(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0 }, 8)).isTrue();
		assertThat(FileType.DOCX.matches(Uploads.zip(8), 8)).isTrue();
		assertThat(FileType.DOC.matches(Uploads.zip(8), 8)).isFalse();
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(FileType.PPT.matches(ole, 8)).isTrue();
		assertThat(FileType.PDF.matches(head("%PDF"), 4)).isFalse();
	}

	@Test
	void namesLoseTheirPathsAndControlCharacters() {
		assertThat(Filenames.clean("C:\\Users\\me\\方案 v2.pdf")).isEqualTo("方案 v2.pdf");
		assertThat(Filenames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(Filenames.clean("a\u0000b\r\n\"c\".pdf")).isEqualTo("abc.pdf");
		assertThat(Filenames.clean("..")).isEmpty();
		assertThat(Filenames.clean("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
	}

	@Test
	void downloadsNameTheFileInAsciiAndInUtf8() {
		assertThat(AttachmentController.contentDisposition("方案 v2.pdf"))
			.isEqualTo("attachment; filename=\"__ v2.pdf\"; filename*=UTF-8''%E6%96%B9%E6%A1%88%20v2.pdf");
	}

	private static byte[] head(String text) {
		byte[] bytes = new byte[Math.max(8, text.length())];
		byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(raw, 0, bytes, 0, raw.length);
		return bytes;
	}

}
