package org.jiebang.search.matching;

/**
 * A lab's delivery history on the platform: challenges awarded, delivered, failed, and the share of
 * milestones met on time.
 */
public record TrackRecord(int awarded, int completed, int failed, double onTimeRatio) {

    private static final TrackRecord NONE = new TrackRecord(0, 0, 0, 0.0);

    public TrackRecord {
        if (awarded < 0 || completed < 0 || failed < 0) {
            throw new IllegalArgumentException("track record counts must not be negative");
        }
        onTimeRatio = Double.isNaN(onTimeRatio) ? 0.0 : Math.max(0.0, Math.min(1.0, onTimeRatio));
    }

    /** A lab that has never been awarded anything. */
    public static TrackRecord none() {
        return NONE;
    }

    /**
     * The track-record factor in [0, 1): Laplace-smoothed success rate, weighted by punctuality and by how
     * much history there is, so that one lucky delivery does not outrank ten solid ones.
     */
    public double score() {
        int finished = completed + failed;
        if (finished == 0) {
            return 0.0;
        }
        double success = (completed + 1.0) / (finished + 2.0);
        double confidence = finished / (finished + 2.0);
        return success * confidence * (0.5 + 0.5 * onTimeRatio);
    }
}
