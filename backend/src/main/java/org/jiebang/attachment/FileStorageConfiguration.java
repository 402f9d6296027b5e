package org.jiebang.attachment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

import org.jiebang.system.config.JiebangProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Chooses the one {@link FileStorage} by {@code jiebang.attachments.storage}. */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

	static final String SETTING = "jiebang.attachments.storage";

	/** How long the object store may take to start answering one request (a part is at most a few MB). */
	private static final Duration S3_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	@Bean
	@ConditionalOnProperty(name = SETTING, havingValue = "database", matchIfMissing = true)
	FileStorage databaseFileStorage(DatabaseClient db, AttachmentProperties properties) {
		long chunk = properties.chunkSize().toBytes();
		if (chunk < 1024 || chunk > 1024 * 1024) {
			throw new IllegalStateException("jiebang.attachments.chunk-size must be between 1KB and 1MB");
		}
		return new DatabaseFileStorage(db, (int) chunk);
	}

	/** File I/O runs on a scheduler of the storage's own, disposed with it. */
	@Bean(destroyMethod = "dispose")
	@ConditionalOnProperty(name = SETTING, havingValue = "directory")
	FileStorage directoryFileStorage(AttachmentProperties properties, JiebangProperties jiebang) {
		Path directory = properties.directory() != null ? properties.directory()
				: jiebang.dataDir().resolve("attachments");
		Scheduler io = Schedulers.newBoundedElastic(Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
				10_000, "attachment-io", 60, true);
		return new DirectoryFileStorage(directory, io);
	}

	@Bean
	@ConditionalOnProperty(name = SETTING, havingValue = "s3")
	FileStorage s3FileStorage(AttachmentProperties properties, Clock clock) {
		// Unpooled buffers: object-store traffic is bulk data handed across threads, which the adaptive pool
		// answers with lock contention on the event loop.
		HttpClient http = HttpClient.create()
			.responseTimeout(S3_RESPONSE_TIMEOUT)
			.option(ChannelOption.ALLOCATOR, UnpooledByteBufAllocator.DEFAULT);
		WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		return new S3FileStorage(client, properties.s3(), clock);
	}

}
