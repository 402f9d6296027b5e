package org.jiebang.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.jiebang.account.Actor;
import org.jiebang.delivery.MilestoneSchedule;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * CSV and XLSX exports of challenges, bids (of closed challenges only), awards and milestones for
 * administrators (SPEC §8). Rows stream from the database into a writer that runs on the bounded export
 * scheduler and spools to a temporary file, which then streams to the client in chunks and is deleted.
 */
@Service
public class ExportService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExportService.class);

	private static final int CHUNK = 64 * 1024;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final DatabaseClient db;

	private final Scheduler scheduler;

	private final Clock clock;

	ExportService(DatabaseClient db, Clock clock) {
		this.db = db;
		// Workbook writing does file I/O (SXSSF temporary files): a few bounded threads, never the event loop.
		this.scheduler = Schedulers.newBoundedElastic(4, 64, "export", 60, true);
		this.clock = clock;
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

	/**
	 * A file ready to stream.
	 *
	 * @param filename the download's file name
	 * @param format its format
	 * @param content its bytes, produced as the client reads
	 */
	public record ExportFile(String filename, ExportFormat format, Flux<DataBuffer> content) {
	}

	/** The export of a table ({@code challenges}, {@code bids}, {@code awards}, {@code milestones}) in a format. */
	public ExportFile export(Actor actor, String tableName, String extension, DataBufferFactory buffers) {
		actor.requireAdmin();
		ExportTable table = ExportTable.named(tableName);
		ExportFormat format = ExportFormat.of(extension);
		if (table == null || format == null) {
			throw Problems.notFound("export", tableName + "." + extension);
		}
		Flux<List<Object>> rows = rows(table);
		Mono<Path> written = Mono.fromCallable(() -> write(table, format, rows)).subscribeOn(this.scheduler);
		Flux<DataBuffer> content = written.flatMapMany(file -> Flux.defer(() -> DataBufferUtils.read(file, buffers, CHUNK))
			.subscribeOn(this.scheduler)
			.doFinally(signal -> this.scheduler.schedule(() -> delete(file))));
		String stamp = this.clock.instant().atZone(MilestoneSchedule.ZONE).format(STAMP);
		return new ExportFile("jiebang-" + table.name() + "-" + stamp + "." + format.extension(), format, content);
	}

	/**
	 * Writes the rows to a temporary file on the export scheduler: the rows stream in from the database and
	 * out to the file, so neither the table nor the workbook is held in memory.
	 */
	private static Path write(ExportTable table, ExportFormat format, Flux<List<Object>> rows) throws IOException {
		Path file = Files.createTempFile("jiebang-export-", "." + format.extension());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK)) {
			SheetWriters.write(format, table, rows.toIterable(256), out);
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			throw ex;
		}
		return file;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the export file {}", file, ex);
		}
	}

	/** The table's rows with database values as export values (instants and dates in ISO-8601). */
	Flux<List<Object>> rows(ExportTable table) {
		int columns = table.columns().size();
		return this.db.sql(table.sql()).map((Readable row) -> {
			List<Object> values = new ArrayList<>(columns);
			for (int i = 0; i < columns; i++) {
				values.add(value(row.get(i)));
			}
			return values;
		}).all();
	}

	static Object value(Object raw) {
		if (raw instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (raw instanceof LocalDateTime time) {
			return time.toInstant(ZoneOffset.UTC).toString();
		}
		if (raw instanceof LocalDate date) {
			return date.toString();
		}
		if (raw instanceof UUID id) {
			return id.toString();
		}
		return raw;
	}

}
