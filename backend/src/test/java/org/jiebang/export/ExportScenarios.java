package org.jiebang.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiebang.delivery.DeliveryTestSupport;
import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Cast;
import org.jiebang.support.marketplace.MarketplaceFixture;
import org.jiebang.support.marketplace.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8 exports over real HTTP: each table as CSV (UTF-8 with BOM, RFC 4180) and XLSX read back with
 * commons-csv and POI equals the database, Chinese included; no bid of a challenge still open for bids
 * appears in any export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportScenarios extends DeliveryTestSupport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Per table: a query of id, a text column and an amount column (or NULL) straight from the database. */
	private static final Map<String, String> TRUTH = Map.of(
			"challenges", "SELECT id, title AS text, bounty AS amount FROM challenges",
			"bids", """
					SELECT b.id, b.summary AS text, b.quoted_amount AS amount FROM bids b JOIN challenges c
					ON c.id = b.challenge_id WHERE c.closed_at IS NOT NULL AND b.status NOT IN ('DRAFT', 'WITHDRAWN')""",
			"awards", "SELECT id, challenge_title AS text, amount FROM awards",
			"milestones", "SELECT id, title AS text, payment_amount AS amount FROM delivery_milestones");

	/** Column names of the text and amount columns in each export. */
	private static final Map<String, String[]> COLUMNS = Map.of("challenges", new String[] { "title", "bounty" },
			"bids", new String[] { "summary", "quotedAmount" }, "awards", new String[] { "challengeTitle", "amount" },
			"milestones", new String[] { "title", "paymentAmount" });

	@Autowired
	DatabaseClient db;

	private Session admin;

	@BeforeAll
	void signInAndBidOnAnOpenChallenge() {
		Cast cast = Cast.signIn(api());
		this.admin = cast.admin();
		// A challenge open for a month with a sealed bid, whatever the clock of the shared context says.
		Map<String, Object> body = MarketplaceFixture.challengeBody("导出封存测试 " + UUID.randomUUID().toString().substring(0, 6),
				this.clock.instant().plus(Duration.ofDays(30)));
		String challenge = Reply.post(cast.firm(), "/api/challenges", body).expect(201).text("id");
		Reply.post(cast.firm(), "/api/challenges/" + challenge + "/submit", null).expect(200);
		Reply.post(cast.admin(), "/api/admin/challenges/" + challenge + "/approve", null).expect(200);
		MarketplaceFixture.submittedBid(cast.bidder(), challenge, MarketplaceFixture.bidBody("SEALED-EXPORT", "900000.00"));
	}

	/** A row of the truth: text and amount. */
	private record Fact(String text, BigDecimal amount) {
	}

	@Test
	void everyCsvExportReadsBackEqualToTheDatabaseWithChineseIntact() throws IOException {
		for (String table : TRUTH.keySet()) {
			EntityExchangeResult<byte[]> result = download(table + ".csv");
			assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
			assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
				.startsWith("attachment;").contains("jiebang-" + table + "-").contains(".csv");
			byte[] body = result.getResponseBody();
			assertThat(java.util.Arrays.copyOf(body, 3)).as("BOM of %s", table).isEqualTo(BOM);
			Map<String, Fact> truth = truth(table);
			Map<String, Fact> read = new HashMap<>();
			try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
					StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				assertThat(parser.getHeaderNames()).isEqualTo(ExportTable.named(table).columns());
				for (CSVRecord record : parser) {
					String amount = record.get(COLUMNS.get(table)[1]);
					read.put(record.get("id"), new Fact(record.get(COLUMNS.get(table)[0]),
							amount.isEmpty() ? null : new BigDecimal(amount)));
				}
			}
			assertThat(read).as("CSV of %s", table).isEqualTo(truth);
			assertThat(read.values()).as("Chinese text in %s", table).anyMatch(f -> f.text() != null && f.text().matches(".*[\\u4e00-\\u9fa5].*"));
		}
	}

	@Test
	void everyXlsxExportReadsBackEqualToTheDatabaseWithChineseIntact() throws IOException {
		for (String table : TRUTH.keySet()) {
			EntityExchangeResult<byte[]> result = download(table + ".xlsx");
			assertThat(result.getResponseHeaders().getContentType().toString())
				.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains(".xlsx");
			Map<String, Fact> read = new HashMap<>();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
				Sheet sheet = workbook.getSheetAt(0);
				List<String> header = new ArrayList<>();
				sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
				assertThat(header).isEqualTo(ExportTable.named(table).columns());
				int id = header.indexOf("id");
				int text = header.indexOf(COLUMNS.get(table)[0]);
				int amount = header.indexOf(COLUMNS.get(table)[1]);
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					Cell money = row.getCell(amount);
					Cell words = row.getCell(text);
					read.put(row.getCell(id).getStringCellValue(), new Fact(words == null ? null : words.getStringCellValue(),
							money == null || money.getCellType() != CellType.NUMERIC ? null
									: BigDecimal.valueOf(money.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP)));
				}
			}
			assertThat(read).as("XLSX of %s", table).isEqualTo(truth(table));
		}
	}

	@Test
	void noBidOfAChallengeStillOpenForBidsAppearsInAnyExport() throws IOException {
		List<String> sealed = this.db.sql("""
				SELECT b.id, b.summary, b.commitment FROM bids b JOIN challenges c ON c.id = b.challenge_id
				WHERE c.closed_at IS NULL""")
			.map(row -> List.of(row.get("id", UUID.class).toString(), row.get("summary", String.class),
					String.valueOf(row.get("commitment", String.class))))
			.all()
			.collectList()
			.block()
			.stream()
			.flatMap(List::stream)
			.toList();
		assertThat(sealed).as("the demo data has sealed bids").isNotEmpty();
		for (String table : TRUTH.keySet()) {
			String csv = new String(download(table + ".csv").getResponseBody(), StandardCharsets.UTF_8);
			StringBuilder xlsx = new StringBuilder();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(table + ".xlsx").getResponseBody()))) {
				workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> xlsx.append(cell.toString()).append('\n')));
			}
			for (String secret : sealed) {
				assertThat(csv).as("%s.csv", table).doesNotContain(secret);
				assertThat(xlsx.toString()).as("%s.xlsx", table).doesNotContain(secret);
			}
		}
	}

	private EntityExchangeResult<byte[]> download(String file) {
		return this.admin.get("/api/admin/exports/" + file)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
	}

	private Map<String, Fact> truth(String table) {
		return this.db.sql(TRUTH.get(table))
			.map(row -> Map.entry(row.get("id", UUID.class).toString(),
					new Fact(row.get("text", String.class), row.get("amount", BigDecimal.class))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

}
