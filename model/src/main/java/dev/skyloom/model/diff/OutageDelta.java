package dev.skyloom.model.diff;

import java.util.List;
import java.util.Objects;

/**
 * One single failure (a region unit {@code provider/code} or {@code custom:ID}, or a catalog provider id)
 * and the pipelines it takes down on each side: pipelines that are up with nothing failed and down under
 * this failure, in document order. A failure the design does not have (a region only the other side uses)
 * takes nothing down there; {@code inBefore}/{@code inAfter} say whether it exists on each side.
 */
public record OutageDelta(
        Kind kind,
        String key,
        boolean inBefore,
        boolean inAfter,
        List<String> downBefore,
        List<String> downAfter,
        List<String> nowSurvive,
        List<String> nowGoDown) {
    /** What fails. */
    public enum Kind {
        REGION,
        PROVIDER;

        public String json() {
            return this == REGION ? "region" : "provider";
        }
    }

    public OutageDelta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        downBefore = List.copyOf(downBefore);
        downAfter = List.copyOf(downAfter);
        nowSurvive = List.copyOf(nowSurvive);
        nowGoDown = List.copyOf(nowGoDown);
    }

    public boolean changed() {
        return !nowSurvive.isEmpty() || !nowGoDown.isEmpty();
    }
}
