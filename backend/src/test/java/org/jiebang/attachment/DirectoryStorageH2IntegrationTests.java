package org.jiebang.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

// A storage of its own means an application context of its own; it is closed after the class.
@TestPropertySource(properties = "jiebang.attachments.storage=directory")
@DirtiesContext
class DirectoryStorageH2IntegrationTests extends StorageRoundTripScenarios {

	@Autowired
	AttachmentProperties properties;

	@Override
	long storedFiles() {
		Path directory = this.properties.directory();
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
