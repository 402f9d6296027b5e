package org.jiebang.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows to CSV or XLSX on the calling (blocking-allowed) thread. Cells are strings except numbers:
 * amounts are numeric cells with two decimals in the workbook and plain decimals in CSV.
 */
final class SheetWriters {

	/** Rows kept in memory by the streaming workbook; older rows go to a temporary file. */
	private static final int WINDOW = 200;

	private SheetWriters() {
	}

	static void write(ExportFormat format, ExportTable table, Iterable<List<Object>> rows, OutputStream out) {
		try {
			if (format == ExportFormat.CSV) {
				csv(table, rows, out);
			}
			else {
				xlsx(table, rows, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void csv(ExportTable table, Iterable<List<Object>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(SheetWriters::text).toList());
			}
		}
	}

	private static void xlsx(ExportTable table, Iterable<List<Object>> rows, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			SXSSFSheet sheet = workbook.createSheet(table.sheet());
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Row head = sheet.createRow(0);
			for (int i = 0; i < table.columns().size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(table.columns().get(i));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof BigDecimal decimal) {
						cell.setCellValue(decimal.doubleValue());
						cell.setCellStyle(money);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

}
