package dev.skyloom.export.xlsx;

import dev.skyloom.model.cost.CostReport;
import java.util.Objects;

/**
 * The design a cost workbook is compared with ({@code skyloom export --xlsx OUT --compare BASE}): its label
 * (file or revision, as given) and its priced cost. Its lines become fixed values on the Comparison sheet;
 * the workbook's own design stays live.
 */
public record WorkbookBaseline(String label, CostReport cost) {
    public WorkbookBaseline {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cost, "cost");
    }
}
