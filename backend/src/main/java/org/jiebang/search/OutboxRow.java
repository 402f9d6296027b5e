package org.jiebang.search;

import java.util.UUID;

/** One outbox row: an indexed entity changed. */
record OutboxRow(long id, SearchOutbox.EntityType type, UUID entityId) {
}
