package org.jiebang.attachment;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of attachments under {@code jiebang.attachments}: where the bytes are kept and how many and how
 * large files may be.
 *
 * @param storage where files are kept: in the database (default), a directory, or an S3-compatible store
 * @param directory folder of the directory storage (default: {@code attachments} under the data folder)
 * @param maxFileSize largest file accepted
 * @param maxBidFiles files per bid
 * @param maxChallengeFiles documents per challenge
 * @param maxMilestoneFiles evidence files per milestone
 * @param chunkSize size of one stored chunk in the database storage
 * @param s3 the object store of the S3 storage
 */
@ConfigurationProperties("jiebang.attachments")
public record AttachmentProperties(@DefaultValue("database") Storage storage, Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("5") int maxBidFiles,
		@DefaultValue("10") int maxChallengeFiles, @DefaultValue("10") int maxMilestoneFiles,
		@DefaultValue("256KB") DataSize chunkSize, @DefaultValue S3 s3) {

	/** The kinds of storage. */
	public enum Storage {

		DATABASE, DIRECTORY, S3

	}

	/**
	 * An S3-compatible object store, addressed path-style ({@code endpoint/bucket/key}).
	 *
	 * @param endpoint base URL of the store, e.g. {@code https://s3.example.com}
	 * @param bucket the bucket
	 * @param region the signing region
	 * @param accessKey access key id
	 * @param secretKey secret access key
	 * @param partSize size of the parts of a multipart upload (at least 5 MB)
	 */
	public record S3(URI endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
			String secretKey, @DefaultValue("5MB") DataSize partSize) {
	}

	/** The most files an owner of this type may carry. */
	public int maxFiles(OwnerType type) {
		return switch (type) {
			case BID -> this.maxBidFiles;
			case CHALLENGE -> this.maxChallengeFiles;
			case MILESTONE -> this.maxMilestoneFiles;
		};
	}

}
