package dev.skyloom.app.problems;

import dev.skyloom.model.check.DesignCheck;
import dev.skyloom.model.check.DesignContext;
import dev.skyloom.model.check.DesignField;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.List;
import java.util.Set;

/**
 * A check added the way a real one is: this one class plus one registry line ({@code
 * Checks.with(new DummyCheck())}). It reports one warning naming the design's component count.
 */
final class DummyCheck implements DesignCheck {
    @Override
    public String name() {
        return "dummy";
    }

    @Override
    public List<String> codes() {
        return List.of("dummy.component-count");
    }

    @Override
    public Set<DesignField> reads() {
        return Set.of(); // the number of components is structure: a change re-runs every check anyway
    }

    @Override
    public List<Finding> check(DesignContext context) {
        int n = context.design().components().size();
        return List.of(
                new Finding(Severity.WARNING, "dummy", "dummy.component-count", List.of(), "The dummy counted " + n));
    }
}
