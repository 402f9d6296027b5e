package org.jiebang.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.bid.BidFileDigests;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;

/**
 * The digests a bid's commitment covers: as recorded when each file streamed in, and recomputed from the
 * stored bytes for verification, so that a file changed (or lost) in storage after submission no longer
 * matches.
 */
@Component
class StoredBidFileDigests implements BidFileDigests {

	private final AttachmentStore store;

	private final FileStorage storage;

	StoredBidFileDigests(AttachmentStore store, FileStorage storage) {
		this.store = store;
		this.storage = storage;
	}

	@Override
	public Mono<List<String>> digests(UUID bidId) {
		return this.store.digests(OwnerType.BID, bidId);
	}

	@Override
	public Mono<List<String>> rehash(UUID bidId) {
		return this.store.byOwner(OwnerType.BID, bidId)
			.concatMap(attachment -> sha256(attachment.storageKey()), 1)
			.sort()
			.collectList();
	}

	private Mono<String> sha256(String key) {
		return Mono.defer(() -> {
			MessageDigest digest = newDigest();
			return this.storage.read(key).doOnNext(buffer -> {
				try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
					iterator.forEachRemaining(digest::update);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			}).then(Mono.fromSupplier(() -> HexFormat.of().formatHex(digest.digest())));
		}).onErrorResume(StoredFileMissingException.class, missing -> Mono.just("missing:" + key));
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
