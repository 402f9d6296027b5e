package org.jiebang.system.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

import io.r2dbc.spi.ConnectionFactory;

/** Conversions shared by H2 and PostgreSQL: instants in UTC and JSON columns. */
@Configuration(proxyBeanMethods = false)
@EnableR2dbcRepositories(basePackages = "org.jiebang")
class PersistenceConfiguration {

	@Bean
	R2dbcCustomConversions r2dbcCustomConversions(ConnectionFactory connectionFactory, JsonMapper json) {
		List<Object> converters = List.of(new InstantWriting(), new OffsetDateTimeReading(),
				new LocalDateTimeReading(), new JsonWriting(json), new JsonReading(json));
		return R2dbcCustomConversions.of(DialectResolver.getDialect(connectionFactory), converters);
	}

	/**
	 * Plain (unquoted) identifiers, so that the same names work on H2 with {@code DATABASE_TO_LOWER} and on
	 * PostgreSQL.
	 */
	@Bean
	R2dbcMappingContext r2dbcMappingContext(R2dbcCustomConversions conversions) {
		R2dbcMappingContext context = R2dbcMappingContext.forPlainIdentifiers();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		return context;
	}

	@WritingConverter
	static final class InstantWriting implements Converter<Instant, OffsetDateTime> {

		@Override
		public OffsetDateTime convert(Instant source) {
			return source.atOffset(ZoneOffset.UTC);
		}

	}

	@ReadingConverter
	static final class OffsetDateTimeReading implements Converter<OffsetDateTime, Instant> {

		@Override
		public Instant convert(OffsetDateTime source) {
			return source.toInstant();
		}

	}

	@ReadingConverter
	static final class LocalDateTimeReading implements Converter<LocalDateTime, Instant> {

		@Override
		public Instant convert(LocalDateTime source) {
			return source.toInstant(ZoneOffset.UTC);
		}

	}

	@WritingConverter
	static final class JsonWriting implements GenericConverter {

		private final JsonMapper json;

		JsonWriting(JsonMapper json) {
			this.json = json;
		}

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(JsonColumn.class, String.class));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return source == null ? null : this.json.writeValueAsString(source);
		}

	}

	@ReadingConverter
	static final class JsonReading implements GenericConverter {

		private final JsonMapper json;

		JsonReading(JsonMapper json) {
			this.json = json;
		}

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, JsonColumn.class));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return source == null ? null : this.json.readValue((String) source, targetType.getType());
		}

	}

}
