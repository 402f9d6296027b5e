package org.jiebang.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/** Runs an integration suite against PostgreSQL instead of the embedded H2 database. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface OnPostgres {

}
