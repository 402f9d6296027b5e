package org.jiebang.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the feature layout of STYLE.md: features meet through services, Lucene stays in search. */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.jiebang");
	}

	@Test
	void controllersAndRepositoriesArePackagePrivate() {
		ArchRule controllers = classes().that().areAnnotatedWith(RestController.class).should().notBePublic();
		ArchRule repositories = classes().that().areAssignableTo(Repository.class).should().notBePublic();
		controllers.check(classes);
		repositories.check(classes);
	}

	@Test
	void luceneIsUsedOnlyInTheSearchFeature() {
		noClasses().that()
			.resideOutsideOfPackage("org.jiebang.search..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.lucene..")
			.check(classes);
	}

	@Test
	void auditEntriesAreNeverUpdatedOrDeleted() throws IOException {
		Pattern forbidden = Pattern.compile("(?i)(update\\s+audit_log|delete\\s+from\\s+audit_log|truncate\\s+audit_log)");
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			List<Path> offenders = files.filter(Files::isRegularFile)
				.filter(file -> forbidden.matcher(read(file)).find())
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
