package org.jiebang.system.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The two languages of the product: English and Simplified Chinese, chosen by {@code Accept-Language}.
 *
 * <p>Message bundles load lazily from the class path; they are loaded at start so that the first error
 * response of a request thread never reads a file on the event loop.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocaleConfiguration.class);

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	@Bean
	LocaleContextResolver localeContextResolver() {
		AcceptHeaderLocaleContextResolver resolver = new AcceptHeaderLocaleContextResolver();
		resolver.setSupportedLocales(SUPPORTED);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadMessages(ApplicationReadyEvent event) {
		MessageSource messages = event.getApplicationContext().getBean(MessageSource.class);
		Validator validator = event.getApplicationContext().getBean(Validator.class);
		Locale previous = LocaleContextHolder.getLocale();
		try {
			for (Locale locale : SUPPORTED) {
				messages.getMessage("problem.validation", null, "", locale);
				LocaleContextHolder.setLocale(locale);
				int violations = validator.validate(new Probe(null)).size();
				log.debug("Loaded message bundles for {} ({} probe violation)", locale, violations);
			}
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	/** A bean that fails validation, to make the validator load its resources. */
	record Probe(@jakarta.validation.constraints.NotBlank String value) {
	}

}
