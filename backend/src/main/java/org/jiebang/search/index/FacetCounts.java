package org.jiebang.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matching documents per value of keyword fields (single- or multi-valued doc values) and counts
 * the matches themselves; per segment by ordinal, resolved to labels once the segment is done.
 */
final class FacetCounts implements Collector {

	private final List<String> dims;

	private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

	private long total;

	FacetCounts(List<String> dims) {
		this.dims = dims;
		dims.forEach(dim -> this.counts.put(dim, new HashMap<>()));
	}

	/** The counts of several collectors of the same facets, added up (the first one, which is returned, takes them). */
	static FacetCounts merge(List<FacetCounts> parts) {
		FacetCounts all = parts.get(0);
		for (FacetCounts part : parts.subList(1, parts.size())) {
			all.total += part.total;
			part.counts.forEach((dim, values) -> {
				Map<String, Long> into = all.counts.get(dim);
				values.forEach((value, count) -> into.merge(value, count, Long::sum));
			});
		}
		return all;
	}

	long total() {
		return this.total;
	}

	/** The counts of one facet, most frequent first (ties by value). */
	List<FacetCount> counts(String dim) {
		List<FacetCount> list = new ArrayList<>();
		this.counts.get(dim).forEach((value, count) -> list.add(new FacetCount(value, count)));
		list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
		return list;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		int n = this.dims.size();
		SortedSetDocValues[] values = new SortedSetDocValues[n];
		int[][] ords = new int[n][];
		for (int i = 0; i < n; i++) {
			values[i] = DocValues.getSortedSet(context.reader(), this.dims.get(i));
			ords[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
		}
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
			}

			@Override
			public void collect(int doc) throws IOException {
				FacetCounts.this.total++;
				for (int i = 0; i < n; i++) {
					SortedSetDocValues dv = values[i];
					if (dv.advanceExact(doc)) {
						for (int k = 0, count = dv.docValueCount(); k < count; k++) {
							ords[i][(int) dv.nextOrd()]++;
						}
					}
				}
			}

			@Override
			public void finish() throws IOException {
				for (int i = 0; i < n; i++) {
					Map<String, Long> dim = FacetCounts.this.counts.get(FacetCounts.this.dims.get(i));
					for (int ord = 0; ord < ords[i].length; ord++) {
						if (ords[i][ord] > 0) {
							dim.merge(values[i].lookupOrd(ord).utf8ToString(), (long) ords[i][ord], Long::sum);
						}
					}
				}
			}
		};
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

}
