package org.jiebang.system.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated page request: 1-based page, size between 1 and 100.
 *
 * @param page the 1-based page
 * @param size entries per page
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 100;

	/** Checks raw query parameters, answering 400 with field errors when they are out of range. */
	public static Paging of(Integer page, Integer size) {
		int p = page == null ? 1 : page;
		int s = size == null ? 20 : size;
		List<ProblemException.FieldProblem> errors = new ArrayList<>();
		if (p < 1 || p > 100_000) {
			errors.add(new ProblemException.FieldProblem("page", "Range", "validation.page-range"));
		}
		if (s < 1 || s > MAX_SIZE) {
			errors.add(new ProblemException.FieldProblem("size", "Range", "validation.size-range", MAX_SIZE));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new Paging(p, s);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	public <T> PageView<T> view(List<T> items, long total) {
		return new PageView<>(items, total, this.page, this.size);
	}

}
