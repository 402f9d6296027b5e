package org.jiebang.export;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The file formats of exports. */
enum ExportFormat {

	/** UTF-8 with a byte-order mark, so that spreadsheet programs keep Chinese intact; RFC 4180 quoting. */
	CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),

	/** Office Open XML workbook, written row by row (SXSSF). */
	XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final MediaType mediaType;

	ExportFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ExportFormat of(String extension) {
		for (ExportFormat format : values()) {
			if (format.extension().equals(extension)) {
				return format;
			}
		}
		return null;
	}

}
