package org.jiebang.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A domain failure a client can cause, rendered as RFC 9457 {@code application/problem+json}.
 *
 * <p>The {@code type} is a stable identifier ({@code /problems/bid-window-closed}); {@code messageKey}
 * names the localized detail text (zh-CN and en) with its arguments.
 */
public class ProblemException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String type;

	private final String messageKey;

	private final transient Object[] messageArgs;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	private final transient List<FieldProblem> fieldErrors;

	public ProblemException(HttpStatus status, String type, String messageKey, Object... messageArgs) {
		this(status, type, List.of(), messageKey, messageArgs);
	}

	public ProblemException(HttpStatus status, String type, List<FieldProblem> fieldErrors, String messageKey,
			Object... messageArgs) {
		super(type + ": " + messageKey);
		this.status = status;
		this.type = type;
		this.messageKey = messageKey;
		this.messageArgs = messageArgs;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	/** Adds a typed property to the problem body ({@code challengeId}, {@code retryAfterSeconds}). */
	public ProblemException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] messageArgs() {
		return this.messageArgs.clone();
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	public List<FieldProblem> fieldErrors() {
		return this.fieldErrors;
	}

	/**
	 * One invalid field of a request.
	 *
	 * @param field the JSON path of the field ({@code milestonePlan[2].paymentPercent})
	 * @param code the constraint that failed ({@code Size}, {@code PercentSum})
	 * @param messageKey the localized message key
	 * @param args message arguments
	 */
	public record FieldProblem(String field, String code, String messageKey, Object... args) {
	}

}
