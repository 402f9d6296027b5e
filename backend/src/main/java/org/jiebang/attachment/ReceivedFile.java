package org.jiebang.attachment;

/**
 * A file that streamed into storage and passed every check.
 *
 * @param key where its bytes are stored
 * @param filename its cleaned name
 * @param type its type, recognised from its bytes and agreeing with its extension
 * @param size bytes
 * @param sha256 hex SHA-256 of its bytes
 */
record ReceivedFile(String key, String filename, FileType type, long size, String sha256) {
}
