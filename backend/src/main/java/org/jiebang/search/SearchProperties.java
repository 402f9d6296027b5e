package org.jiebang.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search index ({@code jiebang.search.*}).
 *
 * @param directory where the index lives (default: {@code search} under the data folder)
 * @param pollInterval how often the index writer reads new outbox rows
 * @param gapGrace how long the writer waits for an outbox row whose transaction has not committed yet
 *     (a later row is already visible) before it stops waiting; rows after the gap are applied meanwhile
 * @param commitInterval how often applied changes are made durable with their outbox position
 * @param batchSize outbox rows read per step
 * @param pushLimit how many best-matching labs are notified when a challenge is published
 */
@ConfigurationProperties("jiebang.search")
public record SearchProperties(Path directory, @DefaultValue("PT0.2S") Duration pollInterval,
		@DefaultValue("PT30S") Duration gapGrace, @DefaultValue("PT1S") Duration commitInterval,
		@DefaultValue("500") int batchSize, @DefaultValue("20") int pushLimit) {
}
