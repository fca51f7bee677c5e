package org.kinerja.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bounds of the distribution curve as the calibration board shows them ({@code /kalibrasi/{cycleId}/data},
 * {@code bounds}), kept up to date with the changes a test makes: so that the committee changes only what keeps every
 * bound met, and can still confirm the calibration.
 */
public final class BoardBounds {

    /** A bound of the curve: at most (or at least) {@code limit} employees with one of the predikats. */
    private record Bound(Set<String> predikats, boolean maximum, int limit, int[] actual) {

        boolean allows(String from, String to) {
            int after = actual[0] + (predikats.contains(to) ? 1 : 0) - (predikats.contains(from) ? 1 : 0);
            return maximum ? after <= limit || after <= actual[0] : after >= limit || after >= actual[0];
        }

        void move(String from, String to) {
            actual[0] += (predikats.contains(to) ? 1 : 0) - (predikats.contains(from) ? 1 : 0);
        }
    }

    private final List<Bound> bounds = new ArrayList<>();

    private BoardBounds() {
    }

    /** The bounds of the board's data answer. */
    public static BoardBounds of(JsonNode board) {
        BoardBounds result = new BoardBounds();
        board.path("bounds").forEach(b -> {
            Set<String> predikats = new HashSet<>();
            b.path("predikats").forEach(p -> predikats.add(p.asText()));
            result.bounds.add(new Bound(predikats, b.path("maximum").asBoolean(), b.path("limit").asInt(),
                    new int[] {b.path("actual").asInt()}));
        });
        return result;
    }

    /** Whether moving one employee from predikat {@code from} to {@code to} keeps every bound met (or no worse). */
    public boolean allows(String from, String to) {
        return bounds.stream().allMatch(b -> b.allows(from, to));
    }

    /** Counts one employee moved from {@code from} to {@code to}. */
    public void move(String from, String to) {
        bounds.forEach(b -> b.move(from, to));
    }
}
