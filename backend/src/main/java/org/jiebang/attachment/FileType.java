package org.jiebang.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted (SPEC §2: PDF, Office documents, images), each known by its extensions and
 * recognised by the first bytes of its content.
 */
enum FileType {

	PDF("application/pdf", Magic.PDF, "pdf"),
	PNG("image/png", Magic.PNG, "png"),
	JPEG("image/jpeg", Magic.JPEG, "jpg", "jpeg"),
	GIF("image/gif", Magic.GIF, "gif"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP, "pptx"),
	DOC("application/msword", Magic.OLE, "doc"),
	XLS("application/vnd.ms-excel", Magic.OLE, "xls"),
	PPT("application/vnd.ms-powerpoint", Magic.OLE, "ppt");

	/** How many leading bytes recognition needs. */
	static final int HEAD = 8;

	private final String contentType;

	private final Magic magic;

	private final List<String> extensions;

	FileType(String contentType, Magic magic, String... extensions) {
		this.contentType = contentType;
		this.magic = magic;
		this.extensions = List.of(extensions);
	}

	String contentType() {
		return this.contentType;
	}

	/** The type a file name claims by its extension, if it is one accepted. */
	static Optional<FileType> ofFilename(String filename) {
		int dot = filename.lastIndexOf('.');
		if (dot < 0 || dot == filename.length() - 1) {
			return Optional.empty();
		}
		String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
	}

	/** Whether content starting with these bytes is of this type. */
	boolean matches(byte[] head, int length) {
		return this.magic.matches(head, length);
	}

	/** Leading byte signatures ("magic numbers"). */
	private enum Magic {

		PDF(new int[] { '%', 'P', 'D', 'F', '-' }),
		PNG(new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
		JPEG(new int[] { 0xFF, 0xD8, 0xFF }),
		GIF(new int[] { 'G', 'I', 'F', '8', -1, 'a' }),
		ZIP(new int[] { 'P', 'K', 0x03, 0x04 }),
		OLE(new int[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });

		/** The expected bytes; -1 is a wildcard (GIF87a or GIF89a). */
		private final int[] signature;

		Magic(int[] signature) {
			this.signature = signature;
		}

		boolean matches(byte[] head, int length) {
			if (length < this.signature.length) {
				return false;
			}
			for (int i = 0; i < this.signature.length; i++) {
				if (this.signature[i] >= 0 && (head[i] & 0xFF) != this.signature[i]) {
					return false;
				}
			}
			return this == GIF ? head[4] == '7' || head[4] == '9' : true;
		}

	}

}
