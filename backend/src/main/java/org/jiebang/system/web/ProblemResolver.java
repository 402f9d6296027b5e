package org.jiebang.system.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns any failure into an RFC 9457 problem with a stable {@code type}, a localized {@code detail} and,
 * for invalid input, {@code errors: [{field, code, message}]}.
 */
@Component
public class ProblemResolver {

	private static final Logger log = LoggerFactory.getLogger(ProblemResolver.class);

	private final MessageSource messages;

	ProblemResolver(MessageSource messages) {
		this.messages = messages;
	}

	/** A problem ready to be written: its body and the headers it needs ({@code Retry-After}, {@code Allow}). */
	public record Resolved(ProblemDetail body, HttpHeaders headers) {
	}

	public Resolved resolve(Throwable failure, Locale locale, String path) {
		Resolved resolved = doResolve(failure, locale);
		if (path != null) {
			resolved.body().setInstance(URI.create(path.replace(" ", "%20")));
		}
		return resolved;
	}

	private Resolved doResolve(Throwable failure, Locale locale) {
		if (failure instanceof ProblemException problem) {
			return fromProblem(problem, locale);
		}
		if (failure instanceof WebExchangeBindException binding) {
			return validation(binding.getFieldErrors().stream().map(e -> fieldError(e, locale)).toList(), locale);
		}
		if (failure instanceof HandlerMethodValidationException validation) {
			return validation(parameterErrors(validation, locale), locale);
		}
		if (failure instanceof ServerWebInputException input) {
			return fromInput(input, locale);
		}
		if (failure instanceof MethodNotAllowedException notAllowed) {
			HttpHeaders headers = new HttpHeaders();
			headers.setAllow(notAllowed.getSupportedMethods());
			return new Resolved(problem(HttpStatus.METHOD_NOT_ALLOWED, "/problems/method-not-allowed",
					text(locale, "problem.method-not-allowed", notAllowed.getHttpMethod())), headers);
		}
		if (failure instanceof NoResourceFoundException) {
			return plain(HttpStatus.NOT_FOUND, "/problems/not-found", text(locale, "problem.route-not-found"));
		}
		if (failure instanceof PayloadTooLargeException || hasCause(failure, DataBufferLimitException.class)) {
			return plain(HttpStatus.CONTENT_TOO_LARGE, "/problems/payload-too-large",
					text(locale, "problem.payload-too-large"));
		}
		if (failure instanceof ResponseStatusException status) {
			return fromStatus(status.getStatusCode(), locale);
		}
		if (failure instanceof AuthenticationException) {
			return plain(HttpStatus.UNAUTHORIZED, "/problems/unauthorized", text(locale, "problem.unauthorized"));
		}
		if (failure instanceof AccessDeniedException) {
			return plain(HttpStatus.FORBIDDEN, "/problems/forbidden", text(locale, "problem.forbidden"));
		}
		if (failure instanceof OptimisticLockingFailureException) {
			return plain(HttpStatus.CONFLICT, "/problems/concurrent-modification",
					text(locale, "problem.concurrent-modification", "-"));
		}
		if (failure instanceof PessimisticLockingFailureException || failure instanceof QueryTimeoutException
				|| failure instanceof TransientDataAccessResourceException) {
			log.warn("Database busy: {}", failure.getMessage());
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, "1");
			return new Resolved(problem(HttpStatus.SERVICE_UNAVAILABLE, "/problems/busy", text(locale, "problem.busy")),
					headers);
		}
		if (failure instanceof DataIntegrityViolationException && sqlState(failure).startsWith("22")) {
			return plain(HttpStatus.BAD_REQUEST, "/problems/value-out-of-range", text(locale, "problem.value-out-of-range"));
		}
		if (failure instanceof DataIntegrityViolationException) {
			log.warn("Integrity violation reached the web layer", failure);
			return plain(HttpStatus.CONFLICT, "/problems/conflict", text(locale, "problem.conflict"));
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, failure);
		Resolved internal = plain(HttpStatus.INTERNAL_SERVER_ERROR, "/problems/internal",
				text(locale, "problem.internal", reference));
		internal.body().setProperty("reference", reference);
		return internal;
	}

	private Resolved fromProblem(ProblemException problem, Locale locale) {
		ProblemDetail body = problem(problem.status(), problem.type(),
				text(locale, problem.messageKey(), problem.messageArgs()));
		problem.properties().forEach(body::setProperty);
		HttpHeaders headers = new HttpHeaders();
		if (!problem.fieldErrors().isEmpty()) {
			body.setProperty("errors", problem.fieldErrors()
				.stream()
				.map(e -> new FieldErrorView(e.field(), e.code(), text(locale, e.messageKey(), e.args())))
				.toList());
		}
		Object retryAfter = problem.properties().get("retryAfterSeconds");
		if (retryAfter != null) {
			headers.set(HttpHeaders.RETRY_AFTER, retryAfter.toString());
		}
		return new Resolved(body, headers);
	}

	private Resolved fromInput(ServerWebInputException input, Locale locale) {
		if (hasCause(input, DataBufferLimitException.class)) {
			return plain(HttpStatus.CONTENT_TOO_LARGE, "/problems/payload-too-large",
					text(locale, "problem.payload-too-large"));
		}
		MismatchedInputException mismatch = cause(input, MismatchedInputException.class);
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			String code = mismatch instanceof InvalidFormatException ? "InvalidFormat" : "TypeMismatch";
			return validation(List.of(new FieldErrorView(field, code, text(locale, "validation.type-mismatch"))),
					locale);
		}
		DatabindException databind = cause(input, DatabindException.class);
		if (databind != null && !databind.getPath().isEmpty()) {
			return validation(List.of(new FieldErrorView(path(databind), "Invalid",
					text(locale, "validation.type-mismatch"))), locale);
		}
		if (hasCause(input, StreamReadException.class) || hasCause(input, DecodingException.class)
				|| input.getMessage() != null && input.getMessage().contains("body is missing")) {
			return plain(HttpStatus.BAD_REQUEST, "/problems/malformed-request",
					text(locale, "problem.malformed-request"));
		}
		return plain(HttpStatus.BAD_REQUEST, "/problems/bad-request",
				text(locale, "problem.bad-request", input.getReason()));
	}

	private Resolved fromStatus(HttpStatusCode status, Locale locale) {
		return switch (status.value()) {
			case 404 -> plain(HttpStatus.NOT_FOUND, "/problems/not-found", text(locale, "problem.route-not-found"));
			case 406 -> plain(HttpStatus.NOT_ACCEPTABLE, "/problems/not-acceptable",
					text(locale, "problem.not-acceptable"));
			case 413 -> plain(HttpStatus.CONTENT_TOO_LARGE, "/problems/payload-too-large",
					text(locale, "problem.payload-too-large"));
			case 415 -> plain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/problems/unsupported-media-type",
					text(locale, "problem.unsupported-media-type"));
			default -> {
				HttpStatus resolved = HttpStatus.resolve(status.value());
				HttpStatus effective = resolved != null ? resolved : HttpStatus.BAD_REQUEST;
				yield plain(effective, "/problems/http-" + effective.value(), effective.getReasonPhrase());
			}
		};
	}

	private Resolved validation(List<FieldErrorView> errors, Locale locale) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "/problems/validation",
				text(locale, "problem.validation"));
		body.setProperty("errors", errors);
		return new Resolved(body, new HttpHeaders());
	}

	private List<FieldErrorView> parameterErrors(HandlerMethodValidationException validation, Locale locale) {
		List<FieldErrorView> errors = new ArrayList<>();
		for (ParameterValidationResult result : validation.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				if (error instanceof FieldError fieldError) {
					errors.add(fieldError(fieldError, locale));
				}
				else {
					errors.add(new FieldErrorView(name, code(error), resolve(error, locale)));
				}
			}
		}
		return errors;
	}

	private FieldErrorView fieldError(FieldError error, Locale locale) {
		return new FieldErrorView(error.getField(), code(error), resolve(error, locale));
	}

	private static String code(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
	}

	private String resolve(MessageSourceResolvable error, Locale locale) {
		try {
			return this.messages.getMessage(error, locale);
		}
		catch (NoSuchMessageException ex) {
			return error.getDefaultMessage();
		}
	}

	private static String path(JacksonException failure) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private Resolved plain(HttpStatus status, String type, String detail) {
		return new Resolved(problem(status, type, detail), new HttpHeaders());
	}

	private static ProblemDetail problem(HttpStatusCode status, String type, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create(type));
		HttpStatus known = HttpStatus.resolve(status.value());
		body.setTitle(known != null ? known.getReasonPhrase() : "Error");
		return body;
	}

	/** Resolves a message key in the request's language, falling back to the key itself. */
	public String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String sqlState(Throwable failure) {
		io.r2dbc.spi.R2dbcException r2dbc = cause(failure, io.r2dbc.spi.R2dbcException.class);
		if (r2dbc != null && r2dbc.getSqlState() != null) {
			return r2dbc.getSqlState();
		}
		java.sql.SQLException sql = cause(failure, java.sql.SQLException.class);
		return sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		return cause(failure, type) != null;
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	/**
	 * One entry of a problem's {@code errors} list.
	 *
	 * @param field the JSON path of the invalid field
	 * @param code the failed constraint
	 * @param message localized explanation
	 */
	public record FieldErrorView(String field, String code, String message) {
	}

}
