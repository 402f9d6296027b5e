package org.jiebang.system.config;

import java.math.BigDecimal;

import tools.jackson.databind.module.SimpleModule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON conventions of the API: decimal amounts travel as strings ({@code "8000000.00"}) so that no client
 * parses money into floating point; numbers are accepted too.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer decimalsAsStrings() {
		SimpleModule module = new SimpleModule("jiebang-decimals");
		module.addSerializer(BigDecimal.class, new PlainDecimalSerializer());
		return builder -> builder.addModule(module);
	}

	/** Writes a decimal in plain notation (never {@code 1E+7}) as a JSON string. */
	static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

		PlainDecimalSerializer() {
			super(BigDecimal.class);
		}

		@Override
		public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(value.toPlainString());
		}

	}

}
