package org.jiebang.search.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * What ranking reads of a candidate besides its text: its id, normalised region, track record (labs) and
 * pre-analysed tags (challenges), from doc values. Doc values are read per value; stored fields would decompress
 * a block of neighbouring documents for each candidate, which took a tenth of a ranking.
 *
 * @param tagTerms the stored forms of the tags ({@link TagTerms#encode()}), empty for labs
 */
record CandidateValues(String id, String region, TrackRecord track, List<String> tagTerms) {

    /** The values of {@code docs} (top-level document ids, in any order), in the same order. */
    static CandidateValues[] read(IndexReader reader, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        // Doc values iterate forwards: read each segment's documents in ascending order.
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        CandidateValues[] values = new CandidateValues[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        Leaf current = null;
        for (int i : order) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            if (current == null || current.context != leaf) {
                current = new Leaf(leaf);
            }
            values[i] = current.read(docs[i] - leaf.docBase);
        }
        return values;
    }

    /** The doc values of one segment. */
    private static final class Leaf {

        private final LeafReaderContext context;
        private final BinaryDocValues ids;
        private final SortedDocValues regions;
        private final NumericDocValues awarded;
        private final NumericDocValues completed;
        private final NumericDocValues failed;
        private final NumericDocValues onTime;
        private final BinaryDocValues tags;

        Leaf(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            this.context = context;
            this.ids = DocValues.getBinary(reader, MatchFields.ID);
            this.regions = DocValues.getSorted(reader, MatchFields.REGION);
            this.awarded = DocValues.getNumeric(reader, MatchFields.TRACK_AWARDED);
            this.completed = DocValues.getNumeric(reader, MatchFields.TRACK_COMPLETED);
            this.failed = DocValues.getNumeric(reader, MatchFields.TRACK_FAILED);
            this.onTime = DocValues.getNumeric(reader, MatchFields.TRACK_ON_TIME);
            this.tags = DocValues.getBinary(reader, MatchFields.TAG_TERMS);
        }

        CandidateValues read(int doc) throws IOException {
            String id = this.ids.advanceExact(doc) ? this.ids.binaryValue().utf8ToString() : "";
            String region = this.regions.advanceExact(doc)
                    ? this.regions.lookupOrd(this.regions.ordValue()).utf8ToString() : "";
            TrackRecord track = LabDocumentMapper.trackRecord(value(this.awarded, doc), value(this.completed, doc),
                    value(this.failed, doc), value(this.onTime, doc));
            List<String> tagTerms = this.tags.advanceExact(doc) ? TagTerms.split(this.tags.binaryValue().utf8ToString())
                    : List.of();
            return new CandidateValues(id, region, track, tagTerms);
        }

        private static long value(NumericDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.longValue() : 0L;
        }
    }
}
