package org.jiebang.attachment;

/** Nothing is stored under a key that an attachment names: a storage fault, never a client's. */
public class StoredFileMissingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoredFileMissingException(String key) {
		super("No stored content under key " + key);
	}

	public StoredFileMissingException(String key, Throwable cause) {
		super("No stored content under key " + key, cause);
	}

}
