package org.jiebang.export;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Downloads of CSV and XLSX exports for administrators. */
@RestController
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/api/admin/exports/{table}.{format}")
	Mono<ResponseEntity<Flux<DataBuffer>>> export(Actor actor, @PathVariable String table, @PathVariable String format,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.exports.export(actor, table, format, exchange.getResponse().bufferFactory()))
			.map(file -> ResponseEntity.ok()
				.contentType(file.format().mediaType())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noStore())
				.body(file.content()));
	}

}
