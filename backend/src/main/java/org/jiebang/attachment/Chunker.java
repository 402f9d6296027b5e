package org.jiebang.attachment;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Cuts a stream of buffers into pieces of a fixed size (the last one shorter), holding at most one piece in
 * memory. Each buffer it is given is copied and released.
 */
final class Chunker {

	private final int size;

	private byte[] current;

	private int filled;

	private long total;

	Chunker(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("Chunk size must be positive");
		}
		this.size = size;
	}

	/** Takes a buffer and answers the pieces it completed. */
	List<byte[]> add(DataBuffer buffer) {
		List<byte[]> full = new ArrayList<>(1);
		try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
			while (iterator.hasNext()) {
				ByteBuffer bytes = iterator.next();
				while (bytes.hasRemaining()) {
					if (this.current == null) {
						this.current = new byte[this.size];
						this.filled = 0;
					}
					int n = Math.min(bytes.remaining(), this.size - this.filled);
					bytes.get(this.current, this.filled, n);
					this.filled += n;
					this.total += n;
					if (this.filled == this.size) {
						full.add(this.current);
						this.current = null;
					}
				}
			}
		}
		finally {
			DataBufferUtils.release(buffer);
		}
		return full;
	}

	/** The piece still being filled, if any, at the end of the stream. */
	List<byte[]> rest() {
		if (this.current == null || this.filled == 0) {
			return List.of();
		}
		byte[] last = java.util.Arrays.copyOf(this.current, this.filled);
		this.current = null;
		return List.of(last);
	}

	long total() {
		return this.total;
	}

}
