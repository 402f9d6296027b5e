package org.jiebang.system.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint answers.
 *
 * @param items the entries of this page
 * @param total the number of entries over all pages
 * @param page the 1-based page number
 * @param size the page size
 * @param <T> entry type
 */
public record PageView<T>(List<T> items, long total, int page, int size) {

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(this.items.stream().map(mapper).toList(), this.total, this.page, this.size);
	}

}
