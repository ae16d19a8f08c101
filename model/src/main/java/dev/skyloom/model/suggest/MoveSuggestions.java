package dev.skyloom.model.suggest;

import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule every "move to …" suggestion follows: among candidate moves in the order the user would prefer
 * them (cheapest, closest, …), the first that keeps the design free of <em>new</em> errors comes first; the
 * first overall comes second when it differs, with the errors it would cause. A suggestion never proposes a
 * move that breaks a rule without saying so.
 *
 * <p>The checks are passed in ({@code design → findings}), so this stays free of any catalog or toolkit and
 * every kind of move (a pool to a cheaper region, a pipeline closer to its data) shares it. An error is new
 * when the moved design has more errors with its code and subjects than the current one; messages are not
 * compared (they name the new place). Cost: one run of the checks per candidate tried, stopping at the
 * first that keeps the rules.
 *
 * @param <T> what a candidate names (a region, a site)
 */
public final class MoveSuggestions<T> {
    private final Function<Design, List<Finding>> checks;

    public MoveSuggestions(Function<Design, List<Finding>> checks) {
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    /** A candidate move and what it would break. */
    public record Option<T>(T target, List<Finding> newErrors) {
        public Option {
            newErrors = List.copyOf(newErrors);
        }

        public boolean keepsRules() {
            return newErrors.isEmpty();
        }
    }

    /**
     * The suggestion: {@code keepingRules} is the most preferred candidate whose move adds no error (empty when
     * none does); {@code preferred} is the most preferred candidate overall, with the errors it adds (the
     * same option when it keeps the rules).
     */
    public record Suggestion<T>(Optional<Option<T>> keepingRules, Optional<Option<T>> preferred) {
        /** The preferred candidate when it breaks a rule (what the cheaper/closer choice would cost), else empty. */
        public Optional<Option<T>> ruleBreaking() {
            return preferred.filter(p -> !p.keepsRules());
        }
    }

    /**
     * Tries the candidates in order. {@code move} gives the design after moving to a candidate (empty when
     * the move is impossible: the candidate is skipped).
     */
    public Suggestion<T> suggest(
            Design current, List<T> candidatesInPreferenceOrder, Function<T, Optional<Design>> move) {
        Map<Key, Integer> before = null;
        Optional<Option<T>> preferred = Optional.empty();
        for (T candidate : candidatesInPreferenceOrder) {
            Optional<Design> moved = move.apply(candidate);
            if (moved.isEmpty()) {
                continue;
            }
            if (before == null) {
                before = errorCounts(checks.apply(current));
            }
            Option<T> option = new Option<>(candidate, newErrors(before, checks.apply(moved.get())));
            if (preferred.isEmpty()) {
                preferred = Optional.of(option);
            }
            if (option.keepsRules()) {
                return new Suggestion<>(Optional.of(option), preferred);
            }
        }
        return new Suggestion<>(Optional.empty(), preferred);
    }

    private record Key(String code, List<String> subjects) {}

    private static Map<Key, Integer> errorCounts(List<Finding> findings) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                counts.merge(new Key(f.code(), f.subjects()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<Finding> newErrors(Map<Key, Integer> before, List<Finding> after) {
        Map<Key, Integer> left = new HashMap<>(before);
        List<Finding> added = new ArrayList<>();
        for (Finding f : after) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            Key k = new Key(f.code(), f.subjects());
            int n = left.getOrDefault(k, 0);
            if (n > 0) {
                left.put(k, n - 1);
            } else {
                added.add(f);
            }
        }
        return added;
    }
}
